// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ikeprobe.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include "core/probes/bytes.h"
#include "core/probes/ikenames.h"
#include "core/probes/ikerequest.h"
#include "core/probes/textframing.h"

namespace tpready {
namespace {

constexpr int kMaxSends = 4;
constexpr int kNonceSize = 32;
constexpr int kMaxHexBytes = 256; ///< received bytes kept as hex in the evidence

// The P-256 generator G = X || Y (RFC 5903 7): a valid point, which strongSwan accepts as a public value where it
// rejects random bytes. Only used if OpenSSL fails; the exchange is never completed, so a constant point is enough.
constexpr char kP256Generator[] = "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
                                  "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5";

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(random->bounded(256));
    return bytes;
}

} // namespace

IkeProbe::~IkeProbe() = default;

QList<int> IkeProbe::retransmitSchedule(int timeoutMs)
{
    return datagramRetrySchedule(timeoutMs, kMaxSends);
}

bool IkeProbe::usesMarker() const
{
    return m_framing == Framing::Auto ? usesNonEspMarker(target().port) : m_framing == Framing::NonEspMarker;
}

QList<int> IkeProbe::schedule() const
{
    return retransmitSchedule(config().timeoutMs);
}

QByteArray IkeProbe::datagramFor(int index)
{
    if (index > 0)
        return m_wire; // retransmit the identical bytes: same SPI, same nonce, same key
    m_proposals = thingParkIkeProposals();
    do {
        m_spi = randomBytes(kIkeSpiSize);
    } while (m_spi == QByteArray(kIkeSpiSize, '\0'));

    IkeSaInitRequest request;
    request.initiatorSpi = m_spi;
    request.proposals = m_proposals;
    request.keGroup = m_proposals.constFirst().dhGroup;
    request.keData = ikeEphemeralEcpPublicKey(request.keGroup);
    m_keSource = QStringLiteral("ephemeral");
    if (request.keData.isEmpty()) {
        request.keData = QByteArray::fromHex(kP256Generator);
        m_keSource = QStringLiteral("p256-generator");
    }
    request.nonce = randomBytes(kNonceSize);
    m_nonceSize = kNonceSize;
    request.localAddress = localAddress();
    request.localPort = localPort();
    request.remoteAddress = target().address;
    request.remotePort = target().port;
    m_message = buildIkeSaInit(request);
    m_wire = usesMarker() ? ikeWithNonEspMarker(m_message) : m_message;
    return m_wire;
}

QJsonObject IkeProbe::requestEvidence() const
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("sent_bytes"), m_wire.size());
    evidence.insert(QStringLiteral("sent_header_hex"), plainHex(m_message.left(kIkeHeaderSize)));
    evidence.insert(QStringLiteral("non_esp_marker"), usesMarker());
    evidence.insert(QStringLiteral("initiator_spi"), plainHex(m_spi));
    QJsonArray proposals;
    for (const IkeProposal &p : m_proposals)
        proposals.append(ikeProposalName(p));
    evidence.insert(QStringLiteral("proposals"), proposals);
    if (!m_proposals.isEmpty())
        evidence.insert(QStringLiteral("ke_group"), m_proposals.constFirst().dhGroup);
    evidence.insert(QStringLiteral("ke_source"), m_keSource);
    evidence.insert(QStringLiteral("nonce_bytes"), m_nonceSize);
    return evidence;
}

QJsonObject IkeProbe::responseEvidence(const QByteArray &datagram, const IkeResponse &response) const
{
    QJsonObject evidence = requestEvidence();
    evidence.insert(QStringLiteral("received_bytes"), datagram.size());
    evidence.insert(QStringLiteral("received_hex"), plainHex(datagram.left(kMaxHexBytes)));
    if (!response.isValid())
        return evidence;
    evidence.insert(QStringLiteral("response_kind"), toToken(response.kind));
    evidence.insert(QStringLiteral("responder_spi"), plainHex(response.responderSpi));
    QJsonArray payloads;
    for (quint8 type : response.payloads)
        payloads.append(ikePayloadName(type));
    evidence.insert(QStringLiteral("payloads"), payloads);
    QJsonArray types;
    QJsonArray names;
    for (const IkeNotify &n : response.notifies) {
        types.append(n.type);
        names.append(ikeNotifyName(n.type));
    }
    evidence.insert(QStringLiteral("notify_types"), types);
    evidence.insert(QStringLiteral("notify_names"), names);
    if (response.hasChosen)
        evidence.insert(QStringLiteral("chosen_proposal"), ikeProposalName(response.chosen));
    if (response.keGroup >= 0)
        evidence.insert(QStringLiteral("ke_group_received"), response.keGroup);
    if (response.invalidKeGroup >= 0)
        evidence.insert(QStringLiteral("invalid_ke_group"), response.invalidKeGroup);
    if (const IkeNotify *cookie = response.notify(IkeNotifyCookie))
        evidence.insert(QStringLiteral("cookie_bytes"), cookie->data.size());
    evidence.insert(QStringLiteral("rtt_ms"), sinceLastSendMs());
    evidence.insert(QStringLiteral("reply_after_ms"), sinceFirstSendMs());
    return evidence;
}

