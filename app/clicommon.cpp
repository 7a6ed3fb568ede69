// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "clicommon.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "app/cli.h"
#include "core/env/dnsconfig.h"
#include "core/gateway/gatewayblock.h"

namespace tpready::cli {

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

int usageError(const QString &command, const QString &message)
{
    const QString prefix = command.isEmpty() ? QStringLiteral("tpready") : QStringLiteral("tpready ") + command;
    QString line = message.simplified();
    err() << prefix << ": " << line << Qt::endl;
    return ExitUsage;
}

QString takeGlobals(QStringList *args, Globals *globals)
{
    QStringList rest;
    for (qsizetype i = 0; i < args->size(); ++i) {
        const QString &arg = args->at(i);
        auto takeValue = [&](const QString &name, QString *target) -> QString {
            if (!target->isEmpty())
                return CliText::tr("%1 is given more than once.").arg(name);
            if (arg.startsWith(name + u'=')) {
                *target = arg.mid(name.size() + 1);
            } else {
                if (i + 1 >= args->size())
                    return CliText::tr("%1 needs a value.").arg(name);
                *target = args->at(++i);
            }
            if (target->isEmpty())
                return CliText::tr("%1 needs a value.").arg(name);
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
        err() << "tpready: " << error.simplified() << Qt::endl; // one line, whatever the files hold
        *exitCode = globals.catalogDirectory.isEmpty() ? ExitInternal : ExitUsage;
    }
    return catalog;
}

QString parseArguments(const QString &command, QCommandLineParser *parser, const QStringList &args)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser->parse(QStringList{QStringLiteral("tpready")} + args))
        return shortened(parser->errorText(), 200) + u' ' + CliText::tr("See 'tpready %1 --help'.").arg(command);
    if (!parser->positionalArguments().isEmpty())
        return CliText::tr("unexpected argument '%1'. See 'tpready %2 --help'.")
            .arg(shortened(parser->positionalArguments().constFirst()), command);
    return {};
}

bool parseCommand(const QString &command, QCommandLineParser *parser, const QStringList &args, int *exitCode)
{
    const QString problem = parseArguments(command, parser, args);
    if (problem.isEmpty())
        return true;
    *exitCode = usageError(command, problem);
    return false;
}

QString singleValueOf(const QCommandLineParser &parser, const QString &name, QString *value)
{
    const QStringList values = parser.values(name);
    *value = values.isEmpty() ? QString() : values.constFirst();
    if (values.size() > 1)
        return CliText::tr("--%1 is given more than once.").arg(name);
    return {};
}

bool singleValue(const QString &command, const QCommandLineParser &parser, const QString &name, QString *value,
                 int *exitCode)
{
    const QString problem = singleValueOf(parser, name, value);
    if (problem.isEmpty())
        return true;
    *exitCode = usageError(command, problem);
    return false;
}

QString shortened(const QString &text, int maxChars)
{
    return text.size() > maxChars ? text.left(maxChars) + QStringLiteral("\u2026") : text;
}

int writeJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
    return ExitOk;
}

