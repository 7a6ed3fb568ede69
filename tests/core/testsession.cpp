// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// CheckSession: the run that `tpready check` and the wizard share. Scripted probes (tests/core/scriptedprobe.h) send
// nothing; the plan's hosts are documentation addresses, never contacted.
#include "tests/core/scriptedprobe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>

#include "core/catalog/catalog.h"
#include "core/catalog/plan.h"
#include "core/runner/correlate.h"
#include "core/runner/reportbuilder.h"
#include "core/runner/session.h"

using namespace Qt::StringLiterals;
using namespace tpready;

namespace {

Environment capturedEnvironment()
{
    Environment env;
    env.os = u"Test OS"_s;
    InterfaceInfo eth;
    eth.name = u"eth0"_s;
    eth.kind = u"ethernet"_s;
    eth.addresses = {u"192.0.2.77/24"_s};
    eth.up = true;
    eth.defaultRoute = true;
    env.interfaces << eth;
    env.dnsServers = {u"192.0.2.53"_s};
    env.proxy = u"none"_s;
    return env;
}

/// Everything passes quickly; NTP says the laptop's clock is 42 ms ahead.
testing::ProbeScript passing(const ProbeTarget &target)
{
    testing::ProbeScript script;
    script.delayMs = 5;
    QJsonObject evidence;
    if (target.protocol == Protocol::Ntp)
        evidence.insert(u"clock_offset_ms"_s, 42);
    script.result = testing::result(Verdict::Pass, Reason::Ok, u"scripted pass"_s, 3, evidence);
    return script;
}

/// Run options that never reach a resolver: the plan's one host name is overridden.
RunOptions offlineOptions(ProbeFactory factory)
{
    RunOptions options;
    options.factory = std::move(factory);
    options.resolveOverrides.insert(u"tpe2.example.com"_s, QHostAddress(u"192.0.2.11"_s));
    return options;
}

/// A finished check of the plan's first flow (to the TPE), as a probe left it.
CheckRun finished(Verdict verdict, Reason reason, IpTransport transport = IpTransport::Tcp)
{
    CheckRun check;
    check.flowIndex = 0;
    check.target.host = u"tpe2.example.com"_s;
    check.target.port = transport == IpTransport::Tcp ? 3001 : 500;
    check.target.transport = transport;
    check.target.protocol = transport == IpTransport::Tcp ? Protocol::Tls : Protocol::Ike;
    check.state = CheckRun::State::Done;
    check.result.verdict = verdict;
    check.result.reason = reason;
    check.result.address = u"198.51.100.7"_s;
    check.result.detail = u"Something happened."_s;
    check.probeResult = check.result;
    return check;
}

/// A summary as a list, to compare two at once.
QList<int> counts(const Summary &summary)
{
    return {static_cast<int>(summary.readiness),
            summary.pass,
            summary.fail,
            summary.warn,
            summary.info,
            summary.skipped,
            summary.mustFailures,
            summary.mustFailed};
}

testing::ProbeScript hanging(const ProbeTarget &)
{
    testing::ProbeScript script;
    script.hang = true;
    return script;
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::loadBuiltIn(&error);
        QVERIFY2(m_catalog, qPrintable(error));
        Selection selection;
        selection.deployment = Deployment::SelfHosted;
        selection.tpeHosts = {u"192.0.2.10"_s, u"tpe2.example.com"_s};
        selection.transport = Transport::LrrIpsec;
        selection.ntpServers = {u"192.0.2.123"_s};
        selection.dnsServers = {u"192.0.2.53"_s};
        m_plan = buildPlan(*m_catalog, selection, {}, &error);
        QVERIFY2(m_plan, qPrintable(error));
    }

    void planHostNamesLeaveLiteralsOut() { QCOMPARE(planHostNames(*m_plan), QStringList{u"tpe2.example.com"_s}); }