void IkeProbe::onDatagram(const QByteArray &data)
{
    const IkeResponse response = parseIkeResponse(data, m_spi, usesMarker());
    if (response.isValid()) {
        passWith(data, response);
        return;
    }
    // Not (yet) proof: keep the first such datagram, a valid answer may still follow until the deadline.
    if (keepUnproven(data, kMaxHexBytes, response.problem, data == m_wire))
        m_unprovenStatus = response.status;
}

void IkeProbe::passWith(const QByteArray &datagram, const IkeResponse &response)
{
    QJsonObject evidence = responseEvidence(datagram, response);
    const IkeNatResult nat = evaluateIkeNat(response, localAddress(), localPort(), target().address, target().port);
    QString natSentence;
    if (nat.determined) {
        evidence.insert(QStringLiteral("nat"), QJsonObject{{QStringLiteral("local_behind_nat"), nat.localBehindNat},
                                                           {QStringLiteral("server_behind_nat"), nat.serverBehindNat}});
        if (!nat.localBehindNat && !nat.serverBehindNat)
            natSentence = tr("NAT detection: no address translation between this laptop and the server, so ESP (IP "
                             "protocol 50) itself must be allowed for the tunnel's data.");
        else if (nat.localBehindNat && !nat.serverBehindNat)
            natSentence = tr("NAT detection: this laptop is behind NAT (the server saw another address or port), so "
                             "the tunnel will move to UDP 4500 and carry ESP inside it.");
        else if (!nat.localBehindNat)
            natSentence = tr("NAT detection: the server's side is translated (port forwarding or a load balancer), "
                             "or a device other than the addressed server answered.");
        else
            natSentence = tr("NAT detection: both sides are translated: this laptop is behind NAT, and the server's "
                             "side too (port forwarding or a load balancer); the tunnel will use UDP 4500.");
    } else {
        evidence.insert(QStringLiteral("nat_detection"), QStringLiteral("not-in-response"));
        natSentence = tr("The answer carried no NAT detection payloads, so whether NAT is in the path is unknown.");
    }

    const QString where = tr("IKEv2 on UDP %1 to %2").arg(target().port).arg(target().address.toString());
    QString detail;
    switch (response.kind) {
    case IkeResponse::Kind::Full:
        detail = tr("%1: the responder answered IKE_SA_INIT in full (SA, KE, Nonce) and chose %2: the path works "
                    "both ways and the server accepts the vendor's proposals.")
                     .arg(where, response.hasChosen ? ikeProposalName(response.chosen) : tr("a proposal"));
        if (response.hasChosen && !m_proposals.contains(response.chosen))
            detail += u' ' + tr("That proposal is not one tpready offered: the responder does not follow the "
                                "protocol.");
        break;
    case IkeResponse::Kind::Cookie:
        detail = tr("%1: the responder answered with a COOKIE challenge for tpready's SPI: a live IKEv2 daemon got "
                    "the request and answered, so the path works both ways. This is weaker proof than a full "
                    "response (the proposals were not evaluated): the server is holding several half-open requests "
                    "from this address (every check leaves one for 30 s), and tpready does not start a second "
                    "exchange so as not to load the real gateway's server.")
                     .arg(where);
        break;
    case IkeResponse::Kind::InvalidKe:
        detail = tr("%1: the responder answered INVALID_KE_PAYLOAD asking for DH group %2: a live IKEv2 daemon "
                    "answered, so the path works both ways. This is weaker proof than a full response: the "
                    "server prefers another of the offered groups, and tpready does not start a second exchange.")
                     .arg(where)
                     .arg(response.invalidKeGroup);
        break;
    case IkeResponse::Kind::NoProposalChosen:
        detail = tr("%1: the responder answered NO_PROPOSAL_CHOSEN: a live IKEv2 daemon answered, so the path works "
                    "both ways. This is weaker proof than a full response: the server accepted none of the vendor's "
                    "proposals or has no configuration for this laptop's address, which the gateway's own "
                    "configuration may well have.")
                     .arg(where);
        break;
    case IkeResponse::Kind::InvalidSyntax:
        detail = tr("%1: the responder answered INVALID_SYNTAX: a live IKEv2 daemon answered, so the path works both "
                    "ways, but it rejected the request's format (weaker proof than a full response).")
                     .arg(where);
        break;
    case IkeResponse::Kind::ErrorNotify:
    case IkeResponse::Kind::Other:
    case IkeResponse::Kind::None: {
        QStringList names;
        for (const IkeNotify &n : response.notifies)
            names << ikeNotifyName(n.type);
        detail = tr("%1: the responder answered IKE_SA_INIT for tpready's SPI (%2): a live IKEv2 daemon answered, so "
                    "the path works both ways, but not with a full response (weaker proof).")
                     .arg(where, names.isEmpty() ? tr("no notify") : names.join(QStringLiteral(", ")));
        break;
    }
    }
    if (response.kind == IkeResponse::Kind::Full || nat.determined)
        detail += u' ' + natSentence;
    finish(result(Verdict::Pass, Reason::Ok, detail, evidence));
}

