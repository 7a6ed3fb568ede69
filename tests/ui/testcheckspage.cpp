// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// Pages 6 (checks) and 7 (report) of the wizard, driven offscreen with QTest: full runs of the real probes against
// in-process servers on a loopback address of this process's own (tests/ui/loopbacklab.h), cancel in the middle of
// a run, Back and close during a run, re-runs, filters, details, the environment panel, run options, exports, the
// clipboard's change request, keyboard-only use, accessible names, layout at 1024 x 700, and screenshots.
#include "tests/core/scriptedprobe.h"
#include "tests/ui/loopbacklab.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <memory>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

#include "testsupport/gatewayblocktext.h"
#include "testsupport/prerequisite.h"

#include "core/catalog/catalog.h"
#include "core/gateway/gatewayscript.h"
#include "core/report/changerequest.h"
#include "core/report/pdfreport.h"
#include "core/report/reportfiles.h"
#include "core/runner/reportbuilder.h"
#include "core/settings.h"
#include "ui/checkfiltermodel.h"
#include "ui/checkspage.h"
#include "ui/checktablemodel.h"
#include "ui/fieldmessage.h"
#include "ui/gatewaydialog.h"
#include "ui/reportpage.h"
#include "ui/runoptionsdialog.h"
#include "ui/statusicon.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;
using tpready::CheckRun;
using tpready::CheckTableModel;
using tpready::Reason;
using tpready::Verdict;
using tpready::Wizard;

namespace {

const char kPrivateCaPem[] = "-----BEGIN CERTIFICATE-----\n"
                             "MIIBnDCCAUGgAwIBAgIUXfOf/fmPUQCmT24BfXKPiUhlHdMwCgYIKoZIzj0EAwIw\n"
                             "IjEgMB4GA1UEAwwXdHByZWFkeSB0ZXN0IHByaXZhdGUgQ0EwIBcNMjYxMTIzMjM1\n"
                             "NTMyWhgPMjEyNjEwMzAyMzU1MzJaMCIxIDAeBgNVBAMMF3RwcmVhZHkgdGVzdCBw\n"
                             "cml2YXRlIENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAETnDY1HV87TT18ykx\n"
                             "NmLHGHcEK/nvu3b4hffjWg/8ia9QK0DYjczy52KZg6FVrE5WzjGJbbSULG1uoRgI\n"
                             "xtHpE6NTMFEwHQYDVR0OBBYEFCGwghJI6nDwGouIMtRvVfzmE9t6MB8GA1UdIwQY\n"
                             "MBaAFCGwghJI6nDwGouIMtRvVfzmE9t6MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZI\n"
                             "zj0EAwIDSQAwRgIhAKFErqCM/WJErjc8vVQjQeSa/3iyzxRnAVHYxcyK2ec8AiEA\n"
                             "1BBJq3c6qTTjF6SwSpC12srnYR6SXfMn+FQtaIp9YV8=\n"
                             "-----END CERTIFICATE-----\n";

enum class Link
{
    Ethernet,
    Wifi,
    Vpn,
};

/// A laptop's network as a capture would see it, so that tests and screenshots do not depend on this machine's.
tpready::Environment fakeEnvironment(Link link)
{
    tpready::Environment env;
    env.os = u"Debian GNU/Linux 12 (bookworm), kernel Linux 6.1.0-28-amd64"_s;
    tpready::InterfaceInfo primary;
    primary.name = link == Link::Wifi ? u"wlan0"_s : u"eth0"_s;
    primary.kind = link == Link::Wifi ? u"wifi"_s : u"ethernet"_s;
    primary.addresses = {u"192.168.10.23/24"_s, u"fe80::5054:ff:fe12:3456/64"_s};
    primary.hardwareAddress = u"52:54:00:12:34:56"_s;
    primary.up = true;
    primary.defaultRoute = true;
    env.interfaces << primary;
    if (link == Link::Vpn) {
        tpready::InterfaceInfo vpn;
        vpn.name = u"wg0"_s;
        vpn.kind = u"vpn"_s;
        vpn.addresses = {u"10.8.0.5/32"_s};
        vpn.up = true;
        env.interfaces << vpn;
    }
    env.defaultGateways = {u"192.168.10.1"_s};
    env.dnsServers = {u"192.168.10.1"_s};
    env.dnsSource = u"system"_s;
    env.proxy = u"none"_s;
    env.dhcp = u"DHCP lease files found: the laptop's address was probably given by DHCP."_s;
    return env;
}

tpready::EnvironmentCapture fakeCapture(Link link, int delayMs = 0)
{
    return [link, delayMs](const QStringList &) {
        if (delayMs > 0)
            QThread::msleep(static_cast<unsigned long>(delayMs));
        return fakeEnvironment(link);
    };
}

template <typename T>
T *find(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

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

/// The index of the check of @p flow on @p port (0: the first of that flow).
int checkIndex(const tpready::CheckSession &session, const QString &flow, quint16 port = 0, int nth = 0)
{
    int seen = 0;
    for (int i = 0; i < session.checks().size(); ++i) {
        const tpready::ProbeTarget &target = session.checks().at(i).target;
        if (target.flowId == flow && (port == 0 || target.port == port) && seen++ == nth)
            return i;
    }
    qFatal("no check %s port %d", qPrintable(flow), port);
    return -1;
}

/// The sockets this process has open (Linux: /proc/self/fd), or -1 where that cannot be read. A run that ends or is
/// dropped must give back every socket its probes opened.
int openSocketCount()
{
#ifdef Q_OS_LINUX
    const QDir fds(u"/proc/self/fd"_s);
    int sockets = 0;
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        char target[64] = {};
        const QByteArray path = fds.filePath(fd).toLocal8Bit();
        if (::readlink(path.constData(), target, sizeof target - 1) > 0 && qstrncmp(target, "socket:", 7) == 0)
            ++sockets;
    }
    return sockets;
#else
    return -1;
#endif
}

QString statusText(const CheckTableModel &model, int row)
{
    return model.index(row, CheckTableModel::section(CheckTableModel::Column::Status)).data().toString();
}

QString verdictAndReason(const CheckRun &check)
{
    return tpready::toToken(check.result.verdict) + u'/' + tpready::toToken(check.result.reason);
}

QPalette darkPalette()
{
    QPalette dark(QColor(0x3a, 0x3a, 0x3a), QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2f, 0x2f, 0x2f));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6d, 0xb5));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Link, QColor(0x7f, 0xb0, 0xff));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return dark;
}

} // namespace

class TestChecksPage : public QObject
{
    Q_OBJECT

public slots:
    /// QDesktopServices sends file: URLs here during the export test, instead of opening a file manager.
    void openUrl(const QUrl &url) { m_openedUrls << url; }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullRunAgainstLoopback();
    void cancelMidRun();
    void backDuringRunCancels();
    void closeDuringRun();
    void rerunOneRow();
    void rerunFailedRows();
    void filters();
    void detailsPane();
    void environmentPanel();
    void runOptions();
    void privateCaForSelfHostedTpe();
    void exports();
    void keyboardOnly();
    void accessibleNames();
    void layoutHolds();
    void screenshots();
    void gatewayResultsMerged();

private:
    std::unique_ptr<Wizard> makeWizard();
    void clickNext(Wizard &wizard);
    void driveToFlows(Wizard &wizard, const QString &tpe, tpready::Transport transport = tpready::Transport::LrrIpsec);
    void driveToChecks(Wizard &wizard, const QString &tpe);
    bool waitForRun(Wizard &wizard, int timeoutMs = 20000);
    void checkAccessibleNames(Wizard &wizard);
    void checkLayout(Wizard &wizard);

    std::optional<tpready::Catalog> m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<tpready::Settings> m_settings;
    int m_iniCount = 0;
    QList<QUrl> m_openedUrls;
};

void TestChecksPage::initTestCase()
{
    previousHandler = qInstallMessageHandler(quietHandler);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    m_catalog = tpready::Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestChecksPage::init()
{
    m_settings = std::make_unique<tpready::Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_iniCount)));
    // Short deadlines keep the suite fast; the silent servers of the cancel tests get long ones.
    m_settings->setValue(tpready::Settings::Key::ProbeTimeoutMs, 1200);
}

void TestChecksPage::cleanup()
{
    m_settings.reset();
    QApplication::setPalette(QApplication::style()->standardPalette());
}

