// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The command line: arguments separated by NUL bytes, parsed and checked as `tpready` does before it does anything.
// Option parsing and validation only: nothing here reads a file, runs a probe or touches the network.
#include "tests/fuzz/fuzztarget.h"

#include "app/checkcommand.h"
#include "app/cli.h"
#include "app/clicommon.h"
#include "core/catalog/catalog.h"
#include "core/catalog/plan.h"

using namespace tpready;
using namespace tpready::cli;

namespace {

const Catalog &builtInCatalog()
{
    static const Catalog catalog = [] {
        QString error;
        auto loaded = Catalog::loadBuiltIn(&error);
        TPREADY_FUZZ_ASSERT(loaded.has_value());
        return *loaded;
    }();
    return catalog;
}

void plan(const Selection &selection)
{
    QString error;
    const auto result = buildPlan(builtInCatalog(), selection, {QStringLiteral("192.0.2.53")}, &error);
    if (!result)
        TPREADY_FUZZ_ASSERT(!error.isEmpty());
}

} // namespace

TPREADY_FUZZ_TARGET(cli)
{
    QStringList args;
    for (const QByteArray &arg : input.split('\0'))
        args << QString::fromUtf8(arg);
    isCommandLineInvocation(args);
    languageArgument(args);
    Globals globals;
    if (!takeGlobals(&args, &globals).isEmpty() || args.isEmpty())
        return;
    const QString command = args.takeFirst();
    if (command == u"check") {
        QString error;
        const auto options = parseCheckOptions(args, &error);
        if (!options) {
            TPREADY_FUZZ_ASSERT(!error.isEmpty());
            return;
        }
        if (!options->help)
            plan(options->selection);
    } else if (command == u"flows") {
        QCommandLineParser parser;
        const SelectionOptions selection;
        selection.addTo(&parser);
        parser.addOption(QCommandLineOption(QStringLiteral("json")));
        if (!parseArguments(command, &parser, args).isEmpty())
            return;
        QString error;
        if (const auto chosen = selection.selection(parser, &error))
            plan(*chosen);
    }
}
