// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

#include "core/probes/proberesult.h"

namespace tpready {

/// The verdict of a whole run (the report's `summary.verdict`), from best to worst.
enum class Readiness
{
    Ready,             ///< every MUST check passed, nothing needs attention
    ReadyWithWarnings, ///< no MUST check failed, but an OPTIONAL one did, a check warned or a MUST check did not run
    NotReady,          ///< a MUST check failed
};

/// The stable token of the JSON report and of the command line ("ready", "ready-with-warnings", "not-ready").
QString toToken(Readiness value);
std::optional<Readiness> readinessFromToken(QStringView token);

/// The readiness in words, as the wizard shows it: "Ready", "Ready with warnings", "Not ready".
QString readinessLabel(Readiness readiness);
/// The readiness as the PDF report's headline, in capitals: "READY", "READY WITH WARNINGS", "NOT READY".
QString readinessHeadline(Readiness readiness);
/// The verdict whose icon shape (core/report/verdicticon.h) stands for a readiness: pass for ready, warn with
/// warnings, fail when not ready. The PDF and the wizard draw the same one.
Verdict readinessShape(Readiness readiness);

} // namespace tpready
