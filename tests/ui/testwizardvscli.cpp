// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// The wizard reaches the same verdicts as `tpready check` for the same selection: both run against the same in-process
// servers (tests/ui/loopbacklab.h) holding the plan's own ports on a loopback address of this process's own, the
// wizard through its pages with the real probes, the command line as the real executable. Binding ports below 1024
// needs root or net.ipv4.ip_unprivileged_port_start=0; without either the test is skipped and says so.
#include "tests/ui/loopbacklab.h"
#include "testsupport/prerequisite.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "ui/checkspage.h"
#include "ui/reportpage.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;
using tpready::Wizard;

namespace {

// Generous: the comparison must not depend on how busy the machine is (the silent UDP 4500 server makes every row
// last this long).
constexpr int kTimeoutMs = 2500;

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"does not support propagateSizeHints"_s))
        return;
    previousHandler(type, context, message);
}

/// One check as both sides report it: what it is, and what it concluded.
struct Line
{
    QString check;   ///< "i1 127.x.y.z udp 500"
    QString verdict; ///< "fail/timeout"
    QString detail;  ///< the human sentence, shown when the two sides differ
};

QList<Line> linesOf(const QJsonObject &report)
{
    QList<Line> lines;
    for (const QJsonValue &value : report.value(u"checks"_s).toArray()) {
        const QJsonObject check = value.toObject();
        Line line;
        line.check = u"%1 %2 %3 %4"_s
                         .arg(check.value(u"flow"_s).toString(), check.value(u"host"_s).toString(),
                              check.value(u"transport"_s).toString())
                         .arg(check.value(u"port"_s).toInt());
        line.verdict = check.value(u"verdict"_s).toString() + u'/' + check.value(u"reason"_s).toString();
        line.detail = check.value(u"detail"_s).toString();
        lines << line;
    }
    return lines;
}

} // namespace

class TestWizardVsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(quietHandler);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        m_catalog = tpready::Catalog::loadBuiltIn(&error);
        QVERIFY2(m_catalog, qPrintable(error));
        QVERIFY(QFile::exists(QStringLiteral(TPREADY_EXECUTABLE)));
    }

    void sameVerdicts_data()
    {
        QTest::addColumn<tpready::Transport>("transport");
        QTest::addColumn<bool>("privateCa");
        for (const tpready::Transport transport : tpready::allTransports())
            QTest::newRow(qPrintable(tpready::toToken(transport))) << transport << false;
        // The run options too: the TPE's private CA given to both (--ca, and Run options in the wizard).
        QTest::newRow("lrr-ipsec, private CA") << tpready::Transport::LrrIpsec << true;
    }

    void sameVerdicts()
    {
        QFETCH(tpready::Transport, transport);
        QFETCH(bool, privateCa);
        testing::LoopbackLab lab(testing::LoopbackLab::Ports::Real);
        QString error;
        if (!lab.start(&error))
            TPREADY_MISSING(u"the plan's own ports cannot be served here (%1): run as root or with "
                            "net.ipv4.ip_unprivileged_port_start=0"_s.arg(error));
        // TLS on TCP 3001 with a certificate from a private CA (needs the openssl command).
        const bool tls = lab.startTls(&error);
        if (!tls && privateCa)
            TPREADY_MISSING(error);
        const QString host = lab.host();

        // The command line.
        const QString name = tpready::toToken(transport) + (privateCa ? u"-ca"_s : QString());
        const QString jsonPath = m_dir.filePath(u"cli-%1.json"_s.arg(name));
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy cliFinished(&cli, &QProcess::finished);
        QStringList arguments{u"check"_s,
                              u"--deployment"_s,
                              u"self-hosted"_s,
                              u"--tpe"_s,
                              host,
                              u"--transport"_s,
                              tpready::toToken(transport),
                              u"--ntp"_s,
                              host,
                              u"--dns"_s,
                              host,
                              u"--timeout-ms"_s,
                              QString::number(kTimeoutMs),
                              u"--site"_s,
                              u"Comparison"_s,
                              u"--json"_s,
                              jsonPath,
                              u"--quiet"_s};
        if (privateCa)
            arguments << u"--ca"_s << lab.caFile();
        cli.start(QStringLiteral(TPREADY_EXECUTABLE), arguments);
        // The servers live in this process: wait with the event loop running, never with waitForFinished().
        QVERIFY(cliFinished.wait(60000));
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && (cli.exitCode() == 0 || cli.exitCode() == 1),
                 qPrintable(QString::number(cli.exitCode())));
        QFile file(jsonPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject cliReport = QJsonDocument::fromJson(file.readAll()).object();

        // The wizard, page by page, with the real probes.
        tpready::Settings settings(m_dir.filePath(u"settings-%1.ini"_s.arg(name)));
        settings.setValue(tpready::Settings::Key::ProbeTimeoutMs, kTimeoutMs);
        if (privateCa)
            settings.setValue(tpready::Settings::Key::CaFile, lab.caFile());
        Wizard wizard(*m_catalog, &settings);
        wizard.resize(1024, 700);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto next = [&wizard] { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); };
        typeInto(wizard.findChild<QLineEdit *>(u"siteNameEdit"_s), u"Comparison"_s);
        next();
        QTest::mouseClick(wizard.findChild<QRadioButton *>(u"selfHostedRadio"_s), Qt::LeftButton);
        next();
        typeInto(wizard.findChild<QLineEdit *>(u"tpeHostsEdit"_s), host);
        next();
        QTest::mouseClick(wizard.findChild<QRadioButton *>(u"transportRadio_"_s + tpready::toToken(transport)),
                          Qt::LeftButton);
        typeInto(wizard.findChild<QLineEdit *>(u"ntpServersEdit"_s), host);
        typeInto(wizard.findChild<QLineEdit *>(u"dnsServersEdit"_s), host);
        next();
        QCOMPARE(wizard.currentId(), int(Wizard::Page_Flows));
        next();
        QCOMPARE(wizard.currentId(), int(Wizard::Page_Checks));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.checksPage()->session()->hasResults(), 60000);
        next();
        QCOMPARE(wizard.currentId(), int(Wizard::Page_Report));
        const QJsonObject wizardReport = tpready::reportToJson(wizard.reportPage()->report());

        // Check by check: the same checks in the same order, the same verdict and reason.
        const QList<Line> fromCli = linesOf(cliReport);
        const QList<Line> fromWizard = linesOf(wizardReport);
        QCOMPARE(fromWizard.size(), fromCli.size());
        QVERIFY(!fromCli.isEmpty());
        QStringList table;
        for (int i = 0; i < fromCli.size(); ++i) {
            QCOMPARE(fromWizard.at(i).check, fromCli.at(i).check);
            table << u"%1  cli %2  wizard %3"_s.arg(fromCli.at(i).check.leftJustified(28), fromCli.at(i).verdict,
                                                    fromWizard.at(i).verdict);
            if (fromCli.at(i).verdict != fromWizard.at(i).verdict)
                table << u"    cli: %1\n    wizard: %2"_s.arg(fromCli.at(i).detail, fromWizard.at(i).detail);
        }
        for (int i = 0; i < fromCli.size(); ++i)
            QVERIFY2(fromWizard.at(i).verdict == fromCli.at(i).verdict, qPrintable(table.join(u'\n')));
        QCOMPARE(wizardReport.value(u"summary"_s).toObject().value(u"verdict"_s),
                 cliReport.value(u"summary"_s).toObject().value(u"verdict"_s));
        QCOMPARE(wizardReport.value(u"selection"_s), cliReport.value(u"selection"_s));
        if (tls && transport == tpready::Transport::LrrIpsec) {
            // The TLS check proves the CA option reached both: untrusted without it, verified with it.
            const QString expected = privateCa ? u"pass/ok"_s : u"fail/tls-untrusted"_s;
            bool seen = false;
            for (const Line &line : fromCli) {
                if (line.check.startsWith(u"i38 "_s)) {
                    QCOMPARE(line.verdict, expected);
                    seen = true;
                }
            }
            QVERIFY(seen);
        }
        qInfo("%s: %lld checks, identical verdicts and reasons; summary %s\n%s", qPrintable(name),
              static_cast<long long>(fromCli.size()),
              qPrintable(cliReport.value(u"summary"_s).toObject().value(u"verdict"_s).toString()),
              qPrintable(table.join(u'\n')));
    }

private:
    std::optional<tpready::Catalog> m_catalog;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardVsCli)
#include "testwizardvscli.moc"
