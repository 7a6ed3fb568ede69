// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// IKEv2 IKE_SA_INIT responses (RFC 7296) from UDP 500, and with the non-ESP marker from UDP 4500.
#include "tests/fuzz/fuzztarget.h"

#include <QHostAddress>

#include "core/probes/ikenames.h"
#include "core/probes/ikepacket.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(ikepacket)
{
    // Our SPI as the datagram carries it (with or without the 4-byte marker) reaches the payload walk; a fixed SPI
    // exercises the wrong-SPI path.
    const bool marker = input.startsWith(QByteArray(4, '\0'));
    const QByteArray spi = input.mid(marker ? 4 : 0, kIkeSpiSize).leftJustified(kIkeSpiSize, '\1');
    for (const QByteArray &ours : {spi, QByteArray::fromHex("0102030405060708")}) {
        for (const bool nonEspMarker : {marker, !marker}) {
            const IkeResponse response = parseIkeResponse(input, ours, nonEspMarker);
            if (!response.isValid())
                continue;
            TPREADY_FUZZ_ASSERT(response.size <= input.size());
            TPREADY_FUZZ_ASSERT(response.initiatorSpi == ours);
            toToken(response.kind);
            for (const IkeNotify &notify : response.notifies)
                ikeNotifyName(notify.type);
            for (const quint8 type : response.payloads)
                ikePayloadName(type);
            if (response.hasChosen)
                ikeProposalName(response.chosen);
            evaluateIkeNat(response, QHostAddress(QStringLiteral("192.0.2.10")), 50000,
                           QHostAddress(QStringLiteral("198.51.100.1")), 500);
            evaluateIkeNat(response, QHostAddress(QStringLiteral("2001:db8::10")), 4500,
                           QHostAddress(QStringLiteral("2001:db8::1")), 4500);
        }
    }
}
