// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace tpready {

struct Report;

/// The JSON path saved beside a PDF: "site.pdf" -> "site.json".
QString jsonBeside(const QString &pdfPath);

/// Writes all of @p bytes or nothing (QSaveFile). Returns an error sentence or an empty string.
QString writeAtomically(const QString &path, const QByteArray &bytes);

/// Saves @p report as JSON at @p jsonPath and, unless @p pdfPath is empty, as a PDF that prints the digest of those
/// very JSON bytes, so support can match the two. Each file is written whole or not at all. Returns an error
/// sentence naming the file, or an empty string.
QString writeReportFiles(const Report &report, const QString &jsonPath, const QString &pdfPath = QString());

} // namespace tpready
