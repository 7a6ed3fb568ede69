// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "reportcommand.h"

#include <QFileInfo>

#include "app/checkcommand.h"
#include "app/cli.h"
#include "app/clicommon.h"
#include "core/gateway/gatewayblock.h"
#include "core/report/pdfreport.h"
#include "core/report/report.h"
#include "core/report/reportfiles.h"

namespace tpready::cli {

QString reportHelp()
{
    return CliText::tr(
        "Usage: tpready report --from REPORT.json --pdf FILE [--gateway-results FILE] [--compare OLD.json]\n"
        "                      [--json FILE]\n"
        "\n"
        "Renders a saved JSON report (from 'tpready check --json' or the wizard) as a PDF, in the language\n"
        "of --lang. The PDF prints the SHA-256 of REPORT.json, so the two can be matched.\n"
        "\n"
        "  --gateway-results FILE  merge the result block 'tpready gateway-script' printed on the base station;\n"
        "                          the merged report is written with --json (the PDF prints its SHA-256)\n"
        "  --compare OLD.json      add a \"Since the earlier report\" section: what was fixed, still fails\n"
        "                          or newly fails since OLD.json\n"
        "  --json FILE             write the report as rendered (needed with --gateway-results, --compare)\n");
}

int runReport(const QStringList &args, const Globals &globals)
{
    Q_UNUSED(globals)
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("REPORT.json"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption gatewayResults(QStringLiteral("gateway-results"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption compare(QStringLiteral("compare"), QString(), QStringLiteral("OLD.json"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({from, pdf, json, gatewayResults, compare, help});
    int exitCode = ExitOk;
    if (!parseCommand(command, &parser, args, &exitCode))
        return exitCode;
    if (parser.isSet(help)) {
        out() << reportHelp();
        return ExitOk;
    }
    QString fromPath, pdfPath, jsonPath, gatewayPath, comparePath;
    if (!singleValue(command, parser, QStringLiteral("from"), &fromPath, &exitCode) ||
        !singleValue(command, parser, QStringLiteral("pdf"), &pdfPath, &exitCode) ||
        !singleValue(command, parser, QStringLiteral("json"), &jsonPath, &exitCode) ||
        !singleValue(command, parser, QStringLiteral("gateway-results"), &gatewayPath, &exitCode) ||
        !singleValue(command, parser, QStringLiteral("compare"), &comparePath, &exitCode))
        return exitCode;
    if (!parser.isSet(from))
        return usageError(command, CliText::tr("--from is required: the JSON report to render."));
    if (!parser.isSet(pdf))
        return usageError(command, CliText::tr("--pdf is required: the PDF file to write."));
    if ((parser.isSet(gatewayResults) || parser.isSet(compare)) && !parser.isSet(json))
        return usageError(command, CliText::tr("--gateway-results and --compare need --json FILE: the report the "
                                               "PDF's SHA-256 names."));

    QByteArray bytes;
    auto report = readReportFile(command, QStringLiteral("--from"), fromPath, &exitCode, &bytes);
    if (!report)
        return exitCode;
    if (parser.isSet(gatewayResults)) {
        const auto view = readGatewayResults(command, gatewayPath, &exitCode);
        if (!view)
            return exitCode;
        const QString problem = mergeGatewayView(&*report, *view);
        if (!problem.isEmpty())
            return usageError(command, CliText::tr("--gateway-results %1: %2.").arg(gatewayPath.left(200), problem));
    }

    if (parser.isSet(compare)) {
        const auto earlier = readReportFile(command, QStringLiteral("--compare"), comparePath, &exitCode);
        if (!earlier)
            return exitCode;
        report->comparison = compareReports(*earlier, *report);
    }

    const QFileInfo info(fromPath);
    for (const auto &[option, path] :
         {std::pair{QStringLiteral("--pdf"), pdfPath}, std::pair{QStringLiteral("--json"), jsonPath}}) {
        if (path.isEmpty())
            continue;
        const QString problem = checkOutputPath(path, option);
        if (!problem.isEmpty())
            return usageError(command, problem);
        if (QFileInfo(path).absoluteFilePath() == info.absoluteFilePath())
            return usageError(command, CliText::tr("%1 would overwrite the report given with --from.").arg(option));
    }
    if (!jsonPath.isEmpty() && QFileInfo(pdfPath).absoluteFilePath() == QFileInfo(jsonPath).absoluteFilePath())
        return usageError(command, CliText::tr("--pdf and --json name the same file."));
    if (!jsonPath.isEmpty()) {
        const QString problem = writeReportFiles(*report, jsonPath, pdfPath);
        if (!problem.isEmpty())
            return usageError(command, problem);
        return ExitOk;
    }
    const QString written = writePdfReport(*report, bytes, pdfPath);
    if (!written.isEmpty())
        return usageError(command, written);
    return ExitOk;
}

} // namespace tpready::cli
