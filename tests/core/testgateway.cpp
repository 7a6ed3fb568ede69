// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The gateway check: the script tpready writes for each table (POSIX sh, checked by sh -n and shellcheck's POSIX
// mode), the result block it prints (read, refused when cut or changed), and the merge into a report. The lab runs
// the scripts themselves under BusyBox against real servers (lab-gateway.*).
#include "testsupport/gatewayblocktext.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/catalog/catalog.h"
#include "core/catalog/hostnames.h"
#include "core/catalog/plan.h"
#include "core/gateway/gatewayblock.h"
#include "core/gateway/gatewayscript.h"
#include "core/report/report.h"

using namespace tpready;

namespace {

Selection selectionOf(Deployment deployment, Transport transport)
{
    Selection selection;
    selection.deployment = deployment;
    selection.transport = transport;
    if (deployment == Deployment::Saas)
        selection.platform = QStringLiteral("eu-prod");
    else
        selection.tpeHosts = {QStringLiteral("tpe.example.net")};
    selection.dnsServers = {QStringLiteral("192.0.2.53")};
    return selection;
}

/// A report with one check per plan check, every one passed by the laptop.
Report reportFor(const Plan &plan)
{
    Report report;
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.finishedAt = report.startedAt;
    for (const PlannedFlow &flow : plan.flows) {
        for (const Check &check : flow.checks) {
            CheckRecord record;
            record.flowId = flow.flow.id;
            record.requirement = flow.requirement;
            record.protocol = flow.flow.protocol;
            record.host = check.host;
            record.port = check.port;
            record.transport = check.transport;
            record.result.verdict = Verdict::Pass;
            record.result.reason = Reason::Ok;
            record.result.address = isIpLiteral(check.host) ? check.host : QStringLiteral("198.51.100.7");
            report.checks << record;
        }
    }
    return report;
}

/// The block a gateway would print for @p keys: each check with @p verdict, its sum of @p kind.
QByteArray blockFor(const QStringList &keys, const QString &verdict = QStringLiteral("pass"),
                    const QString &kind = QStringLiteral("sha256"))
{
    QStringList lines{QStringLiteral("format tpready-gateway/1"),
                      QStringLiteral("tool 0.1.0"),
                      QStringLiteral("plan %1").arg(gatewayPlanDigest(keys)),
                      QStringLiteral("selection saas eu-prod lrr-tls"),
                      QStringLiteral("gateway kerlink-42"),
                      QStringLiteral("system Linux 4.14 armv7l"),
                      QStringLiteral("resolvers 192.0.2.53"),
                      QStringLiteral("tools openssl=openssl ntp=ntpd"),
                      QStringLiteral("started 2026-12-06T10:00:00Z"),
                      QStringLiteral("finished 2026-12-06T10:00:09Z")};
    for (const QString &key : keys)
        lines << QStringLiteral("check %1 %2 ok - 198.51.100.7 what the gateway saw").arg(key, verdict);
    const QByteArray body = testing::gatewayBlockBody(lines);
    QByteArray sum;
    if (kind == u"sha256")
        sum = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    else if (kind == u"md5")
        sum = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
    else
        sum = QByteArray::number(posixCksum(body));
    return "admin@gw:~# sh check.sh\ntpready gateway check: 3 checks, at most 14 s\n" +
           testing::gatewayBlock(body, kind.toUtf8(), sum) + "admin@gw:~# \n";
}

} // namespace

class TestGateway : public QObject
{
    Q_OBJECT

private:
    std::optional<Catalog> m_catalog;