std::unique_ptr<Wizard> TestChecksPage::makeWizard()
{
    auto wizard = std::make_unique<Wizard>(*m_catalog, m_settings.get());
    wizard->resize(1024, 700);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qFatal("wizard not exposed");
    // Tests never depend on this machine's interfaces, unless they say so.
    wizard->checksPage()->setEnvironmentCapture(fakeCapture(Link::Ethernet));
    return wizard;
}

void TestChecksPage::clickNext(Wizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    const int before = wizard.currentId();
    QVERIFY2(next->isVisible() && next->isEnabled(), qPrintable(u"Next unavailable on page %1"_s.arg(before)));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(wizard.currentId() != before);
}

void TestChecksPage::driveToFlows(Wizard &wizard, const QString &tpe, tpready::Transport transport)
{
    typeInto(find<QLineEdit>(wizard, u"siteNameEdit"_s), u"Loopback lab"_s);
    clickNext(wizard);
    QTest::mouseClick(find<QRadioButton>(wizard, u"selfHostedRadio"_s), Qt::LeftButton);
    clickNext(wizard);
    typeInto(find<QLineEdit>(wizard, u"tpeHostsEdit"_s), tpe);
    clickNext(wizard);
    QTest::mouseClick(find<QRadioButton>(wizard, u"transportRadio_"_s + tpready::toToken(transport)), Qt::LeftButton);
    // The site's own NTP and DNS servers are the lab too: nothing leaves the loopback address.
    typeInto(find<QLineEdit>(wizard, u"ntpServersEdit"_s), tpe);
    typeInto(find<QLineEdit>(wizard, u"dnsServersEdit"_s), tpe);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(Wizard::Page_Flows));
}

void TestChecksPage::driveToChecks(Wizard &wizard, const QString &tpe)
{
    driveToFlows(wizard, tpe);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(wizard.button(QWizard::NextButton)->accessibleName(), u"Run the checks"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(Wizard::Page_Checks));
    QVERIFY(wizard.checksPage()->session());
}

bool TestChecksPage::waitForRun(Wizard &wizard, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const tpready::CheckSession *session = wizard.checksPage()->session();
        if (session && session->hasResults())
            return true;
        QTest::qWait(20);
    }
    return false;
}

void TestChecksPage::fullRunAgainstLoopback()
{
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    auto wizard = makeWizard();
    tpready::ChecksPage *page = wizard->checksPage();
    page->setProbeFactory(lab.factory());
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;

    tpready::CheckSession *session = page->session();
    const auto *model = page->model();
    QCOMPARE(model->rowCount(), session->checks().size());
    // Live: the SSH check passes while IKE on UDP 4500 (a silent server) still waits for its deadline.
    const int ssh = checkIndex(*session, u"i5"_s);
    const int ike4500 = checkIndex(*session, u"i1"_s, 4500);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(*model, ssh), u"Pass"_s, 5000);
    QCOMPARE(statusText(*model, ike4500), u"Checking"_s);
    QVERIFY(session->isRunning());
    QVERIFY(find<QPushButton>(*wizard, u"cancelRunButton"_s)->isEnabled());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *progress = find<QProgressBar>(*wizard, u"progressBar"_s);
    QCOMPARE(progress->maximum(), session->checks().size());
    QVERIFY(progress->value() > 0 && progress->value() < progress->maximum());
    QVERIFY(find<QLabel>(*wizard, u"progressLabel"_s)->text().startsWith(u"Checking: "_s));

    QVERIFY(waitForRun(*wizard));
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY2(find<QLabel>(*wizard, u"progressLabel"_s)->text().startsWith(u"Finished in "_s),
             qPrintable(find<QLabel>(*wizard, u"progressLabel"_s)->text()));
    // The page counts as the report does.
    const tpready::Summary counted = session->report({}).summary();
    const QString counts = u": %1 pass, %2 fail, %3 warning, %4 info, %5 skipped."_s.arg(counted.pass)
                               .arg(counted.fail)
                               .arg(counted.warn)
                               .arg(counted.info)
                               .arg(counted.skipped);
    QVERIFY2(find<QLabel>(*wizard, u"progressLabel"_s)->text().endsWith(counts),
             qPrintable(find<QLabel>(*wizard, u"progressLabel"_s)->text() + u" / "_s + counts));
    QVERIFY(!find<QPushButton>(*wizard, u"cancelRunButton"_s)->isEnabled());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    // The uplink, from the ICMP check's echoes, once it answered (it may be not testable on this machine).
    const auto *uplink = find<QLabel>(*wizard, u"uplinkLabel"_s);
    const int icmp = checkIndex(*session, u"i3"_s);
    if (session->checks().at(icmp).result.verdict == tpready::Verdict::Pass) {
        QVERIFY(uplink->isVisibleTo(wizard.get()));
        // Every echo answered on the loopback (5 through the socket; through ping, as many as the deadline allows).
        QVERIFY2(QRegularExpression(u"(\\d) of \\1 echoes answered \\(0 % lost\\)"_s).match(uplink->text()).hasMatch(),
                 qPrintable(uplink->text()));
    } else {
        QVERIFY(!uplink->isVisibleTo(wizard.get()));
    }

    // Every row says what its check concluded, as the session holds it.
    for (int row = 0; row < session->checks().size(); ++row) {
        const CheckRun &check = session->checks().at(row);
        QCOMPARE(check.state, CheckRun::State::Done);
        QString expected = tpready::statusWord(check.state, check.result.verdict);
        if (check.result.reason != Reason::Ok)
            expected += u" ("_s + tpready::toToken(check.result.reason) + u')';
        QCOMPARE(statusText(*model, row), expected);
        QCOMPARE(model->index(row, 0).data(CheckTableModel::VerdictRole).toInt(), int(check.result.verdict));
    }
    // What the lab's servers prove, with the real probes.
    auto is = [&](int index, Verdict verdict, Reason reason) {
        const CheckRun &check = session->checks().at(index);
        return check.result.verdict == verdict && check.result.reason == reason;
    };
    QVERIFY2(is(ssh, Verdict::Pass, Reason::Ok), qPrintable(verdictAndReason(session->checks().at(ssh))));
    QVERIFY(is(checkIndex(*session, u"i4"_s), Verdict::Pass, Reason::Ok));
    QVERIFY(is(checkIndex(*session, u"i1"_s, 500), Verdict::Pass, Reason::Ok));
    const CheckRun &silent = session->checks().at(ike4500);
    QCOMPARE(silent.result.verdict, Verdict::Fail);
    QVERIFY2(silent.result.reason == Reason::Timeout || silent.result.reason == Reason::NoResponse,
             qPrintable(verdictAndReason(silent)));
    QVERIFY(is(checkIndex(*session, u"i2"_s), Verdict::Info, Reason::NotTestable));
    QVERIFY(is(checkIndex(*session, u"n1"_s), Verdict::Pass, Reason::Ok));
    QVERIFY(is(checkIndex(*session, u"n3"_s), Verdict::Pass, Reason::Ok));
    // The run took about one deadline, not the sum of them.
    QVERIFY2(session->durationMs() < 4 * 1200, qPrintable(QString::number(session->durationMs())));

    // Page 7: the verdict at a glance, and the change request on the clipboard.
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Report));
    const tpready::Report &report = wizard->reportPage()->report();
    QCOMPARE(report.summary().readiness, tpready::Readiness::NotReady);
    QCOMPARE(find<QLabel>(*wizard, u"verdictLabel"_s)->text(), u"Not ready"_s);
    QVERIFY(find<QLabel>(*wizard, u"verdictExplanation"_s)->text().contains(u"MUST check"_s));
    QCOMPARE(report.checks.size(), session->checks().size());
    QCOMPARE(report.site.name, u"Loopback lab"_s);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(find<QPushButton>(*wizard, u"copyChangeRequestButton"_s), Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, tpready::changeRequestText(report));
    QVERIFY2(text.contains(u"Site: Loopback lab"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Allow UDP/4500 to %1, both ways. Flow i1, MUST. Found: %2."_s.arg(
                 lab.host(), tpready::toToken(silent.result.reason))),
             qPrintable(text));
    QVERIFY2(text.contains(u"Allow these flows in the firewall, from the gateway's LAN"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"TCP/22"_s), qPrintable(text)); // SSH and SFTP passed: nothing to open
    QVERIFY2(!text.contains(u"UDP/500 "_s), qPrintable(text));
    QVERIFY(text.contains(tpready::laptopCaveat()));
    QVERIFY(find<QLabel>(*wizard, u"exportStatusLabel"_s)->text().contains(u"clipboard"_s));
    QVERIFY(find<QLabel>(*wizard, u"caveatLabel"_s)->text() == tpready::laptopCaveat());
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
}

