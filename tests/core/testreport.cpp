// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tests/core/reportfixtures.h"

#include <QTest>

#include "core/report/report.h"

using namespace tpready;
using namespace Qt::StringLiterals;

namespace {

CheckRecord record(Requirement requirement, Verdict verdict, Reason reason, IpTransport transport = IpTransport::Tcp)
{
    CheckRecord check;
    check.flowId = u"i7a"_s;
    check.requirement = requirement;
    check.protocol = transport == IpTransport::Tcp ? Protocol::Tls : Protocol::Ike;
    check.host = u"slrc1.eu.thingpark.com"_s;
    check.port = transport == IpTransport::Tcp ? 3001 : 500;
    check.transport = transport;
    check.result.verdict = verdict;
    check.result.reason = reason;
    check.result.address = u"198.51.100.7"_s;
    check.result.detail = u"Something happened."_s;
    return check;
}

} // namespace

class TestReport final : public QObject
{
    Q_OBJECT

private slots:
    void summaryVerdict_data()
    {
        QTest::addColumn<QList<CheckRecord>>("checks");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<bool>("mustFailed");
        const auto must = Requirement::Must;
        const auto optional = Requirement::Optional;
        QTest::newRow("all pass") << QList<CheckRecord>{record(must, Verdict::Pass, Reason::Ok)} << u"ready"_s << false;
        QTest::newRow("info does not fail") << QList<CheckRecord>{record(must, Verdict::Pass, Reason::Ok),
                                                                  record(must, Verdict::Info, Reason::NotTestable)}
                                            << u"ready"_s << false;
        QTest::newRow("client cert required passes")
            << QList<CheckRecord>{record(must, Verdict::Pass, Reason::TlsClientCertRequired)} << u"ready"_s << false;
        QTest::newRow("must fail") << QList<CheckRecord>{record(must, Verdict::Fail, Reason::Timeout)} << u"not-ready"_s
                                   << true;
        QTest::newRow("optional fail") << QList<CheckRecord>{record(must, Verdict::Pass, Reason::Ok),
                                                             record(optional, Verdict::Fail, Reason::Timeout)}
                                       << u"ready-with-warnings"_s << false;
        QTest::newRow("warn") << QList<CheckRecord>{record(must, Verdict::Warn, Reason::ClockSkew)}
                              << u"ready-with-warnings"_s << false;
        QTest::newRow("must skipped is never ready")
            << QList<CheckRecord>{record(must, Verdict::Skipped, Reason::Cancelled)} << u"ready-with-warnings"_s
            << true;
    }

    void summaryVerdict()
    {
        QFETCH(QList<CheckRecord>, checks);
        QFETCH(QString, verdict);
        QFETCH(bool, mustFailed);
        Report report = testing::syntheticReport(0);
        report.checks = checks;
        const Summary summary = report.summary();
        QCOMPARE(toToken(summary.readiness), verdict);
        QCOMPARE(summary.mustFailed, mustFailed);
        QCOMPARE(summary.pass + summary.fail + summary.warn + summary.info + summary.skipped,
                 static_cast<int>(checks.size()));
        const auto mustFailures = std::count_if(checks.cbegin(), checks.cend(), [](const CheckRecord &check) {
            return check.requirement == Requirement::Must && check.result.verdict == Verdict::Fail;
        });
        QCOMPARE(summary.mustFailures, static_cast<int>(mustFailures));
        // The JSON report says the same.
        QCOMPARE(reportToJson(report).value(u"summary"_s).toObject().value(u"verdict"_s).toString(), verdict);
    }

    void readinessTokens()
    {
        // summary.verdict of the JSON report and the command line's "Verdict:" line: a contract.
        const QList<std::pair<Readiness, QString>> rows{{Readiness::Ready, u"ready"_s},
                                                        {Readiness::ReadyWithWarnings, u"ready-with-warnings"_s},
                                                        {Readiness::NotReady, u"not-ready"_s}};
        for (const auto &[readiness, token] : rows) {
            QCOMPARE(toToken(readiness), token);
            QCOMPARE(readinessFromToken(token), std::optional<Readiness>(readiness));
        }
        QVERIFY(!readinessFromToken(u"READY"));
        QVERIFY(!readinessFromToken(u""));
        // One word and one shape per readiness, for the PDF and the wizard alike.
        QCOMPARE(readinessLabel(Readiness::Ready), u"Ready"_s);
        QCOMPARE(readinessLabel(Readiness::NotReady), u"Not ready"_s);
        QCOMPARE(readinessHeadline(Readiness::ReadyWithWarnings), u"READY WITH WARNINGS"_s);
        QCOMPARE(readinessShape(Readiness::Ready), Verdict::Pass);
        QCOMPARE(readinessShape(Readiness::ReadyWithWarnings), Verdict::Warn);
        QCOMPARE(readinessShape(Readiness::NotReady), Verdict::Fail);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "testreport.moc"
