// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

// IKEv2 messages shaped like strongSwan 5.9.8's answers (a full SA, KE, Nonce response; COOKIE; INVALID_KE_PAYLOAD;
// NO_PROPOSAL_CHOSEN), built by hand for the IKE tests.

#include <QByteArray>
#include <QList>
#include <utility>

namespace ikefixtures {

inline void appendU16(QByteArray *out, int value)
{
    out->append(static_cast<char>((value >> 8) & 0xff));
    out->append(static_cast<char>(value & 0xff));
}

inline void appendU32(QByteArray *out, quint32 value)
{
    appendU16(out, static_cast<int>(value >> 16));
    appendU16(out, static_cast<int>(value & 0xffff));
}

/// A notify payload body: protocol 0, SPI size 0, type, data.
inline QByteArray notify(quint16 type, const QByteArray &data = {})
{
    QByteArray body(2, '\0');
    appendU16(&body, type);
    return body + data;
}

/// One payload of a message: its type and body (the generic header is added by message()).
using Payload = std::pair<quint8, QByteArray>;

/// A whole IKE message with a correct chain and Length.
inline QByteArray message(const QByteArray &spiI, const QByteArray &spiR, const QList<Payload> &payloads,
                          quint8 flags = 0x20, quint8 exchange = 34, quint32 messageId = 0, quint8 version = 0x20)
{
    QByteArray body;
    for (int i = 0; i < payloads.size(); ++i) {
        const quint8 next = i + 1 < payloads.size() ? payloads.at(i + 1).first : 0;
        body.append(static_cast<char>(next));
        body.append('\0');
        appendU16(&body, static_cast<int>(payloads.at(i).second.size() + 4));
        body += payloads.at(i).second;
    }
    QByteArray out = spiI + spiR;
    out.append(static_cast<char>(payloads.isEmpty() ? 0 : payloads.constFirst().first));
    out.append(static_cast<char>(version));
    out.append(static_cast<char>(exchange));
    out.append(static_cast<char>(flags));
    appendU32(&out, messageId);
    appendU32(&out, static_cast<quint32>(28 + body.size()));
    return out + body;
}

/// strongSwan's SA payload body choosing aes128-sha256-ecp256 (one proposal, 4 transforms; RFC 7296 3.3).
inline QByteArray chosenSaBody()
{
    return QByteArray::fromHex("0000002c01010004"
                               "0300000c0100000c800e0080"
                               "0300000802000005"
                               "030000080300000c"
                               "0000000804000013");
}

/// SA, KE (group 19), Nonce (32), N(NAT_DETECTION_SOURCE_IP), N(NAT_DETECTION_DESTINATION_IP),
/// N(CHILDLESS_IKEV2_SUPPORTED), N(MULTIPLE_AUTH_SUPPORTED): 256 bytes, like strongSwan 5.9.8.
inline QByteArray fullResponse(const QByteArray &spiI, const QByteArray &spiR, const QByteArray &natSource,
                               const QByteArray &natDestination)
{
    QByteArray ke;
    appendU16(&ke, 19);
    appendU16(&ke, 0);
    ke += QByteArray(64, '\x42');
    return message(spiI, spiR,
                   {{33, chosenSaBody()},
                    {34, ke},
                    {40, QByteArray(32, '\x5a')},
                    {41, notify(16388, natSource)},
                    {41, notify(16389, natDestination)},
                    {41, notify(16418)},
                    {41, notify(16404)}});
}

/// A notify-only response (COOKIE, INVALID_KE_PAYLOAD, NO_PROPOSAL_CHOSEN...).
inline QByteArray notifyResponse(const QByteArray &spiI, const QByteArray &spiR, quint16 type,
                                 const QByteArray &data = {})
{
    return message(spiI, spiR, {{41, notify(type, data)}});
}

} // namespace ikefixtures
