// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <optional>

class QIODevice;

namespace tpready {

struct Report;

/// How a PDF report is laid out.
struct PdfOptions
{
    std::optional<QPageSize> pageSize; ///< none: defaultPageSize() of the system locale, whatever --lang says
};

/// US Letter where the locale's country uses it (US, Canada, Mexico, Chile, Colombia, Venezuela, the
/// Philippines, Puerto Rico), A4 elsewhere.
QPageSize defaultPageSize(const QLocale &locale);

/// The lower-case hex SHA-256 of a report's JSON bytes: printed in the PDF so that support can match the two.
QString reportDigest(const QByteArray &reportJson);

/// Renders @p report as a PDF into @p device (open for writing). @p reportJson are the exact bytes of the JSON
/// saved with it; their digest is printed. Returns an error sentence, or an empty string.
QString renderPdfReport(const Report &report, const QByteArray &reportJson, QIODevice *device,
                        const PdfOptions &options = {});

/// Writes the PDF to @p path all at once or not at all (a failure leaves no partial file). Returns an error
/// sentence naming the path and the reason, or an empty string.
QString writePdfReport(const Report &report, const QByteArray &reportJson, const QString &path,
                       const PdfOptions &options = {});

} // namespace tpready
