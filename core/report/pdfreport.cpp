// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "pdfreport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

#include "core/report/changerequest.h"
#include "core/report/pdfpager.h"
#include "core/report/pdfsections.h"
#include "core/report/readiness.h"
#include "core/report/report.h"
#include "core/report/reportfiles.h"
#include "core/report/uplink.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class PdfReportText
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportText)
};

using pdf::Column;
using pdf::kMuted;
using pdf::kText;
using pdf::Pager;
using pdf::pt;
using pdf::Row;
using pdf::verdictColor;
using pdf::WrappedText;

constexpr qreal kMarginMm = 16;
constexpr int kMaxEvidenceLines = 80;
constexpr int kMaxEvidenceLine = 400;

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return PdfReportText::tr("PASS");
    case Verdict::Fail:
        return PdfReportText::tr("FAIL");
    case Verdict::Warn:
        return PdfReportText::tr("WARN");
    case Verdict::Info:
        return PdfReportText::tr("INFO");
    case Verdict::Skipped:
        return PdfReportText::tr("SKIPPED");
    }
    return {};
}

/// Every verdict's word: a verdict column fits the longest whole.
QStringList verdictTexts()
{
    QStringList texts;
    for (const Verdict verdict : {Verdict::Pass, Verdict::Fail, Verdict::Warn, Verdict::Info, Verdict::Skipped})
        texts << verdictText(verdict);
    return texts;
}

