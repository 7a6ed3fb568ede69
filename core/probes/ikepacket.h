// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace tpready {

// IKEv2 IKE_SA_INIT, just enough to prove that an IKEv2 responder answers (RFC 7296): the wire's vocabulary and the
// parser of responses. The request is built by ikerequest.h, names for people come from ikenames.h. Pure functions:
// no sockets, and the parser never reads past the datagram it is given (a fuzz target).

/// IKEv2 payload types (IANA "IKEv2 Payload Types").
enum IkePayloadType : quint8
{
    IkePayloadNone = 0,
    IkePayloadSa = 33,
    IkePayloadKe = 34,
    IkePayloadCertReq = 38,
    IkePayloadNonce = 40,
    IkePayloadNotify = 41,
    IkePayloadVendorId = 43,
};

/// IKEv2 notify message types used by the probe (IANA "IKEv2 Notify Message Types").
enum IkeNotifyType : quint16
{
    IkeNotifyInvalidMajorVersion = 5,
    IkeNotifyInvalidSyntax = 7,
    IkeNotifyNoProposalChosen = 14,
    IkeNotifyInvalidKePayload = 17,
    IkeNotifyNatDetectionSourceIp = 16388,
    IkeNotifyNatDetectionDestinationIp = 16389,
    IkeNotifyCookie = 16390,
};

/// Transform types (RFC 7296 3.3.2).
enum IkeTransformType : quint8
{
    IkeTransformEncr = 1,
    IkeTransformPrf = 2,
    IkeTransformInteg = 3,
    IkeTransformDh = 4,
};
/// The Key Length transform attribute (RFC 7296 3.3.5).
inline constexpr quint16 kIkeAttributeKeyLength = 14;

inline constexpr int kIkeHeaderSize = 28;
inline constexpr int kIkeSpiSize = 8;
inline constexpr quint8 kIkeExchangeSaInit = 34;
inline constexpr quint8 kIkeFlagInitiator = 0x08;
inline constexpr quint8 kIkeFlagResponse = 0x20;

/// One IKE proposal: one transform of each type (RFC 7296 3.3).
struct IkeProposal
{
    quint16 encryption = 12; ///< ENCR_AES_CBC
    quint16 keyLength = 128; ///< bits, sent as the Key Length attribute
    quint16 prf = 5;         ///< PRF_HMAC_SHA2_256
    quint16 integrity = 12;  ///< AUTH_HMAC_SHA2_256_128
    quint16 dhGroup = 19;    ///< ECP_256

    friend bool operator==(const IkeProposal &a, const IkeProposal &b)
    {
        return a.encryption == b.encryption && a.keyLength == b.keyLength && a.prf == b.prf &&
               a.integrity == b.integrity && a.dhGroup == b.dhGroup;
    }
};

/// The vendor's proposals, in its order: `ike=aes128-sha256-ecp256,aes128-sha384-ecp384,aes256-sha512-ecp521`.
QList<IkeProposal> thingParkIkeProposals();
/// Size in bytes of the Key Exchange Data of an ECP group (RFC 5903 7: X || Y), 0 for other groups.
int ikeEcpKeySize(quint16 group);

/// NAT-D data: SHA-1(SPIi | SPIr | IP | port) (RFC 7296 2.23). IPv4-mapped IPv6 addresses hash as IPv4.
QByteArray ikeNatDetectionHash(const QByteArray &initiatorSpi, const QByteArray &responderSpi,
                               const QHostAddress &address, quint16 port);
/// One notify payload of a response.
struct IkeNotify
{
    quint16 type = 0;
    QByteArray data;
};

/// What a datagram received from an IKE port turned out to be.
struct IkeResponse
{
    enum class Status
    {
        Valid,          ///< an IKEv2 IKE_SA_INIT response to our request
        MissingMarker,  ///< UDP 4500: the datagram did not start with the non-ESP marker
        Truncated,      ///< shorter than an IKE header
        NotIke,         ///< not IKEv2 at all (wrong major version or nonsense)
        LengthMismatch, ///< the header's Length is not the datagram's size
        WrongSpi,       ///< IKEv2, but for another initiator SPI
        NotAResponse,   ///< Response flag clear or Initiator flag set
        WrongExchange,  ///< not IKE_SA_INIT
        WrongMessageId, ///< message ID not 0
        BadPayloads,    ///< a payload length lies, or a payload is malformed
    };
    /// What kind of answer a valid response is, strongest proof first.
    enum class Kind
    {
        None,             ///< not valid
        Full,             ///< SA + KE + Nonce: the responder accepted a proposal
        Cookie,           ///< N(COOKIE): busy responder, asks for a cookie round trip
        InvalidKe,        ///< N(INVALID_KE_PAYLOAD): wants another of the offered DH groups
        NoProposalChosen, ///< N(NO_PROPOSAL_CHOSEN)
        InvalidSyntax,    ///< N(INVALID_SYNTAX)
        ErrorNotify,      ///< another error notify (type < 16384)
        Other,            ///< a response without any of the above
    };

    Status status = Status::Truncated;
    Kind kind = Kind::None;
    QString problem; ///< technical, untranslated: why the datagram is not valid
    int size = 0;    ///< bytes of the IKE message (without the marker)
    quint8 version = 0;
    quint8 exchange = 0;
    quint8 flags = 0;
    quint32 messageId = 0;
    quint32 length = 0;
    QByteArray initiatorSpi;
    QByteArray responderSpi;
    QList<quint8> payloads; ///< payload types in order
    QList<IkeNotify> notifies;
    int proposalCount = 0;             ///< proposals in the response's SA
    bool hasChosen = false;            ///< the SA held one proposal with one transform of each type
    IkeProposal chosen;                ///< valid when hasChosen
    int keGroup = -1;                  ///< the KE payload's group
    int keDataSize = -1;               ///< the KE payload's public value size
    int nonceSize = -1;                ///< the Nonce payload's size
    int invalidKeGroup = -1;           ///< the group an INVALID_KE_PAYLOAD asks for
    QList<QByteArray> natSourceHashes; ///< data of every N(NAT_DETECTION_SOURCE_IP)
    QByteArray natDestinationHash;     ///< data of N(NAT_DETECTION_DESTINATION_IP)

    bool isValid() const { return status == Status::Valid; }
    /// First notify of @p type, or nullptr.
    const IkeNotify *notify(quint16 type) const;
};

/// Parses and validates a datagram from the IKE port: Length >= 28 and == the header's, SPIi == @p initiatorSpi,
/// Response flag set, Initiator flag clear, IKE_SA_INIT, message ID 0, major version 2, and a payload chain whose
/// every length is >= 4 and within the message. With @p nonEspMarker (UDP 4500) the marker is checked and removed
/// first. Never reads past @p datagram.
IkeResponse parseIkeResponse(const QByteArray &datagram, const QByteArray &initiatorSpi, bool nonEspMarker);

/// The NAT finding from a response's NAT-D notifies, computed with the response's SPIs (RFC 7296 2.23).
struct IkeNatResult
{
    bool determined = false;      ///< the response carried both NAT-D notifies
    bool localBehindNat = false;  ///< the server saw another address or port than ours
    bool serverBehindNat = false; ///< the server's own address or port is not the one we sent to
};

/// Compares the response's NAT-D hashes with our local address/port and the address/port we sent to.
IkeNatResult evaluateIkeNat(const IkeResponse &response, const QHostAddress &localAddress, quint16 localPort,
                            const QHostAddress &remoteAddress, quint16 remotePort);

} // namespace tpready
