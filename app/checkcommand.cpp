// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "checkcommand.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslCertificate>

#include "app/cli.h"
#include "app/clicommon.h"
#include "core/catalog/planexport.h"
#include "core/gateway/gatewayblock.h"
#include "core/gateway/gatewayscript.h"
#include "core/report/changerequest.h"
#include "core/report/report.h"
#include "core/report/reportfiles.h"
#include "core/runner/runoptions.h"
#include "core/runner/session.h"

namespace tpready::cli {
namespace {

constexpr int kMaxTextOption = 500;

QString verdictWord(Verdict verdict)
{
    return toToken(verdict).toUpper();
}

QString checkTarget(const CheckRun &check)
{
    Check c;
    c.host = check.target.host;
    c.port = check.target.port;
    c.transport = check.target.transport;
    QString label = checkLabel(c);
    if (!check.result.address.isEmpty() && check.result.address != check.target.host)
        label += QStringLiteral(" [%1]").arg(check.result.address);
    return label;
}

} // namespace

QString checkOutputPath(const QString &path, const QString &option)
{
    if (path.isEmpty())
        return CliText::tr("%1 needs a file name.").arg(option);
    const QString shown = shortened(path, 200);
    const QFileInfo info(path);
    if (info.isDir())
        return CliText::tr("%1 %2 is a directory: give a file name.").arg(option, shown);
    // A device, a FIFO or the standard output (/dev/null, /dev/stdout) is written straight through, never replaced:
    // only it must be writable, not the directory it is in.
    if (writesThrough(path))
        return info.isWritable() ? QString()
                                 : CliText::tr("%1 %2: the file exists and is not writable.").arg(option, shown);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir())
        return CliText::tr("%1 %2: the directory %3 does not exist.")
            .arg(option, shown, shortened(QDir::toNativeSeparators(dir.filePath()), 200));
    if (!dir.isWritable())
        return CliText::tr("%1 %2: the directory %3 is not writable.")
            .arg(option, shown, shortened(QDir::toNativeSeparators(dir.filePath()), 200));
    if (info.exists() && !info.isWritable())
        return CliText::tr("%1 %2: the file exists and is not writable.").arg(option, shown);
    return {};
}

namespace {

void printGatewayLines(const CheckRecord &check, const Report &report)
{
    if (!report.gateway)
        return;
    const GatewayRow *row = report.gateway->rowFor(check);
    if (!row)
        return;
    QTextStream &o = out();
    o << "        " << CliText::tr("gateway: %1 %2").arg(verdictWord(row->verdict), toToken(row->reason));
    if (!row->address.isEmpty() && row->address != check.host)
        o << " [" << row->address << ']';
    o << " - " << row->detail << '\n';
    const QString sentence = disagreementSentence(check, row);
    if (!sentence.isEmpty())
        o << "        " << sentence << '\n';
}

QString gatewayHeadline(const Report &report)
{
    if (!report.gateway)
        return {};
    const GatewayTally tally = gatewayTally(*report.gateway, report.checks);
    const Summary laptop = report.laptopSummary();
    return CliText::tr("Gateway view: %1 (%2), %3 of %4 checks tested there, %5 disagreement(s) with the laptop; "
                       "the laptop alone: %6")
               .arg(report.gateway->gateway,
                    report.gateway->system.isEmpty() ? CliText::tr("system unknown") : report.gateway->system)
               .arg(tally.tested)
               .arg(report.checks.size())
               .arg(tally.disagreements)
               .arg(toToken(laptop.readiness).toUpper()) +
           [&report] {
               const QString note = resolverNote(*report.gateway, selectionDnsServers(report.selection));
               return note.isEmpty() ? QString() : u'\n' + note;
           }();
}

void printHumanReport(const Report &report, const Plan &plan)
{
    const Summary summary = report.summary();
    QTextStream &o = out();
    if (!report.site.name.isEmpty())
        o << CliText::tr("Site: %1").arg(report.site.name) << '\n';
    o << selectionSummary(plan) << '\n';
    o << CliText::tr("Verdict: %1 (%2 pass, %3 fail, %4 warn, %5 info, %6 skipped) in %7 ms")
             .arg(toToken(summary.readiness).toUpper())
             .arg(summary.pass)
             .arg(summary.fail)
             .arg(summary.warn)
             .arg(summary.info)
             .arg(summary.skipped)
             .arg(report.durationMs)
      << '\n';
    if (report.gateway)
        o << gatewayHeadline(report) << '\n';
    o << '\n';
    for (const CheckRecord &check : report.checks) {
        Check c;
        c.host = check.host;
        c.port = check.port;
        c.transport = check.transport;
        o << verdictWord(check.result.verdict).leftJustified(8) << check.flowId.leftJustified(6)
          << requirementLabel(check.requirement).leftJustified(9) << checkLabel(c);
        if (!check.result.address.isEmpty() && check.result.address != check.host)
            o << " [" << check.result.address << ']';
        o << "  " << toToken(check.result.reason) << '\n';
        if (check.result.verdict != Verdict::Pass) {
            o << "        " << check.result.detail << '\n';
            if (!check.result.remediation.isEmpty())
                o << "        " << CliText::tr("To do: %1").arg(check.result.remediation) << '\n';
        }
        printGatewayLines(check, report);
    }
    o << laptopCaveat() << '\n';
    o.flush();
}

} // namespace

