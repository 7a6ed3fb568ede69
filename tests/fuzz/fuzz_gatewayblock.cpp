// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The gateway script's result block, as pasted into the wizard or given with --gateway-results: whatever surrounds
// it, cut, changed or forged. A block that is read merges into a report of its own checks, which then compares.
#include "tests/fuzz/fuzztarget.h"

#include <QTimeZone>

#include "core/gateway/gatewayblock.h"
#include "core/gateway/gatewayscript.h"
#include "core/report/compare.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(gatewayblock)
{
    QString error;
    const auto view = parseGatewayBlock(input, &error);
    TPREADY_FUZZ_ASSERT(view.has_value() == error.isEmpty());
    if (!view)
        return;
    TPREADY_FUZZ_ASSERT(view->rows.size() <= input.count('\n') + 1);
    // A report whose checks are the block's own rows: the merge must hold when the digest is the plan's.
    Report report;
    report.startedAt = QDateTime::fromSecsSinceEpoch(1796600000, QTimeZone::utc());
    report.finishedAt = report.startedAt;
    QStringList keys;
    for (const GatewayRow &row : view->rows) {
        const QStringList parts = row.key.split(u' ');
        TPREADY_FUZZ_ASSERT(parts.size() == 5);
        CheckRecord check;
        check.flowId = parts.at(0);
        const auto protocol = protocolFromToken(parts.at(1));
        const auto transport = ipTransportFromToken(parts.at(3));
        if (!protocol || !transport)
            return; // a key the script never writes: merging refuses it below
        check.protocol = *protocol;
        check.transport = *transport;
        check.host = parts.at(2) == u"-" ? QString() : parts.at(2);
        bool ok = false;
        check.port = parts.at(4) == u"-" ? 0 : static_cast<quint16>(parts.at(4).toUInt(&ok));
        if (gatewayCheckKey(check) != row.key)
            return;
        keys << row.key;
        report.checks << check;
    }
    const QString problem = mergeGatewayView(&report, *view);
    TPREADY_FUZZ_ASSERT(problem.isEmpty() == (view->plan == gatewayPlanDigest(keys)));
    TPREADY_FUZZ_ASSERT(report.gateway.has_value() == problem.isEmpty());
    const Summary merged = report.summary();
    TPREADY_FUZZ_ASSERT(merged.pass + merged.fail + merged.warn + merged.info + merged.skipped == report.checks.size());
    const Comparison comparison = compareReports(Report(), report);
    TPREADY_FUZZ_ASSERT(comparison.notInBoth.size() == report.checks.size());
    // What is merged reads back the same.
    const auto back = reportFromJson(reportToBytes(report), &error);
    TPREADY_FUZZ_ASSERT(back.has_value());
    TPREADY_FUZZ_ASSERT(reportToBytes(*back) == reportToBytes(report));
}
