// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tpready {

/// Builds an ICMP (or ICMPv6) echo request: type 8 (128), code 0, identifier, sequence, payload. The IPv4 checksum
/// is filled in; the ICMPv6 one is left 0 (the kernel computes it, it covers a pseudo-header).
QByteArray buildIcmpEchoRequest(bool ipv6, quint16 identifier, quint16 sequence, const QByteArray &payload);

/// The Internet checksum (RFC 1071) of @p data.
quint16 internetChecksum(const QByteArray &data);

/// What a datagram read from an ICMP datagram socket is, for our echo request.
struct IcmpMessage
{
    enum class Kind
    {
        NotOurs,      ///< not about our request (another sequence or cookie), or not parseable
        EchoReply,    ///< the reply to our request
        Unreachable,  ///< destination unreachable, about our request
        TimeExceeded, ///< TTL / hop limit exceeded on the way, about our request
    };
    Kind kind = Kind::NotOurs;
    int type = -1;
    int code = -1;
    int ttl = -1; ///< from the IPv4 header when the system includes it (macOS), else -1
};

/// Reads a datagram from an ICMP datagram socket. The system may include the IPv4 header (macOS) or not (Linux);
/// the identifier may have been rewritten by the kernel (Linux), so the reply is matched on @p sequence and on
/// @p cookie, which the payload must start with. Never reads past @p datagram.
IcmpMessage parseIcmpDatagram(const QByteArray &datagram, bool ipv6, quint16 sequence, const QByteArray &cookie);

/// What a series of echoes says about the path: how many were lost, and the round trips of the others.
struct EchoSeries
{
    int sent = 0;
    QList<double> rttMs; ///< the replies' round trips, in the order their echoes went out

    int received() const { return static_cast<int>(rttMs.size()); }
    /// Lost echoes in per cent of those sent, rounded (0 when none was sent).
    int lossPercent() const;
    double minMs() const;
    double avgMs() const;
    double maxMs() const;
    /// The mean difference between consecutive round trips (the idea of RFC 3550's interarrival jitter, without its
    /// smoothing); 0 with fewer than two replies.
    double jitterMs() const;
    /// echoes_sent, echoes_received, loss_percent and, with a reply, rtt_min_ms, rtt_avg_ms, rtt_max_ms, jitter_ms.
    QJsonObject evidence() const;
};

/// One DF-set echo of the path-MTU measurement (never fragmented on the way: a router that cannot forward it must
/// drop it and should say "fragmentation needed").
struct PathMtuProbe
{
    enum class State
    {
        Pending,             ///< no answer (yet): at the end, lost
        Answered,            ///< the echo reply, as large, came back
        TooBigHere,          ///< larger than this laptop's own link: never sent
        FragmentationNeeded, ///< a router answered "fragmentation needed" / "packet too big"
    };
    int size = 0; ///< the whole IP packet, bytes
    State state = State::Pending;
    int reportedMtu = -1; ///< the MTU that router named
};

/// The sizes tried, largest first: Ethernet (1500), PPPoE (1492), common tunnel and cellular MTUs, IPv6's minimum
/// (1280), and for IPv4 1200, 1000 and 576.
QList<int> pathMtuSizes(bool ipv6);
/// The ICMP payload size that makes an echo request of @p size bytes in all (IP and ICMP headers included).
int pathMtuPayloadSize(bool ipv6, int size);

/// What a set of PathMtuProbe says about the path.
struct PathMtu
{
    int mtu = -1;           ///< the largest size that came back (-1: none did)
    int lostAbove = -1;     ///< the smallest larger size lost without a word (-1: none)
    int reported = -1;      ///< the least MTU a router reported (-1: none did)
    bool blackHole = false; ///< larger sizes were lost silently: no "fragmentation needed", not too big here
    QString probes;         ///< each size and what came of it: "1500 lost, 1492 answered, ..."

    /// path_mtu, path_mtu_black_hole, path_mtu_probes and, when known, path_mtu_lost_above, path_mtu_reported.
    QJsonObject evidence() const;
};
PathMtu summarizePathMtu(const QList<PathMtuProbe> &probes);

/// The ping commands tpready falls back to.
enum class PingFlavor
{
    Iputils, ///< Linux (iputils): ping -n -c ECHOES -i 0.2 -w SECONDS IP
    MacOs,   ///< macOS: ping -n -c 1 -t SECONDS IP (ping6 for IPv6)
    Windows, ///< Windows: ping -n 1 -w MILLISECONDS IP
};

/// The flavour of this system.
PingFlavor nativePingFlavor();

/// The ping program name and its arguments for @p address, an IP literal that is checked again here. Returns false
/// (and leaves the outputs empty) when @p address is not a plain IPv4 or IPv6 address. iputils sends @p echoes
/// echoes 0.2 s apart (its least interval without privilege); the macOS and Windows programs, whose least interval
/// is a second, send one.
bool pingCommand(PingFlavor flavor, const QHostAddress &address, int timeoutMs, int echoes, QString *program,
                 QStringList *arguments);

/// What the system ping said.
struct PingOutcome
{
    enum class Status
    {
        Reply,       ///< an echo reply came back
        Unreachable, ///< a router or the system said the destination is unreachable
        Timeout,     ///< no reply
        Error,       ///< ping could not run its test (bad argument, no permission...)
    };
    Status status = Status::Error;
    double rttMs = -1; ///< round trip, from "time=0.063 ms" ("time<1ms" gives 1)
    QString rttText;   ///< as ping wrote it ("0.063 ms", "<1ms")
    int ttl = -1;
    QString line;         ///< the deciding line of the output, printable
    QList<double> rtts;   ///< the round trip of every reply line, in order
    int transmitted = -1; ///< from the summary ("5 packets transmitted"), where the program prints one in English
};

/// Interprets a ping run (LC_ALL=C on Unix; Windows output is localised, so only the untranslated "TTL=" token and
/// numbers are relied on there: Windows ping exits 0 even when a router answered "unreachable").
PingOutcome parsePingOutput(PingFlavor flavor, int exitCode, const QByteArray &output);

} // namespace tpready
