// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ikepacket.h"

#include <QCryptographicHash>
#include <memory>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>

#include "core/probes/bytes.h"

#if OPENSSL_VERSION_NUMBER < 0x30000000L
#error "tpready needs OpenSSL 3.0 or newer (EVP_EC_gen, EVP_PKEY_get_bn_param)"
#endif

namespace tpready {
namespace {

// Transform types (RFC 7296 3.3.2).
constexpr quint8 kTransformEncr = 1;
constexpr quint8 kTransformPrf = 2;
constexpr quint8 kTransformInteg = 3;
constexpr quint8 kTransformDh = 4;
constexpr quint16 kAttributeKeyLength = 14;
constexpr quint8 kProtocolIke = 1;

QByteArray transform(bool last, quint8 type, quint16 id, int keyLength = 0)
{
    QByteArray t;
    putU8(t, last ? 0 : 3);
    putU8(t, 0);
    putU16(t, keyLength ? 12 : 8);
    putU8(t, type);
    putU8(t, 0);
    putU16(t, id);
    if (keyLength) {
        putU16(t, 0x8000 | kAttributeKeyLength); // TV format
        putU16(t, keyLength);
    }
    return t;
}

QByteArray payload(quint8 next, const QByteArray &body)
{
    QByteArray p;
    putU8(p, next);
    putU8(p, 0);
    putU16(p, static_cast<quint32>(body.size() + 4));
    return p + body;
}

QByteArray notifyBody(quint16 type, const QByteArray &data)
{
    QByteArray body;
    putU8(body, 0); // protocol: none (IKE SA)
    putU8(body, 0); // SPI size
    putU16(body, type);
    return body + data;
}

bool isEncryptionWithKeyLength(quint16 id)
{
    return id == 12 || id == 13 || id == 14 || (id >= 18 && id <= 20) || id == 23 || id == 24;
}

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
                    if ((attrType & 0x7fff) == kAttributeKeyLength && type == kTransformEncr)
                        proposal.keyLength = value;
                } else {
                    const quint16 attrLength = attributes.u16();
                    if (attrLength > attributes.remaining())
                        return false;
                    attributes.skip(attrLength);
                }
            }
            switch (type) {
            case kTransformEncr:
                proposal.encryption = id;
                haveEncr = true;
                break;
            case kTransformPrf:
                proposal.prf = id;
                havePrf = true;
                break;
            case kTransformInteg:
                proposal.integrity = id;
                break;
            case kTransformDh:
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

QString encryptionName(const IkeProposal &p)
{
    switch (p.encryption) {
    case 3:
        return QStringLiteral("3des");
    case 12:
        return QStringLiteral("aes%1").arg(p.keyLength);
    case 13:
        return QStringLiteral("aes%1ctr").arg(p.keyLength);
    case 18:
        return QStringLiteral("aes%1gcm8").arg(p.keyLength);
    case 19:
        return QStringLiteral("aes%1gcm12").arg(p.keyLength);
    case 20:
        return QStringLiteral("aes%1gcm16").arg(p.keyLength);
    case 28:
        return QStringLiteral("chacha20poly1305");
    default:
        return QStringLiteral("encr%1").arg(p.encryption);
    }
}

QString integrityName(quint16 id)
{
    switch (id) {
    case 1:
        return QStringLiteral("md5");
    case 2:
        return QStringLiteral("sha1");
    case 12:
        return QStringLiteral("sha256");
    case 13:
        return QStringLiteral("sha384");
    case 14:
        return QStringLiteral("sha512");
    default:
        return QStringLiteral("integ%1").arg(id);
    }
}

QString prfName(quint16 id)
{
    switch (id) {
    case 1:
        return QStringLiteral("prfmd5");
    case 2:
        return QStringLiteral("prfsha1");
    case 5:
        return QStringLiteral("prfsha256");
    case 6:
        return QStringLiteral("prfsha384");
    case 7:
        return QStringLiteral("prfsha512");
    default:
        return QStringLiteral("prf%1").arg(id);
    }
}

// The PRF that strongSwan's short name "sha256" implies along with the integrity algorithm.
quint16 impliedPrf(quint16 integrity)
{
    switch (integrity) {
    case 1:
        return 1;
    case 2:
        return 2;
    case 12:
        return 5;
    case 13:
        return 6;
    case 14:
        return 7;
    default:
        return 0;
    }
}

QString groupName(quint16 id)
{
    switch (id) {
    case 2:
        return QStringLiteral("modp1024");
    case 14:
        return QStringLiteral("modp2048");
    case 15:
        return QStringLiteral("modp3072");
    case 16:
        return QStringLiteral("modp4096");
    case 19:
        return QStringLiteral("ecp256");
    case 20:
        return QStringLiteral("ecp384");
    case 21:
        return QStringLiteral("ecp521");
    case 31:
        return QStringLiteral("curve25519");
    default:
        return QStringLiteral("dh%1").arg(id);
    }
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

QString ikeProposalName(const IkeProposal &proposal)
{
    QStringList parts{encryptionName(proposal)};
    if (proposal.integrity)
        parts << integrityName(proposal.integrity);
    if (!proposal.integrity || impliedPrf(proposal.integrity) != proposal.prf)
        parts << prfName(proposal.prf);
    parts << groupName(proposal.dhGroup);
    return parts.join(u'-');
}

QString ikeNotifyName(quint16 type)
{
    switch (type) {
    case 1:
        return QStringLiteral("UNSUPPORTED_CRITICAL_PAYLOAD");
    case 4:
        return QStringLiteral("INVALID_IKE_SPI");
    case IkeNotifyInvalidMajorVersion:
        return QStringLiteral("INVALID_MAJOR_VERSION");
    case IkeNotifyInvalidSyntax:
        return QStringLiteral("INVALID_SYNTAX");
    case 9:
        return QStringLiteral("INVALID_MESSAGE_ID");
    case IkeNotifyNoProposalChosen:
        return QStringLiteral("NO_PROPOSAL_CHOSEN");
    case IkeNotifyInvalidKePayload:
        return QStringLiteral("INVALID_KE_PAYLOAD");
    case 24:
        return QStringLiteral("AUTHENTICATION_FAILED");
    case 43:
        return QStringLiteral("TEMPORARY_FAILURE");
    case IkeNotifyNatDetectionSourceIp:
        return QStringLiteral("NAT_DETECTION_SOURCE_IP");
    case IkeNotifyNatDetectionDestinationIp:
        return QStringLiteral("NAT_DETECTION_DESTINATION_IP");
    case IkeNotifyCookie:
        return QStringLiteral("COOKIE");
    case 16404:
        return QStringLiteral("MULTIPLE_AUTH_SUPPORTED");
    case 16407:
        return QStringLiteral("REDIRECT");
    case 16418:
        return QStringLiteral("CHILDLESS_IKEV2_SUPPORTED");
    case 16430:
        return QStringLiteral("IKEV2_FRAGMENTATION_SUPPORTED");
    case 16431:
        return QStringLiteral("SIGNATURE_HASH_ALGORITHMS");
    default:
        return QString::number(type);
    }
}

QString ikePayloadName(quint8 type)
{
    switch (type) {
    case IkePayloadSa:
        return QStringLiteral("SA");
    case IkePayloadKe:
        return QStringLiteral("KE");
    case 37:
        return QStringLiteral("CERT");
    case IkePayloadCertReq:
        return QStringLiteral("CERTREQ");
    case IkePayloadNonce:
        return QStringLiteral("Nonce");
    case IkePayloadNotify:
        return QStringLiteral("N");
    case IkePayloadVendorId:
        return QStringLiteral("V");
    case 46:
        return QStringLiteral("SK");
    default:
        return QString::number(type);
    }
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

QByteArray ikeSaPayloadBody(const QList<IkeProposal> &proposals)
{
    QByteArray body;
    for (int i = 0; i < proposals.size(); ++i) {
        const IkeProposal &p = proposals.at(i);
        QByteArray transforms;
        int count = 0;
        transforms +=
            transform(false, kTransformEncr, p.encryption, isEncryptionWithKeyLength(p.encryption) ? p.keyLength : 0);
        ++count;
        transforms += transform(false, kTransformPrf, p.prf);
        ++count;
        if (p.integrity) {
            transforms += transform(false, kTransformInteg, p.integrity);
            ++count;
        }
        transforms += transform(true, kTransformDh, p.dhGroup);
        ++count;
        const bool last = i == proposals.size() - 1;
        putU8(body, last ? 0 : 2);
        putU8(body, 0);
        putU16(body, static_cast<quint32>(8 + transforms.size()));
        putU8(body, static_cast<quint32>(i + 1));
        putU8(body, kProtocolIke);
        putU8(body, 0); // SPI size: none in IKE_SA_INIT
        putU8(body, static_cast<quint32>(count));
        body += transforms;
    }
    return body;
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

QByteArray buildIkeSaInit(const IkeSaInitRequest &request)
{
    if (request.initiatorSpi.size() != kIkeSpiSize)
        return {};
    const QByteArray zeroSpi(kIkeSpiSize, '\0');
    QByteArray ke;
    putU16(ke, request.keGroup);
    putU16(ke, 0);
    ke += request.keData;

    QByteArray body;
    body += payload(IkePayloadKe, ikeSaPayloadBody(request.proposals));
    body += payload(IkePayloadNonce, ke);
    if (request.natDetection) {
        body += payload(IkePayloadNotify, request.nonce);
        body += payload(IkePayloadNotify, notifyBody(IkeNotifyNatDetectionSourceIp,
                                                     ikeNatDetectionHash(request.initiatorSpi, zeroSpi,
                                                                         request.localAddress, request.localPort)));
        body += payload(IkePayloadNone, notifyBody(IkeNotifyNatDetectionDestinationIp,
                                                   ikeNatDetectionHash(request.initiatorSpi, zeroSpi,
                                                                       request.remoteAddress, request.remotePort)));
    } else {
        body += payload(IkePayloadNone, request.nonce);
    }

    QByteArray message = request.initiatorSpi + zeroSpi;
    putU8(message, IkePayloadSa);
    putU8(message, 0x20); // version 2.0
    putU8(message, kIkeExchangeSaInit);
    putU8(message, kIkeFlagInitiator);
    putU32(message, 0); // message ID
    putU32(message, static_cast<quint32>(kIkeHeaderSize + body.size()));
    return message + body;
}

QByteArray ikeWithNonEspMarker(const QByteArray &message)
{
    return QByteArray(4, '\0') + message;
}

QByteArray ikeEphemeralEcpPublicKey(quint16 group)
{
    const char *curve = nullptr;
    switch (group) {
    case 19:
        curve = "P-256";
        break;
    case 20:
        curve = "P-384";
        break;
    case 21:
        curve = "P-521";
        break;
    default:
        return {};
    }
    const int coordinate = ikeEcpKeySize(group) / 2;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen(curve), &EVP_PKEY_free);
    if (!key)
        return {};
    BIGNUM *x = nullptr;
    BIGNUM *y = nullptr;
    QByteArray out(2 * coordinate, '\0');
    bool ok = EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, &x) == 1 &&
              EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, &y) == 1;
    if (ok) {
        ok = BN_bn2binpad(x, reinterpret_cast<unsigned char *>(out.data()), coordinate) == coordinate &&
             BN_bn2binpad(y, reinterpret_cast<unsigned char *>(out.data()) + coordinate, coordinate) == coordinate;
    }
    BN_free(x);
    BN_free(y);
    return ok ? out : QByteArray();
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

QString toToken(IkeResponse::Kind kind)
{
    switch (kind) {
    case IkeResponse::Kind::None:
        return QStringLiteral("none");
    case IkeResponse::Kind::Full:
        return QStringLiteral("full");
    case IkeResponse::Kind::Cookie:
        return QStringLiteral("cookie");
    case IkeResponse::Kind::InvalidKe:
        return QStringLiteral("invalid-ke");
    case IkeResponse::Kind::NoProposalChosen:
        return QStringLiteral("no-proposal-chosen");
    case IkeResponse::Kind::InvalidSyntax:
        return QStringLiteral("invalid-syntax");
    case IkeResponse::Kind::ErrorNotify:
        return QStringLiteral("error-notify");
    case IkeResponse::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
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
