// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tpready {

/// The outcome of reading an SSH server's first bytes (RFC 4253 section 4.2).
struct SshIdentification
{
    enum class Status
    {
        Incomplete,   ///< no identification line yet: read more
        Found,        ///< a valid SSH-2.0 (or 1.99) identification line
        Unsupported,  ///< an SSH identification, but not protocol 2 (e.g. SSH-1.5)
        Invalid,      ///< a line starting with SSH- that breaks the grammar
        WrongService, ///< something else answered (HTTP, TLS, FTP...), or too much text without an SSH- line
    };
    Status status = Status::Incomplete;
    QString protoVersion; ///< "2.0"
    QString software;     ///< "OpenSSH_9.2p1"
    QString comments;     ///< "Debian-2+deb12u10"
    QString line;         ///< the identification line, printable
    QStringList preLines; ///< lines the server sent before it (allowed by the RFC)
    qsizetype end = 0;    ///< Found: the offset just past the identification line's LF, where packets begin
};

/// Parses what an SSH server has sent so far. Never reads past @p data; bounded in work by its size.
SshIdentification parseSshIdentification(const QByteArray &data);

} // namespace tpready
