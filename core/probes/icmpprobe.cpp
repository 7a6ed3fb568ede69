// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// What every way of the ICMP probe shares. The ways themselves: icmpprobe_socket.cpp (Linux, macOS) or
// icmpprobe_win.cpp (Windows), chosen in core/CMakeLists.txt, and icmpprobe_ping.cpp (everywhere).
#include "icmpprobe.h"

#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <cmath>

#include "core/probes/textframing.h"

namespace tpready {

IcmpProbe::IcmpProbe(ProbeTarget target, ProbeConfig config, QObject *parent)
    : Probe(std::move(target), std::move(config), parent)
{}

IcmpProbe::~IcmpProbe()
{
    stop();
}

QByteArray IcmpProbe::payload() const
{
    return QByteArray(kPayloadTag, sizeof(kPayloadTag) - 1) + m_cookie;
}

int IcmpProbe::echoIntervalMs(int timeoutMs)
{
    return qBound(20, timeoutMs / 15, 200);
}

QJsonObject IcmpProbe::baseEvidence() const
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("method"), m_methodUsed);
    if (!m_socketError.isEmpty())
        evidence.insert(QStringLiteral("socket_error"), m_socketError);
    if (m_methodUsed != u"ping") {
        const int sent = static_cast<int>(m_echoSentNs.size());
        evidence.insert(QStringLiteral("sent"),
                        QStringLiteral("%1 ICMP echo requests, sequence %2 on, %3-byte payload, %4 ms apart")
                            .arg(sent)
                            .arg(m_sequence)
                            .arg(static_cast<int>(sizeof(kPayloadTag) - 1) + kCookieSize)
                            .arg(echoIntervalMs(config().timeoutMs)));
        evidence.insert(QStringLiteral("sequence"), m_sequence);
    } else {
        evidence.insert(QStringLiteral("command"), m_command.join(u' '));
    }
    return evidence;
}

void IcmpProbe::begin()
{
    m_sequence = static_cast<quint16>(QRandomGenerator::global()->bounded(1, 65536));
    m_cookie.resize(kCookieSize);
    for (int i = 0; i < kCookieSize; ++i)
        m_cookie[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    if (target().address.isNull()) {
        QTimer::singleShot(
            0, this, [this] { finish(ProbeResult::make(Verdict::Fail, Reason::Error, tr("No address to ping."))); });
        return;
    }
    if (m_method == Method::PingOnly) {
        startPing();
        return;
    }
    if (!startNative()) {
        if (m_method == Method::SocketOnly) {
            const QString why = m_socketError;
            QTimer::singleShot(0, this,
                               [this, why] { finish(notTestable(tr("the ICMP socket is not allowed: %1").arg(why))); });
            return;
        }
        startPing();
        return;
    }
    startSeries();
}

void IcmpProbe::startSeries()
{
    m_sendClock.start(clock());
    m_echoTimer = new QTimer(this);
    m_echoTimer->setSingleShot(true);
    connect(m_echoTimer, &QTimer::timeout, this, &IcmpProbe::sendNextEcho);
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    connect(m_settleTimer, &QTimer::timeout, this, [this] {
        if (!isFinished() && anyReply())
            finish(seriesResult(series()));
    });
    sendNextEcho();
}

void IcmpProbe::sendNextEcho()
{
    if (isFinished())
        return;
    const int index = static_cast<int>(m_echoSentNs.size());
    m_echoSentNs << m_sendClock.elapsedNs();
    m_echoRttMs << -1.0;
    sendNativeEcho(index);
    if (isFinished())
        return;
    if (m_echoSentNs.size() < kEchoes) {
        const qint64 due = static_cast<qint64>(m_echoSentNs.size()) * echoIntervalMs(config().timeoutMs);
        m_echoTimer->start(static_cast<int>(qMax<qint64>(0, due - m_sendClock.elapsedMs())));
        return;
    }
    // The answers to the last echoes get twice the longest round trip seen (a late one is as good as lost to the
    // base station's link), at least kSettleMs; the deadline ends the wait anyway.
    double longest = 0;
    for (const double rtt : std::as_const(m_echoRttMs))
        longest = qMax(longest, rtt);
    m_settleTimer->start(qMax(kSettleMs, static_cast<int>(std::ceil(2 * longest))));
}

void IcmpProbe::echoReplied(int index, double rttMs, int ttl)
{
    if (isFinished() || index < 0 || index >= m_echoRttMs.size() || m_echoRttMs.at(index) >= 0)
        return; // not ours, or a duplicate
    m_echoRttMs[index] = qMax(0.0, rttMs);
    if (m_ttl < 0)
        m_ttl = ttl;
    if (m_echoRttMs.size() == kEchoes &&
        std::all_of(m_echoRttMs.cbegin(), m_echoRttMs.cend(), [](double rtt) { return rtt >= 0; }))
        finish(seriesResult(series()));
}

int IcmpProbe::echoIndex(quint16 sequence) const
{
    const int index = static_cast<quint16>(sequence - m_sequence);
    return index < m_echoSentNs.size() ? index : -1;
}

bool IcmpProbe::anyReply() const
{
    return std::any_of(m_echoRttMs.cbegin(), m_echoRttMs.cend(), [](double rtt) { return rtt >= 0; });
}

EchoSeries IcmpProbe::series() const
{
    EchoSeries out;
    out.sent = static_cast<int>(m_echoSentNs.size());
    for (const double rtt : m_echoRttMs) {
        if (rtt >= 0)
            out.rttMs << rtt;
    }
    return out;
}

ProbeResult IcmpProbe::seriesResult(const EchoSeries &series) const
{
    const auto ms = [](double value) { return QString::number(value, 'f', value < 10 ? 3 : 1); };
    QJsonObject evidence = baseEvidence();
    const QJsonObject figures = series.evidence();
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it)
        evidence.insert(it.key(), it.value());
    evidence.insert(QStringLiteral("rtt_ms"), std::round(series.avgMs() * 1000.0) / 1000.0);
    evidence.insert(QStringLiteral("ttl"), m_ttl >= 0 ? QJsonValue(m_ttl) : QJsonValue());
    if (m_methodUsed != u"ping") {
        evidence.insert(
            QStringLiteral("received"),
            QStringLiteral("ICMP echo replies to %1 of %2 requests").arg(series.received()).arg(series.sent));
    }
    const QString address = target().address.toString();
    ProbeResult r =
        ProbeResult::make(Verdict::Pass, Reason::Ok,
                          series.sent <= 1 ? tr("%1 answered the ICMP echo in %2 ms.").arg(address, ms(series.avgMs()))
                          : series.received() >= series.sent
                              ? tr("%1 answered all %2 ICMP echoes; round trip %3 ms (min %4, max %5).")
                                    .arg(address)
                                    .arg(series.sent)
                                    .arg(ms(series.avgMs()), ms(series.minMs()), ms(series.maxMs()))
                              : tr("%1 answered %2 of %3 ICMP echoes (%4 % lost); round trip %5 ms (min %6, max %7).")
                                    .arg(address)
                                    .arg(series.received())
                                    .arg(series.sent)
                                    .arg(series.lossPercent())
                                    .arg(ms(series.avgMs()), ms(series.minMs()), ms(series.maxMs())));
    r.latencyMs = qRound64(series.avgMs());
    r.evidence = evidence;
    return r;
}

