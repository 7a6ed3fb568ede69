// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "reportfiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

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

/// The descriptor of this process's standard output or error when @p path is that very file (same device and
/// inode: /dev/stdout, /proc/self/fd/1, or the file the shell redirected it to), else -1.
int standardStreamOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat target = {};
    if (::stat(QFile::encodeName(path).constData(), &target) != 0)
        return -1;
    for (const int fd : {STDOUT_FILENO, STDERR_FILENO}) {
        struct stat stream = {};
        if (::fstat(fd, &stream) == 0 && stream.st_dev == target.st_dev && stream.st_ino == target.st_ino)
            return fd;
    }
#else
    Q_UNUSED(path)
#endif
    return -1;
}

/// Writes @p bytes into @p path as it is: no temporary copy, no rename, so a device stays that device.
QString writeThrough(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    const int stream = standardStreamOf(path);
    // A standard stream is written through its own descriptor: opened again by name, a redirected file would be
    // truncated and written from its start, over what the stream had received.
    const bool opened =
        stream >= 0 ? file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle)
                    : file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (!opened)
        return ReportFilesText::tr("cannot write %1: %2").arg(shown(path), file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush() || file.error() != QFileDevice::NoError)
        return ReportFilesText::tr("cannot write %1: %2").arg(shown(path), file.errorString());
    return {};
}

} // namespace

bool writesThrough(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return false;
    return standardStreamOf(path) >= 0 || (info.exists() && !info.isFile());
}

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
    QStringList savePaths;
    QList<QPair<QString, QByteArray>> direct;
    for (const auto &[path, bytes] : files) {
        if (QFileInfo(path).isDir())
            return ReportFilesText::tr("cannot write %1: not a regular file").arg(shown(path));
        if (writesThrough(path)) {
            direct.append({path, bytes});
            continue;
        }
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly))
            return ReportFilesText::tr("cannot write %1: %2").arg(shown(path), file->errorString());
        if (file->write(bytes) != bytes.size() || !file->flush() || file->error() != QFileDevice::NoError) {
            const QString reason = file->errorString();
            file->cancelWriting();
            return ReportFilesText::tr("cannot write %1: %2").arg(shown(path), reason);
        }
        saves.push_back(std::move(file));
        savePaths.append(path);
    }
    // Devices and pipes after every copy is ready, so that a copy that could not be written sends nothing down a
    // pipe, and before any rename, so that a pipe that fails leaves no file (the copies go with `saves`).
    for (const auto &[path, bytes] : std::as_const(direct)) {
        const QString problem = writeThrough(path, bytes);
        if (!problem.isEmpty())
            return problem;
    }
    for (std::size_t i = 0; i < saves.size(); ++i) {
        if (!saves[i]->commit()) {
            const QString problem = ReportFilesText::tr("cannot write %1: %2")
                                        .arg(shown(savePaths.at(qsizetype(i))), saves[i]->errorString());
            // The files already renamed into place go again: all or nothing.
            for (std::size_t j = 0; j < i; ++j)
                QFile::remove(savePaths.at(qsizetype(j)));
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
