// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QStringList>

namespace tpready::cli {

struct Globals;

/// `tpready check`: runs the plan's probes and reports (DESIGN.md command-line contract).
int runCheck(const QStringList &args, const Globals &globals);
QString checkHelp();

} // namespace tpready::cli
