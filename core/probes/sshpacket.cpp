// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "sshpacket.h"

#include <QtEndian>

namespace tpready {
namespace {

constexpr int kSshMsgIgnore = 2;
constexpr int kSshMsgDebug = 4;
constexpr int kMaxSkipped = 8;
constexpr int kCookieBytes = 16;

quint32 readUint32(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(data.constData() + at));
}

/// Reads an RFC 4251 name-list at @p at of @p payload; false when it does not fit.
bool readNameList(const QByteArray &payload, qsizetype &at, QStringList *names)
{
    if (payload.size() - at < 4)
        return false;
    const quint32 length = readUint32(payload, at);
    at += 4;
    if (length > quint32(payload.size() - at))
        return false;
    const QByteArray text = payload.mid(at, qsizetype(length));
    at += qsizetype(length);
    for (char c : text) {
        if (uchar(c) < 0x21 || uchar(c) > 0x7e) // names are printable US-ASCII, no spaces (RFC 4251 section 5)
            return false;
    }
    if (names && !text.isEmpty())
        *names = QString::fromLatin1(text).split(u',');
    return true;
}

SshKexInit invalid(const QString &problem)
{
    SshKexInit kex;
    kex.status = SshKexInit::Status::Invalid;
    kex.problem = problem;
    return kex;
}

QByteArray nameList(const QStringList &names)
{
    const QByteArray text = names.join(u',').toLatin1();
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(text.size()), reinterpret_cast<uchar *>(out.data()));
    return out + text;
}

} // namespace

SshKexInit parseSshKexInit(const QByteArray &data)
{
    qsizetype offset = 0;
    for (int packet = 0; packet <= kMaxSkipped; ++packet) {
        if (data.size() - offset < 5)
            return {};
        const quint32 length = readUint32(data, offset);
        const int padding = uchar(data.at(offset + 4));
        // RFC 4253 section 6: at least 16 bytes with the length field, at least 4 bytes of padding, a payload.
        if (length < 12 || length > kSshMaxPacket)
            return invalid(QStringLiteral("packet length %1 is not that of an SSH packet").arg(length));
        if (padding < 4 || quint32(padding) + 2 > length)
            return invalid(QStringLiteral("padding length %1 does not fit packet length %2").arg(padding).arg(length));
        if (data.size() - offset < 4 + qsizetype(length))
            return {};
        const QByteArray payload = data.mid(offset + 5, qsizetype(length) - padding - 1);
        offset += 4 + qsizetype(length);
        const int message = uchar(payload.at(0));
        if (message == kSshMsgIgnore || message == kSshMsgDebug)
            continue;
        if (message != kSshMsgKexInit)
            return invalid(QStringLiteral("the first packet is message %1, not SSH_MSG_KEXINIT (20)").arg(message));
        SshKexInit kex;
        qsizetype at = 1 + kCookieBytes;
        QStringList ignored;
        // kex, host key, ciphers c->s and s->c, MACs, compression (both ways each), languages (both ways).
        const bool ok = payload.size() >= at && readNameList(payload, at, &kex.kexAlgorithms) &&
                        readNameList(payload, at, &kex.hostKeyAlgorithms) && readNameList(payload, at, &ignored) &&
                        readNameList(payload, at, &kex.ciphers) && readNameList(payload, at, &ignored) &&
                        readNameList(payload, at, &ignored) && readNameList(payload, at, &ignored) &&
                        readNameList(payload, at, &ignored) && readNameList(payload, at, &ignored) &&
                        readNameList(payload, at, &ignored) && payload.size() - at >= 5;
        if (!ok || kex.kexAlgorithms.isEmpty() || kex.hostKeyAlgorithms.isEmpty())
            return invalid(QStringLiteral("the SSH_MSG_KEXINIT packet is malformed"));
        kex.status = SshKexInit::Status::Found;
        kex.bytes = offset;
        return kex;
    }
    return invalid(QStringLiteral("more than %1 packets before SSH_MSG_KEXINIT").arg(kMaxSkipped));
}

QByteArray makeSshKexInitPacket(const QStringList &kex, const QStringList &hostKeys, const QStringList &ciphers)
{
    const QStringList macs{QStringLiteral("hmac-sha2-256")};
    const QStringList compression{QStringLiteral("none")};
    QByteArray payload(1, char(kSshMsgKexInit));
    payload += QByteArray(kCookieBytes, '\x5a');
    payload += nameList(kex) + nameList(hostKeys) + nameList(ciphers) + nameList(ciphers) + nameList(macs) +
               nameList(macs) + nameList(compression) + nameList(compression) + nameList({}) + nameList({});
    payload += QByteArray(5, '\0'); // first_kex_packet_follows, reserved
    // Padding: at least 4 bytes, the whole packet a multiple of 8.
    int padding = 8 - int((4 + 1 + payload.size()) % 8);
    if (padding < 4)
        padding += 8;
    QByteArray packet(5, '\0');
    qToBigEndian<quint32>(quint32(1 + payload.size() + padding), reinterpret_cast<uchar *>(packet.data()));
    packet[4] = char(padding);
    return packet + payload + QByteArray(padding, '\0');
}

} // namespace tpready
