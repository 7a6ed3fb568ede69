// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace tpready {

QString installTranslators(QCoreApplication *app, const QString &language)
{
    static const QRegularExpression code(QStringLiteral("^[a-zA-Z]{2,3}([_-][a-zA-Z]{2})?$"));
    if (!language.isEmpty() && !code.match(language).hasMatch())
        return QCoreApplication::translate("CliText", "'%1' is not a language code such as fr or de_DE.")
            .arg(language.left(40));
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, QStringLiteral("tpready"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    return {};
}

} // namespace tpready
