// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "icmpecho.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/probes/bytes.h"
#include "core/probes/textframing.h"

namespace tpready {
namespace {

constexpr int kIcmpHeader = 8;
constexpr int kIpv4MinHeader = 20;
constexpr int kIpv6Header = 40;
constexpr int kIcmpv6NextHeader = 58;
constexpr int kIcmpProtocol = 1; // in the IPv4 header

/// The fields of an IPv4 header (RFC 791) that matter here.
struct Ipv4Header
{
    bool present = false; ///< the bytes start with a whole minimal header of version 4
    int length = 0;       ///< the header's own length (IHL), in bytes
    int ttl = -1;
    int protocol = -1;
};

Ipv4Header readIpv4Header(const QByteArray &packet)
{
    ByteReader r(packet);
    const quint8 versionAndLength = r.u8();
    r.skip(7); // type of service, total length, identification, flags and fragment offset
    Ipv4Header header;
    header.ttl = r.u8();
    header.protocol = r.u8();
    r.skip(kIpv4MinHeader - 10); // checksum, addresses
    header.present = r.ok() && (versionAndLength >> 4) == 4;
    header.length = (versionAndLength & 0x0f) * 4;
    return header;
}

/// Whether @p original (an echo request as quoted in an ICMP error) is ours. Routers quote at least 8 octets
/// (RFC 792); when they quote more, the cookie must match as far as it goes.
bool quotesOurRequest(const QByteArray &original, bool ipv6, quint16 sequence, const QByteArray &cookie)
{
    ByteReader header(original);
    const quint8 type = header.u8();
    header.skip(5); // code, checksum, identifier
    if (header.u16() != sequence || !header.ok() || type != (ipv6 ? 128 : 8))
        return false;
    const QByteArray quoted = original.mid(kIcmpHeader, cookie.size());
    return cookie.startsWith(quoted);
}

} // namespace

quint16 internetChecksum(const QByteArray &data)
{
    quint32 sum = 0;
    ByteReader words(data);
    while (words.remaining() >= 2)
        sum += words.u16();
    if (!words.atEnd())
        sum += static_cast<quint32>(words.u8()) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<quint16>(~sum & 0xffff);
}

QByteArray buildIcmpEchoRequest(bool ipv6, quint16 identifier, quint16 sequence, const QByteArray &payload)
{
    QByteArray packet;
    putU8(packet, ipv6 ? 128 : 8); // echo request
    putU8(packet, 0);              // code
    putU16(packet, 0);             // checksum, filled in below
    putU16(packet, identifier);
    putU16(packet, sequence);
    packet.append(payload);
    if (!ipv6) {
        const quint16 sum = internetChecksum(packet);
        packet[2] = static_cast<char>(sum >> 8);
        packet[3] = static_cast<char>(sum & 0xff);
    }
    return packet;
}

IcmpMessage parseIcmpDatagram(const QByteArray &datagram, bool ipv6, quint16 sequence, const QByteArray &cookie)
{
    IcmpMessage message;
    QByteArray data = datagram;
    if (!ipv6) {
        const Ipv4Header ip = readIpv4Header(data);
        if (ip.present) {
            // macOS hands the IPv4 header over too; an ICMP type never has 4 in its high nibble (types 64-79
            // unused).
            if (ip.length < kIpv4MinHeader || ip.length > data.size())
                return message;
            message.ttl = ip.ttl;
            data = data.mid(ip.length);
        }
    }
    ByteReader header(data);
    const quint8 type = header.u8();
    const quint8 code = header.u8();
    header.skip(4); // checksum, identifier
    const quint16 replySequence = header.u16();
    if (!header.ok())
        return message;
    message.type = type;
    message.code = code;
    const int echoReply = ipv6 ? 129 : 0;
    const int unreachable = ipv6 ? 1 : 3;
    const int timeExceeded = ipv6 ? 3 : 11;
    if (message.type == echoReply) {
        if (replySequence == sequence && data.mid(kIcmpHeader).startsWith(cookie))
            message.kind = IcmpMessage::Kind::EchoReply;
        return message;
    }
    if (message.type != unreachable && message.type != timeExceeded)
        return message;
    // The error quotes the IP header of our request and the start of our ICMP message.
    const QByteArray quoted = data.mid(kIcmpHeader);
    QByteArray original;
    if (ipv6) {
        ByteReader ip(quoted);
        const quint8 version = ip.u8() >> 4;
        ip.skip(5); // traffic class, flow label, payload length
        const quint8 nextHeader = ip.u8();
        ip.skip(kIpv6Header - 7); // hop limit, addresses
        if (!ip.ok() || version != 6 || nextHeader != kIcmpv6NextHeader)
            return message;
        original = quoted.mid(kIpv6Header);
    } else {
        const Ipv4Header ip = readIpv4Header(quoted);
        if (!ip.present || ip.length < kIpv4MinHeader || ip.length > quoted.size() || ip.protocol != kIcmpProtocol)
            return message;
        original = quoted.mid(ip.length);
    }
    if (!quotesOurRequest(original, ipv6, sequence, cookie))
        return message;
    message.kind = message.type == unreachable ? IcmpMessage::Kind::Unreachable : IcmpMessage::Kind::TimeExceeded;
    return message;
}

PingFlavor nativePingFlavor()
{
#if defined(Q_OS_WIN)
    return PingFlavor::Windows;
#elif defined(Q_OS_MACOS)
    return PingFlavor::MacOs;
#else
    return PingFlavor::Iputils;
#endif
}

int EchoSeries::lossPercent() const
{
    if (sent <= 0)
        return 0;
    return qRound(100.0 * (sent - qMin(sent, received())) / sent);
}

double EchoSeries::minMs() const
{
    return rttMs.isEmpty() ? 0 : *std::min_element(rttMs.cbegin(), rttMs.cend());
}

double EchoSeries::maxMs() const
{
    return rttMs.isEmpty() ? 0 : *std::max_element(rttMs.cbegin(), rttMs.cend());
}

double EchoSeries::avgMs() const
{
    return rttMs.isEmpty() ? 0 : std::accumulate(rttMs.cbegin(), rttMs.cend(), 0.0) / static_cast<double>(rttMs.size());
}

double EchoSeries::jitterMs() const
{
    if (rttMs.size() < 2)
        return 0;
    double sum = 0;
    for (qsizetype i = 1; i < rttMs.size(); ++i)
        sum += std::abs(rttMs.at(i) - rttMs.at(i - 1));
    return sum / static_cast<double>(rttMs.size() - 1);
}

QJsonObject EchoSeries::evidence() const
{
    const auto ms = [](double value) { return std::round(value * 1000.0) / 1000.0; };
    QJsonObject out;
    out.insert(QStringLiteral("echoes_sent"), sent);
    out.insert(QStringLiteral("echoes_received"), received());
    out.insert(QStringLiteral("loss_percent"), lossPercent());
    if (!rttMs.isEmpty()) {
        out.insert(QStringLiteral("rtt_min_ms"), ms(minMs()));
        out.insert(QStringLiteral("rtt_avg_ms"), ms(avgMs()));
        out.insert(QStringLiteral("rtt_max_ms"), ms(maxMs()));
        out.insert(QStringLiteral("jitter_ms"), ms(jitterMs()));
    }
    return out;
}

QList<int> pathMtuSizes(bool ipv6)
{
    static const QList<int> all{1500, 1492, 1472, 1452, 1420, 1400, 1350, 1300, 1280, 1200, 1000, 576};
    QList<int> sizes;
    for (const int size : all) {
        if (!ipv6 || size >= 1280)
            sizes << size;
    }
    return sizes;
}

int pathMtuPayloadSize(bool ipv6, int size)
{
    return size - (ipv6 ? 40 : 20) - 8;
}

PathMtu summarizePathMtu(const QList<PathMtuProbe> &probes)
{
    PathMtu out;
    QStringList parts;
    for (const PathMtuProbe &probe : probes) {
        if (probe.state == PathMtuProbe::State::Answered)
            out.mtu = qMax(out.mtu, probe.size);
        if (probe.state == PathMtuProbe::State::FragmentationNeeded && probe.reportedMtu > 0)
            out.reported = out.reported < 0 ? probe.reportedMtu : qMin(out.reported, probe.reportedMtu);
        QString state;
        switch (probe.state) {
        case PathMtuProbe::State::Pending:
            state = QStringLiteral("lost");
            break;
        case PathMtuProbe::State::Answered:
            state = QStringLiteral("answered");
            break;
        case PathMtuProbe::State::TooBigHere:
            state = QStringLiteral("larger than this laptop's link");
            break;
        case PathMtuProbe::State::FragmentationNeeded:
            state = probe.reportedMtu > 0 ? QStringLiteral("fragmentation needed (MTU %1)").arg(probe.reportedMtu)
                                          : QStringLiteral("fragmentation needed");
            break;
        }
        parts << QStringLiteral("%1 %2").arg(probe.size).arg(state);
    }
    out.probes = parts.join(QStringLiteral(", "));
    if (out.mtu > 0) {
        bool explained = false;
        for (const PathMtuProbe &probe : probes) {
            if (probe.size <= out.mtu)
                continue;
            if (probe.state == PathMtuProbe::State::Pending)
                out.lostAbove = out.lostAbove < 0 ? probe.size : qMin(out.lostAbove, probe.size);
            else if (probe.state == PathMtuProbe::State::FragmentationNeeded)
                explained = true;
        }
        out.blackHole = out.lostAbove > 0 && !explained;
    }
    return out;
}

QJsonObject PathMtu::evidence() const
{
    QJsonObject out;
    out.insert(QStringLiteral("path_mtu"), mtu > 0 ? QJsonValue(mtu) : QJsonValue());
    out.insert(QStringLiteral("path_mtu_black_hole"), blackHole);
    out.insert(QStringLiteral("path_mtu_probes"), probes);
    if (lostAbove > 0)
        out.insert(QStringLiteral("path_mtu_lost_above"), lostAbove);
    if (reported > 0)
        out.insert(QStringLiteral("path_mtu_reported"), reported);
    return out;
}

bool pingCommand(PingFlavor flavor, const QHostAddress &address, int timeoutMs, int echoes, QString *program,
                 QStringList *arguments)
{
    program->clear();
    arguments->clear();
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (!v4 && !v6)
        return false;
    QHostAddress plain = address;
    plain.setScopeId(QString());
    const QString literal = plain.toString();
    // Only an address goes on the command line, never a name or anything that could read as an option.
    static const QRegularExpression safe(QStringLiteral("^[0-9A-Fa-f][0-9A-Fa-f:.]*$"));
    if (!safe.match(literal).hasMatch() || QHostAddress(literal) != plain)
        return false;
    const int seconds = qBound(1, timeoutMs / 1000, 60);
    switch (flavor) {
    case PingFlavor::Iputils:
        *program = QStringLiteral("ping");
        // -w: the whole run's deadline, short of the probe's own, so that ping sums up the lost echoes itself.
        *arguments = {QStringLiteral("-n"),
                      QStringLiteral("-c"),
                      QString::number(qBound(1, echoes, 20)),
                      QStringLiteral("-i"),
                      QStringLiteral("0.2"),
                      QStringLiteral("-w"),
                      QString::number(qBound(1, (timeoutMs - 500) / 1000, 60)),
                      literal};
        break;
    case PingFlavor::MacOs:
        if (v6) {
            *program = QStringLiteral("ping6");
            *arguments = {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("1"), literal};
        } else {
            *program = QStringLiteral("ping");
            *arguments = {QStringLiteral("-n"), QStringLiteral("-c"),     QStringLiteral("1"),
                          QStringLiteral("-t"), QString::number(seconds), literal};
        }
        break;
    case PingFlavor::Windows:
        *program = QStringLiteral("ping");
        *arguments = {QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-w"),
                      QString::number(qBound(500, timeoutMs, 60000)), literal};
        break;
    }
    return true;
}

PingOutcome parsePingOutput(PingFlavor flavor, int exitCode, const QByteArray &output)
{
    PingOutcome outcome;
    const QList<QByteArray> lines = output.left(64 * 1024).split('\n');
    static const QRegularExpression ttlToken(QStringLiteral("\\bttl=(\\d{1,3})\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression timeToken(QStringLiteral("[=<]\\s*([0-9]+(?:[.,][0-9]+)?)\\s*ms"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression windowsTtl(QStringLiteral("\\bTTL=(\\d{1,3})\\b"));
    static const QRegularExpression unreachable(QStringLiteral("unreachable|no route to host|prohibited|filtered"),
                                                QRegularExpression::CaseInsensitiveOption);

    static const QRegularExpression transmitted(QStringLiteral("^(\\d{1,5}) packets transmitted"));
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromLatin1(raw).trimmed();
        const QRegularExpressionMatch summary = transmitted.match(line);
        if (summary.hasMatch())
            outcome.transmitted = summary.captured(1).toInt();
        // Windows: only a line with the untranslated "TTL=" token is a reply; elsewhere "bytes from ... ttl=".
        const QRegularExpressionMatch ttl =
            flavor == PingFlavor::Windows ? windowsTtl.match(line) : ttlToken.match(line);
        if (!ttl.hasMatch())
            continue;
        if (flavor != PingFlavor::Windows && !line.contains(QStringLiteral(" from "), Qt::CaseInsensitive))
            continue;
        const QRegularExpressionMatch time = timeToken.match(line);
        double rtt = -1;
        if (time.hasMatch()) {
            QString number = time.captured(1);
            number.replace(u',', u'.');
            rtt = number.toDouble();
            outcome.rtts << rtt;
        }
        if (outcome.status == PingOutcome::Status::Reply)
            continue; // the first reply decides; the others add their round trips
        outcome.status = PingOutcome::Status::Reply;
        outcome.ttl = ttl.captured(1).toInt();
        if (time.hasMatch()) {
            outcome.rttMs = rtt;
            outcome.rttText = time.captured(0).mid(time.captured(0).startsWith(u'<') ? 0 : 1).trimmed();
        }
        outcome.line = printable(raw.trimmed(), 200);
    }
    if (outcome.status == PingOutcome::Status::Reply)
        return outcome;
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromLatin1(raw);
        if (unreachable.match(line).hasMatch()) {
            outcome.status = PingOutcome::Status::Unreachable;
            outcome.line = printable(raw.trimmed(), 200);
            return outcome;
        }
    }
    switch (flavor) {
    case PingFlavor::Windows:
        // Exit 0 without a TTL= line is a router's "unreachable" in whatever language; exit 1 is no reply.
        outcome.status = exitCode == 0   ? PingOutcome::Status::Unreachable
                         : exitCode == 1 ? PingOutcome::Status::Timeout
                                         : PingOutcome::Status::Error;
        break;
    case PingFlavor::MacOs:
        // ping(8) on macOS: 2 = sent, no response; other non-zero values are errors.
        outcome.status = exitCode == 2 ? PingOutcome::Status::Timeout : PingOutcome::Status::Error;
        break;
    case PingFlavor::Iputils:
        // iputils: 1 = no reply, 2 = error.
        outcome.status = exitCode == 1 ? PingOutcome::Status::Timeout : PingOutcome::Status::Error;
        break;
    }
    for (const QByteArray &raw : lines) {
        if (!raw.trimmed().isEmpty()) {
            outcome.line = printable(raw.trimmed(), 200);
            if (outcome.status == PingOutcome::Status::Error)
                break; // the first line says what went wrong
        }
    }
    return outcome;
}

} // namespace tpready