ProbeResult IkeProbe::refusedResult()
{
    QString detail = tr("IKEv2 on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no "
                        "IKE daemon listens on this port, or a firewall rejects the packets.")
                         .arg(target().port)
                         .arg(target().address.toString());
    if (usesMarker())
        detail += u' ' + tr("On UDP %1 a Linux server also answers this way to an IKE packet without the non-ESP "
                            "marker (it takes it for ESP); tpready sends the marker, so that is not the cause here.")
                             .arg(target().port);
    return result(Verdict::Fail, Reason::Refused, detail, requestEvidence());
}

ProbeResult IkeProbe::silentResult()
{
    QJsonObject evidence = requestEvidence();
    if (const Unproven *first = unproven()) {
        insertUnprovenEvidence(&evidence);
        const QString foreign = recogniseForeignProtocol(first->head);
        QString what;
        if (first->echo)
            what = tr("the request came back unchanged (an echo service or a loop, not an IKE responder)");
        else if (!foreign.isEmpty())
            what = foreign;
        else if (m_unprovenStatus == IkeResponse::Status::WrongSpi)
            what = tr("an IKEv2 message for another initiator (%1)").arg(first->problem);
        else
            what = tr("%1 bytes that are not a valid IKEv2 answer (%2)").arg(first->size).arg(first->problem);
        ProbeResult r = result(Verdict::Fail, Reason::WrongService,
                               tr("IKEv2 on UDP %1 to %2: something answered, but not an IKEv2 responder for "
                                  "tpready's request: %3.")
                                   .arg(target().port)
                                   .arg(target().address.toString(), what),
                               evidence);
        r.latencyMs = first->afterMs;
        return r;
    }
    evidence.insert(QStringLiteral("received_bytes"), 0);
    ProbeResult r = result(
        Verdict::Fail, Reason::NoResponse,
        tr("IKEv2 on UDP %1 to %2: tpready sent its IKE_SA_INIT request %3 time(s) within %4 ms and nothing came "
           "back. Something drops the packets or the replies (a firewall silently discarding UDP %1), or the server "
           "ignored them, which strongSwan does after several half-open attempts from one address within 30 s.")
            .arg(target().port)
            .arg(target().address.toString())
            .arg(attempts())
            .arg(config().timeoutMs),
        evidence);
    r.remediation = tr("Allow UDP %1 from the gateway's LAN to %2, and its replies back. If checks were run several "
                       "times in a row, wait a minute and run again: the server may be ignoring repeated attempts "
                       "from this site's address.")
                        .arg(target().port)
                        .arg(target().host.isEmpty() ? target().address.toString() : target().host);
    return r;
}

} // namespace tpready