QString checkHelp()
{
    return CliText::tr(
               "Usage: tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]]\n"
               "                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--ca FILE]\n"
               "                     [--resolve HOST=IP]... [--timeout-ms N] [--site NAME] [--operator NAME]\n"
               "                     [--json FILE|-] [--pdf FILE] [--redact] [--quiet] [--gateway-results FILE]\n"
               "\n"
               "Runs every check of the plan from this laptop: a protocol-level proof per flow, host and port.\n"
               "A progress line per finished check goes to stderr; a summary to stdout.\n"
               "\n"
               "  --ca FILE          PEM certificates trusted in addition to the system's (a private CA)\n"
               "  --resolve HOST=IP  use IP for HOST instead of asking the resolver (repeatable)\n"
               "  --timeout-ms N     each check's deadline, %1 to %2 ms (default 5000)\n"
               "  --site NAME        the site's name, for the report\n"
               "  --operator NAME    who ran the check, for the report\n"
               "  --json FILE|-      write the report as JSON (schema tpready-report/1); - for stdout\n"
               "  --pdf FILE         write the report as PDF; without --json the JSON is saved beside it\n"
               "  --redact           leave this laptop's own addresses out of the report\n"
               "  --quiet            no progress lines\n"
               "  --gateway-results FILE  the block 'tpready gateway-script' printed on the base station: merged,\n"
               "                     each check shows both views, the verdict uses the gateway's where it tested\n"
               "\n"
               "Exit status: 0 every MUST flow passed, 1 a MUST flow failed, 2 bad usage or input, 3 internal error.\n"
               "The selection options are those of 'tpready flows --help'.\n")
        .arg(kMinTimeoutMs)
        .arg(kMaxTimeoutMs);
}

