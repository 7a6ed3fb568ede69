// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ikepacket.h"

#include <QCryptographicHash>

#include "core/probes/bytes.h"

namespace tpready {
namespace {

// Parses one SA payload body of a response (RFC 7296 3.3). Returns false when a length lies.
bool parseSa(const QByteArray &body, IkeResponse *response)
{
    ByteReader sa(body);
    int proposals = 0;
    IkeProposal first;
    bool firstComplete = false;
    while (!sa.atEnd()) {
        const qsizetype left = sa.remaining();
        if (left < 8)
            return false;
        const quint8 last = sa.u8();
        sa.skip(1); // reserved
        const quint16 length = sa.u16();
        sa.skip(2); // proposal number, protocol ID
        const quint8 spiSize = sa.u8();
        const int transforms = sa.u8();
        if (length < 8 || length > left || 8 + spiSize > length || (last != 0 && last != 2))
            return false;
        ++proposals;
        ByteReader rest = sa.sub(length - 8);
        rest.skip(spiSize);
        bool haveEncr = false;
        bool havePrf = false;
        bool haveDh = false;
        IkeProposal proposal;
        proposal.integrity = 0;
        proposal.keyLength = 0;
        for (int i = 0; i < transforms; ++i) {
            const qsizetype transformLeft = rest.remaining();
            if (transformLeft < 8)
                return false;
            rest.skip(2); // last or more, reserved
            const quint16 tLength = rest.u16();
            if (tLength < 8 || tLength > transformLeft)
                return false;
            const quint8 type = rest.u8();
            rest.skip(1); // reserved
            const quint16 id = rest.u16();
            // Attributes: TV (AF bit set, 4 bytes) or TLV.
            ByteReader attributes = rest.sub(tLength - 8);
            while (!attributes.atEnd()) {
                if (attributes.remaining() < 4)
                    return false;
                const quint16 attrType = attributes.u16();
                if (attrType & 0x8000) {
                    const quint16 value = attributes.u16();
                    if ((attrType & 0x7fff) == kIkeAttributeKeyLength && type == IkeTransformEncr)
                        proposal.keyLength = value;
                } else {
                    const quint16 attrLength = attributes.u16();
                    if (attrLength > attributes.remaining())
                        return false;
                    attributes.skip(attrLength);
                }
            }
            switch (type) {
            case IkeTransformEncr:
                proposal.encryption = id;
                haveEncr = true;
                break;
            case IkeTransformPrf:
                proposal.prf = id;
                havePrf = true;
                break;
            case IkeTransformInteg:
                proposal.integrity = id;
                break;
            case IkeTransformDh:
                proposal.dhGroup = id;
                haveDh = true;
                break;
            default:
                break;
            }
        }
        if (!rest.atEnd())
            return false;
        if (proposals == 1) {
            first = proposal;
            firstComplete = haveEncr && havePrf && haveDh;
        }
        if (last == 0)
            break;
    }
    if (!sa.atEnd())
        return false;
    response->proposalCount = proposals;
    response->hasChosen = proposals == 1 && firstComplete;
    if (response->hasChosen)
        response->chosen = first;
    return true;
}

} // namespace

QList<IkeProposal> thingParkIkeProposals()
{
    return {
        IkeProposal{12, 128, 5, 12, 19}, // aes128-sha256-ecp256
        IkeProposal{12, 128, 6, 13, 20}, // aes128-sha384-ecp384
        IkeProposal{12, 256, 7, 14, 21}, // aes256-sha512-ecp521
    };
}

int ikeEcpKeySize(quint16 group)
{
    switch (group) {
    case 19:
        return 64;
    case 20:
        return 96;
    case 21:
        return 132;
    default:
        return 0;
    }
}

QByteArray ikeNatDetectionHash(const QByteArray &initiatorSpi, const QByteArray &responderSpi,
                               const QHostAddress &address, quint16 port)
{
    QByteArray data = initiatorSpi + responderSpi;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        putU32(data, v4);
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        data.append(reinterpret_cast<const char *>(v6.c), 16);
    }
    putU16(data, port);
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1);
}

