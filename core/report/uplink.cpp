// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "uplink.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "core/report/report.h"

namespace tpready {
namespace {

class UplinkText
{
    Q_DECLARE_TR_FUNCTIONS(UplinkText)
};

double figure(const QJsonObject &evidence, const char *key)
{
    const QJsonValue value = evidence.value(QLatin1String(key));
    return value.isDouble() ? value.toDouble() : -1;
}

QJsonValue optional(double value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue();
}

} // namespace

bool UplinkQuality::poor() const
{
    return std::any_of(hosts.cbegin(), hosts.cend(), [](const UplinkHost &host) { return !host.warnings.isEmpty(); });
}

UplinkQuality uplinkQuality(const Report &report)
{
    const bool ipsec = std::any_of(report.checks.cbegin(), report.checks.cend(),
                                   [](const CheckRecord &check) { return check.protocol == Protocol::Ike; });
    UplinkQuality out;
    for (const CheckRecord &check : report.checks) {
        const QJsonObject &evidence = check.result.evidence;
        if (check.protocol != Protocol::Icmp || evidence.value(QStringLiteral("echoes_received")).toInt() <= 0)
            continue;
        UplinkHost host;
        host.host = check.host.isEmpty() ? check.result.address : check.host;
        host.address = check.result.address;
        host.echoesSent = evidence.value(QStringLiteral("echoes_sent")).toInt();
        host.echoesReceived = evidence.value(QStringLiteral("echoes_received")).toInt();
        host.lossPercent = evidence.value(QStringLiteral("loss_percent")).toInt();
        host.rttMinMs = figure(evidence, "rtt_min_ms");
        host.rttAvgMs = figure(evidence, "rtt_avg_ms");
        host.rttMaxMs = figure(evidence, "rtt_max_ms");
        host.jitterMs = figure(evidence, "jitter_ms");
        host.pathMtu = evidence.value(QStringLiteral("path_mtu")).toInt(-1);
        host.blackHole = evidence.value(QStringLiteral("path_mtu_black_hole")).toBool();

        if (host.lossPercent >= UplinkQuality::kLossWarnPercent)
            host.warnings << UplinkText::tr("%1 % of the echoes to %2 were lost: the base station's TCP link (the "
                                            "LRR tunnel, or Basics Station's WebSocket) will crawl and drop, and "
                                            "downlinks will miss their receive window. Ask for the uplink to be "
                                            "checked (signal, congestion, a faulty cable or modem).")
                                 .arg(host.lossPercent)
                                 .arg(host.host);
        if (host.rttAvgMs >= UplinkQuality::kRttWarnMs)
            host.warnings << UplinkText::tr("The round trip to %1 is %2 ms on average: a class A downlink must leave "
                                            "the network server and reach the gateway within the second after the "
                                            "uplink (RX1), which leaves too little time; expect late or lost "
                                            "downlinks, or ask for RX1 delays of 2 s or more on this gateway.")
                                 .arg(host.host)
                                 .arg(qRound(host.rttAvgMs));
        if (host.jitterMs >= UplinkQuality::kJitterWarnMs)
            host.warnings << UplinkText::tr("The round trip to %1 varies by %2 ms from one echo to the next: "
                                            "downlinks scheduled for RX1 will now and then arrive too late.")
                                 .arg(host.host)
                                 .arg(qRound(host.jitterMs));
        if (host.blackHole)
            host.warnings << UplinkText::tr("Packets larger than %1 bytes to %2 are lost without a \"fragmentation "
                                            "needed\" answer (a path-MTU black hole): ask for TCP MSS clamping to %3 "
                                            "bytes on the uplink's router, or for ICMP \"fragmentation needed\" to "
                                            "be let through.")
                                 .arg(host.pathMtu)
                                 .arg(host.host)
                                 .arg(host.pathMtu - 40);
        if (ipsec && host.pathMtu > 0 && host.pathMtu < UplinkQuality::kIpsecMtu)
            host.warnings << UplinkText::tr("The path MTU to %1 is %2 bytes, less than 1500: IKE_AUTH with "
                                            "certificates (2 to 3 KB) will be fragmented, and ESP adds 50 to 73 bytes "
                                            "to every packet. Ask for IKE fragmentation (RFC 7383; strongSwan: "
                                            "fragmentation = yes) with fragments of at most %3 bytes, and TCP MSS "
                                            "clamping to %4 bytes inside the tunnel.")
                                 .arg(host.host)
                                 .arg(host.pathMtu)
                                 .arg(host.pathMtu - 28)
                                 .arg(host.pathMtu - 40 - 73);
        out.hosts << host;
    }
    return out;
}

QStringList uplinkLines(const UplinkQuality &uplink)
{
    const auto ms = [](double value) { return QString::number(qMax(0.0, value), 'f', 1); };
    QStringList lines;
    for (const UplinkHost &host : uplink.hosts) {
        QString line = UplinkText::tr("%1: %2 of %3 echoes answered (%4 % lost), round trip %5 / %6 / %7 ms "
                                      "(min / avg / max), jitter %8 ms")
                           .arg(host.host)
                           .arg(host.echoesReceived)
                           .arg(host.echoesSent)
                           .arg(host.lossPercent)
                           .arg(ms(host.rttMinMs), ms(host.rttAvgMs), ms(host.rttMaxMs), ms(host.jitterMs));
        if (host.pathMtu > 0)
            line += host.blackHole ? UplinkText::tr(", path MTU %1 bytes (a black hole above)").arg(host.pathMtu)
                                   : UplinkText::tr(", path MTU %1 bytes").arg(host.pathMtu);
        lines << line;
    }
    return lines;
}

QJsonObject uplinkToJson(const UplinkQuality &uplink)
{
    QJsonArray hosts;
    for (const UplinkHost &host : uplink.hosts) {
        QJsonObject entry;
        entry.insert(QStringLiteral("host"), host.host);
        entry.insert(QStringLiteral("address"), host.address);
        entry.insert(QStringLiteral("echoes_sent"), host.echoesSent);
        entry.insert(QStringLiteral("echoes_received"), host.echoesReceived);
        entry.insert(QStringLiteral("loss_percent"), host.lossPercent);
        entry.insert(QStringLiteral("rtt_min_ms"), optional(host.rttMinMs));
        entry.insert(QStringLiteral("rtt_avg_ms"), optional(host.rttAvgMs));
        entry.insert(QStringLiteral("rtt_max_ms"), optional(host.rttMaxMs));
        entry.insert(QStringLiteral("jitter_ms"), optional(host.jitterMs));
        entry.insert(QStringLiteral("path_mtu"), host.pathMtu > 0 ? QJsonValue(host.pathMtu) : QJsonValue());
        entry.insert(QStringLiteral("path_mtu_black_hole"), host.blackHole);
        entry.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(host.warnings));
        hosts.append(entry);
    }
    QJsonObject thresholds;
    thresholds.insert(QStringLiteral("loss_percent"), UplinkQuality::kLossWarnPercent);
    thresholds.insert(QStringLiteral("rtt_avg_ms"), UplinkQuality::kRttWarnMs);
    thresholds.insert(QStringLiteral("jitter_ms"), UplinkQuality::kJitterWarnMs);
    thresholds.insert(QStringLiteral("ipsec_path_mtu"), UplinkQuality::kIpsecMtu);
    QJsonObject out;
    out.insert(QStringLiteral("hosts"), hosts);
    out.insert(QStringLiteral("thresholds"), thresholds);
    out.insert(QStringLiteral("poor"), uplink.poor());
    return out;
}

} // namespace tpready
