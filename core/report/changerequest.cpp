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

bool needsFirewallRule(Reason reason)
{
    switch (reason) {
    case Reason::Timeout:
    case Reason::NoResponse:
    case Reason::Refused:
    case Reason::Unreachable:
    case Reason::WrongService:
    case Reason::ProxyRequired:
    case Reason::TlsIntercepted:
    case Reason::TlsUntrusted:
        return true;
    case Reason::Ok:
    case Reason::DnsFail:
    case Reason::TlsClientCertRequired:
    case Reason::ClockSkew:
    case Reason::NotTestable:
    case Reason::Cancelled:
    case Reason::Error:
        break;
    }
    return false;
}

ChangeRequest changeRequest(const Report &report)
{
    ChangeRequest request;
    for (const CheckRecord &check : report.checks) {
        const Verdict verdict = check.result.verdict;
        if (verdict != Verdict::Fail || !needsFirewallRule(check.result.reason)) {
            // Not a rule: what to do is said in words (a rule's own sentence would only repeat its row).
            const QString action = remediationFor(check);
            if ((verdict == Verdict::Fail || verdict == Verdict::Warn) && !action.isEmpty() &&
                !request.actions.contains(action))
                request.actions << action;
            continue;
        }
        const QString service = serviceLabel(check);
        auto rule = std::find_if(request.rules.begin(), request.rules.end(), [&](const FirewallRule &r) {
            return r.host == check.host && r.service == service && r.direction == check.direction;
        });
        if (rule == request.rules.end()) {
            FirewallRule fresh;
            fresh.requirement = check.requirement;
            fresh.host = check.host;
            fresh.service = service;
            fresh.direction = check.direction;
            request.rules << fresh;
            rule = request.rules.end() - 1;
        }
        // A destination that one MUST flow needs is a MUST rule.
        if (check.requirement == Requirement::Must)
            rule->requirement = Requirement::Must;
        if (!rule->flowIds.contains(check.flowId))
            rule->flowIds << check.flowId;
        for (const QString &address : addressesOf(check)) {
            if (!rule->addresses.contains(address))
                rule->addresses << address;
        }
        const QString reason = toToken(check.result.reason);
        if (!rule->reasons.contains(reason))
            rule->reasons << reason;
    }
    std::stable_partition(request.rules.begin(), request.rules.end(),
                          [](const FirewallRule &rule) { return rule.requirement == Requirement::Must; });
    return request;
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
    lines << QString();

    if (request.isEmpty()) {
        lines << ChangeRequestText::tr("No change is needed: every flow that was tested got through.");
    } else if (request.rules.isEmpty()) {
        lines << ChangeRequestText::tr("No firewall rule is missing, but the following needs attention:");
    } else {
        const QString network = laptopNetwork(report.environment);
        const QString source =
            network.isEmpty() ? ChangeRequestText::tr("the gateway's LAN")
                              : ChangeRequestText::tr("the gateway's LAN (the test laptop was on %1)").arg(network);
        lines << ChangeRequestText::tr("Source of every rule: %1. Replies to these flows must be allowed back.")
                     .arg(source);
        lines << QString();
        int number = 0;
        for (const FirewallRule &rule : request.rules) {
            const QString destination =
                rule.host.isEmpty() ? ChangeRequestText::tr("the local network")
                : rule.addresses.isEmpty() || rule.addresses == QStringList{rule.host}
                    ? rule.host
                    : QStringLiteral("%1 (%2)").arg(rule.host, rule.addresses.join(QStringLiteral(", ")));
            const QString direction = rule.direction == Direction::Bidirectional ? ChangeRequestText::tr("both ways")
                                                                                 : ChangeRequestText::tr("outbound");
            lines << ChangeRequestText::tr("%1. Allow %2 to %3, %4. Flow %5, %6. Found: %7.")
                         .arg(++number)
                         .arg(rule.service, destination, direction, rule.flowIds.join(QStringLiteral(", ")),
                              rule.requirement == Requirement::Must ? ChangeRequestText::tr("MUST")
                                                                    : ChangeRequestText::tr("OPTIONAL"),
                              rule.reasons.join(QStringLiteral(", ")));
        }
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

QString laptopCaveat()
{
    return ChangeRequestText::tr(
        "This test ran from a laptop on the gateway's LAN: the gateway's own address, MAC address, VLAN and "
        "path may still be treated differently.");
}

} // namespace tpready