    Plan planOf(Deployment deployment, Transport transport)
    {
        QString error;
        auto plan = buildPlan(*m_catalog, selectionOf(deployment, transport), {}, &error);
        if (!plan)
            qFatal("no plan: %s", qPrintable(error));
        return *plan;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::loadBuiltIn(&error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    void scriptForEveryTable_data()
    {
        QTest::addColumn<int>("deployment");
        QTest::addColumn<int>("transport");
        for (const FlowTable &table : m_catalog->tables())
            QTest::addRow("%s %s", qPrintable(toToken(table.deployment)), qPrintable(toToken(table.transport)))
                << int(table.deployment) << int(table.transport);
    }

    void scriptForEveryTable()
    {
        QFETCH(int, deployment);
        QFETCH(int, transport);
        const Plan plan = planOf(Deployment(deployment), Transport(transport));
        const QString script = gatewayScript(plan);
        QVERIFY(script.startsWith(QStringLiteral("#!/bin/sh\n")));
        QVERIFY(script.endsWith(QStringLiteral("tp_main\n")));
        QVERIFY(!script.contains(QRegularExpression(QStringLiteral("@[A-Z_]+@")))); // every placeholder was filled
        QVERIFY(script.contains(QStringLiteral("plan %1").arg(gatewayPlanDigest(gatewayCheckKeys(plan)))));
        QVERIFY(script.contains(QStringLiteral("at most %1 s").arg(gatewayScriptDeadlineSeconds())));
        for (const QString &key : gatewayCheckKeys(plan))
            QVERIFY2(script.contains(QStringLiteral("echo '%1' >").arg(key)), qPrintable(key));
        // The paste form ends where the script does, and its terminator appears nowhere inside.
        const QString pasted = gatewayScriptForPasting(script);
        QCOMPARE(pasted.count(QStringLiteral("TPREADY_GATEWAY_CHECK")), 2);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("check.sh"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.toUtf8());
        file.close();
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-n"), path});
        QVERIFY(sh.waitForFinished(10000));
        QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
        const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
        if (shellcheck.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("shellcheck is missing (scripts/test installs it)");
            QSKIP("shellcheck is not installed");
        }
        QProcess check;
        check.start(shellcheck, {QStringLiteral("-s"), QStringLiteral("sh"), path});
        QVERIFY(check.waitForFinished(60000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().left(2000).constData());
    }

    void blockReadAndMerged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sha256sum") << QStringLiteral("sha256");
        QTest::newRow("md5sum") << QStringLiteral("md5");
        QTest::newRow("cksum") << QStringLiteral("cksum");
    }

    void blockReadAndMerged()
    {
        QFETCH(QString, kind);
        const Plan plan = planOf(Deployment::Saas, Transport::LrrTls);
        Report report = reportFor(plan);
        QCOMPARE(report.summary().readiness, Readiness::Ready);
        const QStringList keys = gatewayCheckKeys(plan);
        QString error;
        const auto view = parseGatewayBlock(blockFor(keys, QStringLiteral("fail"), kind), &error);
        QVERIFY2(view, qPrintable(error));
        QCOMPARE(view->gateway, QStringLiteral("kerlink-42"));
        QCOMPARE(view->rows.size(), keys.size());
        QCOMPARE(view->rows.first().detail, QStringLiteral("what the gateway saw"));
        QVERIFY(mergeGatewayView(&report, *view).isEmpty());
        // The gateway's view decides: every check failed there.
        QCOMPARE(report.summary().readiness, Readiness::NotReady);
        QCOMPARE(report.laptopSummary().readiness, Readiness::Ready);
        const CheckRecord &first = report.checks.first();
        QCOMPARE(agreementOf(first, report.gateway->rowFor(first)), ViewAgreement::GatewayBlocked);
        QVERIFY(disagreementSentence(first, report.gateway->rowFor(first))
                    .contains(QStringLiteral("blocked from the gateway")));
        // The JSON keeps the laptop's checks as they were and adds the gateway's section; it reads back.
        const QJsonObject json = reportToJson(report);
        QCOMPARE(json.value(u"checks").toArray().first().toObject().value(u"verdict").toString(),
                 QStringLiteral("pass"));
        QCOMPARE(json.value(u"summary").toObject().value(u"verdict").toString(), QStringLiteral("not-ready"));
        QCOMPARE(json.value(u"gateway").toObject().value(u"laptop_summary").toObject().value(u"verdict").toString(),
                 QStringLiteral("ready"));
        const auto back = reportFromJson(reportToBytes(report), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->gateway);
        QCOMPARE(back->summary().readiness, Readiness::NotReady);
        QCOMPARE(reportToBytes(*back), reportToBytes(report));
    }

    void posixCksumMatchesTheTool()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("cksum"));
        if (tool.isEmpty())
            QSKIP("no cksum here");
        const QByteArray data = blockFor({QStringLiteral("i1 ssh a.example tcp 22")});
        QProcess cksum;
        cksum.start(tool, {});
        QVERIFY(cksum.waitForStarted());
        cksum.write(data);
        cksum.closeWriteChannel();
        QVERIFY(cksum.waitForFinished(10000));
        const QString printed = QString::fromLatin1(cksum.readAllStandardOutput()).split(u' ').first();
        QCOMPARE(QString::number(posixCksum(data)), printed);
    }

