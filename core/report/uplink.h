// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tpready {

struct Report;

/// The uplink as one ICMP check saw it: the series of echoes to a host (loss, round trip, jitter) and the path MTU.
struct UplinkHost
{
    QString host; ///< the name checked, or the address
    QString address;
    int echoesSent = 0;
    int echoesReceived = 0;
    int lossPercent = 0;
    double rttMinMs = -1;
    double rttAvgMs = -1;
    double rttMaxMs = -1;
    double jitterMs = -1;
    int pathMtu = -1; ///< -1: not measured
    bool blackHole = false;
    QStringList warnings; ///< what is poor enough to hurt the base station's link, one sentence each
};

/// What the uplink is like, from the ICMP checks already made (no traffic of its own), and what is poor enough to
/// hurt the LRR link or Basics Station: a warning, never a failure (the flows themselves are what the checks judge).
/// The thresholds:
/// - loss: kLossWarnPercent (2 of 5 echoes; 1 of 5 is within what a link with a few per cent loss gives by chance).
///   The LRR's tunnel and Basics Station's WebSocket run over TCP, whose throughput collapses with loss, and
///   LoRaWAN downlinks that arrive late miss their receive window;
/// - round trip: kRttWarnMs on average. A class A downlink goes out in RX1, 1 s after the uplink: the uplink must
///   reach the network server, and the downlink come back, within that second, processing included;
/// - jitter: kJitterWarnMs, the mean change between consecutive round trips: downlinks scheduled for RX1 then arrive
///   too late now and then;
/// - path MTU: a black hole stalls every TCP session that sends a full-size packet. For an IPsec plan, a path MTU
///   under 1500 bytes fragments IKE_AUTH (2 to 3 KB with certificates) and ESP (50 to 73 bytes more per packet).
struct UplinkQuality
{
    static constexpr int kLossWarnPercent = 40;
    static constexpr int kRttWarnMs = 500;
    static constexpr int kJitterWarnMs = 100;
    static constexpr int kIpsecMtu = 1500;

    QList<UplinkHost> hosts;
    bool poor() const;
};

/// The uplink of @p report, one entry per ICMP check that got replies (in the order of the checks).
UplinkQuality uplinkQuality(const Report &report);

/// One line per host, for the wizard: "slrc1.eu.thingpark.com: 5 of 5 echoes answered, round trip 31.2 / 33.0 /
/// 36.9 ms, jitter 1.8 ms, path MTU 1500 bytes". Empty when no ICMP check got replies.
QStringList uplinkLines(const UplinkQuality &uplink);

/// The report's "uplink" section: "hosts" (host, address, the figures, warnings) and "thresholds".
QJsonObject uplinkToJson(const UplinkQuality &uplink);

} // namespace tpready
