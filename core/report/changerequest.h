// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/catalog/vocabulary.h"
#include "core/probes/proberesult.h"

namespace tpready {

struct CheckRecord;
struct Environment;
struct Report;

/// One rule of a firewall change request: traffic from the gateway's LAN to one destination and service, for one or
/// more flows of the vendor's table.
struct FirewallRule
{
    QStringList flowIds;                         ///< "i7", "i8": every failed flow this rule opens
    Requirement requirement = Requirement::Must; ///< MUST when one of the flows is
    QString host;                                ///< empty: the local network (host-less checks)
    QStringList addresses;                       ///< the host's addresses as resolved, or the one contacted
    QString service;                             ///< serviceLabel(): "UDP/500", "TCP/3001", "IP/50 (ESP)"
    Direction direction = Direction::Unidirectional;
    QStringList reasons; ///< what the checks found ("timeout", "refused"), reason tokens
};

/// What a report asks of the site's IT, in the order to do it.
struct ChangeRequest
{
    QList<FirewallRule> rules; ///< failed flows that a firewall change opens: MUST ones first, then OPTIONAL
    QStringList actions;       ///< the distinct remediation sentences of the failed or warning checks no rule covers
    bool isEmpty() const { return rules.isEmpty() && actions.isEmpty(); }
};

/// A service as firewall rules name it: "TCP/3001", "UDP/500", "UDP", "ICMP", "IP/50 (ESP)".
QString serviceLabel(IpTransport transport, quint16 port);
QString serviceLabel(const CheckRecord &check);

/// True when a failed check with @p reason is fixed by letting traffic through (a rule of the change request):
/// timeout, no-response, refused, unreachable, wrong-service, proxy-required, tls-intercepted, tls-untrusted. Other
/// failures (DNS, clock, errors) are actions only.
bool needsFirewallRule(Reason reason);

/// The firewall change request of a report. Checks that share host, service and direction become one rule.
ChangeRequest changeRequest(const Report &report);

/// The change request as plain text for an e-mail or a ticket: the site and selection, the source, one numbered line
/// per rule (destination host and addresses, service, direction, flows, requirement, finding), the other actions,
/// and laptopCaveat(). Says so when nothing needs to change.
QString changeRequestText(const Report &report);

/// The laptop's own IPv4 network ("192.168.1.0/24"), from the interface with the default route: a hint at what "the
/// gateway's LAN" is. Empty when not known (or redacted).
QString laptopNetwork(const Environment &environment);

/// One sentence: the checks ran from a laptop, and the gateway may be treated differently.
QString laptopCaveat();

} // namespace tpready
