// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ntppacket.h"

#include "core/probes/bytes.h"

namespace tpready {
namespace {

// Up to four printable ASCII characters, NUL-padded, at least one not a space.
bool isKissCode(quint32 referenceId)
{
    bool any = false;
    bool ended = false;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto c = static_cast<quint8>(referenceId >> shift);
        if (c == 0) {
            ended = true;
            continue;
        }
        if (ended || c < 0x20 || c > 0x7e)
            return false;
        if (c != ' ')
            any = true;
    }
    return any;
}

constexpr qint64 kMicro = 1000000;
constexpr qint64 kEra = qint64(1) << 32;

} // namespace

QByteArray buildNtpRequest(quint64 transmit)
{
    QByteArray request;
    putU8(request, (0 << 6) | (4 << 3) | 3);      // LI 0, VN 4, mode 3 (client): 0x23
    request.append(kNtpPacketSize - 1 - 8, '\0'); // stratum to Receive Timestamp: zero in a request
    putU64(request, transmit);                    // Transmit Timestamp
    return request;
}

QString ntpRefIdText(quint32 referenceId, int stratum)
{
    const char bytes[4] = {static_cast<char>(referenceId >> 24), static_cast<char>(referenceId >> 16),
                           static_cast<char>(referenceId >> 8), static_cast<char>(referenceId)};
    bool printable = true;
    int length = 4;
    while (length > 0 && bytes[length - 1] == '\0')
        --length;
    for (int i = 0; i < length; ++i) {
        if (bytes[i] < 0x20 || bytes[i] > 0x7e)
            printable = false;
    }
    const bool asText = stratum <= 1 || (stratum >= 16 && printable && length > 0);
    if (asText) {
        QString text;
        for (int i = 0; i < length; ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            if (c >= 0x20 && c <= 0x7e)
                text += QLatin1Char(static_cast<char>(c));
            else
                text += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        }
        return text;
    }
    return QStringLiteral("%1.%2.%3.%4")
        .arg(referenceId >> 24)
        .arg((referenceId >> 16) & 0xff)
        .arg((referenceId >> 8) & 0xff)
        .arg(referenceId & 0xff);
}

double ntpShortToMs(quint32 value)
{
    return static_cast<double>(value) * 1000.0 / 65536.0;
}

qint64 ntpToUnixUs(quint64 timestamp, qint64 pivotUnixUs)
{
    const qint64 pivotNtpSeconds = pivotUnixUs / kMicro + kNtpUnixEpochOffset;
    const auto seconds32 = static_cast<quint32>(timestamp >> 32);
    // The seconds closest to the pivot among seconds32 + k * 2^32: a signed 32-bit distance.
    const auto distance = static_cast<qint32>(seconds32 - static_cast<quint32>(pivotNtpSeconds & (kEra - 1)));
    const qint64 ntpSeconds = pivotNtpSeconds + distance;
    // Rounded to the nearest microsecond, so that unixUsToNtp() round-trips exactly.
    const qint64 fractionUs =
        static_cast<qint64>(((timestamp & 0xffffffffULL) * quint64(kMicro) + (quint64(1) << 31)) >> 32);
    return (ntpSeconds - kNtpUnixEpochOffset) * kMicro + fractionUs;
}

quint64 unixUsToNtp(qint64 unixUs)
{
    qint64 seconds = unixUs / kMicro;
    qint64 micros = unixUs % kMicro;
    if (micros < 0) {
        micros += kMicro;
        --seconds;
    }
    const auto ntpSeconds = static_cast<quint64>(seconds + kNtpUnixEpochOffset) & 0xffffffffULL;
    const quint64 fraction = (static_cast<quint64>(micros) << 32) / quint64(kMicro);
    return (ntpSeconds << 32) | fraction;
}

NtpTiming computeNtpTiming(qint64 t1UnixUs, qint64 t4UnixUs, quint64 t2, quint64 t3)
{
    const qint64 t2Us = ntpToUnixUs(t2, t1UnixUs);
    const qint64 t3Us = ntpToUnixUs(t3, t1UnixUs);
    NtpTiming timing;
    timing.offsetMs = static_cast<double>((t2Us - t1UnixUs) + (t3Us - t4UnixUs)) / 2000.0;
    timing.delayMs = static_cast<double>((t4UnixUs - t1UnixUs) - (t3Us - t2Us)) / 1000.0;
    return timing;
}

NtpReply parseNtpReply(const QByteArray &datagram, const QList<quint64> &origins)
{
    NtpReply reply;
    if (datagram.size() < kNtpPacketSize) {
        reply.status = NtpReply::Status::TooShort;
        reply.problem = QStringLiteral("%1 bytes, an NTP packet has at least 48").arg(datagram.size());
        return reply;
    }
    NtpPacket &p = reply.packet;
    ByteReader fields(datagram);
    const quint8 first = fields.u8();
    p.leap = first >> 6;
    p.version = (first >> 3) & 7;
    p.mode = first & 7;
    p.stratum = fields.u8();
    p.poll = static_cast<qint8>(fields.u8());
    p.precision = static_cast<qint8>(fields.u8());
    p.rootDelay = fields.u32();
    p.rootDispersion = fields.u32();
    p.referenceId = fields.u32();
    p.reference = fields.u64();
    p.origin = fields.u64();
    p.receive = fields.u64();
    p.transmit = fields.u64();
    reply.refId = ntpRefIdText(p.referenceId, p.stratum);

    if (p.mode != 4) {
        reply.status = NtpReply::Status::NotServerMode;
        reply.problem = QStringLiteral("mode %1, not 4 (server)").arg(p.mode);
        return reply;
    }
    if (p.version < 1 || p.version > 4) {
        reply.status = NtpReply::Status::BadVersion;
        reply.problem = QStringLiteral("version %1 is not NTP").arg(p.version);
        return reply;
    }
    reply.originIndex = static_cast<int>(origins.indexOf(p.origin));
    if (reply.originIndex < 0) {
        reply.status = NtpReply::Status::OriginMismatch;
        reply.problem = QStringLiteral("origin %1 echoes none of our requests").arg(p.origin, 16, 16, QLatin1Char('0'));
        return reply;
    }
    if (p.stratum == 0) {
        // A kiss code is printable ASCII. chronyd without a source answers stratum 0, LI 3 and a zero Reference
        // ID: no kiss, just an unsynchronised server.
        const QString code = ntpRefIdText(p.referenceId, 0).trimmed();
        if (isKissCode(p.referenceId)) {
            reply.status = NtpReply::Status::KissOfDeath;
            reply.kissCode = code;
            reply.refId = code;
            return reply;
        }
        reply.status = NtpReply::Status::Unsynchronised;
        return reply;
    }
    if (p.transmit == 0) {
        reply.status = NtpReply::Status::ZeroTransmit;
        reply.problem = QStringLiteral("transmit timestamp 0");
        return reply;
    }
    if (p.leap == 3 || p.stratum >= 16) {
        reply.status = NtpReply::Status::Unsynchronised;
        return reply;
    }
    reply.status = NtpReply::Status::Valid;
    return reply;
}

} // namespace tpready
