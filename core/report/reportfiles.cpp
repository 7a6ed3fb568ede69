// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "reportfiles.h"

#include <QCoreApplication>
#include <QSaveFile>

#include "core/report/pdfreport.h"
#include "core/report/report.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class ReportFilesText
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilesText)
};

} // namespace

QString jsonBeside(const QString &pdfPath)
{
    QString path = pdfPath;
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path.chop(4);
    return path + QStringLiteral(".json");
}

QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ReportFilesText::tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ReportFilesText::tr("cannot write %1: %2").arg(path, reason);
    }
    if (!file.commit())
        return ReportFilesText::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString writeReportFiles(const Report &report, const QString &jsonPath, const QString &pdfPath)
{
    const QByteArray bytes = reportToBytes(report);
    const QString problem = writeAtomically(jsonPath, bytes);
    if (!problem.isEmpty() || pdfPath.isEmpty())
        return problem;
    return writePdfReport(report, bytes, pdfPath);
}

} // namespace tpready
