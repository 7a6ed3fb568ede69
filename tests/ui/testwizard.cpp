// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/catalog/catalog.h"
#include "core/catalog/hostnames.h"
#include "core/catalog/planexport.h"
#include "core/settings.h"
#include "ui/fieldmessage.h"
#include "ui/flowitemdelegate.h"
#include "ui/flowtablemodel.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;
using tpready::Wizard;

namespace {

/// One way through the wizard, as the installer would type it.
struct Path
{
    tpready::Deployment deployment = tpready::Deployment::Saas;
    QString platform;
    QString tpe;
    tpready::Transport transport = tpready::Transport::LrrIpsec;
    QString lrrVersion;
    QString ntp;
    QString dns;

    tpready::Selection selection() const
    {
        tpready::Selection selection;
        selection.deployment = deployment;
        if (deployment == tpready::Deployment::Saas)
            selection.platform = platform;
        else
            selection.tpeHosts = tpready::splitHostList(tpe);
        selection.transport = transport;
        if (!lrrVersion.isEmpty())
            selection.lrrVersion = tpready::LrrVersion::parse(lrrVersion);
        selection.ntpServers = tpready::splitHostList(ntp);
        selection.dnsServers = tpready::splitHostList(dns);
        return selection;
    }
};

} // namespace

Q_DECLARE_METATYPE(Path)

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyPath_data();
    void everyPath();
    void switchingDeploymentGoingBack();
    void lrrPlainUnavailableForSaas();
    void invalidTpeInput_data();
    void invalidTpeInput();
    void tpeHighAvailabilitySentence();
    void lrrVersionValidation();
    void olderLrrDropsFlows_data();
    void olderLrrDropsFlows();
    void tunnelsExplained();
    void advancedFieldsValidation();
    void copyToClipboard();
    void settingsRemembered();
    void keyboardOnly();
    void accessibleNames();
    void layoutHoldsAtMinimumSize();
    void noHardCodedColours();
    void screenshots();

private:
    std::unique_ptr<Wizard> makeWizard();
    void drive(Wizard &wizard, const Path &path);
    void clickNext(Wizard &wizard);
    void checkFlowPage(Wizard &wizard, const Path &path);
    void checkLayout(Wizard &wizard);
    void checkAccessibleNames(Wizard &wizard);
    void grabAll(const QString &suffix);

    std::optional<tpready::Catalog> m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<tpready::Settings> m_settings;
    QString m_iniPath;
    int m_iniCount = 0;
};

template <typename T>
static T *find(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

/// A label's text as read, without the invisible word joiners that only steer line breaking.
static QString shownText(const QLabel *label)
{
    return label->text().remove(QChar(0x2060));
}

static void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

static QtMessageHandler previousHandler = nullptr;

/// The offscreen platform warns on every page change that it cannot pass size hints to a window manager it does not
/// have; that noise would drown real warnings.
static void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"does not support propagateSizeHints"_s))
        return;
    previousHandler(type, context, message);
}

void TestWizard::initTestCase()
{
    previousHandler = qInstallMessageHandler(quietHandler);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    m_catalog = tpready::Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    QCOMPARE(m_catalog->platforms().size(), 6);
}

void TestWizard::init()
{
    // A fresh INI file per test: tests never touch the user's configuration, nor each other's.
    m_iniPath = m_dir.filePath(u"settings-%1.ini"_s.arg(++m_iniCount));
    m_settings = std::make_unique<tpready::Settings>(m_iniPath);
}

void TestWizard::cleanup()
{
    m_settings.reset();
}

std::unique_ptr<Wizard> TestWizard::makeWizard()
{
    auto wizard = std::make_unique<Wizard>(*m_catalog, m_settings.get());
    wizard->resize(1024, 700);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qFatal("wizard not exposed");
    return wizard;
}

void TestWizard::clickNext(Wizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    const int before = wizard.currentId();
    QVERIFY2(next->isVisible(), "Next is not shown");
    QVERIFY2(next->isEnabled(), qPrintable(u"Next is disabled on page %1"_s.arg(before)));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(wizard.currentId() != before);
}

void TestWizard::drive(Wizard &wizard, const Path &path)
{
    QCOMPARE(wizard.currentId(), int(Wizard::Page_Site));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(Wizard::Page_Deployment));
    const bool saas = path.deployment == tpready::Deployment::Saas;
    QTest::mouseClick(find<QRadioButton>(wizard, saas ? u"saasRadio"_s : u"selfHostedRadio"_s), Qt::LeftButton);
    clickNext(wizard);
    if (QTest::currentTestFailed())
        return;
    if (saas) {
        QCOMPARE(wizard.currentId(), int(Wizard::Page_Platform));
        auto *radio = find<QRadioButton>(wizard, u"platformRadio_"_s + path.platform);
        QTest::mouseClick(radio, Qt::LeftButton);
        QVERIFY(radio->isChecked());
    } else {
        QCOMPARE(wizard.currentId(), int(Wizard::Page_Tpe));
        typeInto(find<QLineEdit>(wizard, u"tpeHostsEdit"_s), path.tpe);
    }
    clickNext(wizard);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(wizard.currentId(), int(Wizard::Page_Transport));
    auto *transport = find<QRadioButton>(wizard, u"transportRadio_"_s + tpready::toToken(path.transport));
    QTest::mouseClick(transport, Qt::LeftButton);
    QVERIFY(transport->isChecked());
    auto *version = find<QLineEdit>(wizard, u"lrrVersionEdit"_s);
    if (version->isEnabled())
        typeInto(version, path.lrrVersion);
    typeInto(find<QLineEdit>(wizard, u"ntpServersEdit"_s), path.ntp);
    typeInto(find<QLineEdit>(wizard, u"dnsServersEdit"_s), path.dns);
    clickNext(wizard);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(wizard.currentId(), int(Wizard::Page_Flows));
}

