// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ikerequest.h"

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
        putU16(t, 0x8000 | kIkeAttributeKeyLength); // TV format
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

} // namespace

QByteArray ikeSaPayloadBody(const QList<IkeProposal> &proposals)
{
    QByteArray body;
    for (int i = 0; i < proposals.size(); ++i) {
        const IkeProposal &p = proposals.at(i);
        QByteArray transforms;
        int count = 0;
        transforms +=
            transform(false, IkeTransformEncr, p.encryption, isEncryptionWithKeyLength(p.encryption) ? p.keyLength : 0);
        ++count;
        transforms += transform(false, IkeTransformPrf, p.prf);
        ++count;
        if (p.integrity) {
            transforms += transform(false, IkeTransformInteg, p.integrity);
            ++count;
        }
        transforms += transform(true, IkeTransformDh, p.dhGroup);
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

} // namespace tpready