void TestChecksPage::cancelMidRun()
{
    // Servers that accept and never answer: every check waits for its 20 s deadline unless cancelled.
    testing::LoopbackLab::Behaviour silent;
    silent.sshAnswers = silent.ntpAnswers = silent.ike500Answers = silent.ike4500Answers = false;
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped, silent);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    m_settings->setValue(tpready::Settings::Key::ProbeTimeoutMs, 20000);
    auto wizard = makeWizard();
    const int sockets = openSocketCount();
    tpready::ChecksPage *page = wizard->checksPage();
    page->setProbeFactory(lab.factory());
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;
    auto *cancel = find<QPushButton>(*wizard, u"cancelRunButton"_s);
    auto *again = find<QPushButton>(*wizard, u"runAgainButton"_s);

    QList<qint64> latencies;
    for (int round = 0; round < 5; ++round) {
        tpready::CheckSession *session = page->session();
        QVERIFY(session->isRunning());
        // In the middle of the run: the SSH connections are up and waiting for a banner.
        QTRY_VERIFY_WITH_TIMEOUT(lab.openConnections() >= 2, 5000);
        const int ssh = checkIndex(*session, u"i5"_s);
        QCOMPARE(session->checks().at(ssh).state, CheckRun::State::Running);

        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Cancel is synchronous: when the click returns, every check has ended and the page says so.
        const qint64 latency = clock.elapsed();
        latencies << latency;
        QVERIFY(!session->isRunning());
        for (const CheckRun &check : session->checks())
            QCOMPARE(check.state, CheckRun::State::Done);
        QCOMPARE(session->checks().at(ssh).result.reason, Reason::Cancelled);
        QCOMPARE(statusText(*page->model(), ssh), u"Skipped (cancelled)"_s);
        QVERIFY(find<QLabel>(*wizard, u"progressLabel"_s)->text().startsWith(u"Cancelled after "_s));
        QVERIFY2(latency < 500 * TPREADY_TEST_SLOWDOWN, qPrintable(u"cancel took %1 ms"_s.arg(latency)));
        // No probe and no socket is left: the server sees its connections closed, and this process holds the
        // sockets it held before the run.
        QTRY_COMPARE(session->runner().findChildren<tpready::Probe *>().size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(lab.openConnections(), 0, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(openSocketCount(), sockets, 2000);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(again->isEnabled());

        // And the wizard runs again at once.
        clock.restart();
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY(page->session() != nullptr);
        QVERIFY(page->session()->isRunning());
        QVERIFY(cancel->isEnabled());
        QVERIFY2(clock.elapsed() < 500 * TPREADY_TEST_SLOWDOWN, qPrintable(QString::number(clock.elapsed())));
    }
    // Escape cancels a run too, and leaves the wizard open; when nothing runs, it closes the wizard as usual.
    QVERIFY(page->session()->isRunning());
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QVERIFY(!page->session()->isRunning());
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Checks));
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(page->session()->isRunning());

    qint64 sum = 0;
    for (const qint64 latency : std::as_const(latencies))
        sum += latency;
    qInfo("cancel latency over %lld runs (click to every row ended and shown): max %lld ms, mean %.1f ms",
          static_cast<long long>(latencies.size()),
          static_cast<long long>(*std::max_element(latencies.begin(), latencies.end())),
          static_cast<double>(sum) / static_cast<double>(latencies.size()));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!page->session()->isRunning());
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Rejected));
    QVERIFY(page->session() == nullptr);
}

void TestChecksPage::backDuringRunCancels()
{
    testing::LoopbackLab::Behaviour silent;
    silent.sshAnswers = silent.ntpAnswers = silent.ike500Answers = false;
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped, silent);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    m_settings->setValue(tpready::Settings::Key::ProbeTimeoutMs, 20000);
    auto wizard = makeWizard();
    const int sockets = openSocketCount();
    tpready::ChecksPage *page = wizard->checksPage();
    page->setProbeFactory(lab.factory());
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(lab.openConnections() >= 2, 5000);
    QVERIFY(openSocketCount() > sockets);
    QPointer<tpready::CheckSession> session = page->session();
    QVERIFY(session->isRunning());

    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Flows));
    // The run is gone at once, probes and sockets with it.
    QVERIFY(session.isNull());
    QVERIFY(page->session() == nullptr);
    QCOMPARE(page->model()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(lab.openConnections(), 0, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(openSocketCount(), sockets, 2000);

    // Next starts a new run.
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Checks));
    QVERIFY(page->session() && page->session()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(lab.openConnections() >= 2, 5000);
}

void TestChecksPage::closeDuringRun()
{
    testing::LoopbackLab::Behaviour silent;
    silent.sshAnswers = silent.ntpAnswers = silent.ike500Answers = false;
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped, silent);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    m_settings->setValue(tpready::Settings::Key::ProbeTimeoutMs, 20000);

    // Closed with the window's Close button, then deleted, while probes run and the snapshot is still being taken.
    for (const bool closeFirst : {true, false}) {
        const int sockets = openSocketCount();
        auto wizard = makeWizard();
        wizard->checksPage()->setProbeFactory(lab.factory());
        wizard->checksPage()->setEnvironmentCapture(fakeCapture(Link::Wifi, 600));
        driveToChecks(*wizard, lab.host());
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(lab.openConnections() >= 2, 5000);
        QVERIFY(wizard->checksPage()->session()->isCapturingEnvironment());
        QPointer<tpready::CheckSession> session = wizard->checksPage()->session();
        if (closeFirst) {
            QVERIFY(wizard->close());
            QVERIFY(session.isNull());
        }
        wizard.reset();
        QVERIFY(session.isNull());
        QTRY_COMPARE_WITH_TIMEOUT(lab.openConnections(), 0, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(openSocketCount(), sockets, 2000);
        // The snapshot ends after the wizard is gone: nothing may call back into it.
        QTest::qWait(900);
    }
}

void TestChecksPage::rerunOneRow()
{
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    auto wizard = makeWizard();
    tpready::ChecksPage *page = wizard->checksPage();
    page->setProbeFactory(lab.factory());
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitForRun(*wizard));
    tpready::CheckSession *session = page->session();
    const int ike4500 = checkIndex(*session, u"i1"_s, 4500);
    QCOMPARE(session->checks().at(ike4500).result.verdict, Verdict::Fail);
    QStringList before;
    for (const CheckRun &check : session->checks())
        before << verdictAndReason(check);

    // IT opened UDP 4500: run that row again.
    testing::LoopbackLab::Behaviour fixed;
    fixed.ike4500Answers = true;
    lab.setBehaviour(fixed);
    auto *table = find<QTableView>(*wizard, u"checkTable"_s);
    table->setFocus();
    table->selectionModel()->setCurrentIndex(table->model()->index(ike4500, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *rerun = find<QPushButton>(*wizard, u"rerunSelectedButton"_s);
    QVERIFY(rerun->isEnabled());
    QSignalSpy started(session, &tpready::CheckSession::checkStarted);
    QTest::mouseClick(rerun, Qt::LeftButton);
    QVERIFY(session->isRunning());
    QCOMPARE(statusText(*page->model(), ike4500), u"Checking"_s);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(waitForRun(*wizard, 5000));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toInt(), ike4500);
    QCOMPARE(session->checks().at(ike4500).result.verdict, Verdict::Pass);
    QCOMPARE(statusText(*page->model(), ike4500), u"Pass"_s);
    // Only that row changed.
    for (int i = 0; i < session->checks().size(); ++i) {
        if (i != ike4500)
            QCOMPARE(verdictAndReason(session->checks().at(i)), before.at(i));
    }
    // The details follow the row.
    QVERIFY(find<QTextBrowser>(*wizard, u"detailsView"_s)->toPlainText().contains(u"Pass"_s));
}

