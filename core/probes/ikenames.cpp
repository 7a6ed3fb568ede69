// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ikenames.h"

#include <QStringList>

namespace tpready {
namespace {

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

} // namespace tpready
