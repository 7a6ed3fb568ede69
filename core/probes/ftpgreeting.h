// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tpready {

/// One FTP reply (RFC 959 section 4.2): a single line `220 text`, or several lines from `220-text` to `220 text`.
struct FtpReply
{
    enum class Status
    {
        Incomplete, ///< no complete reply yet: read more
        Complete,   ///< a whole reply, @ref consumed bytes long
        Invalid,    ///< the bytes do not follow the reply grammar (not FTP), or break the size bounds
    };
    Status status = Status::Incomplete;
    int code = 0;           ///< the three-digit reply code
    QStringList lines;      ///< the reply's lines, printable, without line ends
    qsizetype consumed = 0; ///< bytes of the input the reply took, line ends included
};

/// Parses the reply at the start of @p data. Accepts CR LF and bare LF line ends. Bounded: a line longer than
/// 1024 bytes, more than 64 lines or more than 4 KiB make the reply Invalid. Never reads past @p data.
FtpReply parseFtpReply(const QByteArray &data);

/// What an FTP server's first words mean (RFC 959 section 5.4: 120, 220, 421 on connection establishment).
struct FtpGreeting
{
    enum class Status
    {
        Incomplete,   ///< nothing conclusive yet: read more
        Ready,        ///< 220 (possibly after 120 "ready in nnn minutes")
        Delayed,      ///< only 120 so far: the server promises a 220 later
        NotAvailable, ///< 421: the server refuses the session (overloaded, shutting down, client not allowed)
        Broken,       ///< vsftpd's "500 OOPS": the FTP server is there but its configuration stops it
        WrongService, ///< another reply code, an SMTP server, or text that is not an FTP reply
    };
    Status status = Status::Incomplete;
    int code = 0;           ///< the deciding reply code (0 when none)
    QString text;           ///< the deciding reply's text, printable (lines joined with " / ")
    QStringList replies;    ///< every complete reply read, as "code text"
    qsizetype consumed = 0; ///< bytes taken by the complete replies
};

/// Interprets what a server sent after the TCP connection opened. Bounded by 4 KiB: past that without a verdict
/// it is WrongService. Never reads past @p data.
FtpGreeting parseFtpGreeting(const QByteArray &data);

/// The most bytes of greeting the probe reads before giving up (a banner that never ends).
constexpr qsizetype kMaxFtpGreetingBytes = 4 * 1024;

} // namespace tpready
