// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "sshprobe.h"

#include <QTcpSocket>

#include "core/probes/sshexchange.h"

namespace tpready {
SshProbe::~SshProbe() = default;

void SshProbe::onConnected()
{
    // The server speaks first (RFC 4253 4.2): wait for its identification.
}

void SshProbe::onReadyRead()
{
    m_received += socket()->read(kMaxRead - m_received.size());
    evaluate(false);
}

void SshProbe::onDisconnected()
{
    m_received += socket()->readAll().left(kMaxRead - m_received.size());
    evaluate(true);
}

void SshProbe::evaluate(bool closed)
{
    const SshExchange exchange = readSshExchange(m_received);
    if (exchange.identified() && !m_identificationSent && !closed) {
        // The server sends its KEXINIT once it has ours (OpenSSH waits for it).
        socket()->write(sshClientIdentification());
        socket()->flush();
        m_identificationSent = true;
    }
    const std::optional<ProbeResult> judged = judgeSsh(exchange, m_received, closed, target().port, connectedForMs());
    if (judged)
        finish(result(judged->verdict, judged->reason, judged->detail, judged->evidence));
}

ProbeResult SshProbe::silentResult()
{
    const ProbeResult silent = sshSilentResult(m_received, target().port, connectedForMs());
    return result(silent.verdict, silent.reason, silent.detail, silent.evidence);
}

} // namespace tpready