    void blockRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        const QByteArray good = blockFor(
            {QStringLiteral("i9 ssh support1.eu.thingpark.com tcp 22"), QStringLiteral("i10 dns 192.0.2.53 udp 53")});
        QByteArray changed = good;
        changed.replace("tcp 22 pass ok", "tcp 22 fail ok");
        QTest::newRow("a verdict changed") << changed << QStringLiteral("does not match its content");
        QByteArray cut = good.left(good.indexOf("-----END"));
        QTest::newRow("no END line") << cut << QStringLiteral("its END line is missing");
        QByteArray lineLost = good;
        const qsizetype at = lineLost.indexOf("check i10");
        lineLost.remove(at, lineLost.indexOf('\n', at) - at + 1);
        QTest::newRow("a line lost") << lineLost << QStringLiteral("it counts 13 lines, 12 arrived");
        QByteArray noSum = good;
        const qsizetype sumAt = noSum.indexOf("sum sha256");
        noSum.remove(sumAt, noSum.indexOf('\n', sumAt) - sumAt + 1);
        QTest::newRow("sum line lost") << noSum << QStringLiteral("no sum line");
        QTest::newRow("nothing") << QByteArray("admin@gw:~# ls\n") << QStringLiteral("no result block");
        QTest::newRow("two blocks") << good + good << QStringLiteral("2 result blocks");
        QByteArray unknownSum = good;
        unknownSum.replace("sum sha256", "sum crc64");
        QTest::newRow("unknown sum") << unknownSum << QStringLiteral("not one this tpready knows");
        QTest::newRow("too large") << QByteArray(kMaxGatewayText + 1, 'x') << QStringLiteral("larger than");
    }

    void blockRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!parseGatewayBlock(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void foreignLinesRefusedEvenWithAValidSum()
    {
        // A block whose sum was recomputed over a line of another kind, or of another format, is still refused.
        const QStringList keys{QStringLiteral("i9 ssh support1.eu.thingpark.com tcp 22")};
        QByteArray text = blockFor(keys);
        QString error;
        QVERIFY(parseGatewayBlock(text, &error));
        text.replace("tpready-gateway/1", "tpready-gateway/9");
        QVERIFY(!parseGatewayBlock(text, &error)); // the sum no longer matches
        QVERIFY2(error.contains(QStringLiteral("does not match")), qPrintable(error));
    }

    void mergeRefusesAnotherPlan()
    {
        const Plan tls = planOf(Deployment::Saas, Transport::LrrTls);
        const Plan ipsec = planOf(Deployment::Saas, Transport::LrrIpsec);
        Report report = reportFor(tls);
        QString error;
        const auto view = parseGatewayBlock(blockFor(gatewayCheckKeys(ipsec)), &error);
        QVERIFY2(view, qPrintable(error));
        const QString problem = mergeGatewayView(&report, *view);
        QVERIFY2(problem.contains(QStringLiteral("another plan")), qPrintable(problem));
        QVERIFY(!report.gateway); // nothing merged
        // The same plan's digest with a check missing is refused too.
        QStringList keys = gatewayCheckKeys(tls);
        keys.removeLast();
        QByteArray text = blockFor(keys);
        text.replace(gatewayPlanDigest(keys).toUtf8(), gatewayPlanDigest(gatewayCheckKeys(tls)).toUtf8());
        // (the digest was edited after the sum: refused by the sum)
        QVERIFY(!parseGatewayBlock(text, &error));
    }

    void untestedRowsLeaveTheLaptopsVerdict()
    {
        const Plan plan = planOf(Deployment::Saas, Transport::LrrIpsec);
        Report report = reportFor(plan);
        QString error;
        const auto view = parseGatewayBlock(blockFor(gatewayCheckKeys(plan), QStringLiteral("skipped")), &error);
        QVERIFY2(view, qPrintable(error));
        QVERIFY(mergeGatewayView(&report, *view).isEmpty());
        QCOMPARE(report.summary().readiness, Readiness::Ready);
        for (const CheckRecord &check : std::as_const(report.checks)) {
            QCOMPARE(effectiveVerdict(check, report.gateway), Verdict::Pass);
            QCOMPARE(agreementOf(check, report.gateway->rowFor(check)), ViewAgreement::LaptopOnly);
        }
    }

    void otherAddressAndResolverCalledOut()
    {
        const Plan plan = planOf(Deployment::Saas, Transport::LrrTls);
        Report report = reportFor(plan);
        QString error;
        QByteArray text = blockFor(gatewayCheckKeys(plan));
        const auto view = parseGatewayBlock(text, &error);
        QVERIFY2(view, qPrintable(error));
        GatewayView other = *view;
        for (GatewayRow &row : other.rows)
            row.address = QStringLiteral("203.0.113.80");
        other.resolvers = {QStringLiteral("203.0.113.55")};
        QVERIFY(mergeGatewayView(&report, other).isEmpty());
        const CheckRecord *named = nullptr;
        for (const CheckRecord &check : std::as_const(report.checks)) {
            if (!isIpLiteral(check.host) && !check.host.isEmpty())
                named = &check;
        }
        QVERIFY(named);
        QCOMPARE(agreementOf(*named, report.gateway->rowFor(*named)), ViewAgreement::OtherAddress);
        QCOMPARE(report.summary().readiness, Readiness::Ready); // a note, not a failure
        QVERIFY(resolverNote(other, {QStringLiteral("192.0.2.53")}).contains(QStringLiteral("203.0.113.55")));
        QVERIFY(resolverNote(other, {QStringLiteral("203.0.113.55")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGateway)
#include "testgateway.moc"
