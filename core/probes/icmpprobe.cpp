// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// What every way of the ICMP probe shares. The ways themselves: icmpprobe_socket.cpp (Linux, macOS) or
// icmpprobe_win.cpp (Windows), chosen in core/CMakeLists.txt, and icmpprobe_ping.cpp (everywhere).
#include "icmpprobe.h"

#include <QRandomGenerator>
#include <QTimer>

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

QJsonObject IcmpProbe::baseEvidence() const
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("method"), m_methodUsed);
    if (!m_socketError.isEmpty())
        evidence.insert(QStringLiteral("socket_error"), m_socketError);
    if (m_methodUsed != u"ping") {
        evidence.insert(QStringLiteral("sent"), QStringLiteral("ICMP echo request, sequence %1, %2-byte payload")
                                                    .arg(m_sequence)
                                                    .arg(static_cast<int>(sizeof(kPayloadTag) - 1) + kCookieSize));
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
    }
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
    ProbeResult r = ProbeResult::make(
        Verdict::Fail, Reason::Timeout,
        tr("No ICMP echo reply from %1 within %2 ms.").arg(target().address.toString()).arg(config().timeoutMs));
    QJsonObject evidence = baseEvidence();
    if (m_process)
        evidence.insert(QStringLiteral("output"), printable(m_process->readAll(), 400));
    r.evidence = evidence;
    return r;
}

} // namespace tpready
