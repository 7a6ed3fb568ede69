// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "plan.h"

#include <QCoreApplication>
#include <QSet>

#include "core/catalog/hostnames.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class SelectionText
{
    Q_DECLARE_TR_FUNCTIONS(SelectionText)
};

QStringList trimmed(const QStringList &list)
{
    QStringList result;
    for (const QString &item : list)
        result << item.trimmed();
    return result;
}

} // namespace

QString checkHostList(const QStringList &items, HostListKind kind)
{
    if (items.isEmpty())
        return kind == HostListKind::TpeNodes
                   ? SelectionText::tr("A self-hosted deployment needs the address of at least one TPE node.")
                   : QString();
    if (items.size() > kMaxListedHosts) {
        switch (kind) {
        case HostListKind::TpeNodes:
            return SelectionText::tr("Too many TPE addresses: %1 given, at most %2.")
                .arg(items.size())
                .arg(kMaxListedHosts);
        case HostListKind::NtpServers:
            return SelectionText::tr("Too many NTP servers: %1 given, at most %2.")
                .arg(items.size())
                .arg(kMaxListedHosts);
        case HostListKind::DnsServers:
            return SelectionText::tr("Too many DNS servers: %1 given, at most %2.")
                .arg(items.size())
                .arg(kMaxListedHosts);
        }
    }
    QSet<QString> seen;
    for (const QString &item : items) {
        QString problem;
        switch (kind) {
        case HostListKind::TpeNodes:
            problem = checkHostInput(item, SelectionText::tr("TPE address"));
            break;
        case HostListKind::NtpServers:
            problem = checkHostInput(item, SelectionText::tr("NTP server"));
            break;
        case HostListKind::DnsServers:
            problem = checkDnsServerInput(item);
            break;
        }
        if (!problem.isEmpty())
            return problem;
        const QString key = item.trimmed().toLower();
        if (seen.contains(key))
            return SelectionText::tr("'%1' is given twice.").arg(item.trimmed());
        seen.insert(key);
    }
    return {};
}

QStringList Selection::defaultNtpServers()
{
    return {QStringLiteral("pool.ntp.org")};
}

QStringList Selection::effectiveNtpServers() const
{
    return ntpServers.isEmpty() ? defaultNtpServers() : trimmed(ntpServers);
}

QString validateSelection(const Catalog &catalog, const Selection &selection)
{
    if (!isTransportAvailable(selection.deployment, selection.transport))
        return SelectionText::tr(
                   "The transport %1 (LRR with neither IPsec nor TLS) exists only for self-hosted deployments.")
            .arg(toToken(selection.transport));

    if (selection.deployment == Deployment::Saas) {
        if (!selection.tpeHosts.isEmpty())
            return SelectionText::tr(
                "TPE addresses apply only to self-hosted deployments; a SaaS deployment uses a platform.");
        if (selection.platform.trimmed().isEmpty())
            return SelectionText::tr("A SaaS deployment needs a platform: one of %1.")
                .arg(catalog.platformIds().join(u", "));
        if (!catalog.platform(selection.platform.trimmed()))
            return SelectionText::tr("Unknown platform '%1': choose one of %2.")
                .arg(selection.platform.left(60), catalog.platformIds().join(u", "));
    } else {
        if (!selection.platform.isEmpty())
            return SelectionText::tr(
                "A platform applies only to SaaS deployments; a self-hosted deployment uses TPE addresses.");
        const QString problem = checkHostList(selection.tpeHosts, HostListKind::TpeNodes);
        if (!problem.isEmpty())
            return problem;
    }

    if (selection.lrrVersion && !isLrrTransport(selection.transport))
        return SelectionText::tr("An LRR version applies only to the LRR transports, not to %1.")
            .arg(toToken(selection.transport));

    QString problem = checkHostList(selection.ntpServers, HostListKind::NtpServers);
    if (problem.isEmpty())
        problem = checkHostList(selection.dnsServers, HostListKind::DnsServers);
    if (problem.isEmpty() && !catalog.table(selection.deployment, selection.transport))
        problem = SelectionText::tr("The catalog has no table for %1 with %2.")
                      .arg(toToken(selection.deployment), toToken(selection.transport));
    return problem;
}

int Plan::checkCount() const
{
    int count = 0;
    for (const PlannedFlow &flow : flows)
        count += static_cast<int>(flow.checks.size());
    return count;
}

std::optional<Plan> buildPlan(const Catalog &catalog, const Selection &selection, const QStringList &systemDnsServers,
                              QString *error)
{
    const QString problem = validateSelection(catalog, selection);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const FlowTable *table = catalog.table(selection.deployment, selection.transport);
    const Platform *platform =
        selection.deployment == Deployment::Saas ? catalog.platform(selection.platform.trimmed()) : nullptr;

    Plan plan;
    plan.selection = selection;
    plan.selection.platform = selection.platform.trimmed();
    plan.selection.tpeHosts = trimmed(selection.tpeHosts);
    plan.selection.ntpServers = trimmed(selection.ntpServers);
    plan.selection.dnsServers = trimmed(selection.dnsServers);
    plan.platformName = platform ? platform->name : QString();
    plan.tableSection = table->section;
    plan.tableTitle = table->title;
    if (!plan.selection.dnsServers.isEmpty()) {
        plan.dnsServers = plan.selection.dnsServers;
        plan.dnsSource = DnsServerSource::Given;
    } else if (!systemDnsServers.isEmpty()) {
        plan.dnsServers = systemDnsServers;
        plan.dnsSource = DnsServerSource::System;
    }

    auto hostsFor = [&](Role role) -> QStringList {
        switch (role) {
        case Role::Slrc:
        case Role::LnsBridge:
        case Role::Lrc:
        case Role::Support:
        case Role::ProxyHttp:
            return platform ? platform->hostsFor(role) : QStringList();
        case Role::Tpe:
            return plan.selection.tpeHosts;
        case Role::NtpService:
            return plan.selection.effectiveNtpServers();
        case Role::DnsService:
            // No resolver known: one check without a host, which the probe reports as such.
            return plan.dnsServers.isEmpty() ? QStringList{QString()} : plan.dnsServers;
        case Role::DhcpService:
            return {QString()};
        }
        return {};
    };

    const bool ha = plan.selection.highAvailability();
    for (const Flow &flow : table->flows) {
        if (flow.minLrrVersion && plan.selection.lrrVersion && *plan.selection.lrrVersion < *flow.minLrrVersion) {
            plan.droppedFlows.append(flow);
            continue;
        }
        PlannedFlow planned;
        planned.flow = flow;
        planned.requirement = flow.requirement(ha);
        for (const QString &host : hostsFor(flow.toRole)) {
            for (const PortSpec &port : flow.ports)
                planned.checks.append(Check{host, port.port, port.transport});
        }
        plan.flows.append(planned);
    }
    for (const Tunnel &tunnel : table->tunnels)
        plan.tunnels.append(TunnelledDestination{tunnel, hostsFor(tunnel.toRole)});
    return plan;
}

} // namespace tpready
