// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "correlate.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

#include "core/runner/runner.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class CorrelateText
{
    Q_DECLARE_TR_FUNCTIONS(CorrelateText)
};

bool answered(const CheckRun &check)
{
    return check.result.verdict == Verdict::Pass || check.result.reason == Reason::TlsClientCertRequired;
}

void tieEspToIke(QList<CheckRun> *checks)
{
    for (CheckRun &esp : *checks) {
        if (esp.target.protocol != Protocol::Esp || esp.state != CheckRun::State::Done ||
            esp.result.reason != Reason::NotTestable)
            continue;
        bool ikeAnswered = false;
        bool ikeRan = false;
        bool natDetected = false;
        bool natKnown = false;
        bool port4500 = false;
        bool port4500Silent = false;
        for (const CheckRun &ike : std::as_const(*checks)) {
            if (ike.target.protocol != Protocol::Ike || ike.target.host != esp.target.host ||
                ike.state != CheckRun::State::Done || ike.result.verdict == Verdict::Skipped)
                continue;
            ikeRan = true;
            if (ike.target.port == 4500 && ike.result.verdict == Verdict::Fail)
                port4500Silent = true;
            if (ike.result.verdict == Verdict::Pass) {
                ikeAnswered = true;
                if (ike.target.port == 4500)
                    port4500 = true;
                // A notify-only answer carries no NAT-D payloads: NAT is then unknown, not absent.
                const QJsonValue nat = ike.result.evidence.value(QStringLiteral("nat"));
                if (nat.isObject()) {
                    natKnown = true;
                    if (nat.toObject().value(QStringLiteral("local_behind_nat")).toBool())
                        natDetected = true;
                }
            }
        }
        QString finding;
        if (!ikeRan) {
            finding = CorrelateText::tr("Without an IKE result for this host, nothing more can be said.");
        } else if (!ikeAnswered) {
            finding = CorrelateText::tr("IKE to this host did not get through either, so no tunnel can be set up.");
        } else if (port4500Silent && !port4500) {
            finding = CorrelateText::tr(
                "IKE answered on UDP 500 but not on UDP 4500: the tunnel would stall right after NAT detection, "
                "where IKE moves to UDP 4500, and ESP, which travels inside UDP 4500 behind NAT, would not get "
                "through either.");
            esp.result.remediation =
                CorrelateText::tr("Allow UDP 4500 both ways between the gateway's LAN and %1 (%2): IKE moves there "
                                  "after its first exchange, and ESP travels in it behind NAT.")
                    .arg(esp.target.host, esp.result.address);
        } else if (natDetected && port4500) {
            finding = CorrelateText::tr(
                "The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948), which "
                "answered, so the data path is covered.");
        } else if (natDetected) {
            finding = CorrelateText::tr(
                "The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948); make sure "
                "UDP 4500 is allowed.");
        } else if (!natKnown) {
            finding = CorrelateText::tr(
                          "The IKE answer carried no NAT detection, so whether ESP will travel in UDP 4500 is unknown: "
                          "allow ESP (IP protocol 50) both ways to %1 as well as UDP 4500.")
                          .arg(esp.target.host);
        } else {
            finding = CorrelateText::tr(
                          "No NAT was detected: ESP (IP protocol 50) itself must be allowed both ways between the "
                          "gateway and %1.")
                          .arg(esp.target.host);
            esp.result.remediation =
                CorrelateText::tr("Allow IP protocol 50 (ESP) both ways between the gateway's LAN and %1 "
                                  "(%2), or make sure the path uses NAT so that ESP travels in UDP 4500.")
                    .arg(esp.target.host, esp.result.address);
        }
        esp.result.detail += u' ' + finding;
        esp.result.evidence.insert(QStringLiteral("nat_detected"), natKnown ? QJsonValue(natDetected) : QJsonValue());
        esp.result.evidence.insert(QStringLiteral("ike_answered"), ikeAnswered);
    }
}

