// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "catalog.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tpready {

/// What the user chose: deployment, platform or TPE address(es), transport and options, in the words of vocabulary.h.
struct Selection
{
    Deployment deployment = Deployment::Saas;
    QString platform;     ///< SaaS platform id ("eu-prod"); empty for self-hosted
    QStringList tpeHosts; ///< self-hosted: one address per TPE node; two or more is a high-availability TPE
    Transport transport = Transport::LrrIpsec;
    std::optional<LrrVersion> lrrVersion; ///< none: a current LRR, every row applies
    QStringList ntpServers;               ///< empty: defaultNtpServers()
    QStringList dnsServers;               ///< empty: the laptop's configured resolvers

    bool highAvailability() const { return deployment == Deployment::SelfHosted && tpeHosts.size() > 1; }
    /// The NTP servers the plan uses: those given, else the default.
    QStringList effectiveNtpServers() const;
    /// A public NTP pool: what a gateway uses when the site gives it no NTP server.
    static QStringList defaultNtpServers();
};

/// The most addresses accepted in one list (TPE nodes, NTP servers, DNS servers).
constexpr int kMaxListedHosts = 8;

/// What a list of addresses typed by the user holds.
enum class HostListKind
{
    TpeNodes,   ///< one address per TPE node; at least one
    NtpServers, ///< host names or IP literals; may be empty (the default pool)
    DnsServers, ///< IP literals; may be empty (the laptop's resolvers)
};

/// Checks a list as the selection does (each item, at most kMaxListedHosts, no duplicates), so that a form refuses
/// exactly what the plan would refuse. Returns an empty string when valid, else one sentence.
QString checkHostList(const QStringList &items, HostListKind kind);

/// Checks a selection against the catalog. Returns an empty string when it is valid, else one sentence.
QString validateSelection(const Catalog &catalog, const Selection &selection);

/// One flow applied to one concrete host and port.
struct Check
{
    QString host;     ///< empty when not known in advance (DHCP, or no resolver known)
    quint16 port = 0; ///< 0 when the flow has no port (ICMP, ESP, DHCP)
    IpTransport transport = IpTransport::Tcp;
};

/// A flow of the plan with its requirement for this selection and its checks, in plan order.
struct PlannedFlow
{
    Flow flow;
    Requirement requirement = Requirement::Must;
    QList<Check> checks;
};

/// A destination the base station reaches only through another flow's tunnel, with the platform's hosts.
struct TunnelledDestination
{
    Tunnel tunnel;
    QStringList hosts;
};

/// Where the DNS servers of the "DNS service" flow come from.
enum class DnsServerSource
{
    Given,   ///< typed by the user
    System,  ///< the laptop's configured resolvers
    Unknown, ///< none given and none found on the laptop
};

/// A selection made concrete: the list of checks to run.
struct Plan
{
    Selection selection;
    QString platformName; ///< "EU-PROD"; empty for self-hosted
    QString tableSection;
    QString tableTitle;
    QList<PlannedFlow> flows;
    QList<Flow> droppedFlows; ///< rows left out because of the LRR version
    QList<TunnelledDestination> tunnels;
    QStringList dnsServers;
    DnsServerSource dnsSource = DnsServerSource::Unknown;

    int checkCount() const;
};

/// Builds the plan of a valid selection. @p systemDnsServers are the laptop's resolvers (core/env), used for the
/// "DNS service" flow when the selection gives none. Returns nullopt and sets @p error when the selection is invalid.
std::optional<Plan> buildPlan(const Catalog &catalog, const Selection &selection, const QStringList &systemDnsServers,
                              QString *error);

} // namespace tpready
