// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "reportfiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <vector>

#include "core/report/pdfreport.h"
#include "core/report/report.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class ReportFilesText
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilesText)
};

/// A path as an error message shows it: at most 200 characters, however long the user made it.
QString shown(const QString &path)
{
    return path.size() <= 200 ? path : path.left(199) + QChar(0x2026);
}

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
    return writeAllAtomically({{path, bytes}});
}

QString writeAllAtomically(const QList<QPair<QString, QByteArray>> &files)
{
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const auto &[path, bytes] : files) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            return ReportFilesText::tr("cannot write %1: not a regular file").arg(shown(path));
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly))
            return ReportFilesText::tr("cannot write %1: %2").arg(shown(path), file->errorString());
        if (file->write(bytes) != bytes.size() || !file->flush() || file->error() != QFileDevice::NoError) {
            const QString reason = file->errorString();
            file->cancelWriting();
            return ReportFilesText::tr("cannot write %1: %2").arg(shown(path), reason);
        }
        saves.push_back(std::move(file));
    }
    for (std::size_t i = 0; i < saves.size(); ++i) {
        if (!saves[i]->commit()) {
            const QString problem = ReportFilesText::tr("cannot write %1: %2")
                                        .arg(shown(files.at(qsizetype(i)).first), saves[i]->errorString());
            // The files already renamed into place go again: all or nothing.
            for (std::size_t j = 0; j < i; ++j)
                QFile::remove(files.at(qsizetype(j)).first);
            return problem;
        }
    }
    return {};
}

QString writeReportFiles(const Report &report, const QString &jsonPath, const QString &pdfPath)
{
    const QByteArray bytes = reportToBytes(report);
    QList<QPair<QString, QByteArray>> files;
    if (!jsonPath.isEmpty())
        files.append({jsonPath, bytes});
    if (!pdfPath.isEmpty()) {
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        const QString problem = renderPdfReport(report, bytes, &pdf);
        if (!problem.isEmpty())
            return ReportFilesText::tr("cannot write %1: %2").arg(shown(pdfPath), problem);
        files.append({pdfPath, pdf.data()});
    }
    return writeAllAtomically(files);
}

} // namespace tpready
