// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ntppacket.h"

namespace tpready {
namespace {

quint32 u32(const QByteArray &data, int at)
{
    return (quint32(static_cast<quint8>(data.at(at))) << 24) | (quint32(static_cast<quint8>(data.at(at + 1))) << 16) |
           (quint32(static_cast<quint8>(data.at(at + 2))) << 8) | quint32(static_cast<quint8>(data.at(at + 3)));
}

quint64 u64(const QByteArray &data, int at)
{
    return (quint64(u32(data, at)) << 32) | u32(data, at + 4);
}

void putU64(QByteArray *data, int at, quint64 value)
{
    for (int i = 0; i < 8; ++i)
        (*data)[at + i] = static_cast<char>((value >> (56 - 8 * i)) & 0xff);
}

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
    QByteArray request(kNtpPacketSize, '\0');
    request[0] = static_cast<char>((0 << 6) | (4 << 3) | 3); // LI 0, VN 4, mode 3 (client): 0x23
    putU64(&request, 40, transmit);
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
    const auto first = static_cast<quint8>(datagram.at(0));
    p.leap = first >> 6;
    p.version = (first >> 3) & 7;
    p.mode = first & 7;
    p.stratum = static_cast<quint8>(datagram.at(1));
    p.poll = static_cast<qint8>(datagram.at(2));
    p.precision = static_cast<qint8>(datagram.at(3));
    p.rootDelay = u32(datagram, 4);
    p.rootDispersion = u32(datagram, 8);
    p.referenceId = u32(datagram, 12);
    p.reference = u64(datagram, 16);
    p.origin = u64(datagram, 24);
    p.receive = u64(datagram, 32);
    p.transmit = u64(datagram, 40);
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
