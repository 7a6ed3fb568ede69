// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tpready {

struct Report;

/// The JSON path saved beside a PDF: "site.pdf" -> "site.json".
QString jsonBeside(const QString &pdfPath);

/// True when @p path is written straight through instead of replaced: it names a device, a FIFO or a socket
/// (/dev/null, a named pipe), or this process's standard output or error (/dev/stdout, also when the shell
/// redirected it to a file). Such a path is never replaced, and nothing is saved beside it.
bool writesThrough(const QString &path);

/// Writes all of @p bytes or nothing (writeAllAtomically()). Returns an error sentence or an empty string.
QString writeAtomically(const QString &path, const QByteArray &bytes);

/// Writes every file (path, bytes) or none: each regular file is written and flushed to a temporary copy first, and
/// only when all of them made it are they renamed into place (a full disk leaves no file, partial or whole, and an
/// existing one as it was). A path that writesThrough() is written directly, after every copy is ready, and never
/// replaced: /dev/null stays a device. Refuses a directory. Returns an error sentence naming the file, or an empty
/// string.
QString writeAllAtomically(const QList<QPair<QString, QByteArray>> &files);

/// Saves @p report as JSON at @p jsonPath and, unless @p pdfPath is empty, as a PDF that prints the digest of those
/// very JSON bytes, so support can match the two. Each file is written whole or not at all. Returns an error
/// sentence naming the file, or an empty string. Both files are written or neither (writeAllAtomically()); an empty
/// @p jsonPath writes the PDF alone.
QString writeReportFiles(const Report &report, const QString &jsonPath, const QString &pdfPath = QString());

} // namespace tpready
