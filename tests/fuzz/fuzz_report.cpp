// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// A report JSON file given to `tpready report --from` (or opened later): it may come from anyone.
#include "tests/fuzz/fuzztarget.h"

#include "core/report/report.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(report)
{
    QString error;
    const auto report = reportFromJson(input, &error);
    if (!report) {
        TPREADY_FUZZ_ASSERT(!error.isEmpty());
        return;
    }
    report->summary();
    for (const CheckRecord &check : report->checks)
        remediationFor(check);
    // What was read is written back the same way, and reads again.
    const QByteArray written = reportToBytes(*report);
    QString again;
    const auto reread = reportFromJson(written, &again);
    TPREADY_FUZZ_ASSERT(reread.has_value());
    TPREADY_FUZZ_ASSERT(reportToBytes(*reread) == written);
    Report redacted = *report;
    redacted.environment.redact();
    reportToBytes(redacted);
}
