// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QDateTime>
#include <QList>

#include "core/env/environment.h"
#include "core/report/report.h"

namespace tpready {

struct CheckRun;
struct Plan;

/// One check of a run as a report holds it, with the remediation sentence filled in (remediationFor(), when the
/// probe gave none).
CheckRecord makeCheckRecord(const Plan &plan, const CheckRun &run);

/// Builds the report of a run: the proxy conclusion drawn with @p environment (applyProxyConclusion(), which needs
/// the laptop's snapshot, known only once the probes are done), then one record per check, in plan order. The
/// checks themselves are left as they are, so a later report of the same run draws it afresh.
Report makeReport(const Plan &plan, const QList<CheckRun> &checks, const SiteInfo &site, const Environment &environment,
                  const QDateTime &startedAt, const QDateTime &finishedAt, qint64 durationMs);

} // namespace tpready
