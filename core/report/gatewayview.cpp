// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "gatewayview.h"

#include <QJsonArray>

#include "core/report/report.h"

namespace tpready {
namespace {

/// The translation context of the gateway view's sentences.
class GatewayText
{
    Q_DECLARE_TR_FUNCTIONS(GatewayText)
};

bool failed(Verdict verdict)
{
    return verdict == Verdict::Fail;
}

} // namespace

QString gatewayCheckKey(const QString &flowId, Protocol protocol, const QString &host, IpTransport transport,
                        quint16 port)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(flowId, toToken(protocol), host.isEmpty() ? QStringLiteral("-") : host, toToken(transport),
             port == 0 ? QStringLiteral("-") : QString::number(port));
}

QString gatewayCheckKey(const CheckRecord &check)
{
    return gatewayCheckKey(check.flowId, check.protocol, check.host, check.transport, check.port);
}

const GatewayRow *GatewayView::rowFor(const CheckRecord &check) const
{
    const QString key = gatewayCheckKey(check);
    for (const GatewayRow &row : rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

bool gatewayTested(const GatewayRow *row)
{
    return row && row->verdict != Verdict::Skipped;
}

Verdict effectiveVerdict(const CheckRecord &check, const std::optional<GatewayView> &gateway)
{
    if (gateway) {
        const GatewayRow *row = gateway->rowFor(check);
        if (gatewayTested(row))
            return row->verdict;
    }
    return check.result.verdict;
}

ViewAgreement agreementOf(const CheckRecord &check, const GatewayRow *row)
{
    if (!gatewayTested(row) || check.result.verdict == Verdict::Skipped || check.result.verdict == Verdict::Info)
        return ViewAgreement::LaptopOnly;
    const Verdict laptop = check.result.verdict;
    if (laptop == row->verdict ||
        (!failed(laptop) && !failed(row->verdict) && laptop != Verdict::Warn && row->verdict != Verdict::Warn)) {
        const QString there = check.result.address;
        if (!failed(laptop) && !there.isEmpty() && !row->address.isEmpty() && there != row->address &&
            there != check.host)
            return ViewAgreement::OtherAddress;
        return ViewAgreement::Agree;
    }
    if (failed(row->verdict) && !failed(laptop))
        return ViewAgreement::GatewayBlocked;
    if (failed(laptop) && !failed(row->verdict))
        return ViewAgreement::LaptopBlocked;
    return ViewAgreement::Differ;
}

QString disagreementSentence(const CheckRecord &check, const GatewayRow *row)
{
    switch (agreementOf(check, row)) {
    case ViewAgreement::GatewayBlocked:
        return GatewayText::tr("Passes from the laptop, blocked from the gateway (%1): the gateway's port or VLAN "
                               "has other rules, or its resolver gives another address.")
            .arg(toToken(row->reason));
    case ViewAgreement::LaptopBlocked:
        return GatewayText::tr("Blocked from the laptop (%1), passes from the gateway: the laptop's own network or "
                               "firewall is in the way, not the gateway's.")
            .arg(toToken(check.result.reason));
    case ViewAgreement::Differ:
        return GatewayText::tr("The laptop says %1 (%2), the gateway says %3 (%4).")
            .arg(toToken(check.result.verdict), toToken(check.result.reason), toToken(row->verdict),
                 toToken(row->reason));
    case ViewAgreement::OtherAddress:
        return GatewayText::tr("Both got through, but to other addresses: %1 from the laptop, %2 from the gateway. "
                               "Their resolvers answer differently (a name with several addresses does that too).")
            .arg(check.result.address, row->address);
    case ViewAgreement::Agree:
    case ViewAgreement::LaptopOnly:
        break;
    }
    return {};
}

GatewayTally gatewayTally(const GatewayView &view, const QList<CheckRecord> &checks)
{
    GatewayTally tally;
    for (const CheckRecord &check : checks) {
        const GatewayRow *row = view.rowFor(check);
        tally.tested += gatewayTested(row) ? 1 : 0;
        tally.disagreements += disagreementSentence(check, row).isEmpty() ? 0 : 1;
    }
    return tally;
}

QString resolverNote(const GatewayView &view, const QStringList &planDnsServers)
{
    if (view.resolvers.isEmpty() || planDnsServers.isEmpty())
        return {};
    for (const QString &resolver : view.resolvers) {
        if (!planDnsServers.contains(resolver))
            return GatewayText::tr("The gateway asks the resolver(s) %1, not the DNS servers the plan was checked "
                                   "with (%2): its names may resolve otherwise than the laptop's.")
                .arg(view.resolvers.join(QStringLiteral(", ")), planDnsServers.join(QStringLiteral(", ")));
    }
    return {};
}

QJsonObject gatewayViewToJson(const GatewayView &view, const QList<CheckRecord> &checks,
                              const QStringList &planDnsServers)
{
    QJsonArray rows;
    Summary laptop;
    for (const CheckRecord &check : checks) {
        laptop.add(check.requirement, check.result.verdict);
        const GatewayRow *row = view.rowFor(check);
        if (!row)
            continue;
        QJsonObject object;
        object.insert(QStringLiteral("flow"), check.flowId);
        object.insert(QStringLiteral("protocol"), toToken(check.protocol));
        object.insert(QStringLiteral("host"), check.host.isEmpty() ? QJsonValue() : QJsonValue(check.host));
        object.insert(QStringLiteral("port"), check.port ? QJsonValue(check.port) : QJsonValue());
        object.insert(QStringLiteral("transport"), toToken(check.transport));
        object.insert(QStringLiteral("address"), row->address.isEmpty() ? QJsonValue() : QJsonValue(row->address));
        object.insert(QStringLiteral("verdict"), toToken(row->verdict));
        object.insert(QStringLiteral("reason"), toToken(row->reason));
        object.insert(QStringLiteral("detail"), row->detail);
        object.insert(QStringLiteral("laptop_verdict"), toToken(check.result.verdict));
        static const char16_t *const agreements[] = {u"laptop-only",    u"agree",  u"gateway-blocked",
                                                     u"laptop-blocked", u"differ", u"other-address"};
        object.insert(QStringLiteral("agreement"),
                      QString::fromUtf16(agreements[static_cast<int>(agreementOf(check, row))]));
        const QString sentence = disagreementSentence(check, row);
        if (!sentence.isEmpty())
            object.insert(QStringLiteral("disagreement"), sentence);
        rows.append(object);
    }
    QJsonObject out;
    out.insert(QStringLiteral("schema"), QString::fromUtf16(kGatewayFormat));
    out.insert(QStringLiteral("tool_version"), view.toolVersion);
    out.insert(QStringLiteral("plan"), view.plan);
    out.insert(QStringLiteral("selection"), view.selection);
    out.insert(QStringLiteral("gateway"), view.gateway);
    out.insert(QStringLiteral("system"), view.system);
    out.insert(QStringLiteral("resolvers"), QJsonArray::fromStringList(view.resolvers));
    out.insert(QStringLiteral("tools"), view.tools);
    out.insert(QStringLiteral("started_at"), view.startedAt);
    out.insert(QStringLiteral("finished_at"), view.finishedAt);
    out.insert(QStringLiteral("sum"), view.sum);
    out.insert(QStringLiteral("laptop_summary"), summaryToJson(laptop));
    const QString note = resolverNote(view, planDnsServers);
    if (!note.isEmpty())
        out.insert(QStringLiteral("resolver_note"), note);
    out.insert(QStringLiteral("checks"), rows);
    return out;
}

std::optional<GatewayView> gatewayViewFromJson(const QJsonObject &object, QString *error)
{
    if (object.value(QStringLiteral("schema")).toString() != QString::fromUtf16(kGatewayFormat)) {
        *error = GatewayText::tr("report key gateway.schema is not %1").arg(QString::fromUtf16(kGatewayFormat));
        return std::nullopt;
    }
    GatewayView view;
    view.toolVersion = object.value(QStringLiteral("tool_version")).toString();
    view.plan = object.value(QStringLiteral("plan")).toString();
    view.selection = object.value(QStringLiteral("selection")).toString();
    view.gateway = object.value(QStringLiteral("gateway")).toString();
    view.system = object.value(QStringLiteral("system")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("resolvers")).toArray())
        view.resolvers << value.toString();
    view.tools = object.value(QStringLiteral("tools")).toString();
    view.startedAt = object.value(QStringLiteral("started_at")).toString();
    view.finishedAt = object.value(QStringLiteral("finished_at")).toString();
    view.sum = object.value(QStringLiteral("sum")).toString();
    const QJsonArray rows = object.value(QStringLiteral("checks")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const auto protocol = protocolFromToken(row.value(QStringLiteral("protocol")).toString());
        const auto transport = ipTransportFromToken(row.value(QStringLiteral("transport")).toString());
        const auto verdict = verdictFromToken(row.value(QStringLiteral("verdict")).toString());
        const auto reason = reasonFromToken(row.value(QStringLiteral("reason")).toString());
        const double port = row.value(QStringLiteral("port")).toDouble(0);
        if (!protocol || !transport || !verdict || !reason || port < 0 || port > 65535 || port != int(port)) {
            *error = GatewayText::tr("report key gateway.checks[%1] holds an unknown protocol, transport, verdict, "
                                     "reason or port")
                         .arg(i);
            return std::nullopt;
        }
        GatewayRow out;
        out.key = gatewayCheckKey(row.value(QStringLiteral("flow")).toString(), *protocol,
                                  row.value(QStringLiteral("host")).toString(), *transport, static_cast<quint16>(port));
        out.verdict = *verdict;
        out.reason = *reason;
        out.address = row.value(QStringLiteral("address")).toString();
        out.detail = row.value(QStringLiteral("detail")).toString();
        view.rows << out;
    }
    return view;
}

} // namespace tpready
