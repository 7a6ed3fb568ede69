// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <optional>

#include "core/catalog/catalog.h"
#include "core/catalog/plan.h"
#include "core/report/gatewayview.h"
#include "core/report/report.h"

/// Plumbing shared by the sub-commands of the command line.
namespace tpready::cli {

/// The translation context of the command line's sentences: CliText::tr("...") (see CONTRIBUTING.md, "Translations").
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

/// Standard output and error as UTF-8 text streams.
QTextStream &out();
QTextStream &err();

/// A usage error: one line on stderr ("tpready COMMAND: message"), returns exit status 2.
int usageError(const QString &command, const QString &message);

/// Global options, taken out of the arguments before the command is parsed.
struct Globals
{
    QString language;
    QString catalogDirectory;
    bool help = false;
    bool version = false;
};

/// Removes `--lang X`, `--catalog X` (also `--opt=X`) from @p args. Returns an error sentence or an empty string.
QString takeGlobals(QStringList *args, Globals *globals);
/// The built-in catalog, or the one `--catalog` names. On failure prints the reason and sets *exitCode.
std::optional<Catalog> loadCatalog(const Globals &globals, int *exitCode);
/// Parses a command's options; on error prints one line and returns false with *exitCode set.
bool parseCommand(const QString &command, QCommandLineParser *parser, const QStringList &args, int *exitCode);
/// parseCommand() without output: returns the error sentence, or an empty string.
QString parseArguments(const QString &command, QCommandLineParser *parser, const QStringList &args);
/// The single value of an option that may be given once only.
bool singleValue(const QString &command, const QCommandLineParser &parser, const QString &name, QString *value,
                 int *exitCode);
/// singleValue() without output: returns the error sentence, or an empty string.
QString singleValueOf(const QCommandLineParser &parser, const QString &name, QString *value);
/// @p text cut to @p maxChars characters (with an ellipsis): what an error message quotes of a user's value.
QString shortened(const QString &text, int maxChars = 80);
/// Prints an indented JSON document on stdout.
int writeJson(const QJsonObject &object);

/// The options that make a selection, shared by `flows` and `check`.
struct SelectionOptions
{
    QCommandLineOption deployment{QStringLiteral("deployment"), QString(), QStringLiteral("D")};
    QCommandLineOption transport{QStringLiteral("transport"), QString(), QStringLiteral("T")};
    QCommandLineOption platform{QStringLiteral("platform"), QString(), QStringLiteral("P")};
    QCommandLineOption tpe{QStringLiteral("tpe"), QString(), QStringLiteral("HOST")};
    QCommandLineOption lrrVersion{QStringLiteral("lrr-version"), QString(), QStringLiteral("X.Y")};
    QCommandLineOption ntp{QStringLiteral("ntp"), QString(), QStringLiteral("HOST")};
    QCommandLineOption dns{QStringLiteral("dns"), QString(), QStringLiteral("IP")};

    void addTo(QCommandLineParser *parser) const
    {
        parser->addOptions({deployment, transport, platform, tpe, lrrVersion, ntp, dns});
    }

    /// The selection the options describe, checked for syntax only (no catalog, no file, no network). Returns
    /// nullopt and one sentence in @p error on bad input.
    std::optional<Selection> selection(const QCommandLineParser &parser, QString *error) const;
    /// Builds the plan the options describe; prints the reason and returns nullopt on bad input.
    std::optional<Plan> plan(const QString &command, const QCommandLineParser &parser, const Globals &globals,
                             int *exitCode) const;
};

/// Reads a JSON report file for @p option ("--from", "OLD.json"): nullopt, after one line on stderr and *exitCode set,
/// when it is missing, too large or not a report. @p bytes receives the file's bytes when not null.
std::optional<Report> readReportFile(const QString &command, const QString &option, const QString &path, int *exitCode,
                                     QByteArray *bytes = nullptr);
/// Reads and validates the gateway script's result block in @p path (`--gateway-results`): nullopt, after one line on
/// stderr and *exitCode set, when the file is missing or the block is absent, cut short or changed.
std::optional<GatewayView> readGatewayResults(const QString &command, const QString &path, int *exitCode);

/// The plan of @p selection with the catalog of @p globals; prints the reason and returns nullopt on bad input.
std::optional<Plan> planFor(const QString &command, const Selection &selection, const Globals &globals, int *exitCode);

} // namespace tpready::cli