/// IKE answered on UDP 500 and not on UDP 4500: the exchange the base station starts would stall at once. IKE moves
/// to 4500 after IKE_SA_INIT when NAT is detected (RFC 7296 section 2.23), and strongSwan always does with MOBIKE,
/// its default; behind NAT, ESP travels in UDP 4500 too (RFC 3948). Seen in the field over cellular uplinks.
void explainPartialIke(QList<CheckRun> *checks)
{
    for (CheckRun &nat : *checks) {
        if (nat.target.protocol != Protocol::Ike || nat.target.port != 4500 || nat.result.verdict != Verdict::Fail)
            continue;
        const bool answeredOn500 = std::any_of(checks->cbegin(), checks->cend(), [&](const CheckRun &ike) {
            return ike.target.protocol == Protocol::Ike && ike.target.port == 500 &&
                   ike.target.host == nat.target.host && ike.result.verdict == Verdict::Pass;
        });
        if (!answeredOn500)
            continue;
        nat.result.evidence.insert(QStringLiteral("udp500_answered"), true);
        nat.result.detail +=
            u' ' + CorrelateText::tr("The same host answered IKE on UDP 500, so the tunnel would start and then "
                                     "stall after NAT detection, when IKE moves to UDP 4500 (and ESP with it, "
                                     "behind NAT).");
        nat.result.remediation =
            CorrelateText::tr("Allow UDP 4500 both ways between the gateway's LAN and %1 (%2), as UDP 500 already "
                              "is: IKE moves to 4500 after its first exchange, and ESP travels in it behind NAT.")
                .arg(nat.target.host, nat.result.address);
    }
}

void compareIssuers(QList<CheckRun> *checks)
{
    // Issuer per role: servers of one role (the two SLRC, the TPE nodes) share a certificate authority.
    QHash<int, QHash<QString, int>> counts; // role -> issuer -> number of checks
    for (const CheckRun &check : std::as_const(*checks)) {
        const QString issuer = check.result.evidence.value(QStringLiteral("issuer")).toString();
        if (isTlsProtocol(check.target.protocol) && !issuer.isEmpty())
            ++counts[static_cast<int>(check.target.role)][issuer];
    }
    for (CheckRun &check : *checks) {
        const QString issuer = check.result.evidence.value(QStringLiteral("issuer")).toString();
        if (!isTlsProtocol(check.target.protocol) || issuer.isEmpty() || !answered(check))
            continue;
        const QHash<QString, int> &issuers = counts.value(static_cast<int>(check.target.role));
        if (issuers.size() < 2)
            continue;
        int mine = issuers.value(issuer);
        int most = 0;
        QString usual;
        for (auto it = issuers.cbegin(); it != issuers.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                usual = it.key();
            }
        }
        if (mine < most) {
            check.result.verdict = Verdict::Fail;
            check.result.reason = Reason::TlsIntercepted;
            check.result.detail =
                CorrelateText::tr("The certificate of %1 port %2 was issued by \"%3\", while the other %4 servers "
                                  "present certificates from \"%5\": something in the path (TLS inspection) "
                                  "replaces the server's certificate.")
                    .arg(check.target.host)
                    .arg(check.target.port)
                    .arg(issuer, vendorName(check.target.role), usual);
            check.result.remediation.clear();
        }
    }
}

void explainIcmp(QList<CheckRun> *checks)
{
    for (CheckRun &icmp : *checks) {
        const Reason reason = icmp.result.reason;
        if (icmp.target.protocol != Protocol::Icmp || icmp.result.verdict != Verdict::Fail ||
            (reason != Reason::Timeout && reason != Reason::Unreachable && reason != Reason::Refused))
            continue;
        for (const CheckRun &other : std::as_const(*checks)) {
            if (other.target.host == icmp.target.host && other.target.protocol != Protocol::Icmp && answered(other)) {
                icmp.result.detail +=
                    u' ' + CorrelateText::tr("The host answered on %1/%2 though: only ICMP is blocked on the path.")
                               .arg(toToken(other.target.transport).toUpper())
                               .arg(other.target.port);
                break;
            }
        }
    }
}

