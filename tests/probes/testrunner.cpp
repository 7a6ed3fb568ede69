// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probetestutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

#include "testsupport/prerequisite.h"

#include "core/probes/probefactory.h"
#include "core/runner/runner.h"

using namespace tpready;
using namespace probetest;

namespace {

const char kNetnsVariable[] = "TPREADY_TEST_IN_NETNS";

/// A probe that answers what the test scripted, after a delay; or never (its deadline then speaks).
class FakeProbe final : public Probe
{
public:
    FakeProbe(ProbeTarget target, ProbeConfig config, ProbeResult result, int delayMs, bool silent, QObject *parent)
        : Probe(std::move(target), std::move(config), parent), m_result(std::move(result)), m_delayMs(delayMs),
          m_silent(silent)
    {}

protected:
    void begin() override
    {
        if (!m_silent)
            QTimer::singleShot(m_delayMs, this, [this] { finish(m_result); });
    }
    ProbeResult deadlineResult() override
    {
        return ProbeResult::make(Verdict::Fail, Reason::Timeout, QStringLiteral("silent"));
    }

private:
    ProbeResult m_result;
    int m_delayMs;
    bool m_silent;
};

Check check(const QString &host, quint16 port, IpTransport transport = IpTransport::Tcp)
{
    Check c;
    c.host = host;
    c.port = port;
    c.transport = transport;
    return c;
}

PlannedFlow flow(const QString &id, Protocol protocol, Role role, const QList<Check> &checks)
{
    PlannedFlow planned;
    planned.flow.id = id;
    planned.flow.protocol = protocol;
    planned.flow.toRole = role;
    planned.requirement = Requirement::Must;
    planned.checks = checks;
    return planned;
}

ProbeResult scripted(Verdict verdict, Reason reason, const QString &detail, const QJsonObject &evidence = {})
{
    ProbeResult result = ProbeResult::make(verdict, reason, detail);
    result.evidence = evidence;
    return result;
}

/// Runs @p runner to its end (or @p limitMs) and returns the wall time.
qint64 runToEnd(Runner &runner, int limitMs = 10000)
{
    QSignalSpy finished(&runner, &Runner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    if (runner.isRunning())
        finished.wait(limitMs);
    return clock.elapsed();
}

const CheckRun *find(const Runner &runner, Protocol protocol, quint16 port = 0)
{
    for (const CheckRun &run : runner.checks()) {
        if (run.target.protocol == protocol && (port == 0 || run.target.port == port))
            return &run;
    }
    return nullptr;
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void resultsInPlanOrder()
    {
        Plan plan;
        QList<Check> checks;
        for (int i = 0; i < 5; ++i)
            checks << check(QStringLiteral("127.0.0.1"), static_cast<quint16>(1000 + i));
        plan.flows << flow(QStringLiteral("i9"), Protocol::Ssh, Role::Support, checks);
        RunOptions options;
        options.probe.timeoutMs = 3000;
        // The first check is the slowest: they finish in reverse order.
        options.factory = [](const ProbeTarget &target, const ProbeConfig &config, QObject *parent) -> Probe * {
            const int index = target.port - 1000;
            return new FakeProbe(target, config,
                                 scripted(Verdict::Pass, Reason::Ok, QStringLiteral("probe %1").arg(index)),
                                 (5 - index) * 60, false, parent);
        };
        Runner runner(plan, options);
        QList<int> order;
        connect(&runner, &Runner::checkFinished, this, [&order](int index) { order << index; });
        runToEnd(runner);
        QCOMPARE(order, (QList<int>{4, 3, 2, 1, 0}));
        QCOMPARE(runner.checks().size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(runner.checks().at(i).result.detail, QStringLiteral("probe %1").arg(i));
            QCOMPARE(runner.checks().at(i).target.port, quint16(1000 + i));
            QCOMPARE(runner.checks().at(i).result.evidence.value(u"dns").toObject().value(u"source").toString(),
                     QStringLiteral("literal"));
        }
    }

    void parallelSilentServersTakeOneTimeout()
    {
        // Ten real SSH probes against servers that accept and say nothing: a run lasts about one deadline.
        ScriptedServer server({Step::wait(20000)});
        Plan plan;
        QList<Check> checks;
        for (int i = 0; i < 10; ++i)
            checks << check(QStringLiteral("127.0.0.1"), server.port());
        plan.flows << flow(QStringLiteral("i9"), Protocol::Ssh, Role::Support, checks);
        RunOptions options;
        options.probe.timeoutMs = 1000;
        Runner runner(plan, options);
        const qint64 elapsed = runToEnd(runner);
        qInfo("10 silent checks with a 1000 ms deadline each took %lld ms (runner: %lld ms)", elapsed,
              runner.lastRunMs());
        QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
        QVERIFY(elapsed >= 950);
        QCOMPARE(server.connections, 10);
        for (const CheckRun &run : runner.checks()) {
            QCOMPARE(run.state, CheckRun::State::Done);
            QCOMPARE(run.result.verdict, Verdict::Fail);
            QCOMPARE(run.result.reason, Reason::ConnectionStalled); // connected, and no SSH identification came
        }
    }

    void cancelMidRun()
    {
        ScriptedServer server({Step::wait(20000)});
        Plan plan;
        QList<Check> checks;
        for (int i = 0; i < 10; ++i)
            checks << check(QStringLiteral("127.0.0.1"), server.port());
        plan.flows << flow(QStringLiteral("i9"), Protocol::Ssh, Role::Support, checks);
        RunOptions options;
        options.probe.timeoutMs = 5000;
        options.maxParallel = 4; // some checks are still pending when the cancel comes
        Runner runner(plan, options);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QTest::qWait(300);
        QVERIFY(runner.isRunning());
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        if (finished.isEmpty())
            QVERIFY(finished.wait(500));
        const qint64 elapsed = clock.elapsed();
        qInfo("cancel ended the run in %lld ms", elapsed);
        QVERIFY(elapsed < 500 * TPREADY_TEST_SLOWDOWN);
        QVERIFY(!runner.isRunning());
        for (const CheckRun &run : runner.checks()) {
            QCOMPARE(run.state, CheckRun::State::Done);
            QCOMPARE(run.result.verdict, Verdict::Skipped);
            QCOMPARE(run.result.reason, Reason::Cancelled);
        }
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1); // no late signal from the cancelled probes
    }

    void rerunOneCheck()
    {
        Plan plan;
        plan.flows << flow(QStringLiteral("i9"), Protocol::Ssh, Role::Support,
                           {check(QStringLiteral("127.0.0.1"), 1), check(QStringLiteral("127.0.0.1"), 2),
                            check(QStringLiteral("127.0.0.1"), 3)});
        auto created = std::make_shared<QHash<int, int>>();
        RunOptions options;
        options.probe.timeoutMs = 2000;
        options.factory = [created](const ProbeTarget &target, const ProbeConfig &config, QObject *parent) -> Probe * {
            const int count = ++(*created)[target.port];
            return new FakeProbe(target, config,
                                 scripted(count == 1 ? Verdict::Fail : Verdict::Pass,
                                          count == 1 ? Reason::Timeout : Reason::Ok,
                                          QStringLiteral("port %1 run %2").arg(target.port).arg(count)),
                                 20, false, parent);
        };
        Runner runner(plan, options);
        runToEnd(runner);
        QCOMPARE(runner.checks().at(1).result.reason, Reason::Timeout);
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy started(&runner, &Runner::checkStarted);
        runner.rerun(1);
        QVERIFY(finished.wait(3000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toInt(), 1);
        QCOMPARE(created->value(1), 1);
        QCOMPARE(created->value(2), 2);
        QCOMPARE(created->value(3), 1);
        QCOMPARE(runner.checks().at(1).result.verdict, Verdict::Pass);
        QCOMPARE(runner.checks().at(1).result.detail, QStringLiteral("port 2 run 2"));
        QCOMPARE(runner.checks().at(0).result.detail, QStringLiteral("port 1 run 1"));
        runner.rerun(99); // out of range: nothing happens
        QVERIFY(!runner.isRunning());
    }

    void resolveOverride()
    {
        // `--resolve`: the name is never asked of the system resolver; the probe goes to the given address.
        ScriptedServer server({Step::send(sshServerOpening())});
        Plan plan;
        plan.flows << flow(QStringLiteral("i9"), Protocol::Ssh, Role::Support,
                           {check(QStringLiteral("Support.TPE.example"), server.port())});
        RunOptions options;
        options.probe.timeoutMs = 2000;
        options.resolveOverrides.insert(QStringLiteral("support.tpe.example"), QHostAddress::LocalHost);
        Runner runner(plan, options);
        runToEnd(runner);
        const CheckRun &run = runner.checks().first();
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.address, QStringLiteral("127.0.0.1"));
        const QJsonObject dns = run.result.evidence.value(u"dns").toObject();
        QCOMPARE(dns.value(u"source").toString(), QStringLiteral("--resolve"));
        QCOMPARE(dns.value(u"addresses").toArray().first().toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(runner.resolutions().value(QStringLiteral("support.tpe.example")).overridden);
    }

    // Linux only: the resolver failure is made in a network namespace, where the query cannot leave. Elsewhere a
    // .invalid name would go to the machine's own resolver, off this machine.
#ifndef Q_OS_WIN
    void unresolvableHost()
    {
        // glibc sends a query for a .invalid name to the machine's resolver (checked with strace): so this runs in
        // a network namespace of its own, where that query cannot leave (no route) and the resolver fails.
        if (qEnvironmentVariableIsSet(kNetnsVariable))
            QSKIP("this is the namespace child");
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            TPREADY_MISSING(QStringLiteral(
                "unshare (util-linux) is missing: a resolver failure cannot be made without network traffic"));
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kNetnsVariable), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList namespaces = ::geteuid() == 0
                                           ? QStringList{QStringLiteral("--net")}
                                           : QStringList{QStringLiteral("--map-root-user"), QStringLiteral("--net")};
        child.start(unshare, namespaces + QStringList{QCoreApplication::applicationFilePath(),
                                                      QStringLiteral("unresolvableHostChild")});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForFinished(30000));
        const QByteArray output = child.readAll();
        if (output.contains("unshare: "))
            TPREADY_MISSING(QStringLiteral("cannot create a network namespace here: %1")
                                .arg(QString::fromLocal8Bit(output.trimmed().left(200))));
        qInfo("%s", output.constData());
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(output.contains("PASS   : TestRunner::unresolvableHostChild()"));
    }

