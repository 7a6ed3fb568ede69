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

    // Ours first: without a catalogue for the language everything is English (the English catalogue gives the
    // plural forms), Qt's own buttons included, rather than a mix of two languages.
    auto *appTranslator = new QTranslator(app);
    const QString prefix = QStringLiteral("_");
    const QString directory = QStringLiteral(":/i18n");
    if (!appTranslator->load(locale, QStringLiteral("tpready"), prefix, directory) &&
        !appTranslator->load(QLocale(QLocale::English), QStringLiteral("tpready"), prefix, directory)) {
        delete appTranslator;
        return {};
    }
    QCoreApplication::installTranslator(appTranslator);
    // Numbers and dates follow the language asked for (the system's formats already apply without --lang).
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    // Qt's own strings (Back, Next, Cancel) in the language of the catalogue that was found, which may be the
    // second of the system's preferred languages.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(appTranslator->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return {};
}

} // namespace tpready
