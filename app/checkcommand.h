// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>
#include <optional>

#include "core/catalog/plan.h"

namespace tpready::cli {

struct Globals;

/// What `tpready check` is asked to do, as its arguments say: checked for syntax and ranges, before any file is
/// read or any packet sent.
struct CheckOptions
{
    bool help = false;
    Selection selection;                  ///< not yet checked against the catalog (planFor() does)
    int timeoutMs = -1;                   ///< -1: the probes' default
    QStringList caFiles;                  ///< --ca, in order
    QHash<QString, QHostAddress> resolve; ///< --resolve, host names in lower case
    QString site;
    QString operatorName;
    QString jsonPath;          ///< --json FILE, or the JSON beside --pdf; empty: none
    bool jsonToStdout = false; ///< --json -
    QString pdfPath;           ///< empty: no PDF
    bool redact = false;
    bool quiet = false;
    QString gatewayResultsPath; ///< --gateway-results FILE: the gateway script's result block; empty: none
};

/// Parses and checks the arguments of `check` (without the command name). Pure: no output, no file, no network, so
/// that it can be fuzzed. Returns nullopt and one sentence in @p error on bad input.
std::optional<CheckOptions> parseCheckOptions(const QStringList &args, QString *error);

/// `tpready check`: runs the plan's probes and reports (the command-line contract of README.md and
/// docs/ARCHITECTURE.md).
int runCheck(const QStringList &args, const Globals &globals);
QString checkHelp();

/// Checks before a run that @p path can be written: not a directory, an existing writable directory, a writable
/// file if it exists. Returns an error sentence naming @p option, or an empty string.
QString checkOutputPath(const QString &path, const QString &option);

} // namespace tpready::cli
