// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "planexport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class PlanExportText
{
    Q_DECLARE_TR_FUNCTIONS(PlanExportText)
};

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QString portLabel(const Check &check)
{
    switch (check.transport) {
    case IpTransport::Tcp:
        return QStringLiteral("TCP/%1").arg(check.port);
    case IpTransport::Udp:
        return check.port ? QStringLiteral("UDP/%1").arg(check.port) : QStringLiteral("UDP");
    case IpTransport::Icmp:
        return QStringLiteral("ICMP");
    case IpTransport::Ip:
        return QStringLiteral("IP/50");
    }
    return {};
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QJsonObject selectionToJson(const Plan &plan)
{
    const Selection &selection = plan.selection;
    QJsonObject object;
    object.insert(QStringLiteral("deployment"), toToken(selection.deployment));
    object.insert(QStringLiteral("platform"),
                  selection.deployment == Deployment::Saas ? QJsonValue(selection.platform) : QJsonValue());
    if (selection.deployment == Deployment::Saas)
        object.insert(QStringLiteral("platform_name"), plan.platformName);
    object.insert(QStringLiteral("tpe"), toJsonArray(selection.tpeHosts));
    object.insert(QStringLiteral("transport"), toToken(selection.transport));
    object.insert(QStringLiteral("lrr_version"),
                  selection.lrrVersion ? QJsonValue(selection.lrrVersion->toString()) : QJsonValue());
    object.insert(QStringLiteral("high_availability"), selection.highAvailability());
    object.insert(QStringLiteral("ntp_servers"), toJsonArray(selection.effectiveNtpServers()));
    object.insert(QStringLiteral("dns_servers"), toJsonArray(plan.dnsServers));
    static const char16_t *const sources[] = {u"given", u"system", u"unknown"};
    object.insert(QStringLiteral("dns_servers_source"), QString::fromUtf16(sources[static_cast<int>(plan.dnsSource)]));
    return object;
}

QJsonObject planToFlowsJson(const Plan &plan)
{
    QJsonArray flows;
    for (const PlannedFlow &planned : plan.flows) {
        const Flow &flow = planned.flow;
        QJsonArray checks;
        for (const Check &check : planned.checks) {
            QJsonObject object;
            object.insert(QStringLiteral("host"), check.host.isEmpty() ? QJsonValue() : QJsonValue(check.host));
            object.insert(QStringLiteral("port"), check.port ? QJsonValue(check.port) : QJsonValue());
            object.insert(QStringLiteral("transport"), toToken(check.transport));
            if (check.transport == IpTransport::Ip)
                object.insert(QStringLiteral("ip_protocol"), 50);
            checks.append(object);
        }
        QJsonObject object;
        object.insert(QStringLiteral("flow"), flow.id);
        object.insert(QStringLiteral("requirement"), toToken(planned.requirement));
        object.insert(QStringLiteral("protocol"), toToken(flow.protocol));
        object.insert(QStringLiteral("protocol_label"), flow.protocolLabel);
        object.insert(QStringLiteral("direction"), toToken(flow.direction));
        object.insert(QStringLiteral("from_system"), flow.fromSystem);
        object.insert(QStringLiteral("from"), flow.fromApplication);
        object.insert(QStringLiteral("to"), flow.toSystem);
        object.insert(QStringLiteral("to_application"), flow.toApplication);
        object.insert(QStringLiteral("dest_port"), flow.destPortLabel);
        object.insert(QStringLiteral("description"), flow.description);
        object.insert(QStringLiteral("notes"), flow.notes.join(u' '));
        if (flow.minLrrVersion)
            object.insert(QStringLiteral("min_lrr_version"), flow.minLrrVersion->toString());
        if (plan.selection.deployment == Deployment::SelfHosted) {
            object.insert(QStringLiteral("standalone"), toToken(flow.standalone));
            object.insert(QStringLiteral("high_availability"), toToken(flow.highAvailability));
        }
        object.insert(QStringLiteral("checks"), checks);
        flows.append(object);
    }

    QJsonArray tunnels;
    for (const TunnelledDestination &destination : plan.tunnels) {
        QJsonObject object;
        object.insert(QStringLiteral("to"), destination.tunnel.toSystem);
        object.insert(QStringLiteral("hosts"), toJsonArray(destination.hosts));
        object.insert(QStringLiteral("via_flow"), destination.tunnel.viaFlow);
        object.insert(QStringLiteral("via_port"),
                      destination.tunnel.viaPort ? QJsonValue(destination.tunnel.viaPort) : QJsonValue());
        object.insert(QStringLiteral("inner_flow"),
                      destination.tunnel.innerFlow.isEmpty() ? QJsonValue() : QJsonValue(destination.tunnel.innerFlow));
        object.insert(QStringLiteral("dest_port"), destination.tunnel.destPortLabel.isEmpty()
                                                       ? QJsonValue()
                                                       : QJsonValue(destination.tunnel.destPortLabel));
        tunnels.append(object);
    }

    QJsonArray dropped;
    for (const Flow &flow : plan.droppedFlows)
        dropped.append(flow.id);

    QJsonObject root;
    root.insert(QStringLiteral("schema"), QString::fromUtf16(kFlowsSchema));
    root.insert(QStringLiteral("selection"), selectionToJson(plan));
    root.insert(QStringLiteral("table"), QJsonObject{{QStringLiteral("section"), plan.tableSection},
                                                     {QStringLiteral("title"), plan.tableTitle}});
    root.insert(QStringLiteral("flows"), flows);
    root.insert(QStringLiteral("tunnelled"), tunnels);
    root.insert(QStringLiteral("dropped_for_lrr_version"), dropped);
    return root;
}

QString selectionSummary(const Plan &plan)
{
    const Selection &selection = plan.selection;
    QStringList parts{displayName(selection.deployment)};
    if (selection.deployment == Deployment::Saas)
        parts << plan.platformName;
    else if (selection.highAvailability())
        parts << PlanExportText::tr("TPE %1 (high availability)").arg(selection.tpeHosts.join(u", "));
    else
        parts << PlanExportText::tr("TPE %1 (standalone)").arg(selection.tpeHosts.join(u", "));
    parts << displayName(selection.transport);
    if (isLrrTransport(selection.transport)) {
        parts << (selection.lrrVersion ? PlanExportText::tr("LRR version %1").arg(selection.lrrVersion->toString())
                                       : PlanExportText::tr("current LRR version"));
    }
    return parts.join(u", ");
}

QStringList distinctHosts(const PlannedFlow &flow)
{
    QStringList hosts;
    for (const Check &check : flow.checks) {
        if (!check.host.isEmpty() && !hosts.contains(check.host))
            hosts << check.host;
    }
    return hosts;
}

QString hostsSentence(const PlannedFlow &flow, const Plan &plan, const QString &separator)
{
    if (flow.flow.toRole == Role::DhcpService)
        return PlanExportText::tr("this network's DHCP server (found by broadcast)");
    if (flow.flow.toRole == Role::DnsService && plan.dnsSource == DnsServerSource::Unknown)
        return PlanExportText::tr("no DNS server found on this laptop: give the one the gateway will use");
    QString hosts = distinctHosts(flow).join(separator);
    if (flow.flow.toRole == Role::DnsService && plan.dnsSource == DnsServerSource::System)
        hosts += separator + PlanExportText::tr("(this laptop's resolvers)");
    return hosts;
}

QString droppedSentence(const Flow &flow, const Plan &plan)
{
    return PlanExportText::tr(
               "Flow %1 is left out: it applies only to LRR version %2 and later, and this site's LRR is %3.")
        .arg(flow.id, flow.minLrrVersion ? flow.minLrrVersion->toString() : QString(),
             plan.selection.lrrVersion ? plan.selection.lrrVersion->toString() : QString());
}

QString checkLabel(const Check &check)
{
    if (check.host.isEmpty())
        return PlanExportText::tr("%1 on the local network").arg(portLabel(check));
    return check.host + u' ' + portLabel(check);
}

QString requirementLabel(Requirement requirement)
{
    return requirement == Requirement::Must ? QStringLiteral("MUST") : QStringLiteral("OPTIONAL");
}

QString tunnelSentence(const TunnelledDestination &destination)
{
    const Tunnel &tunnel = destination.tunnel;
    const QString hosts = destination.hosts.join(u", ");
    if (tunnel.viaPort != 0)
        return PlanExportText::tr(
                   "%1 %2 (%3 %4) is not reached directly: the base station reaches it through flow %5 on TCP/%6 to "
                   "SLRC.")
            .arg(tunnel.toSystem, hosts, tunnel.innerFlow, tunnel.destPortLabel, tunnel.viaFlow)
            .arg(tunnel.viaPort);
    return PlanExportText::tr(
               "%1 %2 is not reached directly: its traffic travels inside the IPsec tunnel to SLRC (flow %3).")
        .arg(tunnel.toSystem, hosts, tunnel.viaFlow);
}

QString planToText(const Plan &plan)
{
    QString out;
    out += selectionSummary(plan) + u'\n';
    out += plan.tableTitle + u" \u2014 " + plan.tableSection + u"\n\n";
    const bool selfHosted = plan.selection.deployment == Deployment::SelfHosted;
    for (const PlannedFlow &planned : plan.flows) {
        const Flow &flow = planned.flow;
        out += QStringLiteral("%1 %2 %3  %4  \u2192 %5\n")
                   .arg(flow.id.leftJustified(5), requirementLabel(planned.requirement).leftJustified(8),
                        flow.protocolLabel, flow.destPortLabel, flow.toSystem);
        const QString indent(6, u' ');
        out += indent +
               PlanExportText::tr("From %1 / %2 to %3 / %4, %5")
                   .arg(flow.fromSystem, flow.fromApplication, flow.toSystem, flow.toApplication, flow.type) +
               u'\n';
        out += indent + flow.description + u'\n';
        for (const QString &note : flow.notes)
            out += indent + PlanExportText::tr("Note: %1").arg(note) + u'\n';
        if (selfHosted) {
            out += indent +
                   PlanExportText::tr("STANDALONE: %1, HIGH AVAILABILITY: %2")
                       .arg(requirementLabel(flow.standalone), requirementLabel(flow.highAvailability)) +
                   u'\n';
        }
        out += indent + PlanExportText::tr("Hosts: %1").arg(hostsSentence(planned, plan, QStringLiteral(", "))) + u'\n';
        QStringList checks;
        for (const Check &check : planned.checks)
            checks << checkLabel(check);
        out += indent + PlanExportText::tr("Checks: %1").arg(checks.join(u", ")) + u"\n\n";
    }
    for (const TunnelledDestination &destination : plan.tunnels)
        out += tunnelSentence(destination) + u'\n';
    for (const Flow &flow : plan.droppedFlows)
        out += droppedSentence(flow, plan) + u'\n';
    out += PlanExportText::tr("%n flow(s)", nullptr, static_cast<int>(plan.flows.size())) + u", " +
           PlanExportText::tr("%n check(s)", nullptr, plan.checkCount()) + u'\n';
    return out;
}

QString planToCsv(const Plan &plan)
{
    const bool selfHosted = plan.selection.deployment == Deployment::SelfHosted;
    QStringList header{
        QStringLiteral("#"),           QStringLiteral("From (system)"),    QStringLiteral("From (application)"),
        QStringLiteral("Type"),        QStringLiteral("Protocol"),         QStringLiteral("Dest. Port"),
        QStringLiteral("To (system)"), QStringLiteral("To (application)"), QStringLiteral("Description"),
        QStringLiteral("Notes")};
    if (selfHosted)
        header << QStringLiteral("STANDALONE") << QStringLiteral("HIGH AVAILABILITY");
    header << QStringLiteral("Requirement") << QStringLiteral("Hosts");
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (const PlannedFlow &planned : plan.flows) {
        const Flow &flow = planned.flow;
        QStringList row{flow.id,
                        flow.fromSystem,
                        flow.fromApplication,
                        flow.type,
                        flow.protocolLabel,
                        flow.destPortLabel,
                        flow.toSystem,
                        flow.toApplication,
                        flow.description,
                        flow.notes.join(u' ')};
        if (selfHosted)
            row << requirementLabel(flow.standalone) << requirementLabel(flow.highAvailability);
        row << requirementLabel(planned.requirement) << distinctHosts(planned).join(u' ');
        for (QString &field : row)
            field = csvField(field);
        out += row.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace tpready