static void compareChecks(const QList<tpready::Check> &actual, const QList<tpready::Check> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).host, expected.at(i).host);
        QCOMPARE(actual.at(i).port, expected.at(i).port);
        QCOMPARE(actual.at(i).transport, expected.at(i).transport);
    }
}

void TestWizard::checkFlowPage(Wizard &wizard, const Path &path)
{
    QString error;
    const auto expected = tpready::buildPlan(*m_catalog, path.selection(), wizard.laptopDnsServers(), &error);
    QVERIFY2(expected, qPrintable(error));

    auto *table = find<QTableView>(wizard, u"flowTable"_s);
    QVERIFY(table->isVisible());
    const auto *model = qobject_cast<const tpready::FlowTableModel *>(table->model());
    QVERIFY(model);
    QVERIFY(model->plan());
    QCOMPARE(model->plan()->tableTitle, expected->tableTitle);
    QCOMPARE(model->plan()->tableSection, expected->tableSection);
    QCOMPARE(model->rowCount(), expected->flows.size());
    using Column = tpready::FlowTableModel::Column;
    for (int row = 0; row < model->rowCount(); ++row) {
        const tpready::PlannedFlow &flow = expected->flows.at(row);
        QCOMPARE(model->index(row, model->section(Column::Id)).data().toString(), flow.flow.id);
        QCOMPARE(model->index(row, model->section(Column::Protocol)).data().toString(), flow.flow.protocolLabel);
        QCOMPARE(model->index(row, model->section(Column::DestPort)).data().toString(), flow.flow.destPortLabel);
        QCOMPARE(model->index(row, model->section(Column::ToSystem)).data().toString(), flow.flow.toSystem);
        QCOMPARE(model->index(row, model->section(Column::Requirement)).data().toString(),
                 tpready::requirementLabel(flow.requirement));
        QCOMPARE(model->index(row, 0).data(tpready::FlowTableModel::HostsRole).toStringList(),
                 tpready::distinctHosts(flow));
        compareChecks(model->plan()->flows.at(row).checks, flow.checks);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(model->plan()->checkCount(), expected->checkCount());
    QCOMPARE(model->section(Column::Standalone) >= 0, path.deployment == tpready::Deployment::SelfHosted);
    QCOMPARE(find<QLabel>(wizard, u"summaryLabel"_s)->text(), tpready::selectionSummary(*expected));
    QVERIFY(find<QLabel>(wizard, u"tableTitleLabel"_s)->text().contains(expected->tableTitle));

    // Destinations reached only through a tunnel, and rows left out, are said, not hidden.
    auto *remarksLabel = find<QLabel>(wizard, u"remarksLabel"_s);
    const QString remarks = shownText(remarksLabel);
    QCOMPARE(remarksLabel->isVisible(), !expected->tunnels.isEmpty() || !expected->droppedFlows.isEmpty());
    for (const tpready::TunnelledDestination &destination : expected->tunnels)
        QVERIFY2(remarks.contains(tpready::tunnelSentence(destination)), qPrintable(remarks));
    for (const tpready::Flow &dropped : expected->droppedFlows)
        QVERIFY2(remarks.contains(u"Flow %1 is left out"_s.arg(dropped.id)), qPrintable(remarks));
    QVERIFY(remarksLabel->accessibleName().contains(u"is not reached directly"_s) == !expected->tunnels.isEmpty());

    // Next runs the checks (page 6); the tests of that page are in testcheckspage, against loopback servers.
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isVisible());
    QVERIFY(next->isEnabled());
    QCOMPARE(next->accessibleName(), u"Run the checks"_s);
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
}

void TestWizard::everyPath_data()
{
    QTest::addColumn<Path>("path");
    for (const tpready::Platform &platform : m_catalog->platforms()) {
        for (const tpready::Transport transport : tpready::allTransports()) {
            if (!tpready::isTransportAvailable(tpready::Deployment::Saas, transport))
                continue;
            Path path;
            path.platform = platform.id;
            path.transport = transport;
            QTest::addRow("saas/%s/%s", qPrintable(platform.id), qPrintable(tpready::toToken(transport))) << path;
        }
    }
    for (const tpready::Transport transport : tpready::allTransports()) {
        Path path;
        path.deployment = tpready::Deployment::SelfHosted;
        path.transport = transport;
        path.tpe = u"tpe.example.com"_s;
        QTest::addRow("self-hosted/standalone/%s", qPrintable(tpready::toToken(transport))) << path;
        path.tpe = u"192.0.2.10, 192.0.2.11 2001:db8::12"_s;
        path.ntp = u"ntp.example.net"_s;
        path.dns = u"192.0.2.53"_s;
        QTest::addRow("self-hosted/ha/%s", qPrintable(tpready::toToken(transport))) << path;
    }
}

void TestWizard::everyPath()
{
    QFETCH(Path, path);
    auto wizard = makeWizard();
    drive(*wizard, path);
    if (QTest::currentTestFailed())
        return;
    const QList<int> expectedPages{Wizard::Page_Site, Wizard::Page_Deployment,
                                   path.deployment == tpready::Deployment::Saas ? Wizard::Page_Platform
                                                                                : Wizard::Page_Tpe,
                                   Wizard::Page_Transport, Wizard::Page_Flows};
    QCOMPARE(wizard->visitedIds(), expectedPages);
    checkFlowPage(*wizard, path);

    // The public selection is what the pages say.
    const tpready::Selection selection = wizard->selection();
    QCOMPARE(selection.deployment, path.deployment);
    QCOMPARE(selection.platform, path.selection().platform);
    QCOMPARE(selection.tpeHosts, path.selection().tpeHosts);
    QCOMPARE(selection.transport, path.transport);
    QCOMPARE(selection.highAvailability(), path.selection().tpeHosts.size() > 1);
    QVERIFY(wizard->plan());
}

