// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// The wizard's start-up as the application does it (app/main.cpp's GUI path: QApplication, translations, the
// built-in catalog, settings, the Wizard, show), ending at the first paint event of its window. Prints the wall
// clock (microseconds since the epoch) at that event, so that the caller, which noted the time before starting the
// process, measures from process start to first paint (dynamic loading included); also the time at main()'s entry.
// Settings live in a temporary file: a first start, and the user's configuration is never touched.
#include <QApplication>
#include <QIcon>
#include <QTemporaryDir>
#include <QTimer>
#include <chrono>
#include <cstdio>

#include "app/i18n.h"
#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "ui/wizard.h"

namespace {

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QWidget *window) : m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            std::printf("painted_us %lld\n", static_cast<long long>(nowUs()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    const qint64 mainUs = nowUs();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("tpready"));
    QCoreApplication::setApplicationName(QStringLiteral("tpready"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tpready.svg")));
    tpready::installTranslators(&app, QString());
    QString error;
    const auto catalog = tpready::Catalog::loadBuiltIn(&error);
    if (!catalog) {
        std::fprintf(stderr, "benchfirstpaint: %s\n", qUtf8Printable(error));
        return 1;
    }
    QTemporaryDir dir;
    tpready::Settings settings(dir.filePath(QStringLiteral("tpready.ini")));
    tpready::Wizard wizard(*catalog, &settings);
    FirstPaint watcher(&wizard);
    app.installEventFilter(&watcher);
    std::printf("main_us %lld\n", static_cast<long long>(mainUs));
    wizard.show();
    return QApplication::exec();
}
