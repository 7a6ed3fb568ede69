// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tpready {

/// The server's first binary packets after its identification line (RFC 4253 section 6), read in the clear, up to
/// the SSH_MSG_KEXINIT that opens the key exchange (section 7.1). An application-aware firewall that lets the short
/// identification through and cuts the session after it, or a path that drops the larger KEXINIT packet, shows here.
/// Nothing is negotiated: the probe closes once the KEXINIT has arrived.
struct SshKexInit
{
    enum class Status
    {
        Incomplete, ///< not all of the KEXINIT packet yet: read more
        Found,      ///< a well-formed SSH_MSG_KEXINIT
        Invalid,    ///< bytes that are not SSH packets, or a first packet that is not a KEXINIT
    };
    Status status = Status::Incomplete;
    qsizetype bytes = 0;           ///< Found: the bytes of the packets read, the KEXINIT's included
    QStringList kexAlgorithms;     ///< Found: the server's key exchange methods, in its order of preference
    QStringList hostKeyAlgorithms; ///< Found: its host key types
    QStringList ciphers;           ///< Found: its ciphers, server to client
    QString problem;               ///< Invalid: what is wrong, for the evidence (English, technical)
};

/// The SSH_MSG_KEXINIT message number (RFC 4253 section 12).
inline constexpr int kSshMsgKexInit = 20;
/// The largest packet an implementation must accept (RFC 4253 section 6.1); larger lengths are not SSH.
inline constexpr quint32 kSshMaxPacket = 35000;

/// Parses what the server sent after its identification line (@p data starts right after the line's LF). Skips
/// SSH_MSG_IGNORE and SSH_MSG_DEBUG packets (at most 8). Never reads past @p data; bounded in work by its size.
SshKexInit parseSshKexInit(const QByteArray &data);

/// A KEXINIT packet with the given lists, padded as RFC 4253 asks (for tests and fuzzing seeds).
QByteArray makeSshKexInitPacket(const QStringList &kex, const QStringList &hostKeys, const QStringList &ciphers);

} // namespace tpready