void TestWizard::switchingDeploymentGoingBack()
{
    auto wizard = makeWizard();
    Path path;
    path.deployment = tpready::Deployment::SelfHosted;
    path.tpe = u"tpe.example.com"_s;
    path.transport = tpready::Transport::LrrPlain;
    drive(*wizard, path);
    if (QTest::currentTestFailed())
        return;
    // Back to page 2, switch to SaaS: page 3 is now the platform list, and lrr-plain is no longer offered.
    wizard->back();
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Deployment));
    QTest::mouseClick(find<QRadioButton>(*wizard, u"saasRadio"_s), Qt::LeftButton);
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Platform));
    QTest::mouseClick(find<QRadioButton>(*wizard, u"platformRadio_community"_s), Qt::LeftButton);
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Transport));
    QVERIFY(!find<QRadioButton>(*wizard, u"transportRadio_lrr-plain"_s)->isEnabled());
    QVERIFY(find<QRadioButton>(*wizard, u"transportRadio_lrr-ipsec"_s)->isChecked());
    clickNext(*wizard);
    Path saas;
    saas.platform = u"community"_s;
    checkFlowPage(*wizard, saas);
    QVERIFY(wizard->selection().tpeHosts.isEmpty());
    QCOMPARE(wizard->selection().platform, u"community"_s);
}

void TestWizard::lrrPlainUnavailableForSaas()
{
    auto wizard = makeWizard();
    clickNext(*wizard);
    QTest::mouseClick(find<QRadioButton>(*wizard, u"saasRadio"_s), Qt::LeftButton);
    clickNext(*wizard);
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Transport));
    auto *plain = find<QRadioButton>(*wizard, u"transportRadio_lrr-plain"_s);
    QVERIFY(plain->isVisible());
    QVERIFY(!plain->isEnabled());
    QTest::mouseClick(plain, Qt::LeftButton);
    QVERIFY(!plain->isChecked());
    QCOMPARE(wizard->selection().transport, tpready::Transport::LrrIpsec);
    // The reason is shown next to it, and read with it.
    const QString reason = find<QLabel>(*wizard, u"lrrPlainExplanation"_s)->text();
    QVERIFY2(reason.contains(u"self-hosted"_s), qPrintable(reason));
    QCOMPARE(plain->accessibleDescription(), reason);

    // Self-hosted offers it.
    wizard->back();
    wizard->back();
    QTest::mouseClick(find<QRadioButton>(*wizard, u"selfHostedRadio"_s), Qt::LeftButton);
    clickNext(*wizard);
    typeInto(find<QLineEdit>(*wizard, u"tpeHostsEdit"_s), u"10.1.2.3"_s);
    clickNext(*wizard);
    QVERIFY(plain->isEnabled());
    QTest::mouseClick(plain, Qt::LeftButton);
    QVERIFY(plain->isChecked());
    QVERIFY(!find<QLabel>(*wizard, u"lrrPlainExplanation"_s)->text().contains(u"Not available"_s));
}

void TestWizard::invalidTpeInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("empty") << QString() << u"at least one TPE node"_s;
    QTest::newRow("blank") << u"   "_s << u"at least one TPE node"_s;
    QTest::newRow("host:port") << u"tpe.example.com:443"_s << u"port"_s;
    QTest::newRow("ipv4:port") << u"192.0.2.10:22"_s << u"port"_s;
    QTest::newRow("url") << u"https://tpe.example.com/"_s << u"URL"_s;
    QTest::newRow("bad ipv4") << u"10.0.0.256"_s << u"not a valid IPv4"_s;
    QTest::newRow("short ipv4") << u"10.1.2"_s << u"not a valid IPv4"_s;
    QTest::newRow("bracketed ipv6") << u"[2001:db8::1]"_s << u"brackets"_s;
    QTest::newRow("underscore") << u"tpe_1.example.com"_s << u"neither a host name nor an IP address"_s;
    QTest::newRow("one bad of two") << u"192.0.2.10, 192.0.2.300"_s << u"192.0.2.300"_s;
    QTest::newRow("duplicate") << u"192.0.2.10 192.0.2.10"_s << u"twice"_s;
    QTest::newRow("too many") << u"a.example b.example c.example d.example e.example f.example g.example "
                                 "h.example i.example"_s
                              << u"at most 8"_s;
}

void TestWizard::invalidTpeInput()
{
    QFETCH(QString, input);
    QFETCH(QString, reasonContains);
    auto wizard = makeWizard();
    clickNext(*wizard);
    QTest::mouseClick(find<QRadioButton>(*wizard, u"selfHostedRadio"_s), Qt::LeftButton);
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Tpe));

    auto *edit = find<QLineEdit>(*wizard, u"tpeHostsEdit"_s);
    auto *message = find<tpready::FieldMessage>(*wizard, u"tpeHostsMessage"_s);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    typeInto(edit, u"tpe.example.com"_s);
    QVERIFY(next->isEnabled());
    QVERIFY(message->message().isEmpty());

    typeInto(edit, input);
    QVERIFY2(!next->isEnabled(), qPrintable(input));
    QVERIFY2(message->message().contains(reasonContains), qPrintable(message->message()));
    QCOMPARE(edit->accessibleDescription(), message->message());
    // Next to the field: right under it, aligned with it.
    QVERIFY(message->isVisible());
    const QRect field(edit->mapTo(wizard.get(), QPoint(0, 0)), edit->size());
    const QRect shown(message->mapTo(wizard.get(), QPoint(0, 0)), message->size());
    QVERIFY(shown.top() >= field.bottom());
    QVERIFY(shown.top() - field.bottom() < edit->fontMetrics().height());
    QCOMPARE(shown.left(), field.left());
    // Neither clicking Next nor pressing Return gets past the page.
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Tpe));
    QVERIFY(!wizard->plan());

    typeInto(edit, u"192.0.2.10"_s);
    QVERIFY(next->isEnabled());
    QVERIFY(message->message().isEmpty());
}

