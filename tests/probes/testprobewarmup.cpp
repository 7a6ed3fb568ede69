// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// A run loads what its TLS checks need from the trust store as it starts, not when the first TLS connection is up:
// the load (~0.2-0.4 s of CPU) then overlaps the first round trips (scripts/bench measured every TLS check of the
// SaaS plans waiting 250 ms for it after connecting).
#include "tlstestsupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "core/probes/truststore.h"
#include "core/runner/runner.h"

using namespace tpready;
using namespace tpready::test;

namespace {

/// A loopback port where nothing listens (a server's, closed again).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

Plan planOf(Protocol protocol, quint16 port)
{
    PlannedFlow flow;
    flow.flow.id = QStringLiteral("t1");
    flow.flow.protocol = protocol;
    flow.flow.toRole = Role::Slrc;
    Check check;
    check.host = QStringLiteral("127.0.0.1");
    check.port = port;
    flow.checks = {check};
    Plan plan;
    plan.flows = {flow};
    return plan;
}

void runToEnd(Runner &runner)
{
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(!finished.isEmpty() || finished.wait(5000)); // a check without a probe ends inside start()
}

} // namespace

class TestProbeWarmUp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_pki.generate(), qPrintable(m_pki.error)); }

    void planWithoutTlsLoadsNoRoots()
    {
        TrustStore store;
        RunOptions options;
        options.probe = testConfig(store, 2000, {m_pki.root});
        Runner runner(planOf(Protocol::Ssh, closedPort()), options);
        runToEnd(runner);
        QVERIFY(!store.rootsRequested());
        QVERIFY(!store.indexRequested());
    }

    void testFactoryLoadsNothing()
    {
        TrustStore store;
        RunOptions options;
        options.probe = testConfig(store, 2000, {m_pki.root});
        options.factory = [](const ProbeTarget &, const ProbeConfig &, QObject *) -> Probe * { return nullptr; };
        Runner runner(planOf(Protocol::Tls, closedPort()), options);
        runToEnd(runner);
        QVERIFY(!store.rootsRequested());
        QVERIFY(!store.indexRequested());
    }

    void tlsRunRequestsRootsAtStart()
    {
        TrustStore store;
        RunOptions options;
        options.probe = testConfig(store, 2000, {m_pki.root}); // --ca: every system root is needed beside it
        Runner runner(planOf(Protocol::Tls, closedPort()), options);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        // Before any event is processed: no connection exists yet, the load has started.
        QVERIFY(store.rootsRequested());
        QVERIFY(store.indexRequested());
        QVERIFY(finished.wait(5000));
        QCOMPARE(runner.checks().constFirst().result.reason, Reason::Refused);
    }

    void tlsRunWithoutCaLoadsOnlyTheIndex()
    {
        // The system's roots are then loaded on demand by the TLS library, the one issuer it needs.
        TrustStore store;
        RunOptions options;
        options.probe = testConfig(store, 2000);
        Runner runner(planOf(Protocol::Tls, closedPort()), options);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QVERIFY(store.indexRequested());
        QVERIFY(!store.rootsRequested());
        QVERIFY(finished.wait(5000));
    }

private:
    TestPki m_pki;
};

QTEST_MAIN(TestProbeWarmUp)
#include "testprobewarmup.moc"