    void namesGoToThePlansResolvers()
    {
        // The DNS flow's resolvers (--dns here) are those the base station asks: the run resolves names through them.
        const QList<DnsServerAddress> servers = planDnsServers(*m_plan);
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().address, QHostAddress(u"192.0.2.53"_s));
        QCOMPARE(servers.first().port, quint16(53));
        CheckSession session(*m_plan, offlineOptions(testing::scriptedFactory(passing)));
        QVERIFY(session.options().dnsServers.has_value());
        QCOMPARE(session.options().dnsServers->size(), 1);
        QCOMPARE(session.options().dnsServers->first().address, QHostAddress(u"192.0.2.53"_s));
        // Resolvers a caller gives are kept.
        RunOptions options = offlineOptions(testing::scriptedFactory(passing));
        options.dnsServers = QList<DnsServerAddress>{{QHostAddress::LocalHost, 5353}};
        CheckSession own(*m_plan, options);
        QCOMPARE(own.options().dnsServers->first().port, quint16(5353));
    }

    void clockOffsetFromNtp()
    {
        QList<CheckRun> checks(2);
        checks[0].target.protocol = Protocol::Ssh;
        checks[0].state = CheckRun::State::Done;
        checks[0].result.evidence.insert(u"clock_offset_ms"_s, 999); // not NTP: ignored
        checks[1].target.protocol = Protocol::Ntp;
        checks[1].target.host = u"ntp.example.net"_s;
        checks[1].state = CheckRun::State::Done;
        checks[1].result.verdict = Verdict::Fail;
        checks[1].result.evidence.insert(u"clock_offset_ms"_s, -17);
        Environment env;
        applyClockOffset(&env, checks);
        QVERIFY(!env.clockOffsetMs); // a failed NTP check measured nothing to trust
        checks[1].result.verdict = Verdict::Warn;
        applyClockOffset(&env, checks);
        QCOMPARE(env.clockOffsetMs, std::optional<qint64>(-17));
        QCOMPARE(env.clockSource, u"ntp.example.net"_s);
    }

    void runAndReport()
    {
        CheckSession session(*m_plan, offlineOptions(testing::scriptedFactory(passing)));
        QCOMPARE(session.options().probe.planHosts, QStringList{u"tpe2.example.com"_s});
        session.setEnvironmentCapture([](const QStringList &hosts) {
            Environment env = capturedEnvironment();
            env.proxy = u"asked for: "_s + hosts.join(u',');
            return env;
        });
        QSignalSpy started(&session, &CheckSession::started);
        QSignalSpy finished(&session, &CheckSession::finished);
        QSignalSpy environment(&session, &CheckSession::environmentReady);
        QVERIFY(!session.hasResults());
        session.start();
        QCOMPARE(started.count(), 1);
        QVERIFY(session.isRunning());
        QVERIFY(finished.wait(5000));
        QVERIFY(session.hasResults());
        QCOMPARE(session.doneCount(), session.checks().size());
        if (!session.hasEnvironment())
            QVERIFY(environment.wait(5000));
        QCOMPARE(session.capturedEnvironment()->proxy, u"asked for: tpe2.example.com"_s);

        SiteInfo site;
        site.name = u"Bench"_s;
        const Report report = session.report(site);
        QCOMPARE(report.site.name, u"Bench"_s);
        QCOMPARE(report.checks.size(), session.checks().size());
        QCOMPARE(report.environment.clockOffsetMs, std::optional<qint64>(42));
        QCOMPARE(report.environment.clockSource, u"192.0.2.123"_s);
        QCOMPARE(report.environment.interfaces.size(), 1);
        QCOMPARE(report.durationMs, session.runner().lastRunMs());
        QVERIFY(report.startedAt.isValid() && report.finishedAt >= report.startedAt);
        // The ESP check is scripted to pass here, so nothing fails.
        QCOMPARE(report.summary().readiness, Readiness::Ready);
        // The session counts as its report does.
        QCOMPARE(counts(session.summary()), counts(report.summary()));
        QCOMPARE(session.summary().pass, session.checks().size());
        // The report is exactly what makeReport makes of the run.
        const Report direct = makeReport(session.plan(), session.checks(), site, session.environment(),
                                         session.startedAt(), session.finishedAt(), session.durationMs());
        QCOMPARE(reportToBytes(report), reportToBytes(direct));
    }

    void proxyConclusion()
    {
        QList<CheckRun> checks = {finished(Verdict::Fail, Reason::Timeout),
                                  finished(Verdict::Fail, Reason::Refused),
                                  finished(Verdict::Fail, Reason::TlsIntercepted),
                                  finished(Verdict::Fail, Reason::NoResponse, IpTransport::Udp),
                                  finished(Verdict::Pass, Reason::Ok),
                                  finished(Verdict::Fail, Reason::Timeout)};
        checks[5].result.remediation = u"The probe's own advice for a silent drop."_s;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Environment environment = capturedEnvironment();

        // Without a proxy nothing changes.
        environment.proxyConfigured = false;
        const Report direct = makeReport(*m_plan, checks, {}, environment, now, now, 0);
        QCOMPARE(direct.checks.at(0).result.reason, Reason::Timeout);

        environment.proxyConfigured = true;
        environment.proxy = u"HTTP 192.0.2.8:3128"_s;
        const Report report = makeReport(*m_plan, checks, {}, environment, now, now, 0);
        // Direct TCP paths that are closed: the laptop only gets out through its proxy.
        QCOMPARE(report.checks.at(0).result.reason, Reason::ProxyRequired);
        QCOMPARE(report.checks.at(1).result.reason, Reason::ProxyRequired);
        QCOMPARE(report.checks.at(0).result.evidence.value(u"network_reason"_s).toString(), u"timeout"_s);
        QCOMPARE(report.checks.at(1).result.evidence.value(u"network_reason"_s).toString(), u"refused"_s);
        QVERIFY(report.checks.at(0).result.detail.contains(u"HTTP 192.0.2.8:3128"_s));
        QVERIFY(report.checks.at(0).result.remediation.contains(u"cannot use a web proxy"_s));
        QCOMPARE(report.checks.at(0).result.verdict, Verdict::Fail);
        // What a proxy does not explain is left alone: an intercepted TLS answer, UDP, a pass.
        QCOMPARE(report.checks.at(2).result.reason, Reason::TlsIntercepted);
        QCOMPARE(report.checks.at(3).result.reason, Reason::NoResponse);
        QCOMPARE(report.checks.at(4).result.reason, Reason::Ok);
        // Advice for the network's answer gives way to the advice for the proxy.
        QCOMPARE(report.checks.at(5).result.remediation, report.checks.at(0).result.remediation);
        // The conclusion survives the JSON round trip.
        QString error;
        const auto read = reportFromJson(reportToBytes(report), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->checks.at(0).result.reason, Reason::ProxyRequired);
        // The run keeps the network's answer: each report draws the conclusion once, afresh.
        QCOMPARE(checks.at(0).result.reason, Reason::Timeout);
        QCOMPARE(reportToBytes(makeReport(*m_plan, checks, {}, environment, now, now, 0)), reportToBytes(report));
        // Drawn on the checks themselves, it is the same conclusion.
        applyProxyConclusion(environment, &checks);
        QCOMPARE(checks.at(0).result.reason, Reason::ProxyRequired);
        QCOMPARE(checks.at(0).result.detail, report.checks.at(0).result.detail);
    }

    void endsAtOnceWithoutProbes()
    {
        // No probe for any protocol: every check ends inside start(), and finished() came before it returned.
        CheckSession session(*m_plan, offlineOptions([](const ProbeTarget &, const ProbeConfig &,
                                                        QObject *) -> Probe * { return nullptr; }));
        session.setEnvironmentCapture([](const QStringList &) { return capturedEnvironment(); });
        QSignalSpy finished(&session, &CheckSession::finished);
        session.start();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!session.isRunning());
        QVERIFY(session.hasResults());
        for (const CheckRun &check : session.checks())
            QCOMPARE(check.result.reason, Reason::Error);
        // Re-running such a check ends at once too, and says so.
        session.rerun({0});
        QCOMPARE(finished.count(), 2);
        QVERIFY(!session.isRunning());
        QSignalSpy environment(&session, &CheckSession::environmentReady);
        if (!session.hasEnvironment())
            QVERIFY(environment.wait(5000));
    }

    void cancelIsImmediate()
    {
        RunOptions options = offlineOptions(testing::scriptedFactory(hanging));
        options.probe.timeoutMs = 60000;
        CheckSession session(*m_plan, options);
        session.setEnvironmentCapture([](const QStringList &) { return capturedEnvironment(); });
        QSignalSpy finished(&session, &CheckSession::finished);
        session.start();
        QVERIFY(session.isRunning());
        QVERIFY(testing::ScriptedProbe::live() > 0);
        QElapsedTimer clock;
        clock.start();
        session.cancel();
        const qint64 elapsedUs = clock.nsecsElapsed() / 1000;
        QCOMPARE(finished.count(), 1);
        QVERIFY(!session.isRunning());
        for (const CheckRun &check : session.checks()) {
            QCOMPARE(check.state, CheckRun::State::Done);
            QCOMPARE(check.result.verdict, Verdict::Skipped);
            QCOMPARE(check.result.reason, Reason::Cancelled);
        }
        qInfo("CheckSession::cancel() with %lld probes running: %lld us",
              static_cast<long long>(session.checks().size()), static_cast<long long>(elapsedUs));
        QVERIFY(elapsedUs < 500 * 1000 * TPREADY_TEST_SLOWDOWN);
        // The probes go with the next turn of the event loop.
        QTRY_COMPARE(testing::ScriptedProbe::live(), 0);
        // A cancelled run can be reported (nothing MUST was proven: not "ready"), and run again.
        QCOMPARE(session.report({}).summary().readiness, Readiness::ReadyWithWarnings);
        QCOMPARE(counts(session.summary()), counts(session.report({}).summary()));
        QCOMPARE(session.summary().skipped, session.checks().size());
        session.start();
        QVERIFY(session.isRunning());
        session.cancel();
    }

    void rerunOnlyWhatIsAsked()
    {
        CheckSession session(*m_plan, offlineOptions(testing::scriptedFactory(passing)));
        session.setEnvironmentCapture([](const QStringList &) { return capturedEnvironment(); });
        QSignalSpy finished(&session, &CheckSession::finished);
        session.start();
        QVERIFY(finished.wait(5000));
        const qint64 duration = session.durationMs();
        QSignalSpy started(&session, &CheckSession::checkStarted);
        session.rerun({1, 3, -1, 9999});
        QVERIFY(session.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(started.count(), 2);
        QCOMPARE(started.at(0).at(0).toInt(), 1);
        QCOMPARE(started.at(1).at(0).toInt(), 3);
        // The report's duration stays the full run's.
        QCOMPARE(session.durationMs(), duration);
    }

    void deletedWhileTheSnapshotIsTaken()
    {
        // The snapshot outlives the session: it ends on its own, and nothing reaches the deleted session.
        auto ended = std::make_shared<std::atomic<bool>>(false);
        {
            CheckSession session(*m_plan, offlineOptions(testing::scriptedFactory(hanging)));
            session.setEnvironmentCapture([ended](const QStringList &) {
                QThread::msleep(300);
                ended->store(true);
                return capturedEnvironment();
            });
            session.start();
            QVERIFY(session.isCapturingEnvironment());
        }
        QTRY_VERIFY_WITH_TIMEOUT(ended->load(), 5000);
        QTest::qWait(100); // the thread's deleteLater
        QTRY_COMPARE(testing::ScriptedProbe::live(), 0);
    }

private:
    std::optional<Catalog> m_catalog;
    std::optional<Plan> m_plan;
};

QTEST_GUILESS_MAIN(TestSession)
#include "testsession.moc"