void TestWizard::tpeHighAvailabilitySentence()
{
    auto wizard = makeWizard();
    clickNext(*wizard);
    QTest::mouseClick(find<QRadioButton>(*wizard, u"selfHostedRadio"_s), Qt::LeftButton);
    clickNext(*wizard);
    auto *edit = find<QLineEdit>(*wizard, u"tpeHostsEdit"_s);
    auto *status = find<QLabel>(*wizard, u"tpeStatusLabel"_s);
    typeInto(edit, u"tpe.example.com"_s);
    QVERIFY2(status->text().contains(u"standalone"_s), qPrintable(status->text()));
    typeInto(edit, u"tpe1.example.com,tpe2.example.com"_s);
    QVERIFY2(status->text().contains(u"2 nodes"_s) && status->text().contains(u"high-availability"_s),
             qPrintable(status->text()));
    QCOMPARE(wizard->selection().tpeHosts, (QStringList{u"tpe1.example.com"_s, u"tpe2.example.com"_s}));
    QVERIFY(wizard->selection().highAvailability());
    // The page itself says what two or more addresses mean.
    bool explained = false;
    for (const QLabel *label : wizard->currentPage()->findChildren<QLabel *>())
        explained = explained || label->text().contains(u"Two or more addresses"_s);
    QVERIFY(explained);
}

void TestWizard::lrrVersionValidation()
{
    auto wizard = makeWizard();
    clickNext(*wizard);
    clickNext(*wizard);
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Transport));
    auto *version = find<QLineEdit>(*wizard, u"lrrVersionEdit"_s);
    auto *message = find<tpready::FieldMessage>(*wizard, u"lrrVersionMessage"_s);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    for (const QString &bad : {u"2"_s, u"v2.8"_s, u"2.8.x"_s, u"latest"_s, u"2,8"_s}) {
        typeInto(version, bad);
        QVERIFY2(!next->isEnabled(), qPrintable(bad));
        QVERIFY2(message->message().contains(bad), qPrintable(message->message()));
    }
    for (const QString &good : {u"2.8"_s, u"2.7.1"_s, u""_s}) {
        typeInto(version, good);
        QVERIFY2(next->isEnabled(), qPrintable(good));
        QVERIFY(message->message().isEmpty());
    }
    typeInto(version, u"2.7"_s);
    QCOMPARE(wizard->selection().lrrVersion, tpready::LrrVersion::parse(u"2.7"));

    // Basics Station has no LRR version: the field is disabled, the reason is said, and a bad version is ignored.
    typeInto(version, u"junk"_s);
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(find<QRadioButton>(*wizard, u"transportRadio_basics-station"_s), Qt::LeftButton);
    QVERIFY(!version->isEnabled());
    QVERIFY(next->isEnabled());
    QVERIFY(find<QLabel>(*wizard, u"lrrVersionHint"_s)->text().contains(u"no LRR version"_s));
    QVERIFY(!wizard->selection().lrrVersion);
    QVERIFY(wizard->plan());
}

void TestWizard::olderLrrDropsFlows_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<QStringList>("dropped");
    Path saas;
    saas.platform = u"eu-prod"_s;
    saas.lrrVersion = u"2.7"_s;
    QTest::newRow("saas ipsec 2.7") << saas << QStringList{u"i7a"_s};
    saas.lrrVersion = u"2.8"_s;
    QTest::newRow("saas ipsec 2.8") << saas << QStringList();
    saas.lrrVersion = u"2.7"_s;
    saas.transport = tpready::Transport::LrrTls;
    QTest::newRow("saas tls 2.7") << saas << QStringList();
    Path selfHosted;
    selfHosted.deployment = tpready::Deployment::SelfHosted;
    selfHosted.tpe = u"tpe.example.com"_s;
    selfHosted.lrrVersion = u"2.6.3"_s;
    QTest::newRow("self-hosted ipsec 2.6.3") << selfHosted << QStringList{u"i38"_s, u"i39"_s, u"i40"_s};
    selfHosted.lrrVersion = u"2.8.1"_s;
    QTest::newRow("self-hosted ipsec 2.8.1") << selfHosted << QStringList();
}

void TestWizard::olderLrrDropsFlows()
{
    QFETCH(Path, path);
    QFETCH(QStringList, dropped);
    auto wizard = makeWizard();
    drive(*wizard, path);
    if (QTest::currentTestFailed())
        return;
    checkFlowPage(*wizard, path);
    const auto *model = find<QTableView>(*wizard, u"flowTable"_s)->model();
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, 0).data().toString();
    const QString remarks = shownText(find<QLabel>(*wizard, u"remarksLabel"_s));
    for (const QString &id : dropped) {
        QVERIFY2(!shown.contains(id), qPrintable(id));
        QVERIFY2(remarks.contains(u"Flow %1 is left out: it applies only to LRR version 2.8 and later"_s.arg(id)),
                 qPrintable(remarks));
        QVERIFY(remarks.contains(path.lrrVersion));
    }
    QCOMPARE(remarks.count(u"is left out"_s), dropped.size());
}

void TestWizard::tunnelsExplained()
{
    Path path;
    path.platform = u"au-prod"_s;
    path.transport = tpready::Transport::LrrTls;
    auto wizard = makeWizard();
    drive(*wizard, path);
    if (QTest::currentTestFailed())
        return;
    const QString remarks = shownText(find<QLabel>(*wizard, u"remarksLabel"_s));
    // LRC is never a row of its own: the page says how it is reached, with its hosts.
    QCOMPARE(remarks.count(u"is not reached directly"_s), 3);
    QVERIFY(remarks.contains(u"lrc1-tpe-au1.thingpark.com"_s));
    QVERIFY(remarks.contains(u"i14"_s) && remarks.contains(u"TCP/3001"_s));
    const auto *model = find<QTableView>(*wizard, u"flowTable"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(!model->index(row, 0)
                     .data(tpready::FlowTableModel::HostsRole)
                     .toStringList()
                     .contains(u"lrc1-tpe-au1.thingpark.com"_s));
    }
}

