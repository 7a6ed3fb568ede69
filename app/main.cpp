// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>

#include "app/cli.h"
#include "app/i18n.h"
#include "core/catalog/catalog.h"
#include "ui/wizard.h"

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("tpready"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tpready.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("tpready"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TPREADY_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (tpready::cli::isCommandLineInvocation(args)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        const QString problem = tpready::installTranslators(&app, tpready::cli::languageArgument(args));
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "tpready: %s\n", qUtf8Printable(problem));
            return tpready::cli::ExitUsage;
        }
        return tpready::cli::run(args);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tpready.svg")));
    const QString problem = tpready::installTranslators(&app, tpready::cli::languageArgument(args));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "tpready: %s\n", qUtf8Printable(problem));
        return tpready::cli::ExitUsage;
    }
    QString error;
    const auto catalog = tpready::Catalog::loadBuiltIn(&error);
    if (!catalog) {
        QMessageBox::critical(nullptr, QObject::tr("tpready"), error);
        return tpready::cli::ExitInternal;
    }
    tpready::Settings settings;
    tpready::Wizard wizard(*catalog, &settings);
    wizard.show();
    return QApplication::exec();
}