void TestChecksPage::rerunFailedRows()
{
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    auto wizard = makeWizard();
    tpready::ChecksPage *page = wizard->checksPage();
    page->setProbeFactory(lab.factory());
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitForRun(*wizard));
    tpready::CheckSession *session = page->session();
    QList<int> failed;
    for (int i = 0; i < session->checks().size(); ++i) {
        if (session->checks().at(i).result.verdict == Verdict::Fail)
            failed << i;
    }
    QVERIFY(!failed.isEmpty());
    auto *button = find<QPushButton>(*wizard, u"rerunFailedButton"_s);
    QCOMPARE(button->text(), u"Re-run fai&led (%1)"_s.arg(failed.size()));
    QSignalSpy started(session, &tpready::CheckSession::checkStarted);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(waitForRun(*wizard, 5000));
    QList<int> rerun;
    for (const QList<QVariant> &arguments : std::as_const(started))
        rerun << arguments.at(0).toInt();
    std::sort(rerun.begin(), rerun.end());
    QCOMPARE(rerun, failed);
}

void TestChecksPage::filters()
{
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    auto wizard = makeWizard();
    tpready::ChecksPage *page = wizard->checksPage();
    page->setProbeFactory(lab.factory());
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitForRun(*wizard));
    const tpready::CheckSession *session = page->session();
    int failed = 0;
    int must = 0;
    for (const CheckRun &check : session->checks()) {
        failed += check.result.verdict == Verdict::Fail ? 1 : 0;
        must += check.target.requirement == tpready::Requirement::Must ? 1 : 0;
    }
    auto *combo = find<QComboBox>(*wizard, u"filterCombo"_s);
    auto *table = find<QTableView>(*wizard, u"checkTable"_s);
    QCOMPARE(table->model()->rowCount(), session->checks().size());
    combo->setCurrentIndex(1);
    QCOMPARE(table->model()->rowCount(), failed);
    for (int row = 0; row < failed; ++row)
        QCOMPARE(table->model()->index(row, 0).data(CheckTableModel::VerdictRole).toInt(), int(Verdict::Fail));
    combo->setCurrentIndex(2);
    QCOMPARE(table->model()->rowCount(), must);
    QVERIFY(must < session->checks().size()); // the NTP, DNS and DHCP flows are OPTIONAL
    combo->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), session->checks().size());
}

void TestChecksPage::detailsPane()
{
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    auto wizard = makeWizard();
    tpready::ChecksPage *page = wizard->checksPage();
    page->setProbeFactory(lab.factory());
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitForRun(*wizard));
    const tpready::CheckSession *session = page->session();
    auto *table = find<QTableView>(*wizard, u"checkTable"_s);
    auto *details = find<QTextBrowser>(*wizard, u"detailsView"_s);
    auto select = [&](int index) {
        table->selectionModel()->setCurrentIndex(table->model()->index(index, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return details->toPlainText();
    };
    // The first failure is shown when the run ends.
    QVERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().data(CheckTableModel::VerdictRole).toInt(), int(Verdict::Fail));

    // SSH: what came back.
    const QString ssh = select(checkIndex(*session, u"i5"_s));
    QVERIFY2(ssh.contains(u"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"_s), qPrintable(ssh));
    QVERIFY(ssh.contains(u"What happened"_s));
    QVERIFY(ssh.contains(session->checks().at(checkIndex(*session, u"i5"_s)).result.detail));
    // IKE: what was sent, and the NAT finding.
    const QString ike = select(checkIndex(*session, u"i1"_s, 500));
    QVERIFY2(ike.contains(u"sent_header_hex"_s) && ike.contains(u"received_hex"_s), qPrintable(ike));
    QVERIFY2(ike.contains(u"local_behind_nat"_s) && ike.contains(u"NAT detection"_s), qPrintable(ike));
    // NTP: the clock offset.
    const QString ntp = select(checkIndex(*session, u"n1"_s));
    QVERIFY2(ntp.contains(u"clock_offset_ms"_s) && ntp.contains(u"stratum"_s), qPrintable(ntp));
    // A failure: the sentence and what to ask IT.
    const CheckRun &failure = session->checks().at(checkIndex(*session, u"i1"_s, 4500));
    const QString failed = select(checkIndex(*session, u"i1"_s, 4500));
    QVERIFY2(failed.contains(u"What to ask IT"_s), qPrintable(failed));
    QVERIFY2(failed.contains(tpready::makeCheckRecord(session->plan(), failure).result.remediation),
             qPrintable(failed));
    QVERIFY(failed.contains(failure.result.detail));
}

void TestChecksPage::environmentPanel()
{
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    for (const Link link : {Link::Wifi, Link::Vpn, Link::Ethernet}) {
        init();
        auto wizard = makeWizard();
        tpready::ChecksPage *page = wizard->checksPage();
        page->setProbeFactory(lab.factory());
        page->setEnvironmentCapture(fakeCapture(link));
        driveToChecks(*wizard, lab.host());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitForRun(*wizard));
        QTRY_VERIFY(page->session()->hasEnvironment());
        auto *warning = find<tpready::FieldMessage>(*wizard, u"pathWarning"_s);
        switch (link) {
        case Link::Wifi:
            QVERIFY(warning->isVisible());
            QVERIFY2(warning->message().contains(u"Wi-Fi (wlan0)"_s), qPrintable(warning->message()));
            break;
        case Link::Vpn:
            QVERIFY(warning->isVisible());
            QVERIFY2(warning->message().contains(u"VPN"_s) && warning->message().contains(u"wg0"_s),
                     qPrintable(warning->message()));
            break;
        case Link::Ethernet:
            QVERIFY(!warning->isVisible());
            break;
        }
        const QString env = find<QTextBrowser>(*wizard, u"environmentView"_s)->toPlainText();
        QVERIFY2(env.contains(u"192.168.10.23/24"_s), qPrintable(env));
        QVERIFY(env.contains(u"Default gateway"_s) && env.contains(u"192.168.10.1"_s));
        QVERIFY(env.contains(u"DNS servers"_s));
        QVERIFY(env.contains(u"Proxy"_s) && env.contains(u"none"_s));
        // The clock offset as the NTP check measured it (the lab's server has the laptop's own clock).
        QVERIFY2(env.contains(u" ms against %1"_s.arg(lab.host())), qPrintable(env));
        // The report says the same.
        clickNext(*wizard);
        QCOMPARE(find<tpready::FieldMessage>(*wizard, u"reportPathWarning"_s)->isVisible(), link != Link::Ethernet);
        QVERIFY(wizard->reportPage()->report().environment.clockOffsetMs.has_value());
        QCOMPARE(wizard->reportPage()->report().environment.clockSource, lab.host());
    }
}