void TestWizard::advancedFieldsValidation()
{
    auto wizard = makeWizard();
    clickNext(*wizard);
    clickNext(*wizard);
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Transport));
    auto *ntp = find<QLineEdit>(*wizard, u"ntpServersEdit"_s);
    auto *dns = find<QLineEdit>(*wizard, u"dnsServersEdit"_s);
    auto *ntpMessage = find<tpready::FieldMessage>(*wizard, u"ntpServersMessage"_s);
    auto *dnsMessage = find<tpready::FieldMessage>(*wizard, u"dnsServersMessage"_s);
    QAbstractButton *next = wizard->button(QWizard::NextButton);

    // The placeholders say what an empty field means.
    QVERIFY(ntp->placeholderText().contains(u"pool.ntp.org"_s));
    if (wizard->laptopDnsServers().isEmpty())
        QVERIFY(dns->placeholderText().contains(u"none found"_s));
    else
        QVERIFY(dns->placeholderText().contains(wizard->laptopDnsServers().constFirst()));

    typeInto(ntp, u"ntp.example.com:123"_s);
    QVERIFY(!next->isEnabled());
    QVERIFY(ntpMessage->message().contains(u"port"_s));
    typeInto(ntp, u"ntp1.example.com 192.0.2.123"_s);
    QVERIFY(next->isEnabled());
    QVERIFY(ntpMessage->message().isEmpty());

    typeInto(dns, u"dns.example.com"_s);
    QVERIFY(!next->isEnabled());
    QVERIFY(dnsMessage->message().contains(u"not an IP address"_s));
    QCOMPARE(dns->accessibleDescription(), dnsMessage->message());
    typeInto(dns, u"192.0.2.53, 2001:db8::53"_s);
    QVERIFY(next->isEnabled());
    QVERIFY(dnsMessage->message().isEmpty());

    clickNext(*wizard);
    const auto plan = wizard->plan();
    QVERIFY(plan);
    QCOMPARE(plan->dnsSource, tpready::DnsServerSource::Given);
    QCOMPARE(plan->dnsServers, (QStringList{u"192.0.2.53"_s, u"2001:db8::53"_s}));
    QCOMPARE(plan->selection.effectiveNtpServers(), (QStringList{u"ntp1.example.com"_s, u"192.0.2.123"_s}));
}

void TestWizard::copyToClipboard()
{
    Path path;
    path.platform = u"eu-prod"_s;
    path.transport = tpready::Transport::LrrTls;
    path.lrrVersion = u"2.8"_s;
    auto wizard = makeWizard();
    drive(*wizard, path);
    if (QTest::currentTestFailed())
        return;
    const auto expected = tpready::buildPlan(*m_catalog, path.selection(), wizard->laptopDnsServers(), nullptr);
    QVERIFY(expected);
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();

    QTest::mouseClick(find<QAbstractButton>(*wizard, u"copyTextButton"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), tpready::planToText(*expected));
    QVERIFY(clipboard->text().contains(u"slrc1.eu.thingpark.com"_s));
    QVERIFY(find<QLabel>(*wizard, u"copyStatusLabel"_s)->text().contains(u"as text"_s));

    QTest::mouseClick(find<QAbstractButton>(*wizard, u"copyCsvButton"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), tpready::planToCsv(*expected));
    QVERIFY(clipboard->text().startsWith(u"#,From (system),From (application),Type,Protocol,Dest. Port"_s));
    QCOMPARE(clipboard->text().count(u"\r\n"_s), expected->flows.size() + 1);
    QVERIFY(find<QLabel>(*wizard, u"copyStatusLabel"_s)->text().contains(u"as CSV"_s));
}

