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

#include "core/catalog/catalog.h"
#include "core/catalog/hostnames.h"
#include "core/catalog/plan.h"
#include "core/catalog/planexport.h"
#include "core/env/dnsconfig.h"

namespace tpready::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// A usage error: one line on stderr, exit 2.
int usageError(const QString &command, const QString &message)
{
    const QString prefix = command.isEmpty() ? QStringLiteral("tpready") : QStringLiteral("tpready ") + command;
    QString line = message.simplified();
    err() << prefix << ": " << line << Qt::endl;
    return ExitUsage;
}

QString generalHelp()
{
    return tr("tpready %1: can this site's network reach Actility ThingPark?\n"
              "\n"
              "Usage:\n"
              "  tpready                     open the wizard\n"
              "  tpready platforms [--json]  list the SaaS platforms and their hosts\n"
              "  tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]\n"
              "                [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]\n"
              "                              list the flows the site must allow, without running them\n"
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
    return tr("Usage: tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]\n"
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

QString platformsHelp()
{
    return tr("Usage: tpready platforms [--json]\n"
              "\n"
              "Lists the ThingPark SaaS platforms and the host names of their SLRC, LNS-BRIDGE, LRC, SUPPORT\n"
              "and PROXY_HTTP servers, as the vendor's per-platform FQDN list gives them.\n"
              "\n"
              "  --json   print the list as JSON (schema tpready-platforms/1)\n");
}

/// Global options, taken out of the arguments before the command is parsed.
struct Globals
{
    QString language;
    QString catalogDirectory;
    bool help = false;
    bool version = false;
};

/// Removes `--lang X`, `--catalog X` (also `--opt=X`) from @p args. Returns an error sentence or an empty string.
QString takeGlobals(QStringList *args, Globals *globals)
{
    QStringList rest;
    for (qsizetype i = 0; i < args->size(); ++i) {
        const QString &arg = args->at(i);
        auto takeValue = [&](const QString &name, QString *target) -> QString {
            if (arg.startsWith(name + u'=')) {
                *target = arg.mid(name.size() + 1);
            } else {
                if (i + 1 >= args->size())
                    return tr("%1 needs a value.").arg(name);
                *target = args->at(++i);
            }
            if (target->isEmpty())
                return tr("%1 needs a value.").arg(name);
            return {};
        };
        if (arg == u"--lang" || arg.startsWith(u"--lang=")) {
            const QString problem = takeValue(QStringLiteral("--lang"), &globals->language);
            if (!problem.isEmpty())
                return problem;
        } else if (arg == u"--catalog" || arg.startsWith(u"--catalog=")) {
            const QString problem = takeValue(QStringLiteral("--catalog"), &globals->catalogDirectory);
            if (!problem.isEmpty())
                return problem;
        } else {
            rest << arg;
        }
    }
    *args = rest;
    return {};
}

std::optional<Catalog> loadCatalog(const Globals &globals, int *exitCode)
{
    QString error;
    std::optional<Catalog> catalog = globals.catalogDirectory.isEmpty()
                                         ? Catalog::loadBuiltIn(&error)
                                         : Catalog::loadFromDirectory(globals.catalogDirectory, &error);
    if (!catalog) {
        // A broken built-in catalog is our bug; a broken catalog the user points at is bad input.
        err() << "tpready: " << error << Qt::endl;
        *exitCode = globals.catalogDirectory.isEmpty() ? ExitInternal : ExitUsage;
    }
    return catalog;
}

/// Parses a command's options; on error prints one line and returns false with *exitCode set.
bool parseCommand(const QString &command, QCommandLineParser *parser, const QStringList &args, int *exitCode)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser->parse(QStringList{QStringLiteral("tpready")} + args)) {
        *exitCode = usageError(command, parser->errorText() + u' ' + tr("See 'tpready %1 --help'.").arg(command));
        return false;
    }
    if (!parser->positionalArguments().isEmpty()) {
        *exitCode = usageError(command, tr("unexpected argument '%1'. See 'tpready %2 --help'.")
                                            .arg(parser->positionalArguments().constFirst().left(80), command));
        return false;
    }
    return true;
}

/// The single value of an option that may be given once only.
bool singleValue(const QString &command, const QCommandLineParser &parser, const QString &name, QString *value,
                 int *exitCode)
{
    const QStringList values = parser.values(name);
    if (values.size() > 1) {
        *exitCode = usageError(command, tr("--%1 is given more than once.").arg(name));
        return false;
    }
    *value = values.isEmpty() ? QString() : values.constFirst();
    return true;
}

int writeJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
    return ExitOk;
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
                out() << ' ' << tr("(reached only through the SLRC tunnels)");
            out() << '\n';
        }
        out() << '\n';
    }
    out() << tr("Self-hosted ThingPark Enterprise has no platform: give its address with --deployment self-hosted "
                "--tpe HOST.")
          << Qt::endl;
    return ExitOk;
}