void TestChecksPage::runOptions()
{
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    auto wizard = makeWizard();
    tpready::ChecksPage *page = wizard->checksPage();
    page->setProbeFactory(lab.factory());
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitForRun(*wizard));
    QCOMPARE(page->session()->options().probe.timeoutMs, 1200);

    const QString caPath = m_dir.filePath(u"private-ca.pem"_s);
    {
        QFile file(caPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPrivateCaPem);
    }
    QTest::mouseClick(find<QPushButton>(*wizard, u"runOptionsButton"_s), Qt::LeftButton);
    auto *dialog = wizard->findChild<tpready::RunOptionsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *timeout = find<QSpinBox>(*dialog, u"timeoutSpin"_s);
    timeout->setValue(2500);
    auto *ca = find<QLineEdit>(*dialog, u"caFileEdit"_s);
    typeInto(ca, m_dir.filePath(u"missing.pem"_s));
    QVERIFY(!ok->isEnabled());
    QVERIFY(find<tpready::FieldMessage>(*dialog, u"caFileMessage"_s)->message().contains(u"no readable file"_s));
    typeInto(ca, caPath);
    QVERIFY(ok->isEnabled());
    auto *overrides = find<QPlainTextEdit>(*dialog, u"resolveOverridesEdit"_s);
    overrides->setPlainText(u"not an override"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(find<tpready::FieldMessage>(*dialog, u"resolveOverridesMessage"_s)->message().contains(u"HOST=IP"_s));
    overrides->setPlainText(u"tpe.example.com=192.0.2.10\n"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(wizard->findChild<tpready::RunOptionsDialog *>() == nullptr);

    // Remembered, shown, and used from the next run.
    QCOMPARE(m_settings->value(tpready::Settings::Key::ProbeTimeoutMs).toInt(), 2500);
    QCOMPARE(m_settings->string(tpready::Settings::Key::CaFile), caPath);
    QCOMPARE(m_settings->string(tpready::Settings::Key::ResolveOverrides), u"tpe.example.com=192.0.2.10"_s);
    QCOMPARE(find<QLabel>(*wizard, u"runOptionsLabel"_s)->text(),
             u"2.5 s per check, CA private-ca.pem, resolve overrides: 1"_s);
    QCOMPARE(page->session()->options().probe.timeoutMs, 1200);
    QTest::mouseClick(find<QPushButton>(*wizard, u"runAgainButton"_s), Qt::LeftButton);
    const tpready::RunOptions &options = page->session()->options();
    QCOMPARE(options.probe.timeoutMs, 2500);
    QCOMPARE(options.probe.extraCaCertificates.size(), 1);
    QCOMPARE(options.resolveOverrides.value(u"tpe.example.com"_s), QHostAddress(u"192.0.2.10"_s));
    QVERIFY(waitForRun(*wizard));
}

void TestChecksPage::privateCaForSelfHostedTpe()
{
    // A self-hosted TPE whose certificate comes from the company's own CA: untrusted until that CA is given in the
    // run options, then verified. The details show the chain either way.
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    if (!lab.startTls(&error))
        TPREADY_MISSING(error);
    auto wizard = makeWizard();
    tpready::ChecksPage *page = wizard->checksPage();
    page->setProbeFactory(lab.factory());
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitForRun(*wizard));
    const int tls = checkIndex(*page->session(), u"i38"_s);
    QCOMPARE(verdictAndReason(page->session()->checks().at(tls)), u"fail/tls-untrusted"_s);
    auto *table = find<QTableView>(*wizard, u"checkTable"_s);
    auto *details = find<QTextBrowser>(*wizard, u"detailsView"_s);
    table->selectionModel()->setCurrentIndex(table->model()->index(tls, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QString text = details->toPlainText();
    QVERIFY2(text.contains(u"chain"_s) && text.contains(u"CN=tpe.lab"_s) && text.contains(u"CN=Site Private Root CA"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"What to ask IT"_s));

    // The CA in the run options, and the whole plan again.
    QTest::mouseClick(find<QPushButton>(*wizard, u"runOptionsButton"_s), Qt::LeftButton);
    auto *dialog = wizard->findChild<tpready::RunOptionsDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    typeInto(find<QLineEdit>(*dialog, u"caFileEdit"_s), lab.caFile());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(*wizard, u"runAgainButton"_s), Qt::LeftButton);
    QVERIFY(waitForRun(*wizard));
    const CheckRun &verified = page->session()->checks().at(tls);
    QVERIFY2(verdictAndReason(verified) == u"pass/ok"_s,
             qPrintable(verdictAndReason(verified) + u": "_s + verified.result.detail));
    table->selectionModel()->setCurrentIndex(table->model()->index(tls, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    text = details->toPlainText();
    QVERIFY2(text.contains(u"trust_anchor"_s) && text.contains(u"ca-option"_s), qPrintable(text));
    QVERIFY(text.contains(u"CN=tpe.lab"_s));
}

void TestChecksPage::exports()
{
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    auto wizard = makeWizard();
    wizard->checksPage()->setProbeFactory(lab.factory());
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitForRun(*wizard));
    clickNext(*wizard);
    tpready::ReportPage *page = wizard->reportPage();
    const QString folder = m_dir.filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(folder));
    QString suggested;
    page->setFileChooser([&](const QString &path, const QString &) {
        suggested = path;
        return QDir(folder).filePath(QFileInfo(path).completeBaseName());
    });
    auto *openFolder = find<QPushButton>(*wizard, u"openFolderButton"_s);
    QVERIFY(!openFolder->isEnabled());

    // JSON.
    QTest::mouseClick(find<QPushButton>(*wizard, u"exportJsonButton"_s), Qt::LeftButton);
    QVERIFY2(QFileInfo(suggested).fileName().startsWith(u"tpready-loopback-lab-"_s), qPrintable(suggested));
    const QString jsonPath = QDir(folder).filePath(QFileInfo(suggested).completeBaseName() + u".json"_s);
    QFile json(jsonPath);
    QVERIFY2(json.open(QIODevice::ReadOnly), qPrintable(jsonPath));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root.value(u"schema"_s).toString(), u"tpready-report/1"_s);
    QCOMPARE(root.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"not-ready"_s);
    const QJsonArray checks = root.value(u"checks"_s).toArray();
    const tpready::CheckSession *session = wizard->checksPage()->session();
    QCOMPARE(checks.size(), session->checks().size());
    for (int i = 0; i < checks.size(); ++i) {
        QCOMPARE(checks.at(i).toObject().value(u"verdict"_s).toString(),
                 tpready::toToken(session->checks().at(i).result.verdict));
        QCOMPARE(checks.at(i).toObject().value(u"reason"_s).toString(),
                 tpready::toToken(session->checks().at(i).result.reason));
    }
    QCOMPARE(root.value(u"site"_s).toObject().value(u"name"_s).toString(), u"Loopback lab"_s);
    QVERIFY(openFolder->isEnabled());
    QCOMPARE(m_settings->string(tpready::Settings::Key::ExportDirectory), QFileInfo(jsonPath).absolutePath());

    // PDF, with its JSON beside it: the PDF prints the digest of exactly those bytes.
    QTest::mouseClick(find<QPushButton>(*wizard, u"exportPdfButton"_s), Qt::LeftButton);
    QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(jsonPath).absolutePath()); // the folder is remembered
    const QString pdfPath = QDir(folder).filePath(QFileInfo(suggested).completeBaseName() + u".pdf"_s);
    QVERIFY2(QFileInfo::exists(pdfPath), qPrintable(pdfPath));
    QFile beside(tpready::jsonBeside(pdfPath));
    QVERIFY(beside.open(QIODevice::ReadOnly));
    const QByteArray besideBytes = beside.readAll();
    const QString status = find<QLabel>(*wizard, u"exportStatusLabel"_s)->text();
    QVERIFY2(status.contains(QFileInfo(pdfPath).fileName()) && status.contains(QFileInfo(beside).fileName()),
             qPrintable(status));
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {pdfPath, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        // One line, without the layout's breaks and the "ff" ligature the font draws.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .remove(u'\n')
                                 .remove(u' ')
                                 .replace(QChar(0xfb00), u"ff"_s);
        QVERIFY2(text.contains(tpready::reportDigest(besideBytes)), "the PDF does not print the JSON's digest");
        QVERIFY(text.contains(u"Firewallchangerequest"_s));
    } else {
        qWarning("pdftotext is missing: the digest printed in the PDF is not compared");
    }

    // The folder opens (through QDesktopServices: here, this test's handler).
    m_openedUrls.clear();
    QDesktopServices::setUrlHandler(u"file"_s, this, "openUrl");
    QTest::mouseClick(openFolder, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(m_openedUrls, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(pdfPath).absolutePath())});

    // An export that cannot be written says why and leaves nothing.
    page->setFileChooser([&](const QString &, const QString &) { return m_dir.filePath(u"no/such/dir/r.pdf"_s); });
    QTest::mouseClick(find<QPushButton>(*wizard, u"exportPdfButton"_s), Qt::LeftButton);
    QVERIFY2(find<QLabel>(*wizard, u"exportStatusLabel"_s)->text().startsWith(u"Not saved: "_s),
             qPrintable(find<QLabel>(*wizard, u"exportStatusLabel"_s)->text()));
}

