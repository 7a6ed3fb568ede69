// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

#include "core/probes/proberesult.h"
#include "core/probes/sshbanner.h"
#include "core/probes/sshpacket.h"

namespace tpready {

/// What an SSH server's first bytes prove: its identification line (RFC 4253 section 4.2), then, in the clear, its
/// SSH_MSG_KEXINIT (section 7.1). The same reading for SSH in the clear (SshProbe) and inside TLS (SftpTlsProbe);
/// each words it for its own context.
struct SshExchange
{
    SshIdentification id;
    SshKexInit kexInit; ///< what followed the identification (Incomplete until it is identified())
    QString foreign;    ///< the protocol the bytes look like when they are not SSH ("an HTTP response"...), or empty

    /// A valid SSH 2 identification arrived: the probe answers with sshClientIdentification() (once).
    bool identified() const { return id.status == SshIdentification::Status::Found; }
    /// The server's key exchange offer arrived after it: the session got past its first words.
    bool kexInitReceived() const { return identified() && kexInit.status == SshKexInit::Status::Found; }
};

/// Reads what an SSH server has sent so far. Pure.
SshExchange readSshExchange(const QByteArray &received);

/// Our own identification line, sent once the server's has arrived, so that the server logs a clean client rather
/// than a broken one.
QByteArray sshClientIdentification();

/// SSH in the clear: the result @p exchange proves for the @p received bytes (connection @p closed or not, @p
/// connectedMs after it opened), or nullopt while more may come. A pass needs the server's KEXINIT; an identified
/// server whose connection is then closed is `connection-cut`. Evidence included.
std::optional<ProbeResult> judgeSsh(const SshExchange &exchange, const QByteArray &received, bool closed, quint16 port,
                                    qint64 connectedMs);
/// SSH in the clear: the deadline passed, @p connectedMs after the connection opened, with @p received and no proof:
/// `connection-stalled` (nothing, or an identification and no KEXINIT), `wrong-service` (other bytes).
ProbeResult sshSilentResult(const QByteArray &received, quint16 port, qint64 connectedMs);

/// SSH inside TLS (`sftp-tls`): as judgeSsh(), with the application's part of the evidence (the TLS part is the
/// probe's). @p endpoint is "host port 3003".
std::optional<ProbeResult> judgeSshInTls(const SshExchange &exchange, const QByteArray &received, bool closed,
                                         const QString &endpoint);
/// SSH inside TLS: the deadline passed without an identification.
ProbeResult sshInTlsSilentResult(const QByteArray &received, const QString &endpoint, int timeoutMs);

} // namespace tpready
