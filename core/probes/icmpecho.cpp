// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "icmpecho.h"

#include <QRegularExpression>

#include "core/probes/textframing.h"

namespace tpready {
namespace {

constexpr int kIcmpHeader = 8;
constexpr int kIpv4MinHeader = 20;
constexpr int kIpv6Header = 40;
constexpr int kIcmpv6NextHeader = 58;

quint8 at(const QByteArray &data, qsizetype index)
{
    return static_cast<quint8>(data.at(index));
}

quint16 read16(const QByteArray &data, qsizetype index)
{
    return static_cast<quint16>((at(data, index) << 8) | at(data, index + 1));
}

/// Whether @p original (an echo request as quoted in an ICMP error) is ours. Routers quote at least 8 octets
/// (RFC 792); when they quote more, the cookie must match as far as it goes.
bool quotesOurRequest(const QByteArray &original, bool ipv6, quint16 sequence, const QByteArray &cookie)
{
    if (original.size() < kIcmpHeader || at(original, 0) != (ipv6 ? 128 : 8) || read16(original, 6) != sequence)
        return false;
    const QByteArray quoted = original.mid(kIcmpHeader, cookie.size());
    return cookie.startsWith(quoted);
}

} // namespace

quint16 internetChecksum(const QByteArray &data)
{
    quint32 sum = 0;
    qsizetype i = 0;
    for (; i + 1 < data.size(); i += 2)
        sum += read16(data, i);
    if (i < data.size())
        sum += static_cast<quint32>(at(data, i)) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<quint16>(~sum & 0xffff);
}

QByteArray buildIcmpEchoRequest(bool ipv6, quint16 identifier, quint16 sequence, const QByteArray &payload)
{
    QByteArray packet(kIcmpHeader, '\0');
    packet[0] = static_cast<char>(ipv6 ? 128 : 8);
    packet[4] = static_cast<char>(identifier >> 8);
    packet[5] = static_cast<char>(identifier & 0xff);
    packet[6] = static_cast<char>(sequence >> 8);
    packet[7] = static_cast<char>(sequence & 0xff);
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
    if (!ipv6 && data.size() >= kIpv4MinHeader && (at(data, 0) >> 4) == 4) {
        // macOS hands the IPv4 header over too; an ICMP type never has 4 in its high nibble (types 64-79 unused).
        const int headerLength = (at(data, 0) & 0x0f) * 4;
        if (headerLength < kIpv4MinHeader || headerLength > data.size())
            return message;
        message.ttl = at(data, 8);
        data = data.mid(headerLength);
    }
    if (data.size() < kIcmpHeader)
        return message;
    message.type = at(data, 0);
    message.code = at(data, 1);
    const int echoReply = ipv6 ? 129 : 0;
    const int unreachable = ipv6 ? 1 : 3;
    const int timeExceeded = ipv6 ? 3 : 11;
    if (message.type == echoReply) {
        if (read16(data, 6) == sequence && data.mid(kIcmpHeader).startsWith(cookie))
            message.kind = IcmpMessage::Kind::EchoReply;
        return message;
    }
    if (message.type != unreachable && message.type != timeExceeded)
        return message;
    // The error quotes the IP header of our request and the start of our ICMP message.
    const QByteArray quoted = data.mid(kIcmpHeader);
    QByteArray original;
    if (ipv6) {
        if (quoted.size() < kIpv6Header || (at(quoted, 0) >> 4) != 6 || at(quoted, 6) != kIcmpv6NextHeader)
            return message;
        original = quoted.mid(kIpv6Header);
    } else {
        if (quoted.size() < kIpv4MinHeader || (at(quoted, 0) >> 4) != 4)
            return message;
        const int headerLength = (at(quoted, 0) & 0x0f) * 4;
        if (headerLength < kIpv4MinHeader || headerLength > quoted.size() || at(quoted, 9) != 1)
            return message;
        original = quoted.mid(headerLength);
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

bool pingCommand(PingFlavor flavor, const QHostAddress &address, int timeoutMs, QString *program,
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
        *arguments = {QStringLiteral("-n"), QStringLiteral("-c"),     QStringLiteral("1"),
                      QStringLiteral("-W"), QString::number(seconds), literal};
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

    for (const QByteArray &raw : lines) {
        const QString line = QString::fromLatin1(raw).trimmed();
        // Windows: only a line with the untranslated "TTL=" token is a reply; elsewhere "bytes from ... ttl=".
        const QRegularExpressionMatch ttl =
            flavor == PingFlavor::Windows ? windowsTtl.match(line) : ttlToken.match(line);
        if (!ttl.hasMatch())
            continue;
        if (flavor != PingFlavor::Windows && !line.contains(QStringLiteral(" from "), Qt::CaseInsensitive))
            continue;
        outcome.status = PingOutcome::Status::Reply;
        outcome.ttl = ttl.captured(1).toInt();
        const QRegularExpressionMatch time = timeToken.match(line);
        if (time.hasMatch()) {
            QString number = time.captured(1);
            number.replace(u',', u'.');
            outcome.rttMs = number.toDouble();
            outcome.rttText = time.captured(0).mid(time.captured(0).startsWith(u'<') ? 0 : 1).trimmed();
        }
        outcome.line = printable(raw.trimmed(), 200);
        return outcome;
    }
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
