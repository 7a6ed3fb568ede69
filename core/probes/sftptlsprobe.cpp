// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "sftptlsprobe.h"

#include <QSignalBlocker>
#include <QSslSocket>

#include "core/probes/sshexchange.h"

namespace tpready {

SftpTlsProbe::~SftpTlsProbe() = default;

void SftpTlsProbe::startApplication()
{
    // The SSH server speaks first (RFC 4253 4.2): wait for its identification.
}

void SftpTlsProbe::onApplicationData(bool closed)
{
    const SshExchange exchange = readSshExchange(applicationBytes());
    if (exchange.identified()) {
        // flush() reads too: keep the server's next bytes from ending the probe in a nested call before this proof
        // is recorded (the WSS probe's lesson from the integration lab).
        const QSignalBlocker quiet(sslSocket());
        sslSocket()->write(sshClientIdentification());
        sslSocket()->flush();
    }
    const std::optional<ProbeResult> result = judgeSshInTls(exchange, applicationBytes(), closed, endpoint());
    if (result)
        finishApplication(result->verdict, result->reason, result->detail, result->evidence);
}

ProbeResult SftpTlsProbe::applicationSilentResult()
{
    const ProbeResult silent = sshInTlsSilentResult(applicationBytes(), endpoint(), config().timeoutMs);
    return applicationResult(silent.verdict, silent.reason, silent.detail, silent.evidence);
}

} // namespace tpready
