// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include "core/catalog/catalog.h"
#include "core/catalog/planexport.h"
#include "ui/flowtablemodel.h"

using namespace Qt::StringLiterals;
using tpready::FlowTableModel;

class TestFlowTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyModel();
    void rowsMatchPlan_data();
    void rowsMatchPlan();
    void columnsFollowDeployment();
    void requirementReadableWithoutColour();
    void hostsOfLocalServices();
    void resetsOnNewPlan();

private:
    tpready::Plan plan(const tpready::Selection &selection, const QStringList &systemDns = {u"192.0.2.53"_s});

    std::optional<tpready::Catalog> m_catalog;
};

void TestFlowTableModel::initTestCase()
{
    QString error;
    m_catalog = tpready::Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

tpready::Plan TestFlowTableModel::plan(const tpready::Selection &selection, const QStringList &systemDns)
{
    QString error;
    const auto result = tpready::buildPlan(*m_catalog, selection, systemDns, &error);
    if (!result)
        qFatal("buildPlan failed: %s", qPrintable(error));
    return *result;
}

void TestFlowTableModel::emptyModel()
{
    FlowTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    QVERIFY(!model.plan());
    QVERIFY(!model.headerData(0, Qt::Horizontal).isValid());
}

void TestFlowTableModel::rowsMatchPlan_data()
{
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QStringList>("tpe");

    for (const tpready::Transport transport : tpready::allTransports()) {
        const QString token = tpready::toToken(transport);
        if (tpready::isTransportAvailable(tpready::Deployment::Saas, transport)) {
            for (const QString &platform : m_catalog->platformIds())
                QTest::addRow("saas/%s/%s", qPrintable(platform), qPrintable(token))
                    << u"saas"_s << token << platform << QStringList();
        }
        QTest::addRow("self-hosted/standalone/%s", qPrintable(token))
            << u"self-hosted"_s << token << QString() << QStringList{u"tpe.example.com"_s};
        QTest::addRow("self-hosted/ha/%s", qPrintable(token))
            << u"self-hosted"_s << token << QString() << QStringList{u"192.0.2.10"_s, u"192.0.2.11"_s};
    }
}

void TestFlowTableModel::rowsMatchPlan()
{
    QFETCH(QString, deployment);
    QFETCH(QString, transport);
    QFETCH(QString, platform);
    QFETCH(QStringList, tpe);

    tpready::Selection selection;
    selection.deployment = *tpready::deploymentFromToken(deployment);
    selection.transport = *tpready::transportFromToken(transport);
    selection.platform = platform;
    selection.tpeHosts = tpe;
    const tpready::Plan expected = plan(selection);
    QVERIFY(!expected.flows.isEmpty());

    FlowTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(expected);

    QCOMPARE(model.rowCount(), expected.flows.size());
    using Column = FlowTableModel::Column;
    for (int row = 0; row < model.rowCount(); ++row) {
        const tpready::PlannedFlow &planned = expected.flows.at(row);
        const tpready::Flow &flow = planned.flow;
        auto cell = [&](Column column) {
            const int section = model.section(column);
            return section < 0 ? QString() : model.index(row, section).data().toString();
        };
        QCOMPARE(cell(Column::Id), flow.id);
        QCOMPARE(cell(Column::FromSystem), flow.fromSystem);
        QCOMPARE(cell(Column::FromApplication), flow.fromApplication);
        QCOMPARE(cell(Column::Type), flow.type);
        QCOMPARE(cell(Column::Protocol), flow.protocolLabel);
        QCOMPARE(cell(Column::DestPort), flow.destPortLabel);
        QCOMPARE(cell(Column::ToSystem), flow.toSystem);
        QCOMPARE(cell(Column::ToApplication), flow.toApplication);
        QVERIFY(cell(Column::Description).startsWith(flow.description));
        for (const QString &note : flow.notes)
            QVERIFY2(cell(Column::Description).contains(note), qPrintable(flow.id));
        QCOMPARE(cell(Column::Requirement), tpready::requirementLabel(planned.requirement));
        QCOMPARE(model.index(row, 0).data(FlowTableModel::RequirementRole).toInt(),
                 static_cast<int>(planned.requirement));
        QCOMPARE(model.index(row, 0).data(FlowTableModel::FlowIdRole).toString(), flow.id);

        // Every concrete host of the plan is on screen, and the tooltip lists every check.
        QStringList hosts;
        for (const tpready::Check &check : planned.checks) {
            if (!check.host.isEmpty() && !hosts.contains(check.host))
                hosts << check.host;
        }
        QCOMPARE(model.index(row, 0).data(FlowTableModel::HostsRole).toStringList(), hosts);
        for (const QString &host : hosts)
            QVERIFY2(cell(Column::Hosts).split(u'\n').contains(host), qPrintable(flow.id + u' ' + host));
        const QString toolTip = model.index(row, model.section(Column::Hosts)).data(Qt::ToolTipRole).toString();
        for (const tpready::Check &check : planned.checks)
            QVERIFY2(toolTip.contains(tpready::checkLabel(check)), qPrintable(toolTip));

        if (selection.deployment == tpready::Deployment::SelfHosted) {
            QCOMPARE(cell(Column::Standalone), tpready::requirementLabel(flow.standalone));
            QCOMPARE(cell(Column::HighAvailability), tpready::requirementLabel(flow.highAvailability));
            QCOMPARE(planned.requirement, tpe.size() > 1 ? flow.highAvailability : flow.standalone);
        }
    }
}

void TestFlowTableModel::columnsFollowDeployment()
{
    FlowTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using Column = FlowTableModel::Column;

    tpready::Selection saas;
    saas.platform = u"eu-prod"_s;
    model.setPlan(plan(saas));
    QCOMPARE(model.columnCount(), 11);
    QCOMPARE(model.section(Column::Standalone), -1);
    QCOMPARE(model.section(Column::HighAvailability), -1);
    // Every vendor column, in the vendor's order, with the vendor's names.
    const QList<std::pair<Column, QString>> vendorColumns{{Column::Id, u"#"_s},
                                                          {Column::FromSystem, u"From (system)"_s},
                                                          {Column::FromApplication, u"From (application)"_s},
                                                          {Column::Type, u"Type"_s},
                                                          {Column::Protocol, u"Protocol"_s},
                                                          {Column::DestPort, u"Dest. Port"_s},
                                                          {Column::ToSystem, u"To (system)"_s},
                                                          {Column::ToApplication, u"To (application)"_s},
                                                          {Column::Description, u"Description"_s}};
    int previous = -1;
    for (const auto &[column, name] : vendorColumns) {
        const int section = model.section(column);
        QVERIFY2(section > previous, qPrintable(name));
        previous = section;
        QCOMPARE(model.headerData(section, Qt::Horizontal, Qt::DisplayRole).toString().replace(u'\n', u' '), name);
        QCOMPARE(model.headerData(section, Qt::Horizontal, Qt::AccessibleTextRole).toString(), name);
    }
    // This site's requirement right after the flow id; the hosts next to the destination they make concrete.
    QCOMPARE(model.section(Column::Requirement), 1);
    QCOMPARE(model.section(Column::Hosts), model.section(Column::ToApplication) + 1);
    QCOMPARE(model.headerData(model.section(Column::Requirement), Qt::Horizontal).toString(), u"Requirement"_s);
    QCOMPARE(model.headerData(model.section(Column::Hosts), Qt::Horizontal).toString(), u"Hosts"_s);

    tpready::Selection selfHosted;
    selfHosted.deployment = tpready::Deployment::SelfHosted;
    selfHosted.tpeHosts = {u"192.0.2.10"_s, u"192.0.2.11"_s};
    model.setPlan(plan(selfHosted));
    QCOMPARE(model.columnCount(), 13);
    QCOMPARE(model.section(Column::Standalone), 11);
    QCOMPARE(model.section(Column::HighAvailability), 12);
    QCOMPARE(model.headerData(model.section(Column::Standalone), Qt::Horizontal).toString(), u"STANDALONE"_s);
    QCOMPARE(
        model.headerData(model.section(Column::HighAvailability), Qt::Horizontal, Qt::AccessibleTextRole).toString(),
        u"HIGH AVAILABILITY"_s);
    QVERIFY(model.headerData(model.section(Column::Requirement), Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"HIGH AVAILABILITY"_s));
    QCOMPARE(model.column(model.section(Column::Hosts)), Column::Hosts);
}

void TestFlowTableModel::requirementReadableWithoutColour()
{
    FlowTableModel model;
    tpready::Selection saas;
    saas.platform = u"us-prod"_s;
    saas.transport = tpready::Transport::LrrTls;
    model.setPlan(plan(saas));
    const int requirement = model.section(FlowTableModel::Column::Requirement);
    int must = 0;
    int optional = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, requirement);
        const QString text = index.data().toString();
        QVERIFY(text == u"MUST"_s || text == u"OPTIONAL"_s);
        // No colour roles at all: the word carries the meaning, MUST is bold.
        QVERIFY(!index.data(Qt::ForegroundRole).isValid());
        QVERIFY(!index.data(Qt::BackgroundRole).isValid());
        const QVariant font = index.data(Qt::FontRole);
        if (text == u"MUST"_s) {
            ++must;
            QVERIFY(font.isValid() && font.value<QFont>().bold());
        } else {
            ++optional;
            QVERIFY(!font.isValid() || !font.value<QFont>().bold());
        }
    }
    QVERIFY(must > 0);
    QVERIFY(optional > 0);
}

