// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QStringList>

namespace tpready::cli {

struct Globals;

/// `tpready check`: runs the plan's probes and reports (DESIGN.md command-line contract).
int runCheck(const QStringList &args, const Globals &globals);
QString checkHelp();

/// Checks before a run that @p path can be written: not a directory, an existing writable directory, a writable
/// file if it exists. Returns an error sentence naming @p option, or an empty string.
QString checkOutputPath(const QString &path, const QString &option);

} // namespace tpready::cli
