// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QStringList>

/// The headless command line (README.md "Command line"): `platforms`, `flows`, `--version`, `--help`.
namespace tpready::cli {

/// Exit status of every command (a contract: 0 ok, 1 a MUST flow failed, 2 bad usage or input, 3 internal error).
enum ExitCode
{
    ExitOk = 0,
    ExitMustFailed = 1,
    ExitUsage = 2,
    ExitInternal = 3,
};

/// True when @p arguments (without the program name) ask for a command rather than the wizard:
/// anything but nothing at all or `--lang LANG` alone.
bool isCommandLineInvocation(const QStringList &arguments);

/// The value of `--lang` in @p arguments (without the program name), or an empty string.
QString languageArgument(const QStringList &arguments);

/// Runs a command. @p arguments excludes the program name. Writes to stdout and stderr; returns the exit status.
int run(const QStringList &arguments);

} // namespace tpready::cli