void TestFlowTableModel::hostsOfLocalServices()
{
    FlowTableModel model;
    tpready::Selection saas;
    saas.platform = u"eu-prod"_s;
    const int hosts = [&] {
        model.setPlan(plan(saas, {}));
        return model.section(FlowTableModel::Column::Hosts);
    }();
    auto hostsOf = [&](const QString &id) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == id)
                return model.index(row, hosts).data().toString();
        }
        return QString();
    };
    // No resolver known: the cell says so instead of staying empty.
    QVERIFY(hostsOf(u"i10"_s).contains(u"no DNS server"_s));
    QVERIFY(hostsOf(u"i11"_s).contains(u"DHCP"_s));
    QCOMPARE(hostsOf(u"i17"_s), u"pool.ntp.org"_s);
    QCOMPARE(hostsOf(u"i9"_s), u"support1.eu.thingpark.com\nsupport2.eu.thingpark.com"_s);

    model.setPlan(plan(saas, {u"192.0.2.53"_s}));
    QVERIFY(hostsOf(u"i10"_s).startsWith(u"192.0.2.53\n"_s));
    QVERIFY(hostsOf(u"i10"_s).contains(u"this laptop's resolvers"_s));

    saas.dnsServers = {u"198.51.100.1"_s};
    saas.ntpServers = {u"ntp.site.example"_s};
    model.setPlan(plan(saas, {u"192.0.2.53"_s}));
    QCOMPARE(hostsOf(u"i10"_s), u"198.51.100.1"_s);
    QCOMPARE(hostsOf(u"i17"_s), u"ntp.site.example"_s);
}

void TestFlowTableModel::resetsOnNewPlan()
{
    FlowTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    tpready::Selection saas;
    saas.platform = u"eu-prod"_s;
    model.setPlan(plan(saas));
    const int ipsecRows = model.rowCount();
    saas.transport = tpready::Transport::BasicsStation;
    model.setPlan(plan(saas));
    QCOMPARE(reset.count(), 2);
    QVERIFY(model.rowCount() != ipsecRows);
    QCOMPARE(model.index(0, 0).data().toString(), u"i10"_s);
    model.clear();
    QCOMPARE(reset.count(), 3);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

QTEST_MAIN(TestFlowTableModel)
#include "testflowtablemodel.moc"
