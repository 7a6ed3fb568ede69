// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// wizardcheck: `tpready check` played through the wizard. It takes the options of `tpready check`, fills the wizard's
// pages with them as an installer would (site, deployment, platform or TPE, transport, LRR version, NTP and DNS
// servers; the timeout, private CA and resolve overrides through the run options), runs the checks on page 6 under
// QT_QPA_PLATFORM=offscreen, and saves page 7's report with Export JSON. Any other command goes to the real command
// line. So the integration lab (tests/integration/lab.sh) can run the wizard in place of `tpready check` and hold
// it to the very same assertions: `lab.sh build/tests/ui/wizardcheck SCENARIO`.
#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

#include "app/cli.h"
#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "ui/checkspage.h"
#include "ui/reportpage.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "wizardcheck: %s\n", qUtf8Printable(message));
    return tpready::cli::ExitUsage;
}

template <typename T>
T *widget(tpready::Wizard &wizard, const QString &name)
{
    return wizard.findChild<T *>(name);
}

/// Next, as the installer clicks it; false when the wizard does not move on (an input the page refuses).
bool next(tpready::Wizard &wizard)
{
    const int before = wizard.currentId();
    QAbstractButton *button = wizard.button(QWizard::NextButton);
    if (!button->isEnabled())
        return false;
    button->click();
    return wizard.currentId() != before;
}

void quiet(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg || !qEnvironmentVariableIsEmpty("TPREADY_DEBUG"))
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, message)));
}

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QStringList single{u"deployment"_s, u"platform"_s, u"tpe"_s,      u"transport"_s, u"lrr-version"_s,
                             u"timeout-ms"_s, u"site"_s,     u"operator"_s, u"json"_s,      u"lang"_s};
    for (const QString &name : single)
        parser.addOption(QCommandLineOption(name, QString(), u"VALUE"_s));
    for (const QString &name : {u"ntp"_s, u"dns"_s, u"ca"_s, u"resolve"_s})
        parser.addOption(QCommandLineOption(name, QString(), u"VALUE"_s));
    parser.addOption(QCommandLineOption(u"quiet"_s));
    if (!parser.parse(QStringList{u"wizardcheck"_s} + arguments.mid(1)))
        return fail(parser.errorText());
    if (parser.values(u"ca"_s).size() > 1)
        return fail(u"the wizard takes one private CA file"_s);
    if (!parser.isSet(u"json"_s) || parser.value(u"json"_s) == u"-")
        return fail(u"--json FILE is required"_s);

    // The run options, as the installer would have set them in Run options.
    QTemporaryDir home;
    if (!home.isValid())
        return fail(u"no temporary directory"_s);
    tpready::Settings settings(home.filePath(u"settings.ini"_s));
    if (parser.isSet(u"timeout-ms"_s))
        settings.setValue(tpready::Settings::Key::ProbeTimeoutMs, parser.value(u"timeout-ms"_s).toInt());
    settings.setValue(tpready::Settings::Key::CaFile, parser.value(u"ca"_s));
    settings.setValue(tpready::Settings::Key::ResolveOverrides, parser.values(u"resolve"_s).join(u'\n'));

    QString error;
    const auto catalog = tpready::Catalog::loadBuiltIn(&error);
    if (!catalog)
        return fail(error);
    tpready::Wizard wizard(*catalog, &settings);
    wizard.resize(1024, 700);
    wizard.show();

    // Pages 1 to 5, filled in as an installer does.
    widget<QLineEdit>(wizard, u"siteNameEdit"_s)->setText(parser.value(u"site"_s));
    widget<QLineEdit>(wizard, u"operatorEdit"_s)->setText(parser.value(u"operator"_s));
    if (!next(wizard))
        return fail(u"page 1 refused"_s);
    const bool saas = parser.value(u"deployment"_s) == u"saas";
    if (!saas && parser.value(u"deployment"_s) != u"self-hosted")
        return fail(u"--deployment saas or self-hosted"_s);
    widget<QRadioButton>(wizard, saas ? u"saasRadio"_s : u"selfHostedRadio"_s)->click();
    if (!next(wizard))
        return fail(u"page 2 refused"_s);
    if (saas) {
        auto *platform = widget<QRadioButton>(wizard, u"platformRadio_"_s + parser.value(u"platform"_s));
        if (!platform)
            return fail(u"no platform "_s + parser.value(u"platform"_s));
        platform->click();
    } else {
        widget<QLineEdit>(wizard, u"tpeHostsEdit"_s)->setText(parser.value(u"tpe"_s));
    }
    if (!next(wizard))
        return fail(u"page 3 refused the platform or TPE"_s);
    auto *transport = widget<QRadioButton>(wizard, u"transportRadio_"_s + parser.value(u"transport"_s));
    if (!transport || !transport->isEnabled())
        return fail(u"no transport "_s + parser.value(u"transport"_s));
    transport->click();
    if (auto *version = widget<QLineEdit>(wizard, u"lrrVersionEdit"_s); version->isEnabled())
        version->setText(parser.value(u"lrr-version"_s));
    widget<QLineEdit>(wizard, u"ntpServersEdit"_s)->setText(parser.values(u"ntp"_s).join(u", "));
    widget<QLineEdit>(wizard, u"dnsServersEdit"_s)->setText(parser.values(u"dns"_s).join(u", "));
    if (!next(wizard))
        return fail(u"page 4 refused the transport, LRR version, NTP or DNS servers"_s);

    // Page 6: the run, to its end, with the laptop's network snapshot.
    if (!next(wizard) || wizard.currentId() != tpready::Wizard::Page_Checks)
        return fail(u"page 5 did not start the checks"_s);
    tpready::CheckSession *session = wizard.checksPage()->session();
    if (!session)
        return fail(u"no run started (the run options were refused?)"_s);
    QEventLoop loop;
    const auto quitWhenComplete = [&] {
        if (session->hasResults() && session->hasEnvironment())
            loop.quit();
    };
    QObject::connect(session, &tpready::CheckSession::finished, &loop, quitWhenComplete);
    QObject::connect(session, &tpready::CheckSession::environmentReady, &loop, quitWhenComplete);
    if (!session->hasResults() || !session->hasEnvironment())
        loop.exec();

    // Page 7: Export JSON.
    if (!next(wizard) || wizard.currentId() != tpready::Wizard::Page_Report)
        return fail(u"page 6 did not lead to the report"_s);
    const QString problem = wizard.reportPage()->exportJson(parser.value(u"json"_s));
    if (!problem.isEmpty())
        return fail(problem);
    const tpready::Summary summary = wizard.reportPage()->report().summary();
    std::printf("Verdict: %s (%d pass, %d fail, %d warn, %d info, %d skipped), through the wizard\n",
                qUtf8Printable(tpready::toToken(summary.readiness)), summary.pass, summary.fail, summary.warn,
                summary.info, summary.skipped);
    wizard.button(QWizard::FinishButton)->click();
    return summary.mustFailed ? tpready::cli::ExitMustFailed : tpready::cli::ExitOk;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    qInstallMessageHandler(quiet);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    if (arguments.value(0) != u"check") {
        QGuiApplication app(qtArgc, argv);
        return tpready::cli::run(arguments);
    }
    QApplication app(qtArgc, argv);
    return check(arguments);
}
