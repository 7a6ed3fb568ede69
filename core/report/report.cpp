// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

#include "core/report/changerequest.h"
#include "core/report/uplink.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

constexpr qint64 kMaxReportSize = 32 * 1024 * 1024;

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString portText(const CheckRecord &check)
{
    switch (check.transport) {
    case IpTransport::Tcp:
        return QStringLiteral("TCP %1").arg(check.port);
    case IpTransport::Udp:
        return check.port ? QStringLiteral("UDP %1").arg(check.port) : QStringLiteral("UDP");
    case IpTransport::Icmp:
        return QStringLiteral("ICMP echo");
    case IpTransport::Ip:
        return QStringLiteral("IP protocol 50 (ESP)");
    }
    return {};
}

QString destination(const CheckRecord &check)
{
    if (check.host.isEmpty())
        return ReportText::tr("the local network");
    if (check.address.isEmpty() || check.address == check.host)
        return check.host;
    return QStringLiteral("%1 (%2)").arg(check.host, check.address);
}

/// Reads one report key; remembers the first problem.
class JsonReader
{
public:
    QString error;

    QJsonValue need(const QJsonObject &object, const QString &path, const QString &key, QJsonValue::Type type)
    {
        const QJsonValue value = object.value(key);
        if (error.isEmpty() && value.type() != type)
            error = value.isUndefined() ? ReportText::tr("report key %1%2 is missing").arg(path, key)
                                        : ReportText::tr("report key %1%2 has the wrong type").arg(path, key);
        return value;
    }
    QString string(const QJsonObject &object, const QString &path, const QString &key)
    {
        return need(object, path, key, QJsonValue::String).toString();
    }
    /// A whole number from @p min to @p max. Absent or null: nullopt, an error when @p required. Checked before
    /// any conversion: a double such as 1e300 has no integer value (converting it would be undefined behaviour).
    std::optional<qint64> integer(const QJsonObject &object, const QString &path, const QString &key, qint64 min,
                                  qint64 max, bool required)
    {
        const QJsonValue value = object.value(key);
        if (!error.isEmpty())
            return std::nullopt;
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error = ReportText::tr("report key %1%2 is missing").arg(path, key);
            return std::nullopt;
        }
        if (!value.isDouble()) {
            error = ReportText::tr("report key %1%2 has the wrong type").arg(path, key);
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < static_cast<double>(min) || number > static_cast<double>(max) ||
            std::trunc(number) != number) {
            error = ReportText::tr("report key %1%2 is out of range").arg(path, key);
            return std::nullopt;
        }
        return static_cast<qint64>(number);
    }
};

/// The largest duration or offset a report may hold, in milliseconds: 2^53, where doubles stop being exact.
constexpr qint64 kMaxReportMs = qint64(1) << 53;

} // namespace

void Summary::add(Requirement requirement, Verdict verdict)
{
    const bool must = requirement == Requirement::Must;
    Readiness atLeast = Readiness::Ready;
    switch (verdict) {
    case Verdict::Pass:
        ++pass;
        break;
    case Verdict::Fail:
        ++fail;
        if (must) {
            ++mustFailures;
            mustFailed = true;
        }
        atLeast = must ? Readiness::NotReady : Readiness::ReadyWithWarnings;
        break;
    case Verdict::Warn:
        ++warn;
        atLeast = Readiness::ReadyWithWarnings;
        break;
    case Verdict::Info:
        ++info;
        break;
    case Verdict::Skipped:
        ++skipped;
        if (must) { // not proven: never "ready"
            mustFailed = true;
            atLeast = Readiness::ReadyWithWarnings;
        }
        break;
    }
    readiness = std::max(readiness, atLeast);
}

Summary Report::summary() const
{
    Summary s;
    for (const CheckRecord &check : checks)
        s.add(check.requirement, effectiveVerdict(check, gateway));
    return s;
}

Summary Report::laptopSummary() const
{
    Summary s;
    for (const CheckRecord &check : checks)
        s.add(check.requirement, check.result.verdict);
    return s;
}

QStringList selectionDnsServers(const QJsonObject &selection)
{
    QStringList servers;
    for (const QJsonValue &value : selection.value(QStringLiteral("dns_servers")).toArray())
        servers << value.toString();
    return servers;
}

