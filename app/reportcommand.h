// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QStringList>

namespace tpready::cli {

struct Globals;

/// `tpready report --from REPORT.json --pdf FILE`: re-renders a saved report (for instance in another language).
int runReport(const QStringList &args, const Globals &globals);
QString reportHelp();

} // namespace tpready::cli
