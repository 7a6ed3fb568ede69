// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

#include "core/probes/proberesult.h"
#include "core/probes/sshbanner.h"

namespace tpready {

/// What an SSH server's first bytes prove (RFC 4253 section 4.2). The same reading for SSH in the clear (SshProbe)
/// and inside TLS (SftpTlsProbe); each words it for its own context.
struct SshExchange
{
    SshIdentification id;
    QString foreign; ///< the protocol the bytes look like when they are not SSH ("an HTTP response"...), or empty

    /// A valid SSH 2 identification arrived: the probe answers with sshClientIdentification(), then concludes.
    bool identified() const { return id.status == SshIdentification::Status::Found; }
};

/// Reads what an SSH server has sent so far. Pure.
SshExchange readSshExchange(const QByteArray &received);

/// Our own identification line, sent once the server's has arrived, so that the server logs a clean client rather
/// than a broken one.
QByteArray sshClientIdentification();

/// SSH in the clear: the result @p exchange proves for the @p received bytes (connection @p closed or not), or
/// nullopt while more may come. Evidence included.
std::optional<ProbeResult> judgeSsh(const SshExchange &exchange, const QByteArray &received, bool closed, quint16 port);
/// SSH in the clear: the deadline passed after @p received without an identification.
ProbeResult sshSilentResult(const QByteArray &received, quint16 port, int timeoutMs);

/// SSH inside TLS (`sftp-tls`): as judgeSsh(), with the application's part of the evidence (the TLS part is the
/// probe's). @p endpoint is "host port 3003".
std::optional<ProbeResult> judgeSshInTls(const SshExchange &exchange, const QByteArray &received, bool closed,
                                         const QString &endpoint);
/// SSH inside TLS: the deadline passed without an identification.
ProbeResult sshInTlsSilentResult(const QByteArray &received, const QString &endpoint, int timeoutMs);

} // namespace tpready