/// The ICMP check found a path-MTU black hole (echoes up to some size came back, larger ones were lost without a
/// "fragmentation needed"): a TCP session to the same address that connected and then stalled, or was cut, waited for
/// the server's first full-size packet. Said so in its detail, with what to ask (RFC 2923 describes the failure).
void explainBlackHole(QList<CheckRun> *checks)
{
    for (const CheckRun &icmp : std::as_const(*checks)) {
        if (icmp.target.protocol != Protocol::Icmp ||
            !icmp.result.evidence.value(QStringLiteral("path_mtu_black_hole")).toBool())
            continue;
        const int mtu = icmp.result.evidence.value(QStringLiteral("path_mtu")).toInt();
        for (CheckRun &tcp : *checks) {
            if (tcp.target.transport != IpTransport::Tcp || tcp.result.verdict != Verdict::Fail ||
                (tcp.result.reason != Reason::ConnectionStalled && tcp.result.reason != Reason::ConnectionCut) ||
                tcp.result.address.isEmpty() || tcp.result.address != icmp.result.address)
                continue;
            tcp.result.evidence.insert(QStringLiteral("path_mtu"), mtu);
            tcp.result.evidence.insert(QStringLiteral("path_mtu_black_hole"), true);
            tcp.result.detail +=
                u' ' + CorrelateText::tr("The ICMP check to %1 found why: packets larger than %2 bytes are lost on "
                                         "this path without a \"fragmentation needed\" answer (a path-MTU black "
                                         "hole), so the server's first full-size packet never arrived.")
                           .arg(tcp.result.address)
                           .arg(mtu);
            tcp.result.remediation =
                CorrelateText::tr("Ask for TCP MSS clamping to %1 bytes (the path MTU of %2 minus 40) on the router or "
                                  "firewall of the gateway's uplink, or for ICMP \"fragmentation needed\" (type 3 "
                                  "code 4) to be let through to the gateway's LAN, so that the path MTU is found.")
                    .arg(mtu - 40)
                    .arg(mtu);
        }
    }
}

} // namespace

void correlate(const Plan &plan, QList<CheckRun> *checks)
{
    Q_UNUSED(plan)
    for (CheckRun &check : *checks)
        check.result = check.probeResult; // idempotent: a re-run correlates afresh
    tieEspToIke(checks);
    explainPartialIke(checks);
    compareIssuers(checks);
    explainIcmp(checks);
    explainBlackHole(checks);
}

void applyProxyConclusion(const Environment &environment, QList<CheckRun> *checks)
{
    if (!environment.proxyConfigured)
        return;
    for (CheckRun &check : *checks) {
        const Reason reason = check.result.reason;
        if (check.target.transport != IpTransport::Tcp || check.result.verdict != Verdict::Fail ||
            (reason != Reason::Timeout && reason != Reason::Refused))
            continue;
        // The direct path is closed and this laptop is set up to go through a proxy: the laptop's browser may well
        // reach ThingPark, the base station will not (neither the LRR nor Basics Station can use a web proxy).
        check.result.evidence.insert(QStringLiteral("network_reason"), toToken(reason));
        check.result.evidence.insert(QStringLiteral("laptop_proxy"), environment.proxy);
        check.result.reason = Reason::ProxyRequired;
        check.result.detail +=
            u' ' + CorrelateText::tr("This laptop is set to reach the Internet through a web proxy (%1): the "
                                     "base station cannot use one, so the direct path must be opened.")
                       .arg(environment.proxy);
        check.result.remediation.clear(); // the probe's, for the network's answer: the report writes the new one
    }
}

} // namespace tpready
