// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QMessageBox>
#include <QPixmap>
#include <QSslSocket>
#include <QThreadPool>
#include <cstdio>

#include "app/cli.h"
#include "app/clicommon.h"
#include "app/i18n.h"
#include "core/catalog/catalog.h"
#include "core/probes/tlsbackend.h"
#include "ui/wizard.h"

#ifdef Q_OS_WIN
#include <windows.h>
// windows.h first: shellapi.h needs its types.
#include <shellapi.h>
#endif

namespace {

/// The executable is a GUI application on Windows, which starts without a console: give the command line the
/// console it was started from, unless its output is already redirected to a file or pipe.
void attachParentConsole()
{
#ifdef Q_OS_WIN
    const auto invalid = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle == nullptr || handle == INVALID_HANDLE_VALUE;
    };
    const bool noOutput = invalid(STD_OUTPUT_HANDLE);
    const bool noError = invalid(STD_ERROR_HANDLE);
    if ((noOutput || noError) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE *stream = nullptr;
        if (noOutput)
            freopen_s(&stream, "CONOUT$", "w", stdout);
        if (noError)
            freopen_s(&stream, "CONOUT$", "w", stderr);
    }
#endif
}

/// The command's arguments as the user typed them. On Windows argv is in the ANSI code page, where a site or file
/// name outside it becomes "?": read the UTF-16 command line instead, split by the system's own rules.
QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
#ifdef Q_OS_WIN
    int count = 0;
    if (LPWSTR *wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 1; i < count; ++i)
            args << QString::fromWCharArray(wide[i]);
        LocalFree(wide);
        return args;
    }
#endif
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

/// Commands speak through their own output only (one line on stderr for an error): Qt's internal diagnostics
/// (platform plugin notes, missing runtime directory...) are shown only with TPREADY_DEBUG set.
void quietQtMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool debug = !qEnvironmentVariableIsEmpty("TPREADY_DEBUG");
    if (debug || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, message)));
}

/// TLS through OpenSSL on every system, so that a TLS verdict means the same on Windows as on Linux. Qt prefers it
/// anyway, but falls back to Schannel on Windows when OpenSSL's DLLs are missing: say so rather than judge
/// differently (Schannel, and Wine's version of it, handle client-certificate demands their own way). An empty string
/// when OpenSSL is in use.
QString selectOpenSsl()
{
    if (tpready::selectTlsBackend())
        return {};
    return tpready::cli::CliText::tr("Qt's OpenSSL TLS back-end could not be loaded (%1 is used instead): TLS "
                                     "verdicts may differ from those of a complete installation.")
        .arg(QSslSocket::activeBackend().isEmpty() ? QStringLiteral("none") : QSslSocket::activeBackend());
}

/// The application's icon. Drawn from resources/icons/tpready.svg where Qt reads SVG; on Windows, where no Qt SVG is
/// shipped, from the .exe's own icon resource (IDI_ICON1, rendered from the same drawing; packaging/windows).
QIcon applicationIcon()
{
#ifdef Q_OS_WIN
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 256}) {
        const auto handle = static_cast<HICON>(
            LoadImageW(GetModuleHandleW(nullptr), L"IDI_ICON1", IMAGE_ICON, size, size, LR_DEFAULTCOLOR));
        if (!handle)
            continue;
        icon.addPixmap(QPixmap::fromImage(QImage::fromHICON(handle)));
        DestroyIcon(handle);
    }
    return icon;
#else
    return QIcon(QStringLiteral(":/icons/tpready.svg"));
#endif
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("tpready"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tpready.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("tpready"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TPREADY_VERSION));
}

/// Work a run left on Qt's thread pool (the trust store's loads, which nothing waits for during a run) still uses Qt's
/// TLS back-end and OpenSSL. Qt waits for its pool only in QCoreApplication's destructor, after QGuiApplication's has
/// torn down what it owns: wait before any of that. A command that ended with a load still running aborted once in
/// the lab ("double free or corruption" after its report was written). It takes at most one load, well under a
/// second.
int finishBackgroundWork(int exitCode)
{
    QThreadPool::globalInstance()->waitForDone();
    return exitCode;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (tpready::cli::isCommandLineInvocation(args)) {
        attachParentConsole();
        qInstallMessageHandler(quietQtMessages);
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // Commands need fonts (the PDF) but never a window: do not depend on a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        // Qt would take options such as --platform (ours names a ThingPark platform): give it the program name only.
        int qtArgc = 1;
        QGuiApplication app(qtArgc, argv);
        setIdentity();
        const QString problem = tpready::installTranslators(&app, tpready::cli::languageArgument(args));
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "tpready: %s\n", qUtf8Printable(problem));
            return tpready::cli::ExitUsage;
        }
        if (const QString tls = selectOpenSsl(); !tls.isEmpty())
            std::fprintf(stderr, "tpready: %s\n", qUtf8Printable(tls));
        return finishBackgroundWork(tpready::cli::run(args));
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral(TPREADY_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    const QString problem = tpready::installTranslators(&app, tpready::cli::languageArgument(args));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "tpready: %s\n", qUtf8Printable(problem));
        return tpready::cli::ExitUsage;
    }
    if (const QString tls = selectOpenSsl(); !tls.isEmpty())
        QMessageBox::warning(nullptr, QObject::tr("tpready"), tls);
    QString error;
    const auto catalog = tpready::Catalog::loadBuiltIn(&error);
    if (!catalog) {
        QMessageBox::critical(nullptr, QObject::tr("tpready"), error);
        return tpready::cli::ExitInternal;
    }
    tpready::Settings settings;
    tpready::Wizard wizard(*catalog, &settings);
    wizard.show();
    return finishBackgroundWork(QApplication::exec());
}
