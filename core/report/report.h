// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

#include "core/catalog/vocabulary.h"
#include "core/env/environment.h"
#include "core/probes/proberesult.h"
#include "core/report/compare.h"
#include "core/report/gatewayview.h"
#include "core/report/readiness.h"

namespace tpready {

/// The schema name of a report JSON document.
inline constexpr char16_t kReportSchema[] = u"tpready-report/1";

/// Who ran the check, and where: the report's `site` object.
struct SiteInfo
{
    QString name;
    QString operatorName;
    QString notes;
    QString gatewayId; ///< the gateway's EUI or LRR id, when known
};

/// One check of a report: self-contained, so a report can be read and re-rendered without the catalog.
struct CheckRecord
{
    QString flowId;
    Requirement requirement = Requirement::Must;
    Protocol protocol = Protocol::Tls;
    Direction direction = Direction::Unidirectional;
    QString toSystem; ///< vendor wording: "SLRC"
    QString host;     ///< empty: host null
    QString address;
    quint16 port = 0; ///< 0: port null
    IpTransport transport = IpTransport::Tcp;
    ProbeResult result;
};

/// Counts and overall verdict of a report, or of a run still in progress.
struct Summary
{
    Readiness readiness = Readiness::Ready;
    int pass = 0;
    int fail = 0;
    int warn = 0;
    int info = 0;
    int skipped = 0;
    int mustFailures = 0;    ///< MUST checks that failed
    bool mustFailed = false; ///< a MUST check failed or did not run: `check` exits 1

    /// Counts one check and draws the readiness again: a failed MUST check makes the run not ready; a failed
    /// OPTIONAL check, a warning or a MUST check that did not run (not proven) make it ready with warnings.
    void add(Requirement requirement, Verdict verdict);
};

/// The `summary` object of a report: verdict and counts.
QJsonObject summaryToJson(const Summary &summary);

/// A run's report: the `tpready-report/1` document `check --json` writes.
struct Report
{
    QString toolName = QStringLiteral("tpready");
    QString toolVersion;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    QJsonObject selection;
    SiteInfo site;
    Environment environment;
    QList<CheckRecord> checks;
    std::optional<GatewayView> gateway;   ///< the base station's own results, merged (`--gateway-results`)
    std::optional<Comparison> comparison; ///< what changed since an earlier report, when one was compared

    /// The counts and verdict with the gateway's view where it tested a check (effectiveVerdict()).
    Summary summary() const;
    /// The counts and verdict of the laptop's checks alone.
    Summary laptopSummary() const;
};

/// The DNS servers a report's selection was checked with (selection.dns_servers).
QStringList selectionDnsServers(const QJsonObject &selection);

QJsonObject reportToJson(const Report &report);
/// The report as written to disk: indented UTF-8 JSON. Its SHA-256 ties a PDF to it.
QByteArray reportToBytes(const Report &report);
/// Reads a report; on failure returns nullopt and one sentence naming the key in @p error.
std::optional<Report> reportFromJson(const QByteArray &bytes, QString *error);

/// Masks what a report says about the laptop itself, for `check --redact`: the addresses and hardware addresses of
/// its interfaces, the local address of every probe ("local_address" in evidence), the addresses of its DHCP
/// leases, wherever they appear (environment, evidence, details) as "redacted". Loopback addresses stay (they say
/// nothing about the laptop). The site's own servers (gateways, resolvers, targets) stay: they are what support
/// needs.
void redactReport(Report *report);

/// The remediation sentence of a check: the probe's own, else one written from the reason.
QString remediationFor(const CheckRecord &check);

} // namespace tpready
