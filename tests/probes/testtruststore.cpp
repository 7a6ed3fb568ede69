// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// The trust store: how a chain's anchor and its origin are found (pure functions over a TrustIndex), and the
// TrustStore object that loads the index and the system roots on worker threads for a run.
#include "tlstestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QtTest>

#include "core/probes/probefactory.h"
#include "core/probes/tlstrust.h"
#include "core/probes/truststore.h"
#include "core/runner/session.h"

using namespace tpready;
using namespace tpready::test;

class TestTrustStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_pki.generate(), qPrintable(m_pki.error)); }

    void rootsLoadOffTheEventLoop();
    void givenRootsLoadNothing();
    void testLayoutIndexed();
    void deletedWhileLoadingNeverWaits();
    void sessionHandsItsStoreToProbes();
    void tlsProbeWithoutStoreMakesItsOwn();

    void rootOrigin();
    void trustAnchor();
    void hostMatching();
    void inspectionNames_data();
    void inspectionNames();

    // Last: leaves a store loading as the test ends.
    void storeLeftLoadingAtExit();

private:
    TestPki m_pki;
    std::unique_ptr<TrustStore> m_leftLoading;
};

void TestTrustStore::rootsLoadOffTheEventLoop()
{
    // Reading the trust store must not freeze the event loop (other probes' timings).
    TrustStore store;
    QSignalSpy index(&store, &TrustStore::indexLoaded);
    QSignalSpy roots(&store, &TrustStore::rootsLoaded);
    QVERIFY(!store.indexRequested() && !store.rootsRequested());
    store.loadIndex();
    store.loadRoots();
    QVERIFY(store.indexRequested() && store.rootsRequested());
    QVERIFY(!store.indexReady() && !store.rootsReady()); // never from inside the call
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = qMax(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start(5);
    QTRY_VERIFY_WITH_TIMEOUT(store.indexReady() && store.rootsReady(), 10000);
    QVERIFY2(longestGap < 150, qPrintable(QString::number(longestGap)));
    QCOMPARE(store.systemRoots().size(), QSslConfiguration::systemCaCertificates().size());
    QCOMPARE(store.index().layout.distributionDirs, systemTrustStoreLayout().distributionDirs);
    // Once each.
    store.loadIndex();
    store.loadRoots();
    QTest::qWait(50);
    QCOMPARE(index.size(), 1);
    QCOMPARE(roots.size(), 1);
    QVERIFY(!store.rootsGiven());
}

void TestTrustStore::givenRootsLoadNothing()
{
    TrustStore store(TrustStoreLayout(), QList<QSslCertificate>{m_pki.otherCa});
    QSignalSpy roots(&store, &TrustStore::rootsLoaded);
    QVERIFY(store.rootsGiven());
    QVERIFY(store.rootsReady());
    QCOMPARE(store.systemRoots(), QList<QSslCertificate>{m_pki.otherCa});
    store.loadRoots();
    QTest::qWait(50);
    QCOMPARE(roots.size(), 0);
}

void TestTrustStore::testLayoutIndexed()
{
    QTemporaryDir stores;
    QVERIFY(QDir(stores.path()).mkpath(QStringLiteral("dist")) && QDir(stores.path()).mkpath(QStringLiteral("local")));
    QFile::copy(m_pki.path(QStringLiteral("root.pem")), stores.filePath(QStringLiteral("dist/root.crt")));
    QFile::copy(m_pki.path(QStringLiteral("other.pem")), stores.filePath(QStringLiteral("local/corp.crt")));
    TrustStoreLayout layout;
    layout.distributionDirs = {stores.filePath(QStringLiteral("dist"))};
    layout.localDirs = {stores.filePath(QStringLiteral("local"))};
    TrustStore store(layout, QList<QSslCertificate>{m_pki.otherCa});
    QVERIFY(warmTrustStore(store));
    const TrustDirectory local = store.index().directories.value(layout.localDirs.constFirst());
    QCOMPARE(local.pathByDigest.size(), 1);
    QCOMPARE(local.find(m_pki.otherCa), stores.filePath(QStringLiteral("local/corp.crt")));
    QVERIFY(local.find(m_pki.root).isEmpty());
    // A DER file is indexed too, and a bundle of several PEM certificates certificate by certificate.
    QFile der(stores.filePath(QStringLiteral("local/root.der")));
    QVERIFY(der.open(QIODevice::WriteOnly));
    der.write(m_pki.root.toDer());
    der.close();
    QFile bundle(stores.filePath(QStringLiteral("dist/bundle.crt")));
    QVERIFY(bundle.open(QIODevice::WriteOnly));
    bundle.write("# a comment\n" + m_pki.otherCa.toPem() + "\n" + m_pki.root.toPem());
    bundle.close();
    const TrustIndex reread = readTrustIndex(layout);
    QCOMPARE(reread.directories.value(layout.localDirs.constFirst()).find(m_pki.root),
             stores.filePath(QStringLiteral("local/root.der")));
    QCOMPARE(reread.directories.value(layout.distributionDirs.constFirst()).pathByDigest.size(), 2);
    const TrustAnchor anchor = store.locateAnchor({m_pki.untrustedLeaf}, {}, store.systemRoots());
    QCOMPARE(anchor.certificate, m_pki.otherCa);
    QCOMPARE(anchor.origin.origin, RootOrigin::Local);
    QCOMPARE(anchor.origin.where, stores.filePath(QStringLiteral("local/corp.crt")));
    QCOMPARE(store.locateAnchor({m_pki.leaf}, {}, {}).origin.origin, RootOrigin::Distribution);
}

void TestTrustStore::deletedWhileLoadingNeverWaits()
{
    // What a session deleted in the middle of its run (the wizard's Back) does to its store: no wait, no late
    // signal; the load ends on its own and its result is dropped.
    auto *store = new TrustStore;
    QSignalSpy index(store, &TrustStore::indexLoaded);
    QSignalSpy roots(store, &TrustStore::rootsLoaded);
    store->loadIndex();
    store->loadRoots();
    QElapsedTimer clock;
    clock.start();
    delete store;
    QVERIFY2(clock.elapsed() < 50, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
    QTest::qWait(50); // a late delivery would come now
    QCOMPARE(index.size(), 0);
    QCOMPARE(roots.size(), 0);
}

void TestTrustStore::sessionHandsItsStoreToProbes()
{
    PlannedFlow flow;
    flow.flow.id = QStringLiteral("i7a");
    flow.flow.protocol = Protocol::Tls;
    flow.flow.toRole = Role::Slrc;
    Check check;
    check.host = QStringLiteral("127.0.0.1");
    check.port = 3001;
    flow.checks = {check};
    Plan plan;
    plan.flows = {flow};
    QList<TrustStore *> seen;
    RunOptions options;
    options.factory = [&seen](const ProbeTarget &, const ProbeConfig &config, QObject *) -> Probe * {
        seen << config.trustStore;
        return nullptr;
    };
    {
        CheckSession session(plan, options);
        session.setEnvironmentCapture([](const QStringList &) { return Environment(); });
        QVERIFY(session.options().probe.trustStore);
        QSignalSpy finished(&session, &CheckSession::finished);
        session.start();
        QVERIFY(!finished.isEmpty() || finished.wait(5000));
        QCOMPARE(seen, QList<TrustStore *>{session.options().probe.trustStore});
        QTRY_VERIFY(session.hasEnvironment());
    }
    // A store given by the caller is the one used.
    TrustStore own;
    options.probe.trustStore = &own;
    seen.clear();
    {
        CheckSession session(plan, options);
        session.setEnvironmentCapture([](const QStringList &) { return Environment(); });
        QCOMPARE(session.options().probe.trustStore, &own);
        QSignalSpy finished(&session, &CheckSession::finished);
        session.start();
        QVERIFY(!finished.isEmpty() || finished.wait(5000));
        QCOMPARE(seen, QList<TrustStore *>{&own});
        QTRY_VERIFY(session.hasEnvironment());
    }
}

void TestTrustStore::tlsProbeWithoutStoreMakesItsOwn()
{
    // A TLS probe built by a test of another unit, without a store: it still judges the chain's anchor.
    ServerBehaviour behaviour;
    behaviour.chain = {m_pki.leaf};
    behaviour.key = m_pki.leafKey;
    behaviour.protocol = QSsl::TlsV1_2;
    TestServer server(behaviour);
    QVERIFY(server.listenOn());
    ProbeConfig config;
    config.timeoutMs = 5000;
    config.extraCaCertificates = {m_pki.root};
    std::unique_ptr<Probe> probe(createProbe(localTarget(Protocol::Tls, server.serverPort()), config, nullptr));
    TPREADY_RUN_PROBE(run, probe.get());
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(
        run.result.evidence.value(QStringLiteral("trust_anchor")).toObject().value(QStringLiteral("origin")).toString(),
        QStringLiteral("ca-option"));
}

void TestTrustStore::storeLeftLoadingAtExit()
{
    // The command line's short run: every check ended before the store was needed, and the process ends while a
    // worker is still in OpenSSL. The application waits for the global thread pool's tasks and ends their threads
    // when it is destroyed, before Qt's TLS backends and OpenSSL's statics go; under the sanitizers, nothing of the
    // workers leaks.
    m_leftLoading = std::make_unique<TrustStore>();
    m_leftLoading->loadIndex();
    m_leftLoading->loadRoots();
}

void TestTrustStore::rootOrigin()
{
    QTemporaryDir stores;
    QVERIFY(QDir(stores.path()).mkpath(QStringLiteral("dist/mozilla")) &&
            QDir(stores.path()).mkpath(QStringLiteral("local")));
    QFile::copy(m_pki.path(QStringLiteral("root.pem")), stores.filePath(QStringLiteral("dist/mozilla/root.crt")));
    QFile::copy(m_pki.path(QStringLiteral("other.pem")), stores.filePath(QStringLiteral("local/other.crt")));
    TrustStoreLayout layout;
    layout.distributionDirs = {stores.filePath(QStringLiteral("dist"))};
    layout.localDirs = {stores.filePath(QStringLiteral("local"))};

    const TrustIndex index = readTrustIndex(layout);
    RootOriginResult origin = classifyRootOrigin(m_pki.root, {}, index);
    QCOMPARE(origin.origin, RootOrigin::Distribution);
    QCOMPARE(origin.where, stores.filePath(QStringLiteral("dist/mozilla/root.crt")));
    origin = classifyRootOrigin(m_pki.otherCa, {}, index);
    QCOMPARE(origin.origin, RootOrigin::Local);
    // In neither directory, but the distribution's bundle could be read: added some other way.
    QCOMPARE(classifyRootOrigin(m_pki.clientCa, {}, index).origin, RootOrigin::Local);
    // --ca is the user's own statement.
    QCOMPARE(classifyRootOrigin(m_pki.otherCa, {m_pki.otherCa}, index).origin, RootOrigin::CaOption);
    // Nothing known about this system's layout: say so.
    QCOMPARE(classifyRootOrigin(m_pki.clientCa, {}, readTrustIndex(TrustStoreLayout())).origin, RootOrigin::Unknown);
    QCOMPARE(classifyRootOrigin(QSslCertificate(), {}, index).origin, RootOrigin::Unknown);
    QCOMPARE(toToken(RootOrigin::Local), QStringLiteral("system-local"));
}

void TestTrustStore::trustAnchor()
{
    const QList<QSslCertificate> trusted{m_pki.otherCa, m_pki.root, m_pki.clientCa};
    QCOMPARE(findTrustAnchor({m_pki.leaf}, trusted), m_pki.root);
    QCOMPARE(findTrustAnchor({m_pki.untrustedLeaf}, trusted), m_pki.otherCa);
    QCOMPARE(findTrustAnchor({m_pki.leaf, m_pki.root}, trusted), m_pki.root);
    // The root's name and key re-issued by another CA (a cross-signature), whose issuer is not trusted: the
    // trusted self-signed root with that name and key anchors the chain, as OpenSSL finds it.
    QCOMPARE(findTrustAnchor({m_pki.leaf, m_pki.crossSignedRoot}, {m_pki.root}), m_pki.root);
    QCOMPARE(findTrustAnchor({m_pki.crossSignedRoot}, {m_pki.root}), m_pki.root);
    QVERIFY(findTrustAnchor({m_pki.inspectionLeaf, m_pki.inspectionCa}, trusted).isNull());
    QVERIFY(findTrustAnchor({m_pki.inspectionLeaf}, trusted).isNull());
    QVERIFY(findTrustAnchor({}, trusted).isNull());
    QCOMPARE(subjectName(m_pki.root), QStringLiteral("O=tpready Test, CN=tpready Test Root CA"));
    QCOMPARE(issuerName(m_pki.leaf), QStringLiteral("O=tpready Test, CN=tpready Test Root CA"));
    QCOMPARE(issuerName(m_pki.crossSignedRoot), QStringLiteral("O=Unknown Lab, CN=Unknown Lab CA"));

    // Where the anchor of a verified chain comes from, when Qt loaded the roots on demand (no full list).
    QTemporaryDir stores;
    QVERIFY(QDir(stores.path()).mkpath(QStringLiteral("dist")) && QDir(stores.path()).mkpath(QStringLiteral("empty")));
    QFile::copy(m_pki.path(QStringLiteral("root.pem")), stores.filePath(QStringLiteral("dist/root.crt")));
    TrustStoreLayout layout;
    layout.distributionDirs = {stores.filePath(QStringLiteral("dist"))};
    TrustAnchor anchor = locateTrustAnchor({m_pki.leaf}, {}, {}, readTrustIndex(layout));
    QCOMPARE(anchor.certificate, m_pki.root);
    QCOMPARE(anchor.origin.origin, RootOrigin::Distribution);
    // Verified by the system through a root the distribution does not ship: added on this machine.
    anchor = locateTrustAnchor({m_pki.untrustedLeaf}, {}, {}, readTrustIndex(layout));
    QVERIFY(anchor.certificate.isNull());
    QCOMPARE(anchor.name, QStringLiteral("O=Unknown Lab, CN=Unknown Lab CA"));
    QCOMPARE(anchor.origin.origin, RootOrigin::Local);
    // An unreadable bundle (Arch's p11-kit files, here an empty directory): no conclusion.
    layout.distributionDirs = {stores.filePath(QStringLiteral("empty"))};
    QCOMPARE(locateTrustAnchor({m_pki.untrustedLeaf}, {}, {}, readTrustIndex(layout)).origin.origin,
             RootOrigin::Unknown);
    // --ca anchors are the user's.
    QCOMPARE(locateTrustAnchor({m_pki.untrustedLeaf}, {m_pki.otherCa}, {}, readTrustIndex(layout)).origin.origin,
             RootOrigin::CaOption);
}

void TestTrustStore::hostMatching()
{
    QVERIFY(certificateMatchesHost(m_pki.leaf, QStringLiteral("localhost")));
    QVERIFY(certificateMatchesHost(m_pki.leaf, QStringLiteral("LocalHost.")));
    QVERIFY(certificateMatchesHost(m_pki.leaf, QStringLiteral("127.0.0.1")));
    QVERIFY(!certificateMatchesHost(m_pki.leaf, QStringLiteral("127.0.0.2")));
    QVERIFY(!certificateMatchesHost(m_pki.leaf, QStringLiteral("slrc1.eu.thingpark.com")));
    QVERIFY(!certificateMatchesHost(m_pki.leaf, QString()));
    QVERIFY(!certificateMatchesHost(QSslCertificate(), QStringLiteral("localhost")));
    QVERIFY(certificateMatchesHost(m_pki.wildcardLeaf, QStringLiteral("slrc1.eu.thingpark.com")));
    QVERIFY(!certificateMatchesHost(m_pki.wildcardLeaf, QStringLiteral("eu.thingpark.com")));
    QVERIFY(!certificateMatchesHost(m_pki.wildcardLeaf, QStringLiteral("a.slrc1.eu.thingpark.com")));
    QVERIFY(!certificateMatchesHost(m_pki.wildcardLeaf, QStringLiteral("slrc1.eu.thingpark.com.evil")));
}

void TestTrustStore::inspectionNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("product");
    QTest::newRow("zscaler") << "O=Zscaler Inc., CN=Zscaler Intermediate Root CA (zscaler.net)"
                             << "Zscaler";
    QTest::newRow("fortigate") << "O=Fortinet, CN=FortiGate CA"
                               << "Fortinet FortiGate";
    QTest::newRow("palo alto") << "O=Palo Alto Networks, CN=Forward Trust CA"
                               << "Palo Alto Networks";
    QTest::newRow("forward trust") << "CN=ACME Forward Trust"
                                   << "Forward Trust";
    QTest::newRow("inspection") << "O=Example Corp, CN=Example Corp SSL Inspection CA"
                                << "SSL Inspection";
    QTest::newRow("decrypt") << "CN=Decryption Root"
                             << "Decrypt";
    QTest::newRow("ssl proxy") << "CN=Corporate SSL Proxy"
                               << "SSL Proxy";
    QTest::newRow("avast") << "CN=Avast Web/Mail Shield Root"
                           << "Avast / AVG";
    QTest::newRow("eset") << "CN=ESET SSL Filter CA"
                          << "ESET SSL Filter";
    QTest::newRow("kaspersky") << "CN=Kaspersky Anti-Virus Personal Root Certificate"
                               << "Kaspersky";
    QTest::newRow("blue coat") << "O=Blue Coat Systems, CN=ProxySG"
                               << "Blue Coat / Symantec ProxySG";
    QTest::newRow("umbrella") << "O=Cisco, CN=Cisco Umbrella Root CA"
                              << "Cisco Umbrella";
    QTest::newRow("digicert") << "O=DigiCert Inc, CN=DigiCert Global Root G2"
                              << "";
    QTest::newRow("lets encrypt") << "O=Let's Encrypt, CN=R3"
                                  << "";
    QTest::newRow("isrg") << "O=Internet Security Research Group, CN=ISRG Root X1"
                          << "";
    QTest::newRow("not a word") << "CN=AVGroup Trust Services"
                                << "";
    QTest::newRow("thingpark") << "O=Actility, CN=ThingPark Root CA"
                               << "";
}

void TestTrustStore::inspectionNames()
{
    QFETCH(QString, name);
    QFETCH(QString, product);
    QCOMPARE(matchInspectionName(name), product);
    // Generic words are not products: the verdict's sentence does not call "SSL Inspection" a vendor.
    const bool generic = QStringList{QStringLiteral("SSL Inspection"), QStringLiteral("Decrypt"),
                                     QStringLiteral("SSL Proxy"), QStringLiteral("Forward Trust")}
                             .contains(product);
    QCOMPARE(isInspectionProduct(product), !product.isEmpty() && !generic);
}

QTEST_MAIN(TestTrustStore)
#include "testtruststore.moc"
