// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "iec104probe.h"

#include <QTcpSocket>

#include "core/probes/iec104frame.h"

namespace tpready {

Iec104Probe::~Iec104Probe() = default;

void Iec104Probe::onConnected()
{
    socket()->write(iec104UFrame(Iec104Function::TestFrAct));
}

void Iec104Probe::onReadyRead()
{
    m_received += socket()->read(qMax<qint64>(0, kIec104MaxReceived - m_received.size()));
    evaluate(false);
}

void Iec104Probe::onDisconnected()
{
    m_received += socket()->readAll().left(qMax<qint64>(0, kIec104MaxReceived - m_received.size()));
    evaluate(true);
}

void Iec104Probe::evaluate(bool closed)
{
    const std::optional<ProbeResult> judged =
        judgeIec104(m_reader.read(m_received), m_received, closed, target().port, elapsedMs());
    if (judged)
        finish(result(judged->verdict, judged->reason, judged->detail, judged->evidence));
}

ProbeResult Iec104Probe::silentResult()
{
    const ProbeResult silent =
        iec104SilentResult(m_reader.read(m_received), m_received, target().port, config().timeoutMs);
    return result(silent.verdict, silent.reason, silent.detail, silent.evidence);
}

} // namespace tpready
