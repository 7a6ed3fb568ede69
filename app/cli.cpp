// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

#include "app/checkcommand.h"
#include "app/clicommon.h"
#include "app/reportcommand.h"
#include "core/catalog/catalog.h"
#include "core/catalog/hostnames.h"
#include "core/catalog/plan.h"
#include "core/catalog/planexport.h"
#include "core/env/dnsconfig.h"
#include "core/gateway/gatewayscript.h"
#include "core/report/compare.h"

namespace tpready::cli {
namespace {

QString generalHelp()
{
    return CliText::tr("tpready %1: can this site's network reach Actility ThingPark?\n"
                       "\n"
                       "Usage:\n"
                       "  tpready                     open the wizard\n"
                       "  tpready platforms [--json]  list the SaaS platforms and their hosts\n"
                       "  tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]\n"
                       "                [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]\n"
                       "                              list the flows the site must allow, without running them\n"
                       "  tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]] [options]\n"
                       "                              run the checks from this laptop (see 'tpready check --help')\n"
                       "  tpready report --from REPORT.json --pdf FILE [--gateway-results FILE --json FILE]\n"
                       "                              render a saved report as PDF\n"
                       "  tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]\n"
                       "                              a shell script that runs the checks on the base station\n"
                       "  tpready compare OLD.json NEW.json [--json]\n"
                       "                              what was fixed, still fails or newly fails between reports\n"
                       "  tpready --version | --help\n"
                       "\n"
                       "Options for every command:\n"
                       "  --lang LANG       language of the output (en, fr, de, es); default: the system's\n"
                       "  --catalog DIR     read the flow catalog from DIR instead of the built-in copy\n"
                       "\n"
                       "Values:\n"
                       "  D  saas | self-hosted\n"
                       "  T  lrr-ipsec | lrr-tls | lrr-plain (self-hosted only) | basics-station\n"
                       "  P  a SaaS platform id: see 'tpready platforms'\n"
                       "\n"
                       "'tpready COMMAND --help' describes a command.\n")
        .arg(QStringLiteral(TPREADY_VERSION));
}

QString flowsHelp()
{
    return CliText::tr("Usage: tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]\n"
                       "                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]\n"
                       "\n"
                       "Lists the flows of the vendor's table for the selection and the checks they become\n"
                       "(one per host and port). Nothing is sent on the network.\n"
                       "\n"
                       "  --deployment D     saas or self-hosted\n"
                       "  --transport T      lrr-ipsec, lrr-tls, lrr-plain (self-hosted only) or basics-station\n"
                       "  --platform P       SaaS platform (see 'tpready platforms')\n"
                       "  --tpe HOST[,HOST]  self-hosted: the TPE address; two or more for a high-availability TPE\n"
                       "  --lrr-version X.Y  the base station's LRR version; rows for later versions are left out\n"
                       "  --ntp HOST         an NTP server the base station uses (repeatable; default pool.ntp.org)\n"
                       "  --dns IP           a DNS server the base station uses (repeatable; default: this laptop's)\n"
                       "  --json             print the plan as JSON (schema tpready-flows/1)\n");
}

QString gatewayScriptHelp()
{
    return CliText::tr("Usage: tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]\n"
                       "                              [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--paste]\n"
                       "\n"
                       "Prints a POSIX sh script that runs the plan's checks from the base station itself, with the\n"
                       "BusyBox tools gateways have (nc, nslookup, ping; openssl, ntpd or ntpdate when present).\n"
                       "It is read-only, contacts only the plan's hosts, and ends within the deadline it prints first\n"
                       "with one result block: give that block to 'tpready check --gateway-results FILE',\n"
                       "'tpready report --gateway-results FILE' or the wizard. The selection options are those of\n"
                       "'tpready flows'.\n"
                       "\n"
                       "  --paste   wrap the script for pasting into the gateway's shell (ssh) as one command\n");
}

QString compareHelp()
{
    return CliText::tr("Usage: tpready compare OLD.json NEW.json [--json]\n"
                       "\n"
                       "Compares two reports of 'tpready check' (or the wizard), check by check: what was fixed, what\n"
                       "still fails, what newly fails, and what was not checked in both. Where a report holds the\n"
                       "gateway's own results, its verdict counts.\n"
                       "\n"
                       "  --json   print the comparison as JSON (schema tpready-compare/1)\n"
                       "\n"
                       "Exit status: 0 nothing newly fails, 1 something newly fails, 2 bad usage or input.\n");
}

QString platformsHelp()
{
    return CliText::tr("Usage: tpready platforms [--json]\n"
                       "\n"
                       "Lists the ThingPark SaaS platforms and the host names of their SLRC, LNS-BRIDGE, LRC, SUPPORT\n"
                       "and PROXY_HTTP servers, as the vendor's per-platform FQDN list gives them.\n"
                       "\n"
                       "  --json   print the list as JSON (schema tpready-platforms/1)\n");
}

int runPlatforms(const QStringList &args, const Globals &globals)
{
    const QString command = QStringLiteral("platforms");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({json, help});
    int exitCode = ExitOk;
    if (!parseCommand(command, &parser, args, &exitCode))
        return exitCode;
    if (parser.isSet(help)) {
        out() << platformsHelp();
        return ExitOk;
    }
    const auto catalog = loadCatalog(globals, &exitCode);
    if (!catalog)
        return exitCode;

    static const QList<Role> roles{Role::Slrc, Role::LnsBridge, Role::Lrc, Role::Support, Role::ProxyHttp};
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Platform &platform : catalog->platforms()) {
            QJsonObject hosts;
            for (Role role : roles)
                hosts.insert(vendorName(role), QJsonArray::fromStringList(platform.hostsFor(role)));
            list.append(QJsonObject{{QStringLiteral("id"), platform.id},
                                    {QStringLiteral("name"), platform.name},
                                    {QStringLiteral("hosts"), hosts}});
        }
        return writeJson(QJsonObject{{QStringLiteral("schema"), QStringLiteral("tpready-platforms/1")},
                                     {QStringLiteral("platforms"), list}});
    }
    for (const Platform &platform : catalog->platforms()) {
        out() << platform.id.leftJustified(12) << platform.name << '\n';
        for (Role role : roles) {
            out() << "  " << vendorName(role).leftJustified(19) << platform.hostsFor(role).join(u", ");
            if (role == Role::Lrc)
                out() << ' ' << CliText::tr("(reached only through the SLRC tunnels)");
            out() << '\n';
        }
        out() << '\n';
    }
    out() << CliText::tr(
                 "Self-hosted ThingPark Enterprise has no platform: give its address with --deployment self-hosted "
                 "--tpe HOST.")
          << Qt::endl;
    return ExitOk;
}