QJsonObject summaryToJson(const Summary &summary)
{
    return QJsonObject{{QStringLiteral("verdict"), toToken(summary.readiness)},
                       {QStringLiteral("pass"), summary.pass},
                       {QStringLiteral("fail"), summary.fail},
                       {QStringLiteral("warn"), summary.warn},
                       {QStringLiteral("info"), summary.info},
                       {QStringLiteral("skipped"), summary.skipped}};
}

QJsonObject reportToJson(const Report &report)
{
    const Summary summary = report.summary();
    QJsonArray checks;
    for (const CheckRecord &check : report.checks) {
        QJsonObject object;
        object.insert(QStringLiteral("flow"), check.flowId);
        object.insert(QStringLiteral("requirement"), toToken(check.requirement));
        object.insert(QStringLiteral("protocol"), toToken(check.protocol));
        object.insert(QStringLiteral("direction"), toToken(check.direction));
        object.insert(QStringLiteral("to"), check.toSystem);
        object.insert(QStringLiteral("host"), check.host.isEmpty() ? QJsonValue() : QJsonValue(check.host));
        object.insert(QStringLiteral("address"),
                      check.result.address.isEmpty() ? QJsonValue() : QJsonValue(check.result.address));
        object.insert(QStringLiteral("port"), check.port ? QJsonValue(check.port) : QJsonValue());
        object.insert(QStringLiteral("transport"), toToken(check.transport));
        if (check.transport == IpTransport::Ip)
            object.insert(QStringLiteral("ip_protocol"), 50);
        object.insert(QStringLiteral("verdict"), toToken(check.result.verdict));
        object.insert(QStringLiteral("reason"), toToken(check.result.reason));
        object.insert(QStringLiteral("latency_ms"),
                      check.result.latencyMs >= 0 ? QJsonValue(check.result.latencyMs) : QJsonValue());
        object.insert(QStringLiteral("detail"), check.result.detail);
        object.insert(QStringLiteral("remediation"), check.result.remediation);
        object.insert(QStringLiteral("evidence"), check.result.evidence);
        checks.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QString::fromUtf16(kReportSchema));
    root.insert(QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), report.toolName},
                                                    {QStringLiteral("version"), report.toolVersion}});
    root.insert(QStringLiteral("started_at"), isoUtc(report.startedAt));
    root.insert(QStringLiteral("finished_at"), isoUtc(report.finishedAt));
    root.insert(QStringLiteral("duration_ms"), report.durationMs);
    root.insert(QStringLiteral("selection"), report.selection);
    root.insert(QStringLiteral("site"), QJsonObject{{QStringLiteral("name"), report.site.name},
                                                    {QStringLiteral("operator"), report.site.operatorName},
                                                    {QStringLiteral("notes"), report.site.notes},
                                                    {QStringLiteral("gateway_id"), report.site.gatewayId}});
    root.insert(QStringLiteral("environment"), report.environment.toJson());
    root.insert(QStringLiteral("summary"), summaryToJson(summary));
    root.insert(QStringLiteral("checks"), checks);
    // What to ask IT, grouped by action: derived from the checks (reportFromJson() recomputes it).
    root.insert(QStringLiteral("change_request"), changeRequestToJson(report));
    // The uplink's loss, round trip, jitter and path MTU, from the ICMP checks: derived too.
    root.insert(QStringLiteral("uplink"), uplinkToJson(uplinkQuality(report)));
    // The base station's own results, when they were merged: the summary above counts them where they exist.
    if (report.gateway)
        root.insert(QStringLiteral("gateway"),
                    gatewayViewToJson(*report.gateway, report.checks, selectionDnsServers(report.selection)));
    if (report.comparison)
        root.insert(QStringLiteral("comparison"), comparisonToJson(*report.comparison));
    return root;
}

QByteArray reportToBytes(const Report &report)
{
    return QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
}

