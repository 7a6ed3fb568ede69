// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "reportcommand.h"

#include <QFile>
#include <QFileInfo>

#include "app/checkcommand.h"
#include "app/cli.h"
#include "app/clicommon.h"
#include "core/report/pdfreport.h"
#include "core/report/report.h"
#include "core/report/reportfiles.h"

namespace tpready::cli {

namespace {
constexpr qint64 kMaxReportFile = 32 * 1024 * 1024;
} // namespace

QString reportHelp()
{
    return CliText::tr(
        "Usage: tpready report --from REPORT.json --pdf FILE\n"
        "\n"
        "Renders a saved JSON report (from 'tpready check --json' or the wizard) as a PDF, in the language\n"
        "of --lang. The PDF prints the SHA-256 of REPORT.json, so the two can be matched.\n");
}

int runReport(const QStringList &args, const Globals &globals)
{
    Q_UNUSED(globals)
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("REPORT.json"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({from, pdf, help});
    int exitCode = ExitOk;
    if (!parseCommand(command, &parser, args, &exitCode))
        return exitCode;
    if (parser.isSet(help)) {
        out() << reportHelp();
        return ExitOk;
    }
    QString fromPath, pdfPath;
    if (!singleValue(command, parser, QStringLiteral("from"), &fromPath, &exitCode) ||
        !singleValue(command, parser, QStringLiteral("pdf"), &pdfPath, &exitCode))
        return exitCode;
    if (!parser.isSet(from))
        return usageError(command, CliText::tr("--from is required: the JSON report to render."));
    if (!parser.isSet(pdf))
        return usageError(command, CliText::tr("--pdf is required: the PDF file to write."));

    const QFileInfo info(fromPath);
    if (!info.isFile())
        return usageError(command, CliText::tr("--from %1: no such file.").arg(fromPath.left(200)));
    if (info.size() > kMaxReportFile)
        return usageError(command, CliText::tr("--from %1: larger than %2 MiB, not a report.")
                                       .arg(fromPath.left(200))
                                       .arg(kMaxReportFile / (1024 * 1024)));
    QFile file(fromPath);
    if (!file.open(QIODevice::ReadOnly))
        return usageError(command, CliText::tr("--from %1: %2.").arg(fromPath.left(200), file.errorString()));
    const QByteArray bytes = file.readAll();
    QString error;
    const auto report = reportFromJson(bytes, &error);
    if (!report)
        return usageError(command, CliText::tr("--from %1: %2.").arg(fromPath.left(200), error));

    const QString problem = checkOutputPath(pdfPath, QStringLiteral("--pdf"));
    if (!problem.isEmpty())
        return usageError(command, problem);
    if (QFileInfo(pdfPath).absoluteFilePath() == info.absoluteFilePath())
        return usageError(command, CliText::tr("--pdf would overwrite the report given with --from."));
    const QString written = writePdfReport(*report, bytes, pdfPath);
    if (!written.isEmpty())
        return usageError(command, written);
    return ExitOk;
}

} // namespace tpready::cli