void TestWizard::settingsRemembered()
{
    Path path;
    path.deployment = tpready::Deployment::SelfHosted;
    path.tpe = u"192.0.2.10, 192.0.2.11"_s;
    path.transport = tpready::Transport::LrrPlain;
    path.lrrVersion = u"2.7"_s;
    path.ntp = u"ntp1.example.com"_s;
    path.dns = u"192.0.2.53"_s;
    {
        auto wizard = makeWizard();
        typeInto(find<QLineEdit>(*wizard, u"siteNameEdit"_s), u"Warehouse 3, Lyon"_s);
        typeInto(find<QLineEdit>(*wizard, u"operatorEdit"_s), u"Jane Doe"_s);
        auto *notes = find<QPlainTextEdit>(*wizard, u"notesEdit"_s);
        QTest::keyClicks(notes, u"roof"_s);
        QTest::keyClick(notes, Qt::Key_Return);
        QTest::keyClicks(notes, u"VLAN 20"_s);
        drive(*wizard, path);
        if (QTest::currentTestFailed())
            return;
        wizard->resize(1100, 720);
        wizard->reject();
    }
    // A new run: new Settings on the same file, as the next start of the application.
    m_settings = std::make_unique<tpready::Settings>(m_iniPath);
    QCOMPARE(m_settings->string(tpready::Settings::Key::Deployment), u"self-hosted"_s);
    QCOMPARE(m_settings->string(tpready::Settings::Key::Transport), u"lrr-plain"_s);
    {
        auto wizard = std::make_unique<Wizard>(*m_catalog, m_settings.get());
        QCOMPARE(wizard->size(), QSize(1100, 720));
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        QCOMPARE(find<QLineEdit>(*wizard, u"siteNameEdit"_s)->text(), u"Warehouse 3, Lyon"_s);
        QCOMPARE(find<QLineEdit>(*wizard, u"operatorEdit"_s)->text(), u"Jane Doe"_s);
        QCOMPARE(find<QPlainTextEdit>(*wizard, u"notesEdit"_s)->toPlainText(), u"roof\nVLAN 20"_s);
        QCOMPARE(wizard->siteName(), u"Warehouse 3, Lyon"_s);
        QVERIFY(find<QRadioButton>(*wizard, u"selfHostedRadio"_s)->isChecked());
        QCOMPARE(find<QLineEdit>(*wizard, u"tpeHostsEdit"_s)->text(), path.tpe);
        QVERIFY(find<QRadioButton>(*wizard, u"transportRadio_lrr-plain"_s)->isChecked());
        QCOMPARE(find<QLineEdit>(*wizard, u"lrrVersionEdit"_s)->text(), u"2.7"_s);
        QCOMPARE(find<QLineEdit>(*wizard, u"ntpServersEdit"_s)->text(), path.ntp);
        QCOMPARE(find<QLineEdit>(*wizard, u"dnsServersEdit"_s)->text(), path.dns);
        // Next, Next, Next, Next: the same flow table, nothing retyped. Keyboard focus starts on the remembered
        // choice of each page of choices.
        clickNext(*wizard);
        QCOMPARE(wizard->focusWidget(), find<QRadioButton>(*wizard, u"selfHostedRadio"_s));
        clickNext(*wizard);
        clickNext(*wizard);
        QCOMPARE(wizard->focusWidget(), find<QRadioButton>(*wizard, u"transportRadio_lrr-plain"_s));
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Flows));
        checkFlowPage(*wizard, path);

        // Switching to SaaS remembers the platform, and the TPE addresses stay for the next self-hosted run.
        wizard->restart();
        clickNext(*wizard);
        QTest::mouseClick(find<QRadioButton>(*wizard, u"saasRadio"_s), Qt::LeftButton);
        clickNext(*wizard);
        QTest::mouseClick(find<QRadioButton>(*wizard, u"platformRadio_au-preprod"_s), Qt::LeftButton);
        clickNext(*wizard);
        QTest::mouseClick(find<QRadioButton>(*wizard, u"transportRadio_basics-station"_s), Qt::LeftButton);
        wizard->reject();
    }
    m_settings = std::make_unique<tpready::Settings>(m_iniPath);
    Wizard wizard(*m_catalog, m_settings.get());
    const tpready::Selection selection = wizard.selection();
    QCOMPARE(selection.deployment, tpready::Deployment::Saas);
    QCOMPARE(selection.platform, u"au-preprod"_s);
    QCOMPARE(selection.transport, tpready::Transport::BasicsStation);
    QCOMPARE(find<QLineEdit>(wizard, u"tpeHostsEdit"_s)->text(), path.tpe);
}

void TestWizard::keyboardOnly()
{
    auto wizard = makeWizard();
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    auto focused = [] { return QApplication::focusWidget(); };

    // Page 1: focus starts in the site name; Return goes on.
    QCOMPARE(focused(), find<QLineEdit>(*wizard, u"siteNameEdit"_s));
    QTest::keyClicks(focused(), u"Depot"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), find<QLineEdit>(*wizard, u"operatorEdit"_s));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), find<QPlainTextEdit>(*wizard, u"notesEdit"_s));
    // Tab leaves the notes instead of typing a tab character.
    QTest::keyClick(focused(), Qt::Key_Tab);
    QVERIFY(!qobject_cast<QPlainTextEdit *>(focused()));
    QVERIFY(find<QPlainTextEdit>(*wizard, u"notesEdit"_s)->toPlainText().isEmpty());
    // Alt+N is the wizard's own mnemonic for Next (a button mnemonic clicks after a short animation).
    QTest::keyClick(wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(Wizard::Page_Deployment));

    // Page 2: the arrow keys choose self-hosted, Return goes on.
    QCOMPARE(focused(), find<QRadioButton>(*wizard, u"saasRadio"_s));
    QTest::keyClick(focused(), Qt::Key_Down);
    QVERIFY(find<QRadioButton>(*wizard, u"selfHostedRadio"_s)->isChecked());
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Tpe));

    // Page 3: type the addresses, Return.
    QCOMPARE(focused(), find<QLineEdit>(*wizard, u"tpeHostsEdit"_s));
    QTest::keyClicks(focused(), u"192.0.2.10 192.0.2.11"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Transport));

    // Page 4: arrows move from IPsec to TLS.
    QCOMPARE(focused(), find<QRadioButton>(*wizard, u"transportRadio_lrr-ipsec"_s));
    QTest::keyClick(focused(), Qt::Key_Down);
    QVERIFY(find<QRadioButton>(*wizard, u"transportRadio_lrr-tls"_s)->isChecked());
    // Alt+V jumps to the LRR version through its label.
    QTest::keyClick(wizard.get(), Qt::Key_V, Qt::AltModifier);
    QCOMPARE(focused(), find<QLineEdit>(*wizard, u"lrrVersionEdit"_s));
    QTest::keyClicks(focused(), u"2.8"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Flows));

    // Page 5: Tab reaches the flow table; the arrows move through its rows; Tab goes on to the copy buttons.
    auto *table = find<QTableView>(*wizard, u"flowTable"_s);
    for (int i = 0; i < 12 && focused() != table; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), table);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(table->currentIndex().row() >= 1);
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(focused(), find<QAbstractButton>(*wizard, u"copyTextButton"_s));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(focused(), Qt::Key_Space);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"LRR flows when TLS is used"_s));
    QTest::keyClick(wizard.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(u"#,From (system)"_s));

    const tpready::Selection selection = wizard->selection();
    QCOMPARE(selection.deployment, tpready::Deployment::SelfHosted);
    QCOMPARE(selection.tpeHosts.size(), 2);
    QCOMPARE(selection.transport, tpready::Transport::LrrTls);
    QCOMPARE(wizard->siteName(), u"Depot"_s);
}

