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

/// Writes all of @p bytes or nothing (QSaveFile). Returns an error sentence or an empty string.
QString writeAtomically(const QString &path, const QByteArray &bytes);

/// Writes every file (path, bytes) or none: each is written and flushed to a temporary copy first, and only when all
/// of them made it are they renamed into place (a full disk leaves no file, partial or whole). Refuses paths that
/// exist and are not regular files (a device such as /dev/null would be replaced). Returns an error sentence naming
/// the file, or an empty string.
QString writeAllAtomically(const QList<QPair<QString, QByteArray>> &files);

/// Saves @p report as JSON at @p jsonPath and, unless @p pdfPath is empty, as a PDF that prints the digest of those
/// very JSON bytes, so support can match the two. Each file is written whole or not at all. Returns an error
/// sentence naming the file, or an empty string. Both files are written or neither (writeAllAtomically()); an empty
/// @p jsonPath writes the PDF alone.
QString writeReportFiles(const Report &report, const QString &jsonPath, const QString &pdfPath = QString());

} // namespace tpready
