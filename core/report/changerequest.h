// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/catalog/vocabulary.h"
#include "core/probes/proberesult.h"

namespace tpready {

struct CheckRecord;
struct Environment;
struct Report;

/// What IT is asked to do about a failed flow. Each is its own kind of ticket, worded its own way: asking to allow a
/// flow that already gets through (an inspected one, say) gets the answer "it is open" and loses a day.
enum class ChangeAction
{
    AllowFlow,           ///< a firewall rule: the flow is dropped, refused, unrouted or forced through a proxy
    ExemptTlsInspection, ///< the flow gets through, but a device decrypts it and presents its own certificate
    AllowApplication,    ///< the port opens, but a proxy, portal, application-aware firewall or IPS answers or cuts it
    FixNameResolution,   ///< the destination's name does not resolve through the site's DNS
};
/// Every action, in the order a change request lists them.
inline constexpr ChangeAction kChangeActions[] = {ChangeAction::AllowFlow, ChangeAction::ExemptTlsInspection,
                                                  ChangeAction::AllowApplication, ChangeAction::FixNameResolution};

/// The JSON token of an action: "allow-flow", "exempt-tls-inspection", "allow-application", "fix-name-resolution".
QString toToken(ChangeAction action);

/// The action that fixes a failed check with @p reason, or none when no change of the network does (the clock, a
/// client certificate, an error of the check itself): those are said in words (ChangeRequest::actions).
std::optional<ChangeAction> changeActionFor(Reason reason);

/// One rule of a change request: traffic from the gateway's LAN to one destination and service, for one or more flows
/// of the vendor's table, and what to do about it.
struct FirewallRule
{
    ChangeAction action = ChangeAction::AllowFlow;
    QStringList flowIds;                         ///< "i7", "i8": every failed flow this rule opens
    Requirement requirement = Requirement::Must; ///< MUST when one of the flows is
    QString host;                                ///< empty: the local network (host-less checks)
    QStringList addresses;                       ///< the host's addresses as resolved, or the one contacted
    QString service;     ///< serviceLabel(): "UDP/500", "TCP/3001", "IP/50 (ESP)"; empty for FixNameResolution
    QString application; ///< ProtocolTraits::application of the flows: "SSH", "SSL/TLS"
    Direction direction = Direction::Unidirectional;
    QStringList reasons; ///< what the checks found ("timeout", "refused"), reason tokens
};

/// What a report asks of the site's IT, in the order to do it.
struct ChangeRequest
{
    QList<FirewallRule> rules; ///< by action (kChangeActions' order), then MUST before OPTIONAL
    QStringList actions;       ///< the distinct remediation sentences of the failed or warning checks no rule covers
    bool isEmpty() const { return rules.isEmpty() && actions.isEmpty(); }
    /// The rules of one action, in order.
    QList<FirewallRule> rulesFor(ChangeAction action) const;
};

/// A service as firewall rules name it: "TCP/3001", "UDP/500", "UDP", "ICMP", "IP/50 (ESP)".
QString serviceLabel(IpTransport transport, quint16 port);
QString serviceLabel(const CheckRecord &check);

/// The change request of a report. Failed checks that share action, host, service and direction become one rule
/// (name resolution: one rule per host).
ChangeRequest changeRequest(const Report &report);

/// The heading of an action's group, as IT's ticket would say it: what to do, and why it is not another action.
/// @p network is laptopNetwork() (may be empty); @p dnsServers the resolvers the laptop used (may be empty).
QString changeGroupHeading(ChangeAction action, const QString &network, const QStringList &dnsServers);

/// A rule's "Protocol/port" as a table shows it: the service ("TCP/22"), with the application when that is what to
/// allow ("SSH on TCP/22"), "name lookup" for name resolution.
QString changeRuleService(const FirewallRule &rule);

/// One rule as a sentence: "Allow TCP/21 to tpe.example.com (192.0.2.10), outbound. Flow i7, MUST. Found: timeout."
QString changeRuleSentence(const FirewallRule &rule);

/// The change request as plain text for an e-mail or a ticket: the site and selection, then each action's group (its
/// heading and one numbered sentence per rule; numbers run on across groups), the other actions, and laptopCaveat().
/// Says so when nothing needs to change.
QString changeRequestText(const Report &report);

/// The change request as the report JSON's "change_request" section: {"source", "groups": [{"action", "heading",
/// "rules": [{"number", "flows", "requirement", "host", "addresses", "service", "application", "direction",
/// "found", "text"}]}], "also": [...]}. Derived from the checks, so a reader ignores it.
QJsonObject changeRequestToJson(const Report &report);

/// The laptop's own IPv4 network ("192.168.1.0/24"), from the interface with the default route: a hint at what "the
/// gateway's LAN" is. Empty when not known (or redacted).
QString laptopNetwork(const Environment &environment);

/// One sentence: the checks ran from a laptop, and the gateway may be treated differently.
QString laptopCaveat();

} // namespace tpready