const IkeNotify *IkeResponse::notify(quint16 type) const
{
    for (const IkeNotify &n : notifies) {
        if (n.type == type)
            return &n;
    }
    return nullptr;
}

IkeResponse parseIkeResponse(const QByteArray &datagram, const QByteArray &initiatorSpi, bool nonEspMarker)
{
    IkeResponse r;
    QByteArray data = datagram;
    if (nonEspMarker) {
        ByteReader marker(data);
        if (marker.u32() != 0 || !marker.ok()) {
            r.status = IkeResponse::Status::MissingMarker;
            r.problem = QStringLiteral("no non-ESP marker (the first 4 bytes are not zero)");
            return r;
        }
        data.remove(0, 4);
    }
    r.size = static_cast<int>(data.size());
    if (data.size() < kIkeHeaderSize) {
        r.status = IkeResponse::Status::Truncated;
        r.problem = QStringLiteral("%1 bytes, shorter than an IKE header (28)").arg(data.size());
        return r;
    }
    ByteReader header(data);
    r.initiatorSpi = header.bytes(kIkeSpiSize);
    r.responderSpi = header.bytes(kIkeSpiSize);
    const quint8 firstPayload = header.u8();
    r.version = header.u8();
    r.exchange = header.u8();
    r.flags = header.u8();
    r.messageId = header.u32();
    r.length = header.u32();

    if ((r.version >> 4) != 2) {
        r.status = IkeResponse::Status::NotIke;
        r.problem = (r.version >> 4) == 1
                        ? QStringLiteral("IKEv1 (ISAKMP) message, version 0x%1").arg(r.version, 2, 16, QLatin1Char('0'))
                        : QStringLiteral("version byte 0x%1 is not IKEv2").arg(r.version, 2, 16, QLatin1Char('0'));
        return r;
    }
    if (r.length != static_cast<quint32>(data.size())) {
        r.status = IkeResponse::Status::LengthMismatch;
        r.problem = QStringLiteral("header length %1 but %2 bytes received").arg(r.length).arg(data.size());
        return r;
    }
    if (r.initiatorSpi != initiatorSpi) {
        r.status = IkeResponse::Status::WrongSpi;
        r.problem =
            QStringLiteral("initiator SPI %1 is not ours (%2)").arg(plainHex(r.initiatorSpi), plainHex(initiatorSpi));
        return r;
    }
    if (!(r.flags & kIkeFlagResponse) || (r.flags & kIkeFlagInitiator)) {
        r.status = IkeResponse::Status::NotAResponse;
        r.problem = QStringLiteral("flags 0x%1: not a response from the original responder")
                        .arg(r.flags, 2, 16, QLatin1Char('0'));
        return r;
    }
    if (r.exchange != kIkeExchangeSaInit) {
        r.status = IkeResponse::Status::WrongExchange;
        r.problem = QStringLiteral("exchange type %1, not IKE_SA_INIT (34)").arg(r.exchange);
        return r;
    }
    if (r.messageId != 0) {
        r.status = IkeResponse::Status::WrongMessageId;
        r.problem = QStringLiteral("message ID %1, not 0").arg(r.messageId);
        return r;
    }

    // The payload chain: every length at least a generic header and within what is left.
    quint8 type = firstPayload;
    ByteReader chain(data, kIkeHeaderSize, data.size());
    auto bad = [&r](const QString &why) {
        r.status = IkeResponse::Status::BadPayloads;
        r.problem = why;
        return r;
    };
    while (type != IkePayloadNone) {
        const qsizetype at = chain.pos();
        const qsizetype left = chain.remaining();
        if (left < 4)
            return bad(QStringLiteral("payload %1 announced but only %2 bytes left").arg(type).arg(left));
        const quint8 next = chain.u8();
        chain.skip(1); // critical bit, reserved
        const quint16 length = chain.u16();
        if (length < 4 || length > left)
            return bad(QStringLiteral("payload %1 claims %2 bytes at offset %3, %4 left")
                           .arg(type)
                           .arg(length)
                           .arg(at)
                           .arg(left));
        const QByteArray body = chain.bytes(length - 4);
        r.payloads << type;
        switch (type) {
        case IkePayloadSa:
            if (!parseSa(body, &r))
                return bad(QStringLiteral("malformed SA payload at offset %1").arg(at));
            break;
        case IkePayloadKe:
            if (body.size() < 4)
                return bad(QStringLiteral("KE payload too short at offset %1").arg(at));
            r.keGroup = ByteReader(body).u16();
            r.keDataSize = static_cast<int>(body.size() - 4);
            break;
        case IkePayloadNonce:
            r.nonceSize = static_cast<int>(body.size());
            break;
        case IkePayloadNotify: {
            if (body.size() < 4)
                return bad(QStringLiteral("notify payload too short at offset %1").arg(at));
            ByteReader notify(body);
            notify.skip(1); // protocol ID
            const int spiSize = notify.u8();
            IkeNotify n;
            n.type = notify.u16();
            notify.skip(spiSize);
            if (!notify.ok())
                return bad(QStringLiteral("notify SPI size %1 exceeds the payload at offset %2").arg(spiSize).arg(at));
            n.data = notify.bytes(notify.remaining());
            if (n.type == IkeNotifyNatDetectionSourceIp)
                r.natSourceHashes << n.data;
            else if (n.type == IkeNotifyNatDetectionDestinationIp && r.natDestinationHash.isEmpty())
                r.natDestinationHash = n.data;
            else if (n.type == IkeNotifyInvalidKePayload && n.data.size() >= 2 && r.invalidKeGroup < 0)
                r.invalidKeGroup = ByteReader(n.data).u16();
            r.notifies << n;
            break;
        }
        default:
            break;
        }
        type = next;
    }
    if (!chain.atEnd())
        return bad(QStringLiteral("%1 bytes after the last payload").arg(chain.remaining()));

    r.status = IkeResponse::Status::Valid;
    const bool full =
        r.payloads.contains(IkePayloadSa) && r.payloads.contains(IkePayloadKe) && r.payloads.contains(IkePayloadNonce);
    if (full)
        r.kind = IkeResponse::Kind::Full;
    else if (r.notify(IkeNotifyCookie))
        r.kind = IkeResponse::Kind::Cookie;
    else if (r.notify(IkeNotifyInvalidKePayload))
        r.kind = IkeResponse::Kind::InvalidKe;
    else if (r.notify(IkeNotifyNoProposalChosen))
        r.kind = IkeResponse::Kind::NoProposalChosen;
    else if (r.notify(IkeNotifyInvalidSyntax))
        r.kind = IkeResponse::Kind::InvalidSyntax;
    else
        r.kind = IkeResponse::Kind::Other;
    if (r.kind == IkeResponse::Kind::Other) {
        for (const IkeNotify &n : std::as_const(r.notifies)) {
            if (n.type < 16384) {
                r.kind = IkeResponse::Kind::ErrorNotify;
                break;
            }
        }
    }
    return r;
}

IkeNatResult evaluateIkeNat(const IkeResponse &response, const QHostAddress &localAddress, quint16 localPort,
                            const QHostAddress &remoteAddress, quint16 remotePort)
{
    IkeNatResult nat;
    if (!response.isValid() || response.natSourceHashes.isEmpty() || response.natDestinationHash.isEmpty())
        return nat;
    nat.determined = true;
    // In the response the SPIs are the response's: SPIr is the responder's new SPI, not the zero we sent.
    const QByteArray ours = ikeNatDetectionHash(response.initiatorSpi, response.responderSpi, localAddress, localPort);
    nat.localBehindNat = response.natDestinationHash != ours;
    const QByteArray server =
        ikeNatDetectionHash(response.initiatorSpi, response.responderSpi, remoteAddress, remotePort);
    nat.serverBehindNat = !response.natSourceHashes.contains(server);
    return nat;
}

} // namespace tpready
