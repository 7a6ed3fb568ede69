// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include "core/probes/ikepacket.h"

namespace tpready {

// The IKE_SA_INIT request tpready sends (RFC 7296 1.2).

/// Everything an IKE_SA_INIT request is made of. The caller supplies the random parts, so tests are exact.
struct IkeSaInitRequest
{
    QByteArray initiatorSpi;      ///< 8 bytes, non-zero
    QList<IkeProposal> proposals; ///< all in one SA payload
    quint16 keGroup = 19;         ///< the group of the KE payload (one of the proposals')
    QByteArray keData;            ///< the public value; for ECP groups X || Y without the 0x04 prefix
    QByteArray nonce;             ///< 16 to 256 bytes
    bool natDetection = true;     ///< add N(NAT_DETECTION_SOURCE_IP) and N(NAT_DETECTION_DESTINATION_IP)
    QHostAddress localAddress;    ///< our address as the socket sees it (NAT_DETECTION_SOURCE_IP)
    quint16 localPort = 0;        ///< our port
    QHostAddress remoteAddress;   ///< the address we send to (NAT_DETECTION_DESTINATION_IP)
    quint16 remotePort = 0;       ///< the port we send to
};

/// The IKE message `HDR, SA, KE, Ni, N(NAT_DETECTION_SOURCE_IP), N(NAT_DETECTION_DESTINATION_IP)`, without the
/// non-ESP marker. Empty when the SPI is not 8 bytes.
QByteArray buildIkeSaInit(const IkeSaInitRequest &request);
/// The SA payload body (proposals) as sent for @p proposals.
QByteArray ikeSaPayloadBody(const QList<IkeProposal> &proposals);
/// @p message with the 4-byte non-ESP marker in front, as sent on UDP 4500 (RFC 3948 2.2).
QByteArray ikeWithNonEspMarker(const QByteArray &message);

/// A fresh ephemeral public key for an ECP group (19, 20, 21) from OpenSSL, as X || Y. Empty on failure or for
/// another group. The private half is thrown away: the probe never completes the exchange.
QByteArray ikeEphemeralEcpPublicKey(quint16 group);

} // namespace tpready
