// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "changerequest.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

#include "core/report/report.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class ChangeRequestText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRequestText)
};

QStringList addressesOf(const CheckRecord &check)
{
    QStringList addresses;
    const QJsonArray resolved =
        check.result.evidence.value(QStringLiteral("dns")).toObject().value(QStringLiteral("addresses")).toArray();
    for (const QJsonValue &address : resolved) {
        if (!address.toString().isEmpty() && !addresses.contains(address.toString()))
            addresses << address.toString();
    }
    if (addresses.isEmpty() && !check.result.address.isEmpty())
        addresses << check.result.address;
    return addresses;
}

/// True when a check of the report to @p host and @p service passed: that port is open from here.
bool passedTo(const Report &report, const QString &host, const QString &service)
{
    return std::any_of(report.checks.cbegin(), report.checks.cend(), [&](const CheckRecord &check) {
        return check.result.verdict == Verdict::Pass && !host.isEmpty() && check.host == host &&
               serviceLabel(check) == service;
    });
}

QString selectionLine(const Report &report)
{
    const QJsonObject &selection = report.selection;
    QStringList parts;
    const auto deployment = deploymentFromToken(selection.value(QStringLiteral("deployment")).toString());
    if (deployment)
        parts << displayName(*deployment);
    if (deployment == Deployment::SelfHosted) {
        QStringList tpe;
        for (const QJsonValue &host : selection.value(QStringLiteral("tpe")).toArray())
            tpe << host.toString();
        parts << ChangeRequestText::tr("TPE %1").arg(tpe.join(QStringLiteral(", ")));
    } else {
        const QString name = selection.value(QStringLiteral("platform_name")).toString();
        parts << (name.isEmpty() ? selection.value(QStringLiteral("platform")).toString() : name);
    }
    if (const auto transport = transportFromToken(selection.value(QStringLiteral("transport")).toString()))
        parts << displayName(*transport);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString laptopNetwork(const Environment &environment)
{
    const InterfaceInfo *primary = environment.primaryInterface();
    if (!primary)
        return {};
    for (const QString &entry : primary->addresses) {
        const auto [address, prefix] = QHostAddress::parseSubnet(entry);
        if (address.protocol() != QAbstractSocket::IPv4Protocol || prefix < 0 || prefix > 32)
            continue;
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        return QStringLiteral("%1/%2").arg(QHostAddress(address.toIPv4Address() & mask).toString()).arg(prefix);
    }
    return {};
}

QString serviceLabel(IpTransport transport, quint16 port)
{
    switch (transport) {
    case IpTransport::Tcp:
        return QStringLiteral("TCP/%1").arg(port);
    case IpTransport::Udp:
        return port ? QStringLiteral("UDP/%1").arg(port) : QStringLiteral("UDP");
    case IpTransport::Icmp:
        return QStringLiteral("ICMP");
    case IpTransport::Ip:
        return QStringLiteral("IP/50 (ESP)");
    }
    return {};
}

QString serviceLabel(const CheckRecord &check)
{
    return serviceLabel(check.transport, check.port);
}

QString toToken(ChangeAction action)
{
    switch (action) {
    case ChangeAction::AllowFlow:
        return QStringLiteral("allow-flow");
    case ChangeAction::ExemptTlsInspection:
        return QStringLiteral("exempt-tls-inspection");
    case ChangeAction::AllowApplication:
        return QStringLiteral("allow-application");
    case ChangeAction::FixNameResolution:
        return QStringLiteral("fix-name-resolution");
    }
    return {};
}

std::optional<ChangeAction> changeActionFor(Reason reason)
{
    switch (reason) {
    case Reason::Timeout:
    case Reason::NoResponse:
    case Reason::Refused:
    case Reason::Unreachable:
    case Reason::ProxyRequired:
        return ChangeAction::AllowFlow;
    case Reason::TlsIntercepted:
    case Reason::TlsUntrusted:
        return ChangeAction::ExemptTlsInspection;
    case Reason::WrongService:
    case Reason::ConnectionCut:
    case Reason::ConnectionStalled:
        return ChangeAction::AllowApplication;
    case Reason::DnsFail:
        return ChangeAction::FixNameResolution;
    case Reason::Ok:
    case Reason::TlsClientCertRequired:
    case Reason::ClockSkew:
    case Reason::NotTestable:
    case Reason::Cancelled:
    case Reason::Error:
        break;
    }
    return std::nullopt;
}

QList<FirewallRule> ChangeRequest::rulesFor(ChangeAction action) const
{
    QList<FirewallRule> list;
    for (const FirewallRule &rule : rules) {
        if (rule.action == action)
            list << rule;
    }
    return list;
}

ChangeRequest changeRequest(const Report &report)
{
    ChangeRequest request;
    for (const CheckRecord &check : report.checks) {
        const Verdict verdict = check.result.verdict;
        std::optional<ChangeAction> action =
            verdict == Verdict::Fail ? changeActionFor(check.result.reason) : std::nullopt;
        if (!action) {
            // Not a rule: what to do is said in words (a rule's own sentence would only repeat its row).
            const QString sentence = remediationFor(check);
            if ((verdict == Verdict::Fail || verdict == Verdict::Warn) && !sentence.isEmpty() &&
                !request.actions.contains(sentence))
                request.actions << sentence;
            continue;
        }
        // A port that another check of the same host found open is not a flow to allow: what differs is the
        // application (or the moment), and asking IT to open it gets "it is open" for an answer.
        if (*action == ChangeAction::AllowFlow && passedTo(report, check.host, serviceLabel(check)))
            action = ChangeAction::AllowApplication;
        // A name that does not resolve is one rule per host, whatever the flows that need it.
        const bool byName = *action == ChangeAction::FixNameResolution;
        const QString service = byName ? QString() : serviceLabel(check);
        const Direction direction = byName ? Direction::Unidirectional : check.direction;
        auto rule = std::find_if(request.rules.begin(), request.rules.end(), [&](const FirewallRule &r) {
            return r.action == *action && r.host == check.host && r.service == service && r.direction == direction;
        });
        if (rule == request.rules.end()) {
            FirewallRule fresh;
            fresh.action = *action;
            fresh.requirement = check.requirement;
            fresh.host = check.host;
            fresh.service = service;
            fresh.direction = direction;
            request.rules << fresh;
            rule = request.rules.end() - 1;
        }
        // A destination that one MUST flow needs is a MUST rule.
        if (check.requirement == Requirement::Must)
            rule->requirement = Requirement::Must;
        if (!rule->flowIds.contains(check.flowId))
            rule->flowIds << check.flowId;
        const QString application = QString::fromUtf16(traitsOf(check.protocol).application);
        if (!byName && !rule->application.split(QStringLiteral(", ")).contains(application))
            rule->application += (rule->application.isEmpty() ? QString() : QStringLiteral(", ")) + application;
        if (!byName) {
            for (const QString &address : addressesOf(check)) {
                if (!rule->addresses.contains(address))
                    rule->addresses << address;
            }
        }
        const QString reason = toToken(check.result.reason);
        if (!rule->reasons.contains(reason))
            rule->reasons << reason;
    }
    // By action, then MUST before OPTIONAL; otherwise in the order of the checks.
    std::stable_sort(request.rules.begin(), request.rules.end(), [](const FirewallRule &a, const FirewallRule &b) {
        if (a.action != b.action)
            return a.action < b.action;
        return a.requirement == Requirement::Must && b.requirement != Requirement::Must;
    });
    return request;
}

QString changeGroupHeading(ChangeAction action, const QString &network, const QStringList &dnsServers)
{
    const QString source = network.isEmpty()
                               ? ChangeRequestText::tr("the gateway's LAN")
                               : ChangeRequestText::tr("the gateway's LAN (the test laptop was on %1)").arg(network);
    switch (action) {
    case ChangeAction::AllowFlow:
        return ChangeRequestText::tr("Allow these flows in the firewall, from %1; replies to them must be allowed "
                                     "back. Today they are dropped, refused, not routed or forced through a proxy.")
            .arg(source);
    case ChangeAction::ExemptTlsInspection:
        return ChangeRequestText::tr(
            "Exempt these flows from TLS/SSL inspection (decryption) on the proxy or firewall. They already get "
            "through: no port needs opening. A device in the path presents its own certificate instead of "
            "ThingPark's, and the base station refuses it.");
    case ChangeAction::AllowApplication:
        return ChangeRequestText::tr(
                   "Allow the application on its port, not only the port, from %1. The connection opens, but a proxy, "
                   "captive portal, port redirection, application-aware firewall or IPS answers it or cuts it: let it "
                   "through "
                   "unmodified, or exempt these destinations from that policy.")
            .arg(source);
    case ChangeAction::FixNameResolution:
        return dnsServers.isEmpty()
                   ? ChangeRequestText::tr("Fix the name resolution: the site's DNS resolvers must answer for these "
                                           "names, and the gateway must reach them on UDP and TCP 53.")
                   : ChangeRequestText::tr("Fix the name resolution: the site's DNS resolvers (this laptop used %1) "
                                           "must answer for these names, and the gateway must reach them on UDP and "
                                           "TCP 53.")
                         .arg(dnsServers.join(QStringLiteral(", ")));
    }
    return {};
}

QString changeRuleService(const FirewallRule &rule)
{
    switch (rule.action) {
    case ChangeAction::AllowApplication:
        return ChangeRequestText::tr("%1 on %2").arg(rule.application, rule.service);
    case ChangeAction::FixNameResolution:
        return ChangeRequestText::tr("name lookup");
    case ChangeAction::AllowFlow:
    case ChangeAction::ExemptTlsInspection:
        break;
    }
    return rule.service;
}

QString changeRuleSentence(const FirewallRule &rule)
{
    const QString destination =
        rule.host.isEmpty() ? ChangeRequestText::tr("the local network")
        : rule.addresses.isEmpty() || rule.addresses == QStringList{rule.host}
            ? rule.host
            : QStringLiteral("%1 (%2)").arg(rule.host, rule.addresses.join(QStringLiteral(", ")));
    const QString direction = rule.direction == Direction::Bidirectional ? ChangeRequestText::tr("both ways")
                                                                         : ChangeRequestText::tr("outbound");
    const QString requirement =
        rule.requirement == Requirement::Must ? ChangeRequestText::tr("MUST") : ChangeRequestText::tr("OPTIONAL");
    const QString flows = rule.flowIds.join(QStringLiteral(", "));
    const QString found = rule.reasons.join(QStringLiteral(", "));
    switch (rule.action) {
    case ChangeAction::AllowFlow:
        return ChangeRequestText::tr("Allow %1 to %2, %3. Flow %4, %5. Found: %6.")
            .arg(rule.service, destination, direction, flows, requirement, found);
    case ChangeAction::ExemptTlsInspection:
        return ChangeRequestText::tr("Exempt %1 to %2 from TLS inspection. Flow %3, %4. Found: %5.")
            .arg(rule.service, destination, flows, requirement, found);
    case ChangeAction::AllowApplication:
        return ChangeRequestText::tr("Allow %1 on %2 to %3, %4, unmodified. Flow %5, %6. Found: %7.")
            .arg(rule.application, rule.service, destination, direction, flows, requirement, found);
    case ChangeAction::FixNameResolution:
        return ChangeRequestText::tr("Make %1 resolve. Flow %2, %3. Found: %4.")
            .arg(rule.host, flows, requirement, found);
    }
    return {};
}

QString changeRequestText(const Report &report)
{
    const ChangeRequest request = changeRequest(report);
    QStringList lines;
    lines << ChangeRequestText::tr("Firewall change request: ThingPark base station");
    if (!report.site.name.isEmpty())
        lines << ChangeRequestText::tr("Site: %1").arg(report.site.name);
    const QString selection = selectionLine(report);
    if (!selection.isEmpty())
        lines << ChangeRequestText::tr("For: %1").arg(selection);
    if (report.startedAt.isValid())
        lines << ChangeRequestText::tr("Tested: %1 UTC")
                     .arg(report.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    if (request.isEmpty()) {
        lines << QString() << ChangeRequestText::tr("No change is needed: every flow that was tested got through.");
    } else if (request.rules.isEmpty()) {
        lines << QString() << ChangeRequestText::tr("No firewall rule is missing, but the following needs attention:");
    }
    const QString network = laptopNetwork(report.environment);
    int number = 0;
    for (const ChangeAction action : kChangeActions) {
        const QList<FirewallRule> rules = request.rulesFor(action);
        if (rules.isEmpty())
            continue;
        lines << QString() << changeGroupHeading(action, network, report.environment.dnsServers);
        for (const FirewallRule &rule : rules)
            lines << QStringLiteral("%1. %2").arg(++number).arg(changeRuleSentence(rule));
    }
    if (!request.actions.isEmpty()) {
        lines << QString();
        if (!request.rules.isEmpty())
            lines << ChangeRequestText::tr("Also:");
        for (const QString &action : request.actions)
            lines << QStringLiteral("- ") + action;
    }
    lines << QString() << laptopCaveat();
    return lines.join(u'\n') + u'\n';
}

QJsonObject changeRequestToJson(const Report &report)
{
    const ChangeRequest request = changeRequest(report);
    const QString network = laptopNetwork(report.environment);
    QJsonArray groups;
    int number = 0;
    for (const ChangeAction action : kChangeActions) {
        const QList<FirewallRule> rules = request.rulesFor(action);
        if (rules.isEmpty())
            continue;
        QJsonArray items;
        for (const FirewallRule &rule : rules) {
            QJsonObject item{
                {QStringLiteral("number"), ++number},
                {QStringLiteral("flows"), QJsonArray::fromStringList(rule.flowIds)},
                {QStringLiteral("requirement"), toToken(rule.requirement)},
                {QStringLiteral("host"), rule.host.isEmpty() ? QJsonValue() : QJsonValue(rule.host)},
                {QStringLiteral("addresses"), QJsonArray::fromStringList(rule.addresses)},
                {QStringLiteral("service"), rule.service.isEmpty() ? QJsonValue() : QJsonValue(rule.service)},
                {QStringLiteral("application"),
                 rule.application.isEmpty() ? QJsonValue() : QJsonValue(rule.application)},
                {QStringLiteral("direction"), toToken(rule.direction)},
                {QStringLiteral("found"), QJsonArray::fromStringList(rule.reasons)},
                {QStringLiteral("text"), changeRuleSentence(rule)}};
            items << item;
        }
        groups << QJsonObject{
            {QStringLiteral("action"), toToken(action)},
            {QStringLiteral("heading"), changeGroupHeading(action, network, report.environment.dnsServers)},
            {QStringLiteral("rules"), items}};
    }
    return QJsonObject{{QStringLiteral("source"), network.isEmpty() ? QJsonValue() : QJsonValue(network)},
                       {QStringLiteral("groups"), groups},
                       {QStringLiteral("also"), QJsonArray::fromStringList(request.actions)}};
}

QString laptopCaveat()
{
    return ChangeRequestText::tr(
        "This test ran from a laptop on the gateway's LAN: the gateway's own address, MAC address, VLAN and "
        "path may still be treated differently.");
}

} // namespace tpready