    void unresolvableHostChild()
    {
        if (!qEnvironmentVariableIsSet(kNetnsVariable))
            QSKIP("runs only inside the namespace that unresolvableHost creates");
        auto created = std::make_shared<int>(0);
        Plan plan;
        plan.flows << flow(QStringLiteral("i9"), Protocol::Ssh, Role::Support,
                           {check(QStringLiteral("nx-4f1c2b.tpready.invalid"), 22),
                            check(QStringLiteral("nx-4f1c2b.tpready.invalid"), 2222)});
        RunOptions options;
        options.probe.timeoutMs = 3000;
        options.factory = [created](const ProbeTarget &target, const ProbeConfig &config, QObject *parent) -> Probe * {
            ++*created;
            return new FakeProbe(target, config, scripted(Verdict::Pass, Reason::Ok, QString()), 1, false, parent);
        };
        Runner runner(plan, options);
        const qint64 elapsed = runToEnd(runner);
        QCOMPARE(*created, 0); // no probe for a host without an address
        for (const CheckRun &run : runner.checks()) {
            QCOMPARE(run.result.verdict, Verdict::Fail);
            QCOMPARE(run.result.reason, Reason::DnsFail);
            QVERIFY(run.result.detail.contains(QStringLiteral("nx-4f1c2b.tpready.invalid")));
            QCOMPARE(run.result.evidence.value(u"resolver").toString(), QStringLiteral("system"));
            // The lookup's own account: the system resolver's answer, and each configured resolver's queries.
            const QJsonObject lookup = run.result.evidence.value(u"lookup").toObject();
            QVERIFY2(lookup.value(u"system").toObject().contains(u"outcome"),
                     QJsonDocument(lookup).toJson(QJsonDocument::Compact).constData());
        }
        // Resolved once for both checks.
        QCOMPARE(runner.resolutions().size(), 1);
        QVERIFY(elapsed < 3500);
    }

#endif

