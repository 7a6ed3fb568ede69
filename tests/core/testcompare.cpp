// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// tpready compare: a table of earlier / later report pairs and the lists each must give (fixed, still failing, newly
// failing, not checked in both), the gateway's verdict counting where it tested a check, and the JSON round trip.
#include "reportfixtures.h"

#include <QTest>

#include "core/report/compare.h"
#include "core/report/report.h"

using namespace tpready;

namespace {

/// "i1:pass i2:fail i3:skipped": one TLS check per entry, host h<flow>.example, port 3001.
Report reportOf(const QString &spec, const QString &transport = QStringLiteral("lrr-tls"))
{
    Report report = testing::syntheticReport(0);
    report.selection.insert(QStringLiteral("transport"), transport);
    for (const QString &entry : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = entry.split(u':');
        CheckRecord check;
        check.flowId = parts.at(0);
        check.protocol = Protocol::Tls;
        check.host = QStringLiteral("h%1.example").arg(parts.at(0));
        check.port = 3001;
        check.result.verdict = *verdictFromToken(parts.at(1));
        check.result.reason = check.result.verdict == Verdict::Fail ? Reason::Timeout : Reason::Ok;
        report.checks << check;
    }
    return report;
}

QString flows(const QList<ComparedCheck> &list)
{
    QStringList ids;
    for (const ComparedCheck &check : list)
        ids << check.flowId;
    return ids.join(u' ');
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void lists_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("fixed");
        QTest::addColumn<QString>("still");
        QTest::addColumn<QString>("newly");
        QTest::addColumn<QString>("notInBoth");
        QTest::addColumn<int>("unchanged");
        QTest::newRow("nothing changed") << "i1:pass i2:pass"
                                         << "i1:pass i2:pass"
                                         << ""
                                         << ""
                                         << ""
                                         << "" << 2;
        QTest::newRow("IT opened a port") << "i1:pass i2:fail"
                                          << "i1:pass i2:pass"
                                          << "i2"
                                          << ""
                                          << ""
                                          << "" << 1;
        QTest::newRow("still closed") << "i1:fail i2:fail"
                                      << "i1:pass i2:fail"
                                      << "i1"
                                      << "i2"
                                      << ""
                                      << "" << 0;
        QTest::newRow("a rule change broke one") << "i1:pass i2:pass"
                                                 << "i1:fail i2:pass"
                                                 << ""
                                                 << ""
                                                 << "i1"
                                                 << "" << 1;
        QTest::newRow("warn is not a failure") << "i1:warn i2:fail"
                                               << "i1:fail i2:warn"
                                               << "i2"
                                               << ""
                                               << "i1"
                                               << "" << 0;
        QTest::newRow("skipped is not compared") << "i1:skipped i2:pass"
                                                 << "i1:pass i2:skipped"
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << "i1 i2" << 0;
        QTest::newRow("a check only in one") << "i1:pass i3:fail"
                                             << "i1:pass i2:fail"
                                             << ""
                                             << ""
                                             << ""
                                             << "i2 i3" << 1;
        QTest::newRow("info stays quiet") << "i1:info"
                                          << "i1:info"
                                          << ""
                                          << ""
                                          << ""
                                          << "" << 1;
        QTest::newRow("empty reports") << ""
                                       << ""
                                       << ""
                                       << ""
                                       << ""
                                       << "" << 0;
    }

    void lists()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, fixed);
        QFETCH(QString, still);
        QFETCH(QString, newly);
        QFETCH(QString, notInBoth);
        QFETCH(int, unchanged);
        const Comparison comparison = compareReports(reportOf(before), reportOf(after));
        QCOMPARE(flows(comparison.fixed), fixed);
        QCOMPARE(flows(comparison.stillFailing), still);
        QCOMPARE(flows(comparison.newlyFailing), newly);
        QCOMPARE(flows(comparison.notInBoth), notInBoth);
        QCOMPARE(comparison.unchanged, unchanged);
        QVERIFY(comparison.sameSelection());
        // The JSON says the same and reads back the same.
        const QJsonObject json = comparisonToJson(comparison);
        QCOMPARE(json.value(u"schema").toString(), QStringLiteral("tpready-compare/1"));
        QCOMPARE(json.value(u"newly_failing").toArray().size(), comparison.newlyFailing.size());
        QString error;
        const auto back = comparisonFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(comparisonToJson(*back), json);
        const QString text = comparisonToText(comparison);
        QVERIFY(text.contains(QStringLiteral("Newly failing (%1)").arg(comparison.newlyFailing.size())));
        QVERIFY(text.contains(QStringLiteral("Fixed (%1)").arg(comparison.fixed.size())));
    }

    void gatewayVerdictCounts()
    {
        // Fixed from the laptop's side, still blocked from the gateway: the gateway's verdict counts.
        Report before = reportOf(QStringLiteral("i1:fail"));
        Report after = reportOf(QStringLiteral("i1:pass"));
        GatewayView view;
        view.rows << GatewayRow{gatewayCheckKey(after.checks.first()), Verdict::Fail, Reason::Refused, {}, {}};
        after.gateway = view;
        const Comparison comparison = compareReports(before, after);
        QCOMPARE(flows(comparison.stillFailing), QStringLiteral("i1"));
        QCOMPARE(comparison.stillFailing.first().afterReason, Reason::Refused);
    }

    void otherSelectionSaid()
    {
        const Comparison comparison = compareReports(reportOf(QStringLiteral("i1:pass")),
                                                     reportOf(QStringLiteral("i1:pass"), QStringLiteral("lrr-ipsec")));
        QVERIFY(!comparison.sameSelection());
        QVERIFY(comparisonToText(comparison).contains(QStringLiteral("different selections")));
    }

    void comparisonTravelsInTheReport()
    {
        Report after = reportOf(QStringLiteral("i1:pass i2:fail"));
        after.comparison = compareReports(reportOf(QStringLiteral("i1:fail i2:pass")), after);
        QString error;
        const auto back = reportFromJson(reportToBytes(after), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->comparison);
        QCOMPARE(flows(back->comparison->fixed), QStringLiteral("i1"));
        QCOMPARE(flows(back->comparison->newlyFailing), QStringLiteral("i2"));
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "testcompare.moc"
