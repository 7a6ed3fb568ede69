// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "datagramprobe.h"

#include <QByteArray>
#include <QList>

#include "core/probes/ikepacket.h"

namespace tpready {

/// IKEv2 on UDP 500 and 4500 (flows i6, i1): proof is a valid IKE_SA_INIT answer for our SPI. The request offers
/// the vendor's three proposals with a real ephemeral P-256 key, a random nonce and NAT detection. On any port
/// other than 500 the non-ESP marker frames it (RFC 3948, what strongSwan expects on 4500).
///
/// A full response (SA, KE, Nonce) proves a responder that accepts the proposal; N(COOKIE), N(INVALID_KE_PAYLOAD),
/// N(NO_PROPOSAL_CHOSEN) and N(INVALID_SYNTAX) for our SPI prove that an IKEv2 daemon answered, a weaker proof.
/// Either way the verdict is `pass` and the evidence says which. NAT comes from the response's NAT-D notifies.
///
/// One exchange per port per run, never more: the same bytes are retransmitted (same SPI), and a COOKIE or
/// INVALID_KE_PAYLOAD is never followed up. Every answered request leaves a half-open IKE SA on the server for
/// 30 s, and strongSwan switches to cookies after 3 and drops after 5 per source address: the laptop usually
/// shares the site's public address with the real gateway, whose own attempts must not suffer.
class IkeProbe final : public DatagramProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IkeProbe)

public:
    using DatagramProbe::DatagramProbe;
    ~IkeProbe() override;

    /// When the identical request goes out, in ms after the first send: gaps of base, 2 base, 4 base... with
    /// base = timeout / 5 within [100, 1000], as long as a reply could still arrive before the deadline.
    /// 5000 ms gives 0, 1000, 3000.
    static QList<int> retransmitSchedule(int timeoutMs);
    /// Whether requests to @p port carry the non-ESP marker (every port but 500, as strongSwan decides).
    static bool usesNonEspMarker(quint16 port) { return port != 500; }

    /// How requests are framed. Auto (the default) follows usesNonEspMarker(); tests force the other two to
    /// exercise both framings on ephemeral loopback ports.
    enum class Framing
    {
        Auto,
        Plain,
        NonEspMarker,
    };
    void setFraming(Framing framing) { m_framing = framing; }
    /// Whether this probe's requests carry the non-ESP marker.
    bool usesMarker() const;

protected:
    QList<int> schedule() const override;
    QByteArray datagramFor(int index) override;
    void onDatagram(const QByteArray &data) override;
    ProbeResult refusedResult() override;
    ProbeResult silentResult() override;

private:
    QJsonObject requestEvidence() const;
    QJsonObject responseEvidence(const QByteArray &datagram, const IkeResponse &response) const;
    void passWith(const QByteArray &datagram, const IkeResponse &response);

    Framing m_framing = Framing::Auto;
    QByteArray m_spi;
    QByteArray m_wire; ///< the exact bytes sent, marker included
    QByteArray m_message;
    QString m_keSource;
    QList<IkeProposal> m_proposals;
    int m_nonceSize = 0;
    IkeResponse::Status m_unprovenStatus = IkeResponse::Status::Valid; ///< what the unproven() datagram was
};

} // namespace tpready