std::optional<Selection> SelectionOptions::selection(const QCommandLineParser &parser, QString *error) const
{
    QString deploymentText, transportText, platformText, versionText;
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("deployment"), &deploymentText},
          std::pair{QStringLiteral("transport"), &transportText}, std::pair{QStringLiteral("platform"), &platformText},
          std::pair{QStringLiteral("lrr-version"), &versionText}}) {
        *error = singleValueOf(parser, name, value);
        if (!error->isEmpty())
            return std::nullopt;
    }
    auto fail = [&](const QString &message) -> std::optional<Selection> {
        *error = message;
        return std::nullopt;
    };
    if (!parser.isSet(deployment))
        return fail(CliText::tr("--deployment is required (saas or self-hosted)."));
    if (!parser.isSet(transport))
        return fail(CliText::tr("--transport is required (lrr-ipsec, lrr-tls, lrr-plain or basics-station)."));

    Selection selection;
    const auto deploymentValue = deploymentFromToken(deploymentText);
    if (!deploymentValue)
        return fail(
            CliText::tr("unknown deployment '%1' (expected saas or self-hosted).").arg(shortened(deploymentText, 60)));
    selection.deployment = *deploymentValue;
    const auto transportValue = transportFromToken(transportText);
    if (!transportValue)
        return fail(CliText::tr("unknown transport '%1' (expected lrr-ipsec, lrr-tls, lrr-plain or basics-station).")
                        .arg(shortened(transportText, 60)));
    selection.transport = *transportValue;
    if (parser.isSet(platform) && platformText.trimmed().isEmpty())
        return fail(CliText::tr("--platform needs a value."));
    selection.platform = platformText;
    for (const QString &value : parser.values(tpe)) {
        const QStringList hosts = value.split(u',');
        for (const QString &host : hosts)
            selection.tpeHosts << host.trimmed();
    }
    if (parser.isSet(lrrVersion)) {
        selection.lrrVersion = LrrVersion::parse(versionText.trimmed());
        if (!selection.lrrVersion)
            return fail(
                CliText::tr("'%1' is not an LRR version (expected X.Y, such as 2.8).").arg(shortened(versionText, 60)));
    }
    selection.ntpServers = parser.values(ntp);
    selection.dnsServers = parser.values(dns);
    error->clear();
    return selection;
}

std::optional<Plan> planFor(const QString &command, const Selection &selection, const Globals &globals, int *exitCode)
{
    const auto catalog = loadCatalog(globals, exitCode);
    if (!catalog)
        return std::nullopt;
    QString error;
    const QStringList systemDns = selection.dnsServers.isEmpty() ? systemDnsServers() : QStringList();
    auto result = buildPlan(*catalog, selection, systemDns, &error);
    if (!result) {
        *exitCode = usageError(command, error);
        return std::nullopt;
    }
    return result;
}

std::optional<Plan> SelectionOptions::plan(const QString &command, const QCommandLineParser &parser,
                                           const Globals &globals, int *exitCode) const
{
    QString error;
    const auto chosen = selection(parser, &error);
    if (!chosen) {
        *exitCode = usageError(command, error);
        return std::nullopt;
    }
    return planFor(command, *chosen, globals, exitCode);
}

namespace {
constexpr qint64 kMaxReportFile = 32 * 1024 * 1024;
} // namespace

std::optional<Report> readReportFile(const QString &command, const QString &option, const QString &path, int *exitCode,
                                     QByteArray *bytes)
{
    const auto refuse = [&](const QString &message) -> std::optional<Report> {
        *exitCode = usageError(command, message);
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.isFile())
        return refuse(CliText::tr("%1 %2: no such file.").arg(option, shortened(path, 200)));
    if (info.size() > kMaxReportFile)
        return refuse(CliText::tr("%1 %2: larger than %3 MiB, not a report.")
                          .arg(option, shortened(path, 200))
                          .arg(kMaxReportFile / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(CliText::tr("%1 %2: %3.").arg(option, shortened(path, 200), file.errorString()));
    const QByteArray data = file.readAll();
    QString error;
    auto report = reportFromJson(data, &error);
    if (!report)
        return refuse(CliText::tr("%1 %2: %3.").arg(option, shortened(path, 200), error));
    if (bytes)
        *bytes = data;
    return report;
}

std::optional<GatewayView> readGatewayResults(const QString &command, const QString &path, int *exitCode)
{
    const auto refuse = [&](const QString &message) -> std::optional<GatewayView> {
        *exitCode = usageError(command, message);
        return std::nullopt;
    };
    const QString option = QStringLiteral("--gateway-results");
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return refuse(CliText::tr("%1 %2: no such file.").arg(option, shortened(path, 200)));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(CliText::tr("%1 %2: %3.").arg(option, shortened(path, 200), file.errorString()));
    const QByteArray text = file.read(kMaxGatewayText + 1);
    QString error;
    auto view = parseGatewayBlock(text, &error);
    if (!view)
        return refuse(CliText::tr("%1 %2: refused, nothing merged: %3").arg(option, shortened(path, 200), error));
    return view;
}

} // namespace tpready::cli
