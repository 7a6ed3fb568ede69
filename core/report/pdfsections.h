// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

#include "core/probes/proberesult.h"

namespace tpready {

struct Report;
struct Comparison;

namespace pdf {
class Pager;

/// The words the report's tables give verdicts ("PASS", "ÉCHEC"...), and all of them (to keep a column on one line).
struct VerdictWords
{
    std::function<QString(Verdict)> word;
    QStringList all;
};

/// "From the gateway": the base station's own results beside the laptop's, disagreements called out. Nothing when
/// the report holds none.
void layOutGatewaySection(Pager &pager, const Report &report, const VerdictWords &verdicts);
/// "Since the earlier report": newly failing, still failing, fixed, not checked in both.
void layOutComparisonSection(Pager &pager, const Comparison &comparison, const VerdictWords &verdicts);

} // namespace pdf
} // namespace tpready
