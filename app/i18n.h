// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>

class QCoreApplication;

namespace tpready {

/// Installs the application's and Qt's own translations for @p language ("fr", "de_DE"), or for the system
/// locale when it is empty. Returns an error sentence when @p language is not a language code, else an empty
/// string (a language without a translation falls back to English).
QString installTranslators(QCoreApplication *app, const QString &language);

} // namespace tpready