std::optional<CheckOptions> parseCheckOptions(const QStringList &args, QString *error)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    const SelectionOptions selection;
    selection.addTo(&parser);
    const QCommandLineOption ca(QStringLiteral("ca"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption resolve(QStringLiteral("resolve"), QString(), QStringLiteral("HOST=IP"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), QString(), QStringLiteral("N"));
    const QCommandLineOption site(QStringLiteral("site"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption operatorName(QStringLiteral("operator"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption redact(QStringLiteral("redact"));
    const QCommandLineOption quiet(QStringLiteral("quiet"));
    const QCommandLineOption gatewayResults(QStringLiteral("gateway-results"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({ca, resolve, timeout, site, operatorName, json, pdf, redact, quiet, gatewayResults, help});
    auto fail = [error](const QString &message) -> std::optional<CheckOptions> {
        *error = message;
        return std::nullopt;
    };
    *error = parseArguments(command, &parser, args);
    if (!error->isEmpty())
        return std::nullopt;
    CheckOptions options;
    if (parser.isSet(help)) {
        options.help = true;
        return options;
    }

    QString timeoutText;
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("timeout-ms"), &timeoutText}, std::pair{QStringLiteral("site"), &options.site},
          std::pair{QStringLiteral("operator"), &options.operatorName},
          std::pair{QStringLiteral("json"), &options.jsonPath}, std::pair{QStringLiteral("pdf"), &options.pdfPath},
          std::pair{QStringLiteral("gateway-results"), &options.gatewayResultsPath}}) {
        *error = singleValueOf(parser, name, value);
        if (!error->isEmpty())
            return std::nullopt;
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int value = timeoutText.trimmed().toInt(&ok);
        if (!ok || value < kMinTimeoutMs || value > kMaxTimeoutMs)
            return fail(CliText::tr("--timeout-ms must be a whole number of milliseconds from %1 to %2, not '%3'.")
                            .arg(kMinTimeoutMs)
                            .arg(kMaxTimeoutMs)
                            .arg(shortened(timeoutText, 40)));
        options.timeoutMs = value;
    }
    for (const QString &path : parser.values(ca)) {
        if (path.isEmpty())
            return fail(CliText::tr("--ca needs a file name."));
        options.caFiles << path;
    }
    for (const QString &entry : parser.values(resolve)) {
        QString host;
        QHostAddress address;
        if (!parseResolveOverride(entry, &host, &address))
            return fail(CliText::tr("--resolve needs HOST=IP with a host name and an IP address, not '%1'.")
                            .arg(shortened(entry)));
        if (options.resolve.contains(host) && options.resolve.value(host) != address)
            return fail(CliText::tr("--resolve gives two addresses for %1.").arg(shortened(host)));
        options.resolve.insert(host, address);
    }
    if (options.site.size() > kMaxTextOption || options.operatorName.size() > kMaxTextOption)
        return fail(CliText::tr("--site and --operator take at most %1 characters.").arg(kMaxTextOption));
    if (parser.isSet(json) && options.jsonPath.isEmpty())
        return fail(CliText::tr("--json needs a file name, or - for the standard output."));
    if (parser.isSet(pdf) && options.pdfPath.isEmpty())
        return fail(CliText::tr("--pdf needs a file name."));
    if (parser.isSet(gatewayResults) && options.gatewayResultsPath.isEmpty())
        return fail(CliText::tr("--gateway-results needs a file name."));
    options.jsonToStdout = options.jsonPath == u"-";
    if (options.jsonToStdout)
        options.jsonPath.clear();
    // Support matches the two by the digest; a PDF sent to a device or a pipe has no "beside" (/dev/null.json).
    if (parser.isSet(pdf) && !parser.isSet(json) && !writesThrough(options.pdfPath))
        options.jsonPath = jsonBeside(options.pdfPath);
    options.redact = parser.isSet(redact);
    options.quiet = parser.isSet(quiet);

    const auto chosen = selection.selection(parser, error);
    if (!chosen)
        return std::nullopt;
    options.selection = *chosen;
    error->clear();
    return options;
}

int runCheck(const QStringList &args, const Globals &globals)
{
    const QString command = QStringLiteral("check");
    QString error;
    const auto parsed = parseCheckOptions(args, &error);
    if (!parsed)
        return usageError(command, error);
    if (parsed->help) {
        out() << checkHelp();
        return ExitOk;
    }

    RunOptions options;
    if (parsed->timeoutMs > 0)
        options.probe.timeoutMs = parsed->timeoutMs;
    options.resolveOverrides = parsed->resolve;
    for (const QString &path : parsed->caFiles) {
        QString problem;
        const QList<QSslCertificate> certificates = loadCaCertificates(path, &problem);
        if (certificates.isEmpty())
            return usageError(command, CliText::tr("--ca %1: %2.").arg(shortened(path, 200), problem));
        options.probe.extraCaCertificates += certificates;
    }
    const QString jsonPath = parsed->jsonPath;
    const QString pdfPath = parsed->pdfPath;
    if (!jsonPath.isEmpty()) {
        const QString problem = checkOutputPath(jsonPath, QStringLiteral("--json"));
        if (!problem.isEmpty())
            return usageError(command, problem);
    }
    if (!pdfPath.isEmpty()) {
        const QString problem = checkOutputPath(pdfPath, QStringLiteral("--pdf"));
        if (!problem.isEmpty())
            return usageError(command, problem);
        if (!jsonPath.isEmpty() && QFileInfo(pdfPath).absoluteFilePath() == QFileInfo(jsonPath).absoluteFilePath())
            return usageError(command, CliText::tr("--pdf and --json name the same file."));
    }

    int exitCode = ExitOk;
    const auto plan = planFor(command, parsed->selection, globals, &exitCode);
    if (!plan)
        return exitCode;
    // The gateway's results are read and matched to the plan before anything runs: bad input costs no run.
    std::optional<GatewayView> gateway;
    if (!parsed->gatewayResultsPath.isEmpty()) {
        gateway = readGatewayResults(command, parsed->gatewayResultsPath, &exitCode);
        if (!gateway)
            return exitCode;
        if (!gatewayViewIsFor(*gateway, *plan))
            return usageError(command, CliText::tr("--gateway-results %1: the results are for another selection "
                                                   "(%2): make the gateway script with this check's selection.")
                                           .arg(shortened(parsed->gatewayResultsPath, 200), gateway->selection));
    }

    // The same session as the wizard's: probes, the environment snapshot beside them, and the report.
    CheckSession session(*plan, options);
    const bool showProgress = !parsed->quiet;
    const int total = static_cast<int>(session.checks().size());
    int done = 0;
    QObject::connect(&session, &CheckSession::checkFinished, &session, [&](int index) {
        ++done;
        if (!showProgress)
            return;
        const CheckRun &check = session.checks().at(index);
        const int width = QString::number(total).size();
        err() << QStringLiteral("[%1/%2] ").arg(done, width).arg(total)
              << toToken(check.result.verdict).leftJustified(7) << check.target.flowId.leftJustified(6)
              << checkTarget(check) << "  " << toToken(check.result.reason);
        if (check.result.latencyMs >= 0)
            err() << QStringLiteral(" (%1 ms)").arg(check.result.latencyMs);
        err() << Qt::endl;
    });
    QEventLoop loop;
    const auto quitWhenComplete = [&] {
        if (!session.isRunning() && session.hasEnvironment())
            loop.quit();
    };
    QObject::connect(&session, &CheckSession::finished, &loop, quitWhenComplete);
    QObject::connect(&session, &CheckSession::environmentReady, &loop, quitWhenComplete);
    session.start();
    if (session.isRunning() || !session.hasEnvironment())
        loop.exec();

    SiteInfo siteInfo;
    siteInfo.name = parsed->site;
    siteInfo.operatorName = parsed->operatorName;
    Report report = session.report(siteInfo);
    if (gateway) {
        const QString problem = mergeGatewayView(&report, *gateway);
        if (!problem.isEmpty())
            return usageError(
                command,
                CliText::tr("--gateway-results %1: %2.").arg(shortened(parsed->gatewayResultsPath, 200), problem));
    }
    if (parsed->redact)
        redactReport(&report);

    const QString problem = writeReportFiles(report, jsonPath, pdfPath);
    if (!problem.isEmpty())
        return usageError(command, problem);
    if (parsed->jsonToStdout) {
        out() << QString::fromUtf8(reportToBytes(report));
        out().flush();
    } else {
        printHumanReport(report, *plan);
    }
    return report.summary().mustFailed ? ExitMustFailed : ExitOk;
}

} // namespace tpready::cli
