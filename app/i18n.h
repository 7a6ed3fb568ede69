// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>

class QCoreApplication;

namespace tpready {

/// Installs the application's and Qt's own translations for @p language ("fr", "de_DE"), or for the system
/// locale when it is empty; with @p language, QLocale's default follows it too (numbers, dates). Returns an error
/// sentence when @p language is not a language code, else an empty string. A language without a catalogue gives
/// English throughout, Qt's own strings included; a region without one gives its language's ("fr_CA": French).
QString installTranslators(QCoreApplication *app, const QString &language);

} // namespace tpready
