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
        if (isFinished() || !anyReply())
            return;
        // The last path-MTU round may have gone out after the last echo: its answers get the same wait.
        const qint64 left = settleWaitMs() - (m_sendClock.elapsedMs() - m_lastSendMs);
        if (left > 0 && !mtuSettled()) {
            m_settleTimer->start(static_cast<int>(left));
            return;
        }
        finish(seriesResult(series()));
    });
    sendNextEcho();
}

int IcmpProbe::settleWaitMs() const
{
    // Twice the longest round trip seen (a later answer is as good as lost to the base station's link), at least
    // kSettleMs; the deadline ends the wait anyway.
    double longest = 0;
    for (const double rtt : m_echoRttMs)
        longest = qMax(longest, rtt);
    return qMax(kSettleMs, static_cast<int>(std::ceil(2 * longest)));
}

void IcmpProbe::startPathMtu()
{
    const bool v6 = target().address.protocol() == QAbstractSocket::IPv6Protocol;
    for (const int size : pathMtuSizes(v6))
        m_mtuProbes << PathMtuProbe{size, PathMtuProbe::State::Pending, -1};
    sendMtuRound();
#ifndef Q_OS_WIN
    // Again a little later: one lost echo must not read as a size limit. (IcmpSendEcho2 waits for its answer: one
    // round there.)
    QTimer::singleShot(qMax(100, echoIntervalMs(config().timeoutMs) * 2), this, [this] {
        if (!isFinished())
            sendMtuRound();
    });
#endif
}

void IcmpProbe::sendMtuRound()
{
    ++m_mtuRounds;
    m_lastSendMs = m_sendClock.elapsedMs();
    for (int i = 0; i < m_mtuProbes.size() && !isFinished(); ++i) {
        if (m_mtuProbes.at(i).state == PathMtuProbe::State::Pending)
            sendNativeMtu(i);
    }
}

int IcmpProbe::mtuIndex(quint16 sequence) const
{
    const int index = static_cast<quint16>(sequence - m_sequence - kMtuSequenceBase);
    return index < m_mtuProbes.size() ? index : -1;
}

void IcmpProbe::mtuResult(int index, PathMtuProbe::State state, int reportedMtu)
{
    if (isFinished() || index < 0 || index >= m_mtuProbes.size())
        return;
    PathMtuProbe &probe = m_mtuProbes[index];
    if (probe.state == PathMtuProbe::State::Answered)
        return; // an answer outweighs a router's complaint about the other copy
    probe.state = state;
    probe.reportedMtu = reportedMtu;
    finishIfComplete();
}

bool IcmpProbe::mtuSettled() const
{
    if (m_mtuProbes.isEmpty())
        return true;
    // The largest size that could be sent came back: nothing larger is tried.
    for (const PathMtuProbe &probe : m_mtuProbes) {
        if (probe.state == PathMtuProbe::State::TooBigHere)
            continue;
        if (probe.state == PathMtuProbe::State::Answered)
            return true;
        break;
    }
#ifndef Q_OS_WIN
    if (m_mtuRounds < 2)
        return false;
#endif
    return std::none_of(m_mtuProbes.cbegin(), m_mtuProbes.cend(),
                        [](const PathMtuProbe &probe) { return probe.state == PathMtuProbe::State::Pending; });
}

QByteArray IcmpProbe::mtuPayload(int size) const
{
    const bool v6 = target().address.protocol() == QAbstractSocket::IPv6Protocol;
    QByteArray bytes = payload();
    bytes.append(QByteArray(qMax(0, pathMtuPayloadSize(v6, size) - static_cast<int>(bytes.size())), '\0'));
    return bytes;
}

void IcmpProbe::finishIfComplete()
{
    if (isFinished() || m_echoRttMs.size() < kEchoes)
        return;
    if (std::all_of(m_echoRttMs.cbegin(), m_echoRttMs.cend(), [](double rtt) { return rtt >= 0; }) && mtuSettled())
        finish(seriesResult(series()));
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
    m_lastSendMs = qMax(m_lastSendMs, m_sendClock.elapsedMs());
    m_settleTimer->start(settleWaitMs());
}

void IcmpProbe::echoReplied(int index, double rttMs, int ttl)
{
    if (isFinished() || index < 0 || index >= m_echoRttMs.size() || m_echoRttMs.at(index) >= 0)
        return; // not ours, or a duplicate
    m_echoRttMs[index] = qMax(0.0, rttMs);
    if (m_ttl < 0)
        m_ttl = ttl;
    // The path MTU is measured once the host is known to answer: never to a host that does not, whose router would
    // answer each large echo with an ICMP error and spend the rate-limited errors the other checks rely on.
    if (!m_mtuTried) {
        m_mtuTried = true;
        if (startNativeMtu())
            startPathMtu();
    }
    finishIfComplete();
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
    QString mtuText;
    if (!m_mtuProbes.isEmpty()) {
        const PathMtu mtu = summarizePathMtu(m_mtuProbes);
        const QJsonObject mtuEvidence = mtu.evidence();
        for (auto it = mtuEvidence.constBegin(); it != mtuEvidence.constEnd(); ++it)
            evidence.insert(it.key(), it.value());
        if (mtu.blackHole)
            mtuText = tr(" Echoes of up to %1 bytes came back; %2 bytes and more were lost without a \"fragmentation "
                         "needed\" answer: the path drops large packets silently (a path-MTU black hole, or a "
                         "firewall that limits ICMP sizes), which stalls sessions that send full-size packets.")
                          .arg(mtu.mtu)
                          .arg(mtu.lostAbove);
        else if (mtu.mtu > 0 && mtu.mtu == m_mtuProbes.constFirst().size)
            mtuText = tr(" Full-size packets (%1 bytes) get through both ways.").arg(mtu.mtu);
        else if (mtu.mtu > 0)
            mtuText = tr(" Path MTU: %1 bytes.").arg(mtu.mtu);
    }
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
    r.detail += mtuText;
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
            partial.sent = nativePingFlavor() == PingFlavor::Iputils ? m_pingEchoes : 1;
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