std::optional<Report> reportFromJson(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxReportSize) {
        *error = ReportText::tr("the report is larger than %1 MiB").arg(kMaxReportSize / (1024 * 1024));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? ReportText::tr("the report is not valid JSON (offset %1: %2)")
                           .arg(parseError.offset)
                           .arg(parseError.errorString())
                     : ReportText::tr("the report is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    JsonReader reader;
    const QString schema = reader.string(root, QString(), QStringLiteral("schema"));
    if (reader.error.isEmpty() && schema != QString::fromUtf16(kReportSchema))
        reader.error = ReportText::tr("the report's schema is '%1', not %2")
                           .arg(schema.left(60), QString::fromUtf16(kReportSchema));

    Report report;
    const QJsonObject tool = reader.need(root, QString(), QStringLiteral("tool"), QJsonValue::Object).toObject();
    report.toolName = reader.string(tool, QStringLiteral("tool."), QStringLiteral("name"));
    report.toolVersion = reader.string(tool, QStringLiteral("tool."), QStringLiteral("version"));
    report.startedAt =
        QDateTime::fromString(reader.string(root, QString(), QStringLiteral("started_at")), Qt::ISODateWithMs);
    report.finishedAt =
        QDateTime::fromString(reader.string(root, QString(), QStringLiteral("finished_at")), Qt::ISODateWithMs);
    if (reader.error.isEmpty() && (!report.startedAt.isValid() || !report.finishedAt.isValid()))
        reader.error = ReportText::tr("report key started_at or finished_at is not an ISO 8601 date");
    report.durationMs =
        reader.integer(root, QString(), QStringLiteral("duration_ms"), 0, kMaxReportMs, true).value_or(0);
    report.selection = reader.need(root, QString(), QStringLiteral("selection"), QJsonValue::Object).toObject();
    const QJsonObject site = reader.need(root, QString(), QStringLiteral("site"), QJsonValue::Object).toObject();
    report.site.name = site.value(QStringLiteral("name")).toString();
    report.site.operatorName = site.value(QStringLiteral("operator")).toString();
    report.site.notes = site.value(QStringLiteral("notes")).toString();
    report.site.gatewayId = site.value(QStringLiteral("gateway_id")).toString();
    const QJsonObject environment =
        reader.need(root, QString(), QStringLiteral("environment"), QJsonValue::Object).toObject();
    reader.integer(environment, QStringLiteral("environment."), QStringLiteral("clock_offset_ms"), -kMaxReportMs,
                   kMaxReportMs, false);
    report.environment = Environment::fromJson(environment);
    const QJsonArray checks = reader.need(root, QString(), QStringLiteral("checks"), QJsonValue::Array).toArray();
    for (qsizetype i = 0; i < checks.size() && reader.error.isEmpty(); ++i) {
        const QString path = QStringLiteral("checks[%1].").arg(i);
        const QJsonObject object = checks.at(i).toObject();
        CheckRecord record;
        record.flowId = reader.string(object, path, QStringLiteral("flow"));
        const auto requirement = reader.string(object, path, QStringLiteral("requirement"));
        const auto protocol = protocolFromToken(reader.string(object, path, QStringLiteral("protocol")));
        const auto transport = ipTransportFromToken(reader.string(object, path, QStringLiteral("transport")));
        const auto verdict = verdictFromToken(reader.string(object, path, QStringLiteral("verdict")));
        const auto reason = reasonFromToken(reader.string(object, path, QStringLiteral("reason")));
        if (!reader.error.isEmpty())
            break;
        if ((requirement != u"must" && requirement != u"optional") || !protocol || !transport || !verdict || !reason) {
            reader.error =
                ReportText::tr("report key %1 holds an unknown requirement, protocol, transport, verdict or reason")
                    .arg(path.chopped(1));
            break;
        }
        record.requirement = requirement == u"must" ? Requirement::Must : Requirement::Optional;
        record.protocol = *protocol;
        record.transport = *transport;
        record.direction = object.value(QStringLiteral("direction")).toString() == u"bidirectional"
                               ? Direction::Bidirectional
                               : Direction::Unidirectional;
        record.toSystem = object.value(QStringLiteral("to")).toString();
        record.host = object.value(QStringLiteral("host")).toString();
        record.port =
            static_cast<quint16>(reader.integer(object, path, QStringLiteral("port"), 0, 65535, false).value_or(0));
        record.result.verdict = *verdict;
        record.result.reason = *reason;
        record.result.address = object.value(QStringLiteral("address")).toString();
        record.address = record.result.address;
        record.result.latencyMs =
            reader.integer(object, path, QStringLiteral("latency_ms"), -1, kMaxReportMs, false).value_or(-1);
        if (!reader.error.isEmpty())
            break;
        record.result.detail = object.value(QStringLiteral("detail")).toString();
        record.result.remediation = object.value(QStringLiteral("remediation")).toString();
        record.result.evidence = object.value(QStringLiteral("evidence")).toObject();
        report.checks << record;
    }
    if (reader.error.isEmpty() && root.contains(QStringLiteral("gateway"))) {
        QString gatewayError;
        report.gateway = gatewayViewFromJson(root.value(QStringLiteral("gateway")).toObject(), &gatewayError);
        if (!report.gateway)
            reader.error = gatewayError;
    }
    if (reader.error.isEmpty() && root.contains(QStringLiteral("comparison"))) {
        QString comparisonError;
        report.comparison = comparisonFromJson(root.value(QStringLiteral("comparison")).toObject(), &comparisonError);
        if (!report.comparison)
            reader.error = comparisonError;
    }
    if (!reader.error.isEmpty()) {
        *error = reader.error;
        return std::nullopt;
    }
    return report;
}

QString remediationFor(const CheckRecord &check)
{
    const QString to = destination(check);
    const QString port = portText(check);
    switch (check.result.reason) {
    case Reason::Ok:
    case Reason::TlsClientCertRequired:
    case Reason::Cancelled:
        return {};
    case Reason::NotTestable:
        return check.result.remediation;
    case Reason::DnsFail:
        return ReportText::tr(
                   "Make sure the site's DNS resolver answers for %1 (and that the gateway may reach it on UDP and TCP "
                   "53).")
            .arg(check.host);
    case Reason::Timeout:
    case Reason::NoResponse:
        return ReportText::tr(
                   "Allow %1 from the gateway's LAN to %2, and its replies back: today the packets are silently "
                   "dropped.")
            .arg(port, to);
    case Reason::Refused:
        return ReportText::tr("Allow %1 from the gateway's LAN to %2: a firewall rejects it, or nothing listens there.")
            .arg(port, to);
    case Reason::Unreachable:
        return ReportText::tr("Give the gateway's LAN a route to %1: the network answers that it is unreachable.")
            .arg(to);
    case Reason::TlsUntrusted:
        return ReportText::tr(
                   "The certificate presented for %1 is not trusted: if a device in the path presents its own, exempt "
                   "this destination from TLS inspection.")
            .arg(to);
    case Reason::TlsIntercepted:
        return ReportText::tr(
                   "Exempt %1 (%2) from TLS/SSL inspection on the proxy or firewall: the base station only accepts "
                   "ThingPark's own certificate.")
            .arg(to, port);
    case Reason::WrongService:
        return ReportText::tr("Let %1 to %2 through unmodified: something other than the expected server answers it (a "
                              "transparent proxy, captive portal or port redirection).")
            .arg(port, to);
    case Reason::ConnectionCut:
        return ReportText::tr(
                   "Allow %1 to %2 as the application %3, not only as a port, from the gateway's LAN: the connection "
                   "opens, then something in the path (an application-aware firewall, an IPS or a proxy) cuts it "
                   "before the exchange completes.")
            .arg(port, to, QString::fromUtf16(traitsOf(check.protocol).application));
    case Reason::ConnectionStalled:
        return ReportText::tr(
                   "Allow %1 to %2 as the application %3, not only as a port, from the gateway's LAN: the connection "
                   "opens, then the exchange stops. An application-aware firewall, an IPS or a proxy holds it, or "
                   "the path drops large packets (ask for TCP MSS clamping if the uplink is PPPoE or a tunnel).")
            .arg(port, to, QString::fromUtf16(traitsOf(check.protocol).application));
    case Reason::ClockSkew:
        return ReportText::tr(
            "Set the laptop's clock right and make sure the gateway can reach its NTP server: certificates "
            "are checked against the clock.");
    case Reason::ProxyRequired:
        return ReportText::tr(
                   "Allow %1 from the gateway's LAN to %2 directly: the base station cannot use a web proxy.")
            .arg(port, to);
    case Reason::Error:
        return ReportText::tr("Run the check again; if it persists, send this report to support.");
    }
    return {};
}

} // namespace tpready