    void espTiedToIkeNat_data()
    {
        QTest::addColumn<bool>("ikePasses");
        QTest::addColumn<bool>("port4500Passes");
        QTest::addColumn<bool>("behindNat");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("remediation"); // what the ESP row's remediation asks, or empty: neither ESP nor 4500
        QTest::newRow("behind NAT") << true << true << true << QStringLiteral("so the data path is covered")
                                    << QString();
        QTest::newRow("no NAT") << true << true << false
                                << QStringLiteral("ESP (IP protocol 50) itself must be allowed")
                                << QStringLiteral("IP protocol 50");
        QTest::newRow("IKE blocked") << false << false << false << QStringLiteral("did not get through either")
                                     << QString();
        // The partial path of cellular uplinks: IKE_SA_INIT on 500 works, 4500 is dropped.
        QTest::newRow("500 only, behind NAT")
            << true << false << true << QStringLiteral("IKE answered on UDP 500 but not on UDP 4500")
            << QStringLiteral("Allow UDP 4500 both ways");
        QTest::newRow("500 only, no NAT")
            << true << false << false << QStringLiteral("the tunnel would stall right after NAT detection")
            << QStringLiteral("Allow UDP 4500 both ways");
    }

    void espTiedToIkeNat()
    {
        QFETCH(bool, ikePasses);
        QFETCH(bool, port4500Passes);
        QFETCH(bool, behindNat);
        QFETCH(QString, finding);
        QFETCH(QString, remediation);
        const QString host = QStringLiteral("slrc1.example");
        Plan plan;
        plan.flows << flow(QStringLiteral("i6"), Protocol::Ike, Role::Slrc,
                           {check(host, 500, IpTransport::Udp), check(host, 4500, IpTransport::Udp)});
        plan.flows << flow(QStringLiteral("i7"), Protocol::Esp, Role::Slrc, {check(host, 0, IpTransport::Ip)});
        RunOptions options;
        options.probe.timeoutMs = 2000;
        options.resolveOverrides.insert(host, QHostAddress(QStringLiteral("127.0.0.1")));
        options.factory = [=](const ProbeTarget &target, const ProbeConfig &config, QObject *parent) -> Probe * {
            if (target.protocol == Protocol::Esp)
                return createProbe(target, config, parent); // the real ESP probe: info / not-testable
            QJsonObject evidence;
            evidence.insert(QStringLiteral("nat"), QJsonObject{{QStringLiteral("local_behind_nat"), behindNat},
                                                               {QStringLiteral("server_behind_nat"), false}});
            const bool passes = target.port == 4500 ? port4500Passes : ikePasses;
            return new FakeProbe(target, config,
                                 passes ? scripted(Verdict::Pass, Reason::Ok, QStringLiteral("IKE"), evidence)
                                        : scripted(Verdict::Fail, Reason::NoResponse, QStringLiteral("IKE")),
                                 10, false, parent);
        };
        Runner runner(plan, options);
        runToEnd(runner);
        const CheckRun *esp = find(runner, Protocol::Esp);
        QVERIFY(esp);
        QCOMPARE(esp->result.verdict, Verdict::Info);
        QCOMPARE(esp->result.reason, Reason::NotTestable);
        QVERIFY2(esp->result.detail.contains(finding), qPrintable(esp->result.detail));
        QCOMPARE(esp->result.evidence.value(u"nat_detected").toBool(), behindNat);
        QCOMPARE(esp->result.evidence.value(u"ike_answered").toBool(), ikePasses);
        if (remediation.isEmpty())
            QVERIFY2(!esp->result.remediation.contains(QStringLiteral("IP protocol 50")) &&
                         !esp->result.remediation.contains(QStringLiteral("UDP 4500")),
                     qPrintable(esp->result.remediation));
        else
            QVERIFY2(esp->result.remediation.contains(remediation), qPrintable(esp->result.remediation));
        // The UDP 4500 row itself says what its silence means when 500 answered.
        const CheckRun *nat = find(runner, Protocol::Ike, 4500);
        QVERIFY(nat);
        const bool partial = ikePasses && !port4500Passes;
        QCOMPARE(nat->result.evidence.value(u"udp500_answered").toBool(), partial);
        QCOMPARE(nat->result.detail.contains(QStringLiteral("would start and then stall after NAT detection")),
                 partial);
        if (partial)
            QVERIFY2(nat->result.remediation.startsWith(QStringLiteral("Allow UDP 4500 both ways between the "
                                                                       "gateway's LAN and slrc1.example (127.0.0.1), "
                                                                       "as UDP 500 already is")),
                     qPrintable(nat->result.remediation));
    }