void TestChecksPage::keyboardOnly()
{
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    auto wizard = makeWizard();
    wizard->checksPage()->setProbeFactory(lab.factory());
    const QString folder = m_dir.filePath(u"keyboard"_s);
    QVERIFY(QDir().mkpath(folder));
    wizard->reportPage()->setFileChooser(
        [&](const QString &path, const QString &) { return QDir(folder).filePath(QFileInfo(path).fileName()); });
    auto focused = [] { return QApplication::focusWidget(); };

    // Pages 1 to 5, as testwizard's keyboardOnly does.
    QTest::keyClicks(focused(), u"Depot"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::keyClick(focused(), Qt::Key_Down);
    QVERIFY(find<QRadioButton>(*wizard, u"selfHostedRadio"_s)->isChecked());
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::keyClicks(focused(), lab.host());
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Transport));
    QTest::keyClick(wizard.get(), Qt::Key_P, Qt::AltModifier);
    QTest::keyClicks(focused(), lab.host());
    QTest::keyClick(wizard.get(), Qt::Key_D, Qt::AltModifier);
    QTest::keyClicks(focused(), lab.host());
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Flows));
    // Page 5: Return runs the checks.
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Checks));
    QVERIFY(waitForRun(*wizard));

    // Page 6: Tab reaches the table, the arrows move through the rows, the details follow; Tab goes on to the details.
    tpready::CheckSession *session = wizard->checksPage()->session();
    auto *table = find<QTableView>(*wizard, u"checkTable"_s);
    for (int i = 0; i < 15 && focused() != table; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), table);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(
        find<QTextBrowser>(*wizard, u"detailsView"_s)->toPlainText().contains(session->checks().at(1).target.flowId));
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(focused() == find<QTabWidget>(*wizard, u"detailTabs"_s)->tabBar() ||
            focused() == find<QTextBrowser>(*wizard, u"detailsView"_s));
    // Alt+S re-runs the selected row.
    QSignalSpy started(session, &tpready::CheckSession::checkStarted);
    QTest::keyClick(wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toInt(), 1);
    QVERIFY(waitForRun(*wizard, 5000));
    // Alt+H: the filter.
    QTest::keyClick(wizard.get(), Qt::Key_H, Qt::AltModifier);
    QCOMPARE(focused(), find<QComboBox>(*wizard, u"filterCombo"_s));
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(find<QComboBox>(*wizard, u"filterCombo"_s)->currentIndex(), 1);
    // Alt+R: the report.
    QTest::keyClick(wizard.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(Wizard::Page_Report));

    // Page 7: Alt+C copies, Alt+P exports, Alt+O opens the folder, Alt+F finishes.
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(wizard.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(u"Firewall change request"_s));
    QTest::keyClick(wizard.get(), Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    m_openedUrls.clear();
    QDesktopServices::setUrlHandler(u"file"_s, this, "openUrl");
    QTest::keyClick(wizard.get(), Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(m_openedUrls.size(), 1);
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QTest::keyClick(wizard.get(), Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
}

void TestChecksPage::checkAccessibleNames(Wizard &wizard)
{
    int checked = 0;
    for (QWidget *widget : wizard.findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(u"no accessible name: "_s + what));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(), qPrintable(what));
        ++checked;
    }
    QVERIFY(checked >= 5);
}

void TestChecksPage::accessibleNames()
{
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    auto wizard = makeWizard();
    wizard->checksPage()->setProbeFactory(lab.factory());
    wizard->checksPage()->setEnvironmentCapture(fakeCapture(Link::Wifi));
    driveToChecks(*wizard, lab.host());
    if (QTest::currentTestFailed())
        return;
    checkAccessibleNames(*wizard); // while running
    QVERIFY(waitForRun(*wizard));
    checkAccessibleNames(*wizard);
    // The status is said in words, never by colour alone: the icon comes with text in every row.
    const auto *model = wizard->checksPage()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex status = model->index(row, CheckTableModel::section(CheckTableModel::Column::Status));
        QVERIFY(!status.data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(!status.data(Qt::AccessibleTextRole).toString().isEmpty());
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    find<QTabWidget>(*wizard, u"detailTabs"_s)->setCurrentIndex(1);
    checkAccessibleNames(*wizard);
    QTest::mouseClick(find<QPushButton>(*wizard, u"runOptionsButton"_s), Qt::LeftButton);
    auto *dialog = wizard->findChild<tpready::RunOptionsDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        // The line edit inside the spin box is read through the spin box's own accessible interface.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    dialog->reject();
    clickNext(*wizard);
    checkAccessibleNames(*wizard);
    QVERIFY(!find<QLabel>(*wizard, u"verdictIcon"_s)->accessibleName().isEmpty());
}

void TestChecksPage::checkLayout(Wizard &wizard)
{
    QWizardPage *page = wizard.currentPage();
    const QRect pageRect = page->rect();
    QList<QWidget *> leaves;
    for (QWidget *widget : page->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!widget->isVisible())
            continue;
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() +
                             u" on page "_s + QString::number(wizard.currentId());
        const QRect rect(widget->mapTo(page, QPoint(0, 0)), widget->size());
        QVERIFY2(pageRect.contains(rect), qPrintable(u"outside its page: "_s + what));
        QVERIFY2(widget->height() >= widget->minimumSizeHint().height(), qPrintable(u"squashed: "_s + what));
        QVERIFY2(widget->width() >= widget->minimumSizeHint().width(), qPrintable(u"narrowed: "_s + what));
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->wordWrap() && !label->text().isEmpty()) {
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(u"clipped text: "_s + what + u": "_s + label->text()));
        }
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(u"cut button: "_s + what));
        leaves << widget;
    }
    for (int i = 0; i < leaves.size(); ++i) {
        for (int j = i + 1; j < leaves.size(); ++j) {
            const QRect a(leaves.at(i)->mapTo(page, QPoint(0, 0)), leaves.at(i)->size());
            const QRect b(leaves.at(j)->mapTo(page, QPoint(0, 0)), leaves.at(j)->size());
            QVERIFY2(!a.intersects(b),
                     qPrintable(u"overlap: "_s + leaves.at(i)->objectName() + u" / "_s + leaves.at(j)->objectName()));
        }
    }
}