int runFlows(const QStringList &args, const Globals &globals)
{
    const QString command = QStringLiteral("flows");
    QCommandLineParser parser;
    const QCommandLineOption deployment(QStringLiteral("deployment"), QString(), QStringLiteral("D"));
    const QCommandLineOption transport(QStringLiteral("transport"), QString(), QStringLiteral("T"));
    const QCommandLineOption platform(QStringLiteral("platform"), QString(), QStringLiteral("P"));
    const QCommandLineOption tpe(QStringLiteral("tpe"), QString(), QStringLiteral("HOST"));
    const QCommandLineOption lrrVersion(QStringLiteral("lrr-version"), QString(), QStringLiteral("X.Y"));
    const QCommandLineOption ntp(QStringLiteral("ntp"), QString(), QStringLiteral("HOST"));
    const QCommandLineOption dns(QStringLiteral("dns"), QString(), QStringLiteral("IP"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({deployment, transport, platform, tpe, lrrVersion, ntp, dns, json, help});
    int exitCode = ExitOk;
    if (!parseCommand(command, &parser, args, &exitCode))
        return exitCode;
    if (parser.isSet(help)) {
        out() << flowsHelp();
        return ExitOk;
    }

    QString deploymentText, transportText, platformText, versionText;
    if (!singleValue(command, parser, QStringLiteral("deployment"), &deploymentText, &exitCode) ||
        !singleValue(command, parser, QStringLiteral("transport"), &transportText, &exitCode) ||
        !singleValue(command, parser, QStringLiteral("platform"), &platformText, &exitCode) ||
        !singleValue(command, parser, QStringLiteral("lrr-version"), &versionText, &exitCode))
        return exitCode;
    if (!parser.isSet(deployment))
        return usageError(command, tr("--deployment is required (saas or self-hosted)."));
    if (!parser.isSet(transport))
        return usageError(command, tr("--transport is required (lrr-ipsec, lrr-tls, lrr-plain or basics-station)."));

    Selection selection;
    const auto deploymentValue = deploymentFromToken(deploymentText);
    if (!deploymentValue)
        return usageError(command,
                          tr("unknown deployment '%1' (expected saas or self-hosted).").arg(deploymentText.left(60)));
    selection.deployment = *deploymentValue;
    const auto transportValue = transportFromToken(transportText);
    if (!transportValue)
        return usageError(command, tr("unknown transport '%1' (expected lrr-ipsec, lrr-tls, lrr-plain or "
                                      "basics-station).")
                                       .arg(transportText.left(60)));
    selection.transport = *transportValue;
    if (parser.isSet(platform) && platformText.trimmed().isEmpty())
        return usageError(command, tr("--platform needs a value."));
    selection.platform = platformText;
    for (const QString &value : parser.values(tpe)) {
        const QStringList hosts = value.split(u',');
        for (const QString &host : hosts)
            selection.tpeHosts << host.trimmed();
    }
    if (parser.isSet(lrrVersion)) {
        selection.lrrVersion = LrrVersion::parse(versionText.trimmed());
        if (!selection.lrrVersion)
            return usageError(command,
                              tr("'%1' is not an LRR version (expected X.Y, such as 2.8).").arg(versionText.left(60)));
    }
    selection.ntpServers = parser.values(ntp);
    selection.dnsServers = parser.values(dns);

    const auto catalog = loadCatalog(globals, &exitCode);
    if (!catalog)
        return exitCode;
    QString error;
    const QStringList systemDns = selection.dnsServers.isEmpty() ? systemDnsServers() : QStringList();
    const auto plan = buildPlan(*catalog, selection, systemDns, &error);
    if (!plan)
        return usageError(command, error);
    if (parser.isSet(json))
        return writeJson(planToFlowsJson(*plan));
    out() << planToText(*plan);
    out().flush();
    return ExitOk;
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
        return usageError(QString(), tr("no command given. See 'tpready --help'."));
    const QString command = args.takeFirst();
    if (command == u"--version" || command == u"-v") {
        if (!args.isEmpty())
            return usageError(QString(), tr("--version takes no argument."));
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
    if (command.startsWith(u'-'))
        return usageError(QString(), tr("unknown option '%1'. See 'tpready --help'.").arg(command.left(80)));
    return usageError(QString(), tr("unknown command '%1'. See 'tpready --help'.").arg(command.left(80)));
}

} // namespace tpready::cli
