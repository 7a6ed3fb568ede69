// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "iec104tlsprobe.h"

#include <QSslSocket>

#include "core/probes/iec104frame.h"

namespace tpready {

Iec104TlsProbe::~Iec104TlsProbe() = default;

void Iec104TlsProbe::startApplication()
{
    sslSocket()->write(iec104UFrame(Iec104Function::TestFrAct));
}

void Iec104TlsProbe::onApplicationData(bool closed)
{
    const TlsObservation &seen = observation();
    Iec104TlsSession session;
    session.endpoint = endpoint();
    session.tlsVersion = seen.protocolName;
    if (!seen.sessionChain.isEmpty())
        session.issuer = certificateDisplayName(seen.sessionChain.constFirst(), true);
    const std::optional<ProbeResult> result =
        judgeIec104InTls(m_reader.read(applicationBytes()), applicationBytes(), closed, session);
    if (result)
        finishApplication(result->verdict, result->reason, result->detail, result->evidence);
}

ProbeResult Iec104TlsProbe::applicationSilentResult()
{
    const ProbeResult silent = iec104InTlsSilentResult(applicationBytes(), endpoint(), config().timeoutMs);
    return applicationResult(silent.verdict, silent.reason, silent.detail, silent.evidence);
}

} // namespace tpready