    void issuerOutlierIsIntercepted()
    {
        Plan plan;
        plan.flows << flow(QStringLiteral("i7a"), Protocol::Tls, Role::Slrc,
                           {check(QStringLiteral("127.0.0.1"), 3001), check(QStringLiteral("127.0.0.1"), 3002),
                            check(QStringLiteral("127.0.0.2"), 3001), check(QStringLiteral("127.0.0.2"), 3002)});
        RunOptions options;
        options.probe.timeoutMs = 2000;
        options.factory = [](const ProbeTarget &target, const ProbeConfig &config, QObject *parent) -> Probe * {
            const bool odd = target.host == u"127.0.0.2" && target.port == 3002;
            QJsonObject evidence;
            evidence.insert(QStringLiteral("issuer"),
                            odd ? QStringLiteral("Example Corp SSL Inspection CA") : QStringLiteral("ThingPark CA"));
            return new FakeProbe(
                target, config, scripted(Verdict::Pass, Reason::TlsClientCertRequired, QStringLiteral("TLS"), evidence),
                10, false, parent);
        };
        Runner runner(plan, options);
        runToEnd(runner);
        for (const CheckRun &run : runner.checks()) {
            const bool odd = run.target.host == u"127.0.0.2" && run.target.port == 3002;
            if (odd) {
                QCOMPARE(run.result.verdict, Verdict::Fail);
                QCOMPARE(run.result.reason, Reason::TlsIntercepted);
                QVERIFY(run.result.detail.contains(QStringLiteral("Example Corp SSL Inspection CA")));
                QVERIFY(run.result.detail.contains(QStringLiteral("ThingPark CA")));
                // What the probe itself said is kept beside the conclusion.
                QCOMPARE(run.probeResult.reason, Reason::TlsClientCertRequired);
            } else {
                QCOMPARE(run.result.reason, Reason::TlsClientCertRequired);
            }
        }
    }

