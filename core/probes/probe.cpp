// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probe.h"

#include <QCoreApplication>
#include <QTimer>

namespace tpready {

Probe::Probe(ProbeTarget target, ProbeConfig config, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_config(std::move(config)), m_deadline(new QTimer(this))
{
    if (!m_config.clock)
        m_config.clock = &Clock::system();
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, &Probe::onDeadline);
}

Probe::~Probe() = default;

void Probe::start()
{
    if (m_started)
        return;
    m_started = true;
    m_sinceStart.start(clock());
    m_deadline->start(qMax(1, m_config.timeoutMs));
    begin();
}

void Probe::cancel()
{
    if (m_finished)
        return;
    finish(ProbeResult::make(Verdict::Skipped, Reason::Cancelled,
                             QCoreApplication::translate("Probe", "The check was cancelled before it finished.")));
}

void Probe::finish(ProbeResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();
    stop();
    if (result.address.isEmpty() && !m_target.address.isNull())
        result.address = m_target.address.toString();
    emit finished(result);
}

qint64 Probe::elapsedMs() const
{
    return m_sinceStart.elapsedMs();
}

int Probe::remainingMs() const
{
    const qint64 held = m_heldMs + (m_holdStart >= 0 ? elapsedMs() - m_holdStart : 0);
    return static_cast<int>(qMax<qint64>(1, m_config.timeoutMs + held - elapsedMs()));
}

void Probe::holdDeadline(int capMs)
{
    if (m_finished || m_holdStart >= 0)
        return;
    m_holdStart = elapsedMs();
    m_deadline->start(qMax(1, capMs));
}

void Probe::resumeDeadline()
{
    if (m_finished || m_holdStart < 0)
        return;
    m_heldMs += elapsedMs() - m_holdStart;
    m_holdStart = -1;
    m_deadline->start(remainingMs());
}

QJsonObject Probe::mergedEvidence(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

void Probe::onDeadline()
{
    if (!m_finished)
        finish(deadlineResult());
}

} // namespace tpready