void IcmpProbe::stop()
{
    stopNative();
    stopPing();
}

ProbeResult IcmpProbe::notTestable(const QString &why) const
{
    ProbeResult r = ProbeResult::make(
        Verdict::Info, Reason::NotTestable,
        tr("ICMP echo to %1 could not be tested from this laptop: %2.").arg(target().address.toString(), why));
    r.evidence = baseEvidence();
    r.remediation = tr("Ping %1 from another machine on the gateway's network, or allow unprivileged ping on this "
                       "laptop (Linux: sysctl net.ipv4.ping_group_range).")
                        .arg(target().address.toString());
    return r;
}

ProbeResult IcmpProbe::deadlineResult()
{
    if (anyReply())
        return seriesResult(series());
    if (m_process) {
        // The ping program may have had replies that it has not summed up yet.
        const QByteArray output = m_process->readAll();
        const PingOutcome outcome = parsePingOutput(nativePingFlavor(), 1, output);
        if (outcome.status == PingOutcome::Status::Reply) {
            EchoSeries partial;
            partial.rttMs = outcome.rtts;
            partial.sent = nativePingFlavor() == PingFlavor::Iputils ? kEchoes : 1;
            m_ttl = outcome.ttl;
            ProbeResult r = seriesResult(partial);
            r.evidence.insert(QStringLiteral("output"), printable(output, 400));
            return r;
        }
        ProbeResult r = ProbeResult::make(
            Verdict::Fail, Reason::Timeout,
            tr("No ICMP echo reply from %1 within %2 ms.").arg(target().address.toString()).arg(config().timeoutMs));
        QJsonObject evidence = baseEvidence();
        evidence.insert(QStringLiteral("output"), printable(output, 400));
        r.evidence = evidence;
        return r;
    }
    ProbeResult r = ProbeResult::make(
        Verdict::Fail, Reason::Timeout,
        tr("No ICMP echo reply from %1 within %2 ms.").arg(target().address.toString()).arg(config().timeoutMs));
    QJsonObject evidence = baseEvidence();
    const QJsonObject figures = series().evidence();
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it)
        evidence.insert(it.key(), it.value());
    r.evidence = evidence;
    return r;
}

} // namespace tpready