void TestWizard::checkAccessibleNames(Wizard &wizard)
{
    int checked = 0;
    const auto widgets = wizard.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(u"no accessible name: "_s + what));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(), qPrintable(what));
        ++checked;
    }
    QVERIFY(checked >= 3);
}

void TestWizard::accessibleNames()
{
    // Both branches: every page is visited once.
    for (const tpready::Deployment deployment : tpready::allDeployments()) {
        auto wizard = makeWizard();
        checkAccessibleNames(*wizard);
        clickNext(*wizard);
        const bool saas = deployment == tpready::Deployment::Saas;
        QTest::mouseClick(find<QRadioButton>(*wizard, saas ? u"saasRadio"_s : u"selfHostedRadio"_s), Qt::LeftButton);
        checkAccessibleNames(*wizard);
        clickNext(*wizard);
        if (!saas)
            typeInto(find<QLineEdit>(*wizard, u"tpeHostsEdit"_s), u"tpe.example.com"_s);
        checkAccessibleNames(*wizard);
        clickNext(*wizard);
        checkAccessibleNames(*wizard);
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Flows));
        checkAccessibleNames(*wizard);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestWizard::checkLayout(Wizard &wizard)
{
    QWizardPage *page = wizard.currentPage();
    const QRect pageRect = page->rect();
    QList<QWidget *> leaves;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        // The page's own widgets, and those of its group boxes; not the insides of compound widgets.
        const bool ownWidget = widget->parentWidget() == page || qobject_cast<QGroupBox *>(widget->parentWidget());
        if (!widget->isVisible() || !ownWidget)
            continue;
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() +
                             u" on page "_s + QString::number(wizard.currentId());
        const QRect rect(widget->mapTo(page, QPoint(0, 0)), widget->size());
        QVERIFY2(pageRect.contains(rect), qPrintable(u"outside its page: "_s + what));
        QVERIFY2(widget->height() >= widget->minimumSizeHint().height(), qPrintable(u"squashed: "_s + what));
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->wordWrap() && !label->text().isEmpty()) {
            const int needed = label->heightForWidth(label->width());
            QVERIFY2(label->height() >= needed, qPrintable(u"clipped text: "_s + what + u": "_s + label->text()));
            // Nor given lines it does not need: that shows as gaps in the page.
            QVERIFY2(label->height() <= std::max(needed, label->minimumHeight()) + label->fontMetrics().height(),
                     qPrintable(u"too tall: "_s + what + u": "_s + label->text()));
        }
        if (!qobject_cast<QGroupBox *>(widget))
            leaves << widget;
    }
    for (int i = 0; i < leaves.size(); ++i) {
        for (int j = i + 1; j < leaves.size(); ++j) {
            const QRect a(leaves.at(i)->mapTo(page, QPoint(0, 0)), leaves.at(i)->size());
            const QRect b(leaves.at(j)->mapTo(page, QPoint(0, 0)), leaves.at(j)->size());
            QVERIFY2(!a.intersects(b),
                     qPrintable(u"overlap: "_s + leaves.at(i)->objectName() + u" / "_s + leaves.at(j)->objectName() +
                                u" on page "_s + QString::number(wizard.currentId())));
        }
    }
}

/// Every cell of the flow table shows all of its text: no word wider than its column, no line below its row.
static void checkCellsWhole(const QTableView &table)
{
    const QAbstractItemModel *model = table.model();
    const int textMargin = table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table) + 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QVariant fontData = index.data(Qt::FontRole);
            const QFont font = fontData.isValid() ? fontData.value<QFont>().resolve(table.font()) : table.font();
            // As painted: one grid line narrower than the column, inside the style's text margins.
            const int width = table.columnWidth(column) - 1 - 2 * textMargin;
            const QString text = tpready::FlowItemDelegate::displayText(index.data().toString());
            const QRect needed = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000),
                                                                 Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
            const QString where = u"row %1 column %2: %3"_s.arg(row).arg(column).arg(index.data().toString());
            QVERIFY2(needed.width() <= width, qPrintable(u"too narrow: "_s + where));
            QVERIFY2(needed.height() <= table.rowHeight(row), qPrintable(u"too low: "_s + where));
        }
    }
}