QString formatTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = qAbs(offset) / 60;
    return QStringLiteral("%1 %2 (UTC%3%4:%5)")
        .arg(QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss")), local.timeZoneAbbreviation(), sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString portLabel(const CheckRecord &check)
{
    return serviceLabel(check);
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == static_cast<qint64>(d) ? QString::number(static_cast<qint64>(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

/// "key.sub: value" lines of an evidence object, bounded.
void flatten(const QJsonValue &value, const QString &prefix, QStringList *lines)
{
    if (lines->size() >= kMaxEvidenceLines)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), lines);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool scalars = true;
        for (const QJsonValue &item : array)
            scalars = scalars && !item.isObject() && !item.isArray();
        if (scalars) {
            QStringList items;
            for (const QJsonValue &item : array)
                items << jsonValueText(item);
            lines->append(
                QStringLiteral("%1: %2").arg(prefix, items.join(QStringLiteral(", "))).left(kMaxEvidenceLine));
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(array.at(i), QStringLiteral("%1[%2]").arg(prefix).arg(i), lines);
        return;
    }
    lines->append(QStringLiteral("%1: %2").arg(prefix, jsonValueText(value)).left(kMaxEvidenceLine));
}

QString selectionValue(const QJsonObject &selection, const char *key)
{
    const QJsonValue value = selection.value(QLatin1String(key));
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << jsonValueText(item);
        return items.join(QStringLiteral(", "));
    }
    return value.isNull() || value.isUndefined() ? QString() : jsonValueText(value);
}

void layOut(Pager &pager, const Report &report, const QString &digest)
{
    const Summary summary = report.summary();
    QPainter *painter = pager.painter();

    // Title and verdict.
    {
        const QFont titleFont = Pager::font(18, true);
        const WrappedText title(PdfReportText::tr("ThingPark readiness report"), titleFont, pager.width(),
                                pager.device());
        if (painter) {
            painter->setPen(kText);
            title.draw(painter, QPointF(0, pager.y()));
        }
        pager.advance(title.height() + pt(8));
        const QFont verdictFont = Pager::font(20, true);
        const Verdict headline = readinessShape(summary.readiness);
        const qreal iconSize = pt(26);
        const WrappedText verdict(readinessHeadline(summary.readiness), verdictFont, pager.width() - iconSize - pt(10),
                                  pager.device());
        if (painter) {
            pdf::drawVerdict(painter, QRectF(0, pager.y(), iconSize, iconSize), headline);
            painter->setPen(verdictColor(headline));
            verdict.draw(painter, QPointF(iconSize + pt(10), pager.y() + (iconSize - verdict.height()) / 2));
        }
        pager.advance(qMax(iconSize, verdict.height()) + pt(6));
        QString explanation;
        switch (summary.readiness) {
        case Readiness::Ready:
            explanation = PdfReportText::tr("Every MUST flow was proven reachable from this site's network.");
            break;
        case Readiness::ReadyWithWarnings:
            explanation =
                PdfReportText::tr("No MUST flow failed, but some checks need attention: see the warnings below.");
            break;
        case Readiness::NotReady:
            explanation =
                PdfReportText::tr("%n MUST check(s) failed: the firewall change request below lists what to open.",
                                  nullptr, summary.mustFailures);
            break;
        }
        pager.paragraph(explanation, Pager::font(10));
        pager.paragraph(PdfReportText::tr("%1 pass, %2 fail, %3 warn, %4 info, %5 skipped, out of %6 checks.")
                            .arg(summary.pass)
                            .arg(summary.fail)
                            .arg(summary.warn)
                            .arg(summary.info)
                            .arg(summary.skipped)
                            .arg(report.checks.size()),
                        Pager::font(10));
    }

    pager.heading(PdfReportText::tr("Site and run"));
    pager.keyValues(
        {
            {PdfReportText::tr("Site"), report.site.name},
            {PdfReportText::tr("Operator"), report.site.operatorName},
            {PdfReportText::tr("Notes"), report.site.notes},
            {PdfReportText::tr("Gateway id"), report.site.gatewayId},
            {PdfReportText::tr("Started"), formatTime(report.startedAt)},
            {PdfReportText::tr("Duration"), PdfReportText::tr("%1 ms").arg(report.durationMs)},
            {PdfReportText::tr("Tool"), QStringLiteral("%1 %2").arg(report.toolName, report.toolVersion)},
            {PdfReportText::tr("Report SHA-256"), digest},
        },
        {PdfReportText::tr("Report SHA-256")});

    const QJsonObject &selection = report.selection;
    pager.heading(PdfReportText::tr("Selection"));
    const auto deployment = deploymentFromToken(selection.value(QStringLiteral("deployment")).toString());
    const auto transport = transportFromToken(selection.value(QStringLiteral("transport")).toString());
    QList<std::pair<QString, QString>> selectionRows;
    selectionRows << std::pair{PdfReportText::tr("Deployment"),
                               deployment ? displayName(*deployment) : selectionValue(selection, "deployment")};
    if (deployment == Deployment::SelfHosted) {
        selectionRows << std::pair{PdfReportText::tr("TPE"), selectionValue(selection, "tpe")};
        selectionRows << std::pair{PdfReportText::tr("TPE mode"),
                                   selection.value(QStringLiteral("high_availability")).toBool()
                                       ? PdfReportText::tr("high availability")
                                       : PdfReportText::tr("standalone")};
    } else {
        const QString name = selectionValue(selection, "platform_name");
        selectionRows << std::pair{PdfReportText::tr("Platform"),
                                   name.isEmpty()
                                       ? selectionValue(selection, "platform")
                                       : QStringLiteral("%1 (%2)").arg(name, selectionValue(selection, "platform"))};
    }
    selectionRows << std::pair{PdfReportText::tr("Transport"),
                               transport ? displayName(*transport) : selectionValue(selection, "transport")};
    if (!transport || isLrrTransport(*transport)) {
        const QString version = selectionValue(selection, "lrr_version");
        selectionRows << std::pair{PdfReportText::tr("LRR version"),
                                   version.isEmpty() ? PdfReportText::tr("current") : version};
    }
    selectionRows << std::pair{PdfReportText::tr("NTP servers"), selectionValue(selection, "ntp_servers")};
    selectionRows << std::pair{PdfReportText::tr("DNS servers"), selectionValue(selection, "dns_servers")};
    pager.keyValues(selectionRows);

    pager.heading(PdfReportText::tr("Checks"));
    QList<Row> rows;
    for (const CheckRecord &check : report.checks) {
        Row row;
        row.cells << check.flowId
                  << (check.requirement == Requirement::Must ? PdfReportText::tr("MUST")
                                                             : PdfReportText::tr("OPTIONAL"))
                  << toToken(check.protocol).toUpper()
                  << (check.host.isEmpty() ? PdfReportText::tr("(local network)") : check.host) << check.result.address
                  << portLabel(check) << verdictText(check.result.verdict) << toToken(check.result.reason)
                  << (check.result.latencyMs >= 0 ? PdfReportText::tr("%1 ms").arg(check.result.latencyMs) : QString());
        row.verdict = check.result.verdict;
        rows << row;
    }
    pager.table({{PdfReportText::tr("Flow"), 0.8},
                 {PdfReportText::tr("Req."), 1.55},
                 {PdfReportText::tr("Protocol"), 1.55},
                 {PdfReportText::tr("Host"), 3.0},
                 {PdfReportText::tr("Address"), 2.0},
                 {PdfReportText::tr("Port"), 1.25},
                 {PdfReportText::tr("Verdict"), 1.55, true, verdictTexts()},
                 {PdfReportText::tr("Reason"), 2.1},
                 {PdfReportText::tr("Latency"), 1.4}},
                rows);

    const pdf::VerdictWords verdicts{verdictText, verdictTexts()};
    pdf::layOutGatewaySection(pager, report, verdicts);
    if (report.comparison)
        pdf::layOutComparisonSection(pager, *report.comparison, verdicts);

    pager.heading(PdfReportText::tr("Firewall change request"));
    const ChangeRequest request = changeRequest(report);
    if (request.isEmpty()) {
        pager.paragraph(PdfReportText::tr("No change is needed: every flow that was tested got through."),
                        Pager::font(9.5));
    } else if (request.rules.isEmpty()) {
        pager.paragraph(PdfReportText::tr("No firewall rule is missing, but the following needs attention."),
                        Pager::font(9.5));
    }
    // One table per action, numbered on across them, each under the sentence IT's ticket would carry. The source IT
    // can type into a rule is in the heading: the network the laptop was on, when it is known (and not redacted).
    const QString network = laptopNetwork(report.environment);
    int number = 0;
    for (const ChangeAction action : kChangeActions) {
        const QList<FirewallRule> group = request.rulesFor(action);
        if (group.isEmpty())
            continue;
        QList<Row> rules;
        for (const FirewallRule &rule : group) {
            Row row;
            row.cells << QString::number(++number)
                      << (rule.host.isEmpty() ? PdfReportText::tr("(local network)") : rule.host)
                      << rule.addresses.join(u' ') << changeRuleService(rule)
                      << (rule.direction == Direction::Bidirectional ? PdfReportText::tr("both ways")
                                                                     : PdfReportText::tr("outbound"))
                      << rule.flowIds.join(QStringLiteral(", "))
                      << (rule.requirement == Requirement::Must ? PdfReportText::tr("MUST")
                                                                : PdfReportText::tr("OPTIONAL"))
                      << rule.reasons.join(QStringLiteral(", "));
            rules << row;
        }
        pager.paragraph(changeGroupHeading(action, network, report.environment.dnsServers), Pager::font(9.5));
        pager.table({{PdfReportText::tr("#"), 0.45},
                     {PdfReportText::tr("Destination"), 3.2},
                     {PdfReportText::tr("Addresses"), 2.6},
                     {PdfReportText::tr("Protocol/port"), 2.3},
                     {PdfReportText::tr("Direction"), 1.35},
                     {PdfReportText::tr("Flow"), 0.8},
                     {PdfReportText::tr("Req."), 1.45},
                     {PdfReportText::tr("Found"), 1.6}},
                    rules);
    }
    for (const QString &action : std::as_const(request.actions))
        pager.paragraph(QStringLiteral("\u2022 ") + action, Pager::font(9), pt(6));

    pager.heading(PdfReportText::tr("Uplink quality"));
    const UplinkQuality uplink = uplinkQuality(report);
    if (uplink.hosts.isEmpty()) {
        pager.paragraph(PdfReportText::tr("No ICMP check got an answer: nothing is known of the uplink's loss, round "
                                          "trip and path MTU."),
                        Pager::font(9.5));
    } else {
        const auto ms = [](double value) { return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', 1); };
        QList<Row> hosts;
        for (const UplinkHost &host : uplink.hosts) {
            Row row;
            row.cells << host.host << host.address
                      << PdfReportText::tr("%1 of %2").arg(host.echoesReceived).arg(host.echoesSent)
                      << PdfReportText::tr("%1 %").arg(host.lossPercent)
                      << QStringLiteral("%1 / %2 / %3").arg(ms(host.rttMinMs), ms(host.rttAvgMs), ms(host.rttMaxMs))
                      << ms(host.jitterMs)
                      << (host.pathMtu > 0 ? (host.blackHole ? PdfReportText::tr("%1 (black hole)").arg(host.pathMtu)
                                                             : QString::number(host.pathMtu))
                                           : PdfReportText::tr("not measured"));
            row.verdict = host.warnings.isEmpty() ? Verdict::Pass : Verdict::Warn;
            hosts << row;
        }
        pager.table({{PdfReportText::tr("Host"), 3.2},
                     {PdfReportText::tr("Address"), 2.2},
                     {PdfReportText::tr("Replies"), 1.3},
                     {PdfReportText::tr("Loss"), 1.0},
                     {PdfReportText::tr("Round trip ms (min / avg / max)"), 3.0},
                     {PdfReportText::tr("Jitter ms"), 1.3},
                     {PdfReportText::tr("Path MTU"), 1.9}},
                    hosts);
        for (const UplinkHost &host : uplink.hosts) {
            for (const QString &warning : host.warnings)
                pager.paragraph(QStringLiteral("\u2022 ") + warning, Pager::font(9), pt(6));
        }
        if (!uplink.poor())
            pager.paragraph(PdfReportText::tr("Nothing here is poor enough to hurt the base station's link (warnings "
                                              "from %1 % loss, %2 ms average round trip, %3 ms jitter, a path-MTU "
                                              "black hole, or a path MTU under 1500 bytes for IPsec).")
                                .arg(UplinkQuality::kLossWarnPercent)
                                .arg(UplinkQuality::kRttWarnMs)
                                .arg(UplinkQuality::kJitterWarnMs),
                            Pager::font(9));
    }

    pager.heading(PdfReportText::tr("What this test can and cannot prove"));
    pager.paragraph(PdfReportText::tr(
                        "The checks ran from a laptop on the gateway's LAN. They prove what this network lets through "
                        "for that laptop. The gateway may still be treated differently: by its own address or MAC "
                        "address (port security, 802.1X, firewall rules per host), by another VLAN, by another NAT or "
                        "route, by its own DNS and clock. ESP (IP protocol 50) cannot be tested without the gateway's "
                        "credentials. Run the test on the gateway's own cable or VLAN for the closest result."),
                    Pager::font(9.5));

    pager.heading(PdfReportText::tr("Environment"));
    const Environment &env = report.environment;
    QList<std::pair<QString, QString>> envRows;
    envRows << std::pair{PdfReportText::tr("Operating system"), env.os};
    for (const InterfaceInfo &iface : env.interfaces) {
        QString text = QStringLiteral("%1 (%2%3): %4")
                           .arg(iface.name, iface.kind, iface.up ? QString() : PdfReportText::tr(", down"),
                                iface.addresses.join(QStringLiteral(", ")));
        if (iface.defaultRoute)
            text += u' ' + PdfReportText::tr("[default route]");
        envRows << std::pair{PdfReportText::tr("Interface"), text};
    }
    envRows << std::pair{PdfReportText::tr("Default gateway"),
                         env.defaultGatewaysUnavailable()
                             ? PdfReportText::tr("not available on this system")
                             : (env.defaultGateways.isEmpty() ? PdfReportText::tr("none found")
                                                              : env.defaultGateways.join(QStringLiteral(", ")))};
    envRows << std::pair{PdfReportText::tr("DNS servers"), env.dnsServers.join(QStringLiteral(", "))};
    envRows << std::pair{PdfReportText::tr("Proxy"), env.proxy};
    envRows << std::pair{PdfReportText::tr("Clock offset"),
                         env.clockOffsetMs
                             ? PdfReportText::tr("%1 ms (against %2)").arg(*env.clockOffsetMs).arg(env.clockSource)
                             : PdfReportText::tr("not measured")};
    envRows << std::pair{PdfReportText::tr("DHCP"), env.dhcp};
    pager.keyValues(envRows);

    pager.heading(PdfReportText::tr("Evidence"));
    for (const CheckRecord &check : report.checks) {
        const QString title =
            QStringLiteral("%1  %2 %3  \u2014  %4 (%5)")
                .arg(check.flowId, check.host.isEmpty() ? PdfReportText::tr("(local network)") : check.host,
                     portLabel(check), verdictText(check.result.verdict), toToken(check.result.reason));
        const WrappedText titleText(title, Pager::font(9, true), pager.width(), pager.device());
        pager.ensure(titleText.height() + pt(30));
        if (painter) {
            painter->setPen(verdictColor(check.result.verdict));
            titleText.draw(painter, QPointF(0, pager.y()));
        }
        pager.advance(titleText.height() + pt(2));
        pager.paragraph(check.result.detail, Pager::font(8.5), pt(8));
        if (!check.result.remediation.isEmpty())
            pager.paragraph(PdfReportText::tr("To do: %1").arg(check.result.remediation), Pager::font(8.5), pt(8));
        QStringList lines;
        flatten(check.result.evidence, QString(), &lines);
        if (lines.size() >= kMaxEvidenceLines)
            lines << PdfReportText::tr("(more evidence in the JSON report)");
        const QFont mono = Pager::monoFont(7.5);
        for (const QString &line : std::as_const(lines))
            pager.paragraph(line, mono, pt(8), kMuted);
        pager.advance(pt(4));
    }

    pager.heading(PdfReportText::tr("Integrity"));
    pager.paragraph(PdfReportText::tr("SHA-256 of the JSON report saved with this PDF:"), Pager::font(9));
    pager.paragraph(digest, Pager::monoFont(8));
    pager.paragraph(
        PdfReportText::tr("Compute it with 'sha256sum FILE.json' (or 'certutil -hashfile FILE.json SHA256' on Windows) "
                          "to check that both describe the same run."),
        Pager::font(9));
}

} // namespace

QPageSize defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QString reportDigest(const QByteArray &reportJson)
{
    return QString::fromLatin1(QCryptographicHash::hash(reportJson, QCryptographicHash::Sha256).toHex());
}

QString renderPdfReport(const Report &report, const QByteArray &reportJson, QIODevice *device,
                        const PdfOptions &options)
{
    const QString digest = reportDigest(reportJson);
    QPdfWriter writer(device);
    writer.setResolution(pdf::kDpi);
    writer.setCreator(QStringLiteral("tpready %1").arg(report.toolVersion));
    writer.setTitle(PdfReportText::tr("ThingPark readiness report: %1")
                        .arg(report.site.name.isEmpty() ? PdfReportText::tr("unnamed site") : report.site.name));
    // The paper is the reader's region's (the system locale), whatever language the report is written in.
    writer.setPageLayout(QPageLayout(options.pageSize.value_or(defaultPageSize(QLocale::system())),
                                     QPageLayout::Portrait, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));

    pdf::PageFrame frame;
    frame.headerLeft = QStringLiteral("%1 \u2014 %2")
                           .arg(report.site.name.isEmpty() ? PdfReportText::tr("unnamed site") : report.site.name,
                                formatTime(report.startedAt));
    frame.headerRight = PdfReportText::tr("ThingPark readiness report");
    frame.footerLeft = QStringLiteral("tpready %1 \u2014 SHA-256 %2\u2026").arg(report.toolVersion, digest.left(16));
    frame.pageNumber = PdfReportText::tr("page %1 of %2");
    // First pass: count the pages. Second: paint them, now that "page X of Y" is known.
    Pager counter(&writer, nullptr, frame, 0);
    layOut(counter, report, digest);
    const int pages = counter.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return PdfReportText::tr("the PDF could not be started");
    Pager pager(&writer, &painter, frame, pages);
    layOut(pager, report, digest);
    painter.end();
    if (pager.pageCount() != pages)
        return PdfReportText::tr("the PDF layout was not stable (%1 pages, then %2)").arg(pages).arg(pager.pageCount());
    return {};
}

QString writePdfReport(const Report &report, const QByteArray &reportJson, const QString &path,
                       const PdfOptions &options)
{
    if (QFileInfo(path).isDir())
        return PdfReportText::tr("cannot write %1: it is a directory").arg(path);
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const QString problem = renderPdfReport(report, reportJson, &pdf, options);
    if (!problem.isEmpty())
        return PdfReportText::tr("cannot write %1: %2").arg(path, problem);
    // Whole or not at all, never over a device: the one writer of report files.
    return writeAtomically(path, pdf.data());
}

} // namespace tpready