    void icmpBlockedWhileTcpAnswers()
    {
        Plan plan;
        plan.flows << flow(QStringLiteral("i8a"), Protocol::Icmp, Role::Slrc,
                           {check(QStringLiteral("127.0.0.1"), 0, IpTransport::Icmp)});
        plan.flows << flow(QStringLiteral("i9"), Protocol::Ssh, Role::Slrc, {check(QStringLiteral("127.0.0.1"), 22)});
        RunOptions options;
        options.probe.timeoutMs = 2000;
        options.factory = [](const ProbeTarget &target, const ProbeConfig &config, QObject *parent) -> Probe * {
            return new FakeProbe(target, config,
                                 target.protocol == Protocol::Icmp
                                     ? scripted(Verdict::Fail, Reason::Timeout, QStringLiteral("No echo reply."))
                                     : scripted(Verdict::Pass, Reason::Ok, QStringLiteral("SSH")),
                                 10, false, parent);
        };
        Runner runner(plan, options);
        runToEnd(runner);
        const CheckRun *icmp = find(runner, Protocol::Icmp);
        QVERIFY(icmp);
        QCOMPARE(icmp->result.verdict, Verdict::Fail);
        QVERIFY2(icmp->result.detail.contains(QStringLiteral("only ICMP is blocked")), qPrintable(icmp->result.detail));
        QVERIFY(icmp->result.detail.contains(QStringLiteral("TCP/22")));
    }

    void realProbesEndToEnd()
    {
        // The real factory over loopback: FTP and IEC 104 against in-process servers, in one run.
        ScriptedServer ftp({Step::send("220 ready\r\n"), Step::readUpTo(6, 2000), Step::send("221 Bye\r\n")});
        ScriptedServer iec({Step::readUpTo(6, 2000), Step::send(QByteArray::fromHex("680483000000"))});
        Plan plan;
        plan.flows << flow(QStringLiteral("i7"), Protocol::Ftp, Role::Tpe,
                           {check(QStringLiteral("127.0.0.1"), ftp.port())});
        plan.flows << flow(QStringLiteral("i6"), Protocol::Iec104, Role::Tpe,
                           {check(QStringLiteral("127.0.0.1"), iec.port())});
        RunOptions options;
        options.probe.timeoutMs = 2000;
        Runner runner(plan, options);
        const qint64 elapsed = runToEnd(runner);
        QCOMPARE(runner.checks().at(0).result.verdict, Verdict::Pass);
        QCOMPARE(runner.checks().at(1).result.verdict, Verdict::Pass);
        QVERIFY(elapsed < 2000);
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "testrunner.moc"
