// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "reportbuilder.h"

#include "core/catalog/plan.h"
#include "core/catalog/planexport.h"
#include "core/runner/correlate.h"
#include "core/runner/runner.h"

namespace tpready {

CheckRecord makeCheckRecord(const Plan &plan, const CheckRun &run)
{
    const PlannedFlow &flow = plan.flows.at(run.flowIndex);
    CheckRecord record;
    record.flowId = flow.flow.id;
    record.requirement = flow.requirement;
    record.protocol = flow.flow.protocol;
    record.direction = flow.flow.direction;
    record.toSystem = flow.flow.toSystem;
    record.host = run.target.host;
    record.address = run.result.address;
    record.port = run.target.port;
    record.transport = run.target.transport;
    record.result = run.result;
    if (record.result.remediation.isEmpty())
        record.result.remediation = remediationFor(record);
    return record;
}

Report makeReport(const Plan &plan, const QList<CheckRun> &checks, const SiteInfo &site, const Environment &environment,
                  const QDateTime &startedAt, const QDateTime &finishedAt, qint64 durationMs)
{
    QList<CheckRun> concluded = checks;
    applyProxyConclusion(environment, &concluded);
    Report report;
    report.toolVersion = QStringLiteral(TPREADY_VERSION);
    report.startedAt = startedAt;
    report.finishedAt = finishedAt;
    report.durationMs = durationMs;
    report.selection = selectionToJson(plan);
    report.site = site;
    report.environment = environment;
    for (const CheckRun &run : std::as_const(concluded))
        report.checks << makeCheckRecord(plan, run);
    return report;
}

} // namespace tpready