int runFlows(const QStringList &args, const Globals &globals)
{
    const QString command = QStringLiteral("flows");
    QCommandLineParser parser;
    const SelectionOptions selection;
    selection.addTo(&parser);
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({json, help});
    int exitCode = ExitOk;
    if (!parseCommand(command, &parser, args, &exitCode))
        return exitCode;
    if (parser.isSet(help)) {
        out() << flowsHelp();
        return ExitOk;
    }
    const auto plan = selection.plan(command, parser, globals, &exitCode);
    if (!plan)
        return exitCode;
    if (parser.isSet(json))
        return writeJson(planToFlowsJson(*plan));
    out() << planToText(*plan);
    out().flush();
    return ExitOk;
}

int runGatewayScript(const QStringList &args, const Globals &globals)
{
    const QString command = QStringLiteral("gateway-script");
    QCommandLineParser parser;
    const SelectionOptions selection;
    selection.addTo(&parser);
    const QCommandLineOption paste(QStringLiteral("paste"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({paste, help});
    int exitCode = ExitOk;
    if (!parseCommand(command, &parser, args, &exitCode))
        return exitCode;
    if (parser.isSet(help)) {
        out() << gatewayScriptHelp();
        return ExitOk;
    }
    const auto plan = selection.plan(command, parser, globals, &exitCode);
    if (!plan)
        return exitCode;
    const QString script = gatewayScript(*plan);
    if (script.isEmpty()) {
        err() << "tpready " << command << ": " << CliText::tr("the script's template is missing from this build.")
              << Qt::endl;
        return ExitInternal;
    }
    out() << (parser.isSet(paste) ? gatewayScriptForPasting(script) : script);
    out().flush();
    return ExitOk;
}

int runCompare(const QStringList &args, const Globals &globals)
{
    Q_UNUSED(globals)
    const QString command = QStringLiteral("compare");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({json, help});
    // The two reports are positional; every other argument is an option.
    QStringList files;
    QStringList options;
    for (const QString &arg : args)
        (arg.startsWith(u'-') && arg.size() > 1 ? options : files) << arg;
    int exitCode = ExitOk;
    if (!parseCommand(command, &parser, options, &exitCode))
        return exitCode;
    if (parser.isSet(help)) {
        out() << compareHelp();
        return ExitOk;
    }
    if (files.size() != 2)
        return usageError(command, CliText::tr("compare takes two reports: OLD.json NEW.json."));
    const auto before = readReportFile(command, QStringLiteral("OLD.json"), files.at(0), &exitCode);
    if (!before)
        return exitCode;
    const auto after = readReportFile(command, QStringLiteral("NEW.json"), files.at(1), &exitCode);
    if (!after)
        return exitCode;
    const Comparison comparison = compareReports(*before, *after);
    if (parser.isSet(json)) {
        writeJson(comparisonToJson(comparison));
    } else {
        out() << comparisonToText(comparison);
        out().flush();
    }
    return comparison.newlyFailing.isEmpty() ? ExitOk : ExitMustFailed;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    QStringList args = arguments;
    Globals globals;
    const QString problem = takeGlobals(&args, &globals);
    return !problem.isEmpty() || !args.isEmpty() || !globals.catalogDirectory.isEmpty();
}

QString languageArgument(const QStringList &arguments)
{
    QStringList args = arguments;
    Globals globals;
    takeGlobals(&args, &globals);
    return globals.language;
}

int run(const QStringList &arguments)
{
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
    QStringList args = arguments;
    Globals globals;
    const QString problem = takeGlobals(&args, &globals);
    if (!problem.isEmpty())
        return usageError(QString(), problem);

    if (args.isEmpty())
        return usageError(QString(), CliText::tr("no command given. See 'tpready --help'."));
    const QString command = args.takeFirst();
    if (command == u"--version" || command == u"-v") {
        if (!args.isEmpty())
            return usageError(QString(), CliText::tr("--version takes no argument."));
        out() << "tpready " << TPREADY_VERSION << Qt::endl;
        return ExitOk;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out() << generalHelp();
        out().flush();
        return ExitOk;
    }
    if (command == u"platforms")
        return runPlatforms(args, globals);
    if (command == u"flows")
        return runFlows(args, globals);
    if (command == u"check")
        return runCheck(args, globals);
    if (command == u"report")
        return runReport(args, globals);
    if (command == u"compare")
        return runCompare(args, globals);
    if (command == u"gateway-script")
        return runGatewayScript(args, globals);
    if (command.startsWith(u'-'))
        return usageError(QString(), CliText::tr("unknown option '%1'. See 'tpready --help'.").arg(command.left(80)));
    return usageError(QString(), CliText::tr("unknown command '%1'. See 'tpready --help'.").arg(command.left(80)));
}

} // namespace tpready::cli