void TestChecksPage::layoutHolds()
{
    // 1024 x 700, in both palettes, with the longest warning shown; the -2x run of this test does it at 2x.
    testing::LoopbackLab lab(testing::LoopbackLab::Ports::Remapped);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    for (const bool dark : {false, true}) {
        if (dark)
            QApplication::setPalette(darkPalette());
        auto wizard = makeWizard();
        wizard->checksPage()->setProbeFactory(lab.factory());
        wizard->checksPage()->setEnvironmentCapture(fakeCapture(Link::Vpn));
        driveToChecks(*wizard, lab.host());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitForRun(*wizard));
        QTRY_VERIFY(find<tpready::FieldMessage>(*wizard, u"pathWarning"_s)->isVisible());
        QCOMPARE(wizard->size(), QSize(1024, 700));
        checkLayout(*wizard);
        auto *table = find<QTableView>(*wizard, u"checkTable"_s);
        // The table keeps room for at least five rows, the details pane for four lines.
        QVERIFY2(table->viewport()->height() >= 5 * table->rowHeight(0),
                 qPrintable(QString::number(table->viewport()->height())));
        auto *details = find<QTextBrowser>(*wizard, u"detailsView"_s);
        QVERIFY2(details->viewport()->height() >= 4 * details->fontMetrics().lineSpacing(),
                 qPrintable(QString::number(details->viewport()->height())));
        // Every status is shown whole: its column is as wide as its widest text and icon.
        const int status = CheckTableModel::section(CheckTableModel::Column::Status);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString text = table->model()->index(row, status).data().toString();
            const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table);
            QVERIFY2(table->columnWidth(status) >= table->fontMetrics().horizontalAdvance(text) + icon,
                     qPrintable(text));
        }
        clickNext(*wizard);
        checkLayout(*wizard);
        auto *request = find<QTextBrowser>(*wizard, u"changeRequestView"_s);
        QVERIFY2(request->viewport()->height() >= 5 * request->fontMetrics().lineSpacing(),
                 qPrintable(QString::number(request->viewport()->height())));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestChecksPage::screenshots()
{
    // A SaaS run with scripted probe results (realistic sentences, documentation addresses): nothing is sent. The
    // screenshots in docs/ come from here (TPREADY_SCREENSHOT_DIR); the -2x run saves the 2x ones.
    const QString directory = qEnvironmentVariable("TPREADY_SCREENSHOT_DIR");
    const QString scale =
        qFuzzyCompare(qApp->devicePixelRatio(), 1.0) ? QString() : u"-%1x"_s.arg(qApp->devicePixelRatio());
    const QHash<QString, QString> addresses{{u"slrc1.eu.thingpark.com"_s, u"203.0.113.10"_s},
                                            {u"slrc2.eu.thingpark.com"_s, u"203.0.113.11"_s},
                                            {u"support1.eu.thingpark.com"_s, u"203.0.113.20"_s},
                                            {u"support2.eu.thingpark.com"_s, u"203.0.113.21"_s},
                                            {u"pool.ntp.org"_s, u"198.51.100.123"_s}};
    QStringList overrides;
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it)
        overrides << it.key() + u'=' + it.value();
    overrides.sort();
    auto finalPhase = std::make_shared<bool>(false);
    auto script = [finalPhase](const tpready::ProbeTarget &t) {
        using testing::result;
        testing::ProbeScript s;
        s.delayMs = 40 + (t.port % 7) * 30;
        const bool slrc2 = t.host.startsWith(u"slrc2"_s);
        const QString where =
            u"%1 %2 %3"_s.arg(t.host, tpready::serviceLabel(t.transport, t.port), t.address.toString());
        switch (t.protocol) {
        case tpready::Protocol::Ike:
            if (slrc2) {
                s.hang = !*finalPhase;
                s.delayMs = 900;
                s.result = result(Verdict::Fail, Reason::Timeout,
                                  u"IKEv2 on UDP %1 to %2: no answer to 3 IKE_SA_INIT requests within 5000 ms: the "
                                  "packets are silently dropped on the way, or no IKE daemon listens."_s.arg(t.port)
                                      .arg(t.address.toString()),
                                  -1,
                                  QJsonObject{{u"sent_hex"_s, u"4f9a1c2e7b3d5a60 0000000000000000 21202208 00000000 "
                                                              "0000016c 2200002c ..."_s},
                                              {u"attempts"_s, 3},
                                              {u"non_esp_marker"_s, t.port == 4500}});
            } else {
                s.result = result(Verdict::Pass, Reason::Ok,
                                  u"IKEv2 on UDP %1: the responder answered IKE_SA_INIT with the vendor's proposal "
                                  "aes128-sha256-ecp256. NAT detection: this laptop is behind NAT, so the tunnel will "
                                  "carry ESP inside UDP 4500."_s.arg(t.port),
                                  21 + t.port % 5,
                                  QJsonObject{{u"sent_hex"_s, u"4f9a1c2e7b3d5a60 0000000000000000 21202208 ..."_s},
                                              {u"received_hex"_s, u"4f9a1c2e7b3d5a60 a1b2c3d4e5f60718 21202220 ..."_s},
                                              {u"chosen_proposal"_s, u"aes128-sha256-ecp256"_s},
                                              {u"nat"_s, QJsonObject{{u"local_behind_nat"_s, true},
                                                                     {u"server_behind_nat"_s, false}}}});
            }
            break;
        case tpready::Protocol::Esp:
            s.result = result(Verdict::Info, Reason::NotTestable,
                              u"ESP (IP protocol 50) to %1 cannot be tested from a laptop: it needs administrator "
                              "rights and an established IPsec tunnel."_s.arg(t.host));
            break;
        case tpready::Protocol::Tls:
            s.hang = slrc2 && !*finalPhase;
            s.result =
                result(Verdict::Pass, Reason::TlsClientCertRequired,
                       u"TLS 1.2 handshake with %1 on TCP %2: the server presented a certificate from "
                       "\"ThingPark SLRC CA\" and asked for a client certificate, as an SLRC does: the path is "
                       "open."_s.arg(t.host)
                           .arg(t.port),
                       34 + t.port % 9,
                       QJsonObject{{u"tls_version"_s, u"TLSv1.2"_s},
                                   {u"issuer"_s, u"ThingPark SLRC CA"_s},
                                   {u"chain"_s, QJsonArray{QJsonObject{{u"subject"_s, QString(u"CN="_s + t.host)},
                                                                       {u"issuer"_s, u"CN=ThingPark SLRC CA"_s},
                                                                       {u"not_after"_s, u"2027-03-14"_s}},
                                                           QJsonObject{{u"subject"_s, u"CN=ThingPark SLRC CA"_s},
                                                                       {u"issuer"_s, u"CN=ThingPark SLRC CA"_s},
                                                                       {u"not_after"_s, u"2035-01-01"_s}}}}});
            break;
        case tpready::Protocol::Icmp:
            s.hang = slrc2 && !*finalPhase;
            s.result = slrc2 ? result(Verdict::Fail, Reason::Timeout,
                                      u"No echo reply from %1 within 5000 ms (4 requests)."_s.arg(t.host))
                             : result(Verdict::Pass, Reason::Ok, u"Echo reply from %1."_s.arg(t.host), 19);
            break;
        case tpready::Protocol::Dns:
            s.result = result(Verdict::Pass, Reason::Ok,
                              u"The resolver 192.0.2.53 answered for all 5 host names of the plan (A and AAAA)."_s, 12);
            break;
        case tpready::Protocol::Dhcp:
            s.result = result(Verdict::Info, Reason::NotTestable,
                              u"The laptop's address came from DHCP; DHCP itself is not probed."_s);
            break;
        case tpready::Protocol::Sftp:
        case tpready::Protocol::Ssh: {
            const bool refused = t.host.startsWith(u"support2"_s);
            s.hang = refused && !*finalPhase;
            s.result = refused ? result(Verdict::Fail, Reason::Refused,
                                        u"TCP 22 to %1: the connection was refused (TCP reset): a firewall rejects "
                                        "it, or nothing listens there."_s.arg(where))
                               : result(Verdict::Pass, Reason::Ok,
                                        u"An SSH server answered on %1: SSH-2.0-OpenSSH_8.9p1."_s.arg(where), 27,
                                        QJsonObject{{u"identification"_s, u"SSH-2.0-OpenSSH_8.9p1"_s}});
            break;
        }
        case tpready::Protocol::Ntp:
            s.hang = !*finalPhase;
            s.result = result(Verdict::Pass, Reason::Ok,
                              u"pool.ntp.org answered on UDP 123 (stratum 2); this laptop's clock is 42 ms ahead."_s,
                              18, QJsonObject{{u"stratum"_s, 2}, {u"clock_offset_ms"_s, 42}, {u"delay_ms"_s, 18}});
            break;
        default:
            s.result = result(Verdict::Pass, Reason::Ok, where);
            break;
        }
        return s;
    };

    QString palette; // "" or "-dark"
    auto grabInto = [&](QWidget &wizard, const QString &name) {
        QApplication::processEvents();
        const QPixmap pixmap = wizard.grab();
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), wizard.size() * pixmap.devicePixelRatio());
        if (!directory.isEmpty()) {
            // Named as testwizard names its own: wizard-<page><scale><palette>.png.
            const QString file = QDir(directory).filePath(u"wizard-%1%2%3.png"_s.arg(name, scale, palette));
            QVERIFY2(pixmap.save(file), qPrintable(file));
        }
    };

    for (const bool dark : {false, true}) {
        init();
        *finalPhase = false;
        palette = dark ? u"-dark"_s : QString();
        if (dark)
            QApplication::setPalette(darkPalette());
        m_settings->setValue(tpready::Settings::Key::ResolveOverrides, overrides.join(u'\n'));
        m_settings->setValue(tpready::Settings::Key::ProbeTimeoutMs, 5000);
        auto wizard = makeWizard();
        wizard->checksPage()->setProbeFactory(testing::scriptedFactory(script));
        wizard->checksPage()->setEnvironmentCapture(fakeCapture(Link::Wifi));
        typeInto(find<QLineEdit>(*wizard, u"siteNameEdit"_s), u"Warehouse 3, Lyon"_s);
        clickNext(*wizard);
        clickNext(*wizard);
        QTest::mouseClick(find<QRadioButton>(*wizard, u"platformRadio_eu-prod"_s), Qt::LeftButton);
        clickNext(*wizard);
        QTest::mouseClick(find<QRadioButton>(*wizard, u"transportRadio_lrr-ipsec"_s), Qt::LeftButton);
        typeInto(find<QLineEdit>(*wizard, u"dnsServersEdit"_s), u"192.0.2.53"_s);
        clickNext(*wizard);
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Checks));
        tpready::CheckSession *session = wizard->checksPage()->session();
        // Running: what finishes quickly has finished, the rest is still being checked.
        int quick = 0;
        for (const CheckRun &check : session->checks())
            quick += script(check.target).hang ? 0 : 1;
        QTRY_COMPARE_WITH_TIMEOUT(session->doneCount(), quick, 5000);
        QTest::qWait(150);
        QVERIFY(session->isRunning());
        grabInto(*wizard, u"checks-running"_s);
        if (QTest::currentTestFailed())
            return;
        // Finished with failures: cancel, and run again with the hanging checks ending.
        *finalPhase = true;
        QTest::mouseClick(find<QPushButton>(*wizard, u"cancelRunButton"_s), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(*wizard, u"runAgainButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(*wizard, 10000));
        session = wizard->checksPage()->session();
        int failures = 0;
        QStringList failed;
        for (const CheckRun &check : session->checks()) {
            failures += check.result.verdict == Verdict::Fail ? 1 : 0;
            if (check.result.verdict == Verdict::Fail)
                failed << check.target.flowId + u' ' + check.target.host + u' ' + check.result.detail;
        }
        QVERIFY2(failures == 4, qPrintable(failed.join(u'\n')));
        // The installer clicks the first failure.
        auto *table = find<QTableView>(*wizard, u"checkTable"_s);
        const QModelIndex firstFailure = table->model()->index(checkIndex(*session, u"i6"_s, 500, 1), 0);
        QCOMPARE(firstFailure.data(CheckTableModel::VerdictRole).toInt(), int(Verdict::Fail));
        table->selectionModel()->setCurrentIndex(firstFailure,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        grabInto(*wizard, u"checks-failures"_s);
        find<QTabWidget>(*wizard, u"detailTabs"_s)->setCurrentIndex(1);
        grabInto(*wizard, u"checks-network"_s);
        find<QTabWidget>(*wizard, u"detailTabs"_s)->setCurrentIndex(0);
        clickNext(*wizard);
        QCOMPARE(find<QLabel>(*wizard, u"verdictLabel"_s)->text(), u"Not ready"_s);
        grabInto(*wizard, u"report"_s);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestChecksPage::gatewayResultsMerged()
{
    // A SaaS LRR-over-TLS run where every check passes from the laptop (scripted: nothing is sent), then the gateway's
    // block, in which SSH to support1 is blocked: the Gateway column, the details, the report's verdict and the
    // comparison with the laptop-only report.
    const QString directory = qEnvironmentVariable("TPREADY_SCREENSHOT_DIR");
    m_settings->setValue(tpready::Settings::Key::ResolveOverrides,
                         u"slrc1.eu.thingpark.com=203.0.113.10\nslrc2.eu.thingpark.com=203.0.113.11\n"
                         "support1.eu.thingpark.com=203.0.113.20\nsupport2.eu.thingpark.com=203.0.113.21\n"
                         "pool.ntp.org=198.51.100.123"_s);
    auto wizard = makeWizard();
    wizard->checksPage()->setProbeFactory(testing::scriptedFactory([](const tpready::ProbeTarget &t) {
        testing::ProbeScript s;
        s.delayMs = 20;
        s.result = testing::result(Verdict::Pass, Reason::Ok,
                                   u"%1 answered on %2."_s.arg(t.host, tpready::serviceLabel(t.transport, t.port)), 25);
        if (t.protocol == tpready::Protocol::Dhcp)
            s.result = testing::result(Verdict::Info, Reason::NotTestable, u"DHCP is not probed."_s);
        return s;
    }));
    typeInto(find<QLineEdit>(*wizard, u"siteNameEdit"_s), u"Warehouse 3, Lyon"_s);
    clickNext(*wizard);
    clickNext(*wizard);
    QTest::mouseClick(find<QRadioButton>(*wizard, u"platformRadio_eu-prod"_s), Qt::LeftButton);
    clickNext(*wizard);
    QTest::mouseClick(find<QRadioButton>(*wizard, u"transportRadio_lrr-tls"_s), Qt::LeftButton);
    typeInto(find<QLineEdit>(*wizard, u"dnsServersEdit"_s), u"192.0.2.53"_s);
    clickNext(*wizard);
    QVERIFY(find<QPushButton>(*wizard, u"gatewayCheckButton"_s)); // offered on the flows page
    clickNext(*wizard);
    QVERIFY(waitForRun(*wizard));
    const auto plan = wizard->plan();
    QVERIFY(plan);
    const QString laptopOnly = m_dir.filePath(u"laptop-only.json"_s);
    {
        QFile file(laptopOnly);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tpready::reportToBytes(wizard->checksPage()->session()->report(tpready::SiteInfo())));
    }

    // The block the gateway printed.
    const QStringList keys = tpready::gatewayCheckKeys(*plan);
    QStringList lines{u"format tpready-gateway/1"_s,       u"plan "_s + tpready::gatewayPlanDigest(keys),
                      u"selection saas eu-prod lrr-tls"_s, u"gateway wirnet-ifemtocell"_s,
                      u"system Linux 5.10 armv7l"_s,       u"resolvers 192.0.2.53"_s,
                      u"finished 2026-12-06T10:00:09Z"_s};
    for (const QString &key : keys) {
        const bool blocked = key.startsWith(u"i9 ssh support1"_s);
        lines << u"check "_s + key +
                     (blocked                     ? u" fail timeout - 203.0.113.20 TCP 22: nc: timed out"_s
                      : key.contains(u" dhcp "_s) ? u" skipped not-testable - - DHCP is not probed"_s
                                                  : u" pass ok - - answered"_s);
    }
    const QString block = u"root@gateway:~# sh <<'TPREADY_GATEWAY_CHECK'\n...\n"_s +
                          QString::fromUtf8(tpready::testing::gatewayBlock(lines)) + u"root@gateway:~#\n"_s;

    // The dialog: the script to copy; a changed block is refused and the dialog stays; the right one is merged.
    QPointer<tpready::GatewayDialog> dialog = wizard->openGatewayDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->scriptText().startsWith(u"sh <<'TPREADY_GATEWAY_CHECK'\n#!/bin/sh\n"_s));
    QString changed = block;
    changed.replace(u"i9 ssh support1.eu.thingpark.com tcp 22 fail timeout"_s,
                    u"i9 ssh support1.eu.thingpark.com tcp 22 pass timeout"_s);
    dialog->setResultsText(changed);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problem().contains(u"does not match"_s), qPrintable(dialog->problem()));
    QVERIFY(!wizard->gatewayView());
    dialog->setResultsText(block);
    dialog->accept();
    QTRY_VERIFY(!dialog);
    QVERIFY(wizard->gatewayView());

    auto *table = find<QTableView>(*wizard, u"checkTable"_s);
    const int gatewayColumn = CheckTableModel::section(CheckTableModel::Column::Gateway);
    QVERIFY(!table->isColumnHidden(gatewayColumn));
    tpready::CheckSession *session = wizard->checksPage()->session();
    const int row = checkIndex(*session, u"i9"_s, 22, 0);
    const QModelIndex blocked = table->model()->index(row, gatewayColumn);
    QVERIFY2(blocked.data().toString().contains(u"timeout"_s), qPrintable(blocked.data().toString()));
    table->selectionModel()->setCurrentIndex(blocked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString details = find<QTextBrowser>(*wizard, u"detailsView"_s)->toPlainText();
    QVERIFY2(details.contains(u"blocked from the gateway"_s), qPrintable(details));
    QApplication::processEvents();
    if (!directory.isEmpty())
        QVERIFY(wizard->grab().save(QDir(directory).filePath(u"wizard-checks-gateway.png"_s)));

    // The report: the gateway's verdict counts; compared with the laptop-only report, one check newly fails.
    clickNext(*wizard);
    QCOMPARE(find<QLabel>(*wizard, u"verdictLabel"_s)->text(), u"Not ready"_s);
    auto *views = find<QLabel>(*wizard, u"viewsLabel"_s);
    QVERIFY(views->isVisible());
    QVERIFY2(views->text().contains(u"wirnet-ifemtocell"_s), qPrintable(views->text()));
    QCOMPARE(wizard->reportPage()->compareWith(m_dir.filePath(u"absent.json"_s)).isEmpty(), false);
    QCOMPARE(wizard->reportPage()->compareWith(laptopOnly), QString());
    QVERIFY2(views->text().contains(u"1 newly failing"_s), qPrintable(views->text()));
    const tpready::Report &report = wizard->reportPage()->report();
    QVERIFY(report.gateway);
    QVERIFY(report.comparison);
    QCOMPARE(report.comparison->newlyFailing.size(), 1);
    const QString pdf = m_dir.filePath(u"merged.pdf"_s);
    QCOMPARE(wizard->reportPage()->exportPdf(pdf), QString());
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

QTEST_MAIN(TestChecksPage)
#include "testcheckspage.moc"
