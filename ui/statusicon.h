// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include "core/probes/proberesult.h"
#include "core/report/readiness.h"
#include "core/runner/runner.h"

class QPalette;

namespace tpready {

/// The colour of a verdict on @p palette: darker on light palettes, lighter on dark ones, so that the shapes keep
/// their contrast. Colour is never the only signal: each verdict has its own shape and word.
QColor verdictColor(Verdict verdict, const QPalette &palette);

/// The icon of a check: a distinct shape per verdict (the PDF report's, core/report/verdicticon.h), a dotted ring for
/// a check waiting its turn, an open arc for one running. Drawn at whatever size and scale it is asked for, in the
/// application palette of the moment (light or dark).
QIcon statusIcon(CheckRun::State state, Verdict verdict);

/// The word for a check's status: "Waiting", "Checking", "Pass", "Fail", "Warning", "Info", "Skipped".
QString statusWord(CheckRun::State state, Verdict verdict);

/// The icon of a whole run's readiness: the shape of readinessShape() (core/report/readiness.h), as the PDF draws it.
QIcon readinessIcon(Readiness readiness);

} // namespace tpready