void TestWizard::layoutHoldsAtMinimumSize()
{
    // 1024 x 700 is the smallest window the pages are laid out for (at any QT_SCALE_FACTOR, in logical pixels).
    for (const tpready::Deployment deployment : tpready::allDeployments()) {
        auto wizard = makeWizard();
        QVERIFY2(
            wizard->minimumSizeHint().width() <= 1024 && wizard->minimumSizeHint().height() <= 700,
            qPrintable(u"%1 x %2"_s.arg(wizard->minimumSizeHint().width()).arg(wizard->minimumSizeHint().height())));
        QCOMPARE(wizard->size(), QSize(1024, 700));
        find<QLineEdit>(*wizard, u"siteNameEdit"_s)->setText(u"Warehouse 3, Lyon"_s);
        checkLayout(*wizard);
        clickNext(*wizard);
        const bool saas = deployment == tpready::Deployment::Saas;
        QTest::mouseClick(find<QRadioButton>(*wizard, saas ? u"saasRadio"_s : u"selfHostedRadio"_s), Qt::LeftButton);
        checkLayout(*wizard);
        clickNext(*wizard);
        if (!saas) {
            // The longest message the page can show must fit too.
            typeInto(find<QLineEdit>(*wizard, u"tpeHostsEdit"_s), u"tpe.example.com:443"_s);
            checkLayout(*wizard);
            typeInto(find<QLineEdit>(*wizard, u"tpeHostsEdit"_s), u"192.0.2.10, 192.0.2.11"_s);
        }
        checkLayout(*wizard);
        clickNext(*wizard);
        typeInto(find<QLineEdit>(*wizard, u"lrrVersionEdit"_s), u"two"_s);
        typeInto(find<QLineEdit>(*wizard, u"ntpServersEdit"_s), u"ntp.example.com:123"_s);
        typeInto(find<QLineEdit>(*wizard, u"dnsServersEdit"_s), u"dns.example.com"_s);
        checkLayout(*wizard);
        typeInto(find<QLineEdit>(*wizard, u"lrrVersionEdit"_s), u"2.7"_s);
        typeInto(find<QLineEdit>(*wizard, u"ntpServersEdit"_s), QString());
        typeInto(find<QLineEdit>(*wizard, u"dnsServersEdit"_s), QString());
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Flows));
        checkLayout(*wizard);
        // The table keeps a useful height: at least four rows of text.
        auto *table = find<QTableView>(*wizard, u"flowTable"_s);
        checkCellsWhole(*table);
        // SaaS tables fit the width; self-hosted ones add the vendor's STANDALONE and HIGH AVAILABILITY columns at
        // the end, which may scroll into view (this site's requirement stays in view, second column).
        if (saas)
            QVERIFY2(!table->horizontalScrollBar()->isVisible(), "the SaaS flow table scrolls sideways at 1024 x 700");
        QVERIFY2(table->viewport()->height() >= 4 * 2 * table->fontMetrics().height(),
                 qPrintable(QString::number(table->viewport()->height())));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestWizard::noHardCodedColours()
{
    // Light and dark palettes work because nothing here picks a colour: no style sheets, no fixed palettes.
    auto wizard = makeWizard();
    for (const QWidget *widget : wizard->findChildren<QWidget *>()) {
        QVERIFY2(widget->styleSheet().isEmpty(), qPrintable(widget->objectName()));
        QVERIFY2(!widget->testAttribute(Qt::WA_SetPalette), qPrintable(widget->objectName()));
    }
    QVERIFY(wizard->styleSheet().isEmpty());
}

void TestWizard::grabAll(const QString &suffix)
{
    const QString directory = qEnvironmentVariable("TPREADY_SCREENSHOT_DIR");
    // Every pass starts from a first run, whatever the previous pass chose.
    init();
    auto wizard = makeWizard();
    auto grab = [&](const QString &name) {
        QApplication::processEvents();
        const QPixmap pixmap = wizard->grab();
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), wizard->size() * pixmap.devicePixelRatio());
        if (!directory.isEmpty()) {
            const QString file = QDir(directory).filePath(u"wizard-%1%2.png"_s.arg(name, suffix));
            QVERIFY2(pixmap.save(file), qPrintable(file));
        }
    };
    typeInto(find<QLineEdit>(*wizard, u"siteNameEdit"_s), u"Warehouse 3, Lyon"_s);
    typeInto(find<QLineEdit>(*wizard, u"operatorEdit"_s), u"Jane Doe, Acme Networks"_s);
    QTest::keyClicks(find<QPlainTextEdit>(*wizard, u"notesEdit"_s), u"Gateway on the roof, uplink through VLAN 20."_s);
    grab(u"site"_s);
    clickNext(*wizard);
    grab(u"deployment"_s);
    clickNext(*wizard);
    QTest::mouseClick(find<QRadioButton>(*wizard, u"platformRadio_eu-prod"_s), Qt::LeftButton);
    grab(u"platform"_s);
    clickNext(*wizard);
    QTest::mouseClick(find<QRadioButton>(*wizard, u"transportRadio_lrr-tls"_s), Qt::LeftButton);
    grab(u"transport"_s);
    clickNext(*wizard);
    grab(u"flows"_s);

    wizard->restart();
    clickNext(*wizard);
    QTest::mouseClick(find<QRadioButton>(*wizard, u"selfHostedRadio"_s), Qt::LeftButton);
    clickNext(*wizard);
    typeInto(find<QLineEdit>(*wizard, u"tpeHostsEdit"_s), u"tpe.example.com:8443"_s);
    grab(u"tpe-invalid"_s);
    typeInto(find<QLineEdit>(*wizard, u"tpeHostsEdit"_s), u"192.0.2.10, 192.0.2.11"_s);
    grab(u"tpe"_s);
    clickNext(*wizard);
    QTest::mouseClick(find<QRadioButton>(*wizard, u"transportRadio_lrr-ipsec"_s), Qt::LeftButton);
    typeInto(find<QLineEdit>(*wizard, u"lrrVersionEdit"_s), u"2.7"_s);
    typeInto(find<QLineEdit>(*wizard, u"dnsServersEdit"_s), u"dns.example.com"_s);
    grab(u"transport-self-hosted"_s);
    typeInto(find<QLineEdit>(*wizard, u"dnsServersEdit"_s), QString());
    clickNext(*wizard);
    grab(u"flows-self-hosted"_s);
}

void TestWizard::screenshots()
{
    // Always grabbed (the grab must work offscreen); saved when TPREADY_SCREENSHOT_DIR names a directory.
    const QString scale =
        qFuzzyCompare(qApp->devicePixelRatio(), 1.0) ? QString() : u"-%1x"_s.arg(qApp->devicePixelRatio());
    grabAll(scale);
    if (QTest::currentTestFailed())
        return;

    // The same pages in a dark palette.
    const QPalette light = QApplication::palette();
    // Button and window colours first: QPalette derives the light, mid and dark shades that frames and indicators use.
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
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    grabAll(scale + u"-dark"_s);
    QApplication::setPalette(light);
}

QTEST_MAIN(TestWizard)
#include "testwizard.moc"
