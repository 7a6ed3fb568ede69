// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probetestutil.h"
#include "tlstestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

#include "core/probes/iec104tlsprobe.h"
#include "core/probes/sftptlsprobe.h"
#include "core/probes/tlsprobe.h"
#include "core/probes/truststore.h"

using namespace tpready;
using namespace tpready::test;

class TestTlsProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void goodChainTls13();
    void goodChainTls12();
    void ipLiteralHost();
    void nameMismatch();
    void untrustedChain();
    void interceptionCa();
    void expiredLeaf();
    void mtlsTls13Only();
    void mtlsTls13WithCaNames();
    void mtlsTls12();
    void mtlsTls12UntrustedChain();
    void slrcHelloBesideHandshake();
    void mtlsTls12NameMismatch();
    void slrcWithoutClientCertificateAndUntrusted();
    void slrcVerifiedWithoutClientCertificate();
    void plainHttpOnPort();
    void resetDuringHandshake();
    void closeDuringHandshake();
    void silentAfterAccept();
    void closedPort();
    void iec104TestFrCon();
    void iec104WrongService();
    void iec104Silent();
    void iec104ClientCertificateRequired();
    void sftpBanner();
    void sftpWrongService();
    void localRootIsInterception();
    void distributionRootIsFine();
    void cancelDuringHandshake();
    void slowRootsDoNotCountAgainstTheDeadline();

private:
    TestServer *tlsServer(const QList<QSslCertificate> &chain, const QSslKey &key,
                          std::function<QByteArray(const QByteArray &, bool *)> respond = {},
                          const QByteArray &greeting = {}, QSsl::SslProtocol protocol = QSsl::SecureProtocols);
    TestServer *server(ServerBehaviour behaviour, const QHostAddress &address = QHostAddress::LocalHost,
                       quint16 port = 0);
    QList<QSslCertificate> trusted() const { return {m_pki.root}; }

    TestPki m_pki;
    TrustStore m_trust; ///< the system's, for every probe of this test
    QList<QObject *> m_owned;
};

void TestTlsProbe::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(m_pki.generate(), qPrintable(m_pki.error));
    // What the first probe would otherwise wait for: the timings below measure the handshakes.
    m_trust.loadRoots();
    QVERIFY(warmTrustStore(m_trust));
    QTRY_VERIFY_WITH_TIMEOUT(m_trust.rootsReady(), 20000);
}

void TestTlsProbe::cleanup()
{
    qDeleteAll(m_owned);
    m_owned.clear();
}

TestServer *TestTlsProbe::server(ServerBehaviour behaviour, const QHostAddress &address, quint16 port)
{
    auto *s = new TestServer(std::move(behaviour));
    m_owned << s;
    if (!s->listenOn(address, port))
        qWarning("cannot listen: %s", qPrintable(s->errorString()));
    return s;
}

TestServer *TestTlsProbe::tlsServer(const QList<QSslCertificate> &chain, const QSslKey &key,
                                    std::function<QByteArray(const QByteArray &, bool *)> respond,
                                    const QByteArray &greeting, QSsl::SslProtocol protocol)
{
    ServerBehaviour behaviour;
    behaviour.kind = ServerBehaviour::Kind::Tls;
    behaviour.chain = chain;
    behaviour.key = key;
    behaviour.respond = std::move(respond);
    behaviour.greeting = greeting;
    behaviour.protocol = protocol;
    return server(behaviour);
}

void TestTlsProbe::goodChainTls13()
{
    TestServer *s = tlsServer({m_pki.leaf}, m_pki.leafKey);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(m_trust, 4000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::Ok);
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("tpready Test Root CA"));
    QCOMPARE(text(r, QStringLiteral("tls_version")), QStringLiteral("TLS 1.3"));
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("name_match")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("server_name")), QStringLiteral("localhost"));
    QCOMPARE(text(r, QStringLiteral("client_certificate_requested")), QStringLiteral("false"));
    QVERIFY(!text(r, QStringLiteral("cipher")).isEmpty());
    const QJsonArray chain = r.evidence.value(QStringLiteral("chain")).toArray();
    QCOMPARE(chain.size(), 1);
    QCOMPARE(chain.at(0).toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("CN=localhost"));
    QCOMPARE(chain.at(0).toObject().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(m_pki.leaf.digest(QCryptographicHash::Sha256).toHex(':')));
    QCOMPARE(chain.at(0).toObject().value(QStringLiteral("self_signed")).toBool(), false);
    QCOMPARE(r.evidence.value(QStringLiteral("trust_anchor")).toObject().value(QStringLiteral("origin")).toString(),
             QStringLiteral("ca-option"));
    QCOMPARE(r.address, QStringLiteral("127.0.0.1"));
    QVERIFY(r.latencyMs >= 0);
    // TLS 1.3: the session is watched for a client-certificate demand before concluding.
    QVERIFY2(run.ms >= TlsProbe::kSettleMs - 100 && run.ms < 3500, qPrintable(QString::number(run.ms)));
    QCOMPARE(s->encrypted, 1);
}

void TestTlsProbe::goodChainTls12()
{
    TestServer *s = tlsServer({m_pki.leaf}, m_pki.leafKey, {}, {}, QSsl::TlsV1_2);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(text(run.result, QStringLiteral("tls_version")), QStringLiteral("TLS 1.2"));
    QCOMPARE(text(run.result, QStringLiteral("client_certificate_requested")), QStringLiteral("false"));
    // TLS 1.2 asks for client certificates inside the handshake: no need to wait after it.
    QVERIFY2(run.ms < TlsProbe::kSettleMs - 100, qPrintable(QString::number(run.ms)));
}

void TestTlsProbe::ipLiteralHost()
{
    TestServer *s = tlsServer({m_pki.leaf}, m_pki.leafKey, {}, {}, QSsl::TlsV1_2);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort(), QStringLiteral("127.0.0.1")),
                   testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(text(run.result, QStringLiteral("name_match")), QStringLiteral("true"));
}

void TestTlsProbe::nameMismatch()
{
    TestServer *s = tlsServer({m_pki.leaf}, m_pki.leafKey, {}, {}, QSsl::TlsV1_2);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort(), QStringLiteral("slrc.thingpark.invalid")),
                   testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::TlsUntrusted);
    QCOMPARE(text(run.result, QStringLiteral("name_match")), QStringLiteral("false"));
    QCOMPARE(text(run.result, QStringLiteral("verified")), QStringLiteral("false"));
    QVERIFY(run.result.detail.contains(QStringLiteral("not trusted")));
    QVERIFY(run.result.remediation.contains(QStringLiteral("--ca")));
}

void TestTlsProbe::untrustedChain()
{
    TestServer *s = tlsServer({m_pki.untrustedLeaf}, m_pki.untrustedLeafKey);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(m_trust, 4000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsUntrusted);
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("Unknown Lab CA"));
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("false"));
    const QJsonArray errors = r.evidence.value(QStringLiteral("verification_errors")).toArray();
    QVERIFY(!errors.isEmpty());
    QVERIFY(r.detail.contains(QStringLiteral("Unknown Lab CA")));
    // A TLS 1.3 server that does not demand a client certificate (not an SLRC port): not interception by itself.
    QCOMPARE(text(r, QStringLiteral("client_certificate_requested")), QStringLiteral("false"));
}

void TestTlsProbe::interceptionCa()
{
    TestServer *s =
        tlsServer({m_pki.inspectionLeaf, m_pki.inspectionCa}, m_pki.inspectionLeafKey, {}, {}, QSsl::TlsV1_2);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsIntercepted);
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("Example Corp SSL Inspection CA"));
    QVERIFY(r.detail.contains(QStringLiteral("Example Corp SSL Inspection CA")));
    QVERIFY(r.remediation.contains(QStringLiteral("Exempt localhost")));
    QCOMPARE(r.evidence.value(QStringLiteral("chain")).toArray().size(), 2);
    QVERIFY(r.evidence.value(QStringLiteral("chain"))
                .toArray()
                .at(1)
                .toObject()
                .value(QStringLiteral("self_signed"))
                .toBool());
    QVERIFY(!r.evidence.value(QStringLiteral("inspection_signs")).toArray().isEmpty());
}

void TestTlsProbe::expiredLeaf()
{
    TestServer *s = tlsServer({m_pki.expiredLeaf}, m_pki.leafKey, {}, {}, QSsl::TlsV1_2);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsUntrusted);
    QVERIFY2(r.detail.contains(QStringLiteral("expired on 2020-02-01")), qPrintable(r.detail));
    QVERIFY(r.detail.contains(QStringLiteral("laptop's clock")));
    QVERIFY(r.remediation.contains(QStringLiteral("clock")));
    QCOMPARE(r.evidence.value(QStringLiteral("verification_errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             static_cast<int>(QSslError::CertificateExpired));
}

void TestTlsProbe::mtlsTls13Only()
{
    TPREADY_SKIP_WITHOUT_OPENSSL_SERVER();
    OpensslServer server;
    QString error;
    QVERIFY2(server.start(mtlsServerArguments(m_pki, QStringLiteral("leaf.pem"), QStringLiteral("leaf.key"),
                                              QStringLiteral("-tls1_3")),
                          &error),
             qPrintable(error));
    TlsProbe probe(localTarget(Protocol::Tls, server.port()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::TlsClientCertRequired);
    QCOMPARE(text(r, QStringLiteral("client_certificate_requested")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("client_certificate_signal")), QStringLiteral("tls13-alert-certificate-required"));
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("tpready Test Root CA"));
    const QJsonArray alerts = r.evidence.value(QStringLiteral("alerts_received")).toArray();
    QCOMPARE(alerts.at(0).toObject().value(QStringLiteral("description")).toInt(), 116);
    // A TLS 1.3-only server refuses the TLS 1.2 hello, so its client CA list stays unknown.
    QCOMPARE(r.evidence.value(QStringLiteral("tls12_probe")).toObject().value(QStringLiteral("alert")).toString(),
             QStringLiteral("protocol_version"));
    QVERIFY(!r.evidence.contains(QStringLiteral("acceptable_ca_names")));
    QVERIFY(r.detail.contains(QStringLiteral("certificate_required")));
    QVERIFY2(run.ms < 2500, qPrintable(QString::number(run.ms)));
}

void TestTlsProbe::mtlsTls13WithCaNames()
{
    TPREADY_SKIP_WITHOUT_OPENSSL_SERVER();
    OpensslServer server;
    QString error;
    QVERIFY2(server.start(mtlsServerArguments(m_pki, QStringLiteral("leaf.pem"), QStringLiteral("leaf.key")), &error),
             qPrintable(error));
    TlsProbe probe(localTarget(Protocol::Tls, server.port()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::TlsClientCertRequired);
    QCOMPARE(text(r, QStringLiteral("tls_version")), QStringLiteral("TLS 1.3"));
    QCOMPARE(text(r, QStringLiteral("client_certificate_signal")),
             QStringLiteral("tls13-alert-certificate-required, tls12-certificate-request"));
    QCOMPARE(r.evidence.value(QStringLiteral("acceptable_ca_names")).toArray(),
             QJsonArray{QStringLiteral("O=tpready Test, CN=tpready Client CA")});
    QVERIFY(r.detail.contains(QStringLiteral("tpready Client CA")));
    // Not an SLRC port: the hello went out only once the session had ended with the demand.
    QCOMPARE(
        r.evidence.value(QStringLiteral("tls12_probe")).toObject().value(QStringLiteral("beside_handshake")).toBool(),
        false);
}

void TestTlsProbe::mtlsTls12()
{
    TPREADY_SKIP_WITHOUT_OPENSSL_SERVER();
    OpensslServer server;
    QString error;
    QVERIFY2(server.start(mtlsServerArguments(m_pki, QStringLiteral("leaf.pem"), QStringLiteral("leaf.key"),
                                              QStringLiteral("-tls1_2")),
                          &error),
             qPrintable(error));
    TlsProbe probe(localTarget(Protocol::Tls, server.port()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::TlsClientCertRequired);
    QCOMPARE(text(r, QStringLiteral("client_certificate_signal")), QStringLiteral("tls12-certificate-request"));
    QCOMPARE(text(r, QStringLiteral("handshake_completed")), QStringLiteral("false"));
    // Qt saw alert 40 (handshake_failure); the raw TLS 1.2 hello saw the CertificateRequest in clear.
    QCOMPARE(r.evidence.value(QStringLiteral("alerts_received"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("handshake_failure"));
    const QJsonObject raw = r.evidence.value(QStringLiteral("tls12_probe")).toObject();
    QCOMPARE(raw.value(QStringLiteral("certificate_request")).toBool(), true);
    QCOMPARE(raw.value(QStringLiteral("server_version")).toString(), QStringLiteral("TLS 1.2"));
    QCOMPARE(r.evidence.value(QStringLiteral("acceptable_ca_names")).toArray(),
             QJsonArray{QStringLiteral("O=tpready Test, CN=tpready Client CA")});
    // The chain was verified during the failed handshake and read from the raw one.
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("tpready Test Root CA"));
    QCOMPARE(text(r, QStringLiteral("tls_version")), QStringLiteral("TLS 1.2"));
}

void TestTlsProbe::mtlsTls12UntrustedChain()
{
    TPREADY_SKIP_WITHOUT_OPENSSL_SERVER();
    OpensslServer server;
    QString error;
    QVERIFY2(server.start(mtlsServerArguments(m_pki, QStringLiteral("untrusted.pem"), QStringLiteral("untrusted.key"),
                                              QStringLiteral("-tls1_2")),
                          &error),
             qPrintable(error));
    TlsProbe probe(localTarget(Protocol::Tls, server.port()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsUntrusted);
    QCOMPARE(text(r, QStringLiteral("client_certificate_requested")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("Unknown Lab CA"));
    QVERIFY(!r.evidence.value(QStringLiteral("verification_errors")).toArray().isEmpty());
    QVERIFY(r.detail.contains(QStringLiteral("--ca")));
}

void TestTlsProbe::mtlsTls12NameMismatch()
{
    // Qt checks the name only after a completed handshake; a TLS 1.2 client-certificate demand ends it earlier.
    TPREADY_SKIP_WITHOUT_OPENSSL_SERVER();
    OpensslServer server;
    QString error;
    QVERIFY2(server.start(mtlsServerArguments(m_pki, QStringLiteral("leaf.pem"), QStringLiteral("leaf.key"),
                                              QStringLiteral("-tls1_2")),
                          &error),
             qPrintable(error));
    TlsProbe probe(localTarget(Protocol::Tls, server.port(), QStringLiteral("slrc1.thingpark.invalid")),
                   testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsUntrusted);
    QCOMPARE(text(r, QStringLiteral("name_match")), QStringLiteral("false"));
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("false"));
    QCOMPARE(text(r, QStringLiteral("client_certificate_requested")), QStringLiteral("true"));
    QCOMPARE(r.evidence.value(QStringLiteral("verification_errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             static_cast<int>(QSslError::HostNameMismatch));
}

void TestTlsProbe::slrcWithoutClientCertificateAndUntrusted()
{
    // An SLRC port (3001) on a random loopback address, so that nothing else on the machine collides.
    const QHostAddress address(QStringLiteral("127.%1.%2.%3")
                                   .arg(QRandomGenerator::global()->bounded(1, 250))
                                   .arg(QRandomGenerator::global()->bounded(1, 250))
                                   .arg(QRandomGenerator::global()->bounded(2, 250)));
    ServerBehaviour behaviour;
    behaviour.chain = {m_pki.untrustedLeaf};
    behaviour.key = m_pki.untrustedLeafKey;
    TestServer *s = server(behaviour, address, 3001);
    QVERIFY2(s->isListening(), qPrintable(s->errorString()));
    ProbeTarget target = localTarget(Protocol::Tls, 3001, QStringLiteral("localhost"), Role::Slrc, address);
    target.flowId = QStringLiteral("i7a");
    TlsProbe probe(target, testConfig(m_trust, 4000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsIntercepted);
    QCOMPARE(text(r, QStringLiteral("mtls_expected")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("client_certificate_requested")), QStringLiteral("false"));
    QVERIFY(r.detail.contains(QStringLiteral("Unknown Lab CA")));
    QVERIFY(r.remediation.contains(QStringLiteral("Exempt localhost (TCP 3001)")));
}

void TestTlsProbe::slrcHelloBesideHandshake()
{
    // An SLRC port: the TLS 1.2 hello that reads the accepted client CAs goes out beside the handshake, not after
    // the session's end (two round trips less); the verdict is the sequential one.
    const QHostAddress address(QStringLiteral("127.%1.%2.%3")
                                   .arg(QRandomGenerator::global()->bounded(1, 250))
                                   .arg(QRandomGenerator::global()->bounded(1, 250))
                                   .arg(QRandomGenerator::global()->bounded(2, 250)));
    // openssl s_server as haproxy `verify required`: TLS 1.3, then the certificate_required alert.
    TPREADY_SKIP_WITHOUT_OPENSSL_SERVER();
    OpensslServer server;
    QString error;
    QVERIFY2(server.start(mtlsServerArguments(m_pki, QStringLiteral("leaf.pem"), QStringLiteral("leaf.key")), &error,
                          address.toString() + QStringLiteral(":3003")),
             qPrintable(error));
    TlsProbe probe(localTarget(Protocol::Tls, 3003, QStringLiteral("localhost"), Role::Slrc, address),
                   testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::TlsClientCertRequired);
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("true"));
    const QJsonObject raw = r.evidence.value(QStringLiteral("tls12_probe")).toObject();
    QCOMPARE(raw.value(QStringLiteral("beside_handshake")).toBool(), true);
    QCOMPARE(raw.value(QStringLiteral("certificate_request")).toBool(), true);
    QCOMPARE(text(r, QStringLiteral("client_certificate_signal")),
             QStringLiteral("tls13-alert-certificate-required, tls12-certificate-request"));
    QCOMPARE(r.evidence.value(QStringLiteral("acceptable_ca_names")).toArray(),
             QJsonArray{QStringLiteral("O=tpready Test, CN=tpready Client CA")});
}

void TestTlsProbe::slrcVerifiedWithoutClientCertificate()
{
    const QHostAddress address(QStringLiteral("127.%1.%2.%3")
                                   .arg(QRandomGenerator::global()->bounded(1, 250))
                                   .arg(QRandomGenerator::global()->bounded(1, 250))
                                   .arg(QRandomGenerator::global()->bounded(2, 250)));
    ServerBehaviour behaviour;
    behaviour.chain = {m_pki.leaf};
    behaviour.key = m_pki.leafKey;
    behaviour.protocol = QSsl::TlsV1_2;
    TestServer *s = server(behaviour, address, 3002);
    QVERIFY2(s->isListening(), qPrintable(s->errorString()));
    TlsProbe probe(localTarget(Protocol::Tls, 3002, QStringLiteral("localhost"), Role::Slrc, address),
                   testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    // A verified chain alone is no sign of interception: pass, with the missing demand noted.
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(text(run.result, QStringLiteral("client_certificate_requested")), QStringLiteral("false"));
    QVERIFY(run.result.detail.contains(QStringLiteral("did not demand a client certificate")));
}

void TestTlsProbe::plainHttpOnPort()
{
    ServerBehaviour behaviour;
    behaviour.kind = ServerBehaviour::Kind::Plain;
    behaviour.respond = [](const QByteArray &, bool *close) {
        *close = true;
        return QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    };
    TestServer *s = server(behaviour);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::WrongService);
    QVERIFY2(r.detail.contains(QStringLiteral("HTTP")), qPrintable(r.detail));
    const QJsonObject raw = r.evidence.value(QStringLiteral("tls12_probe")).toObject();
    QCOMPARE(raw.value(QStringLiteral("status")).toString(), QStringLiteral("not-tls"));
    QVERIFY(raw.value(QStringLiteral("received")).toString().startsWith(QStringLiteral("HTTP/1.1 400")));
    QVERIFY(text(r, QStringLiteral("tls_error")).contains(QStringLiteral("wrong version number")));
    QCOMPARE(s->connections, 2); // Qt's handshake, then the raw hello that shows what answers
}

void TestTlsProbe::resetDuringHandshake()
{
    ServerBehaviour behaviour;
    behaviour.kind = ServerBehaviour::Kind::ResetOnData;
    TestServer *s = server(behaviour);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::ConnectionCut);
    QVERIFY(run.result.detail.contains(QStringLiteral("ClientHello")));
    QVERIFY(!run.result.remediation.isEmpty());
    QVERIFY(s->received.startsWith(QByteArray::fromHex("1603"))); // our ClientHello reached it
    QVERIFY2(run.ms < 2500, qPrintable(QString::number(run.ms)));
}

void TestTlsProbe::closeDuringHandshake()
{
    ServerBehaviour behaviour;
    behaviour.kind = ServerBehaviour::Kind::CloseOnData;
    TestServer *s = server(behaviour);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::ConnectionCut);
    QVERIFY2(run.ms < 2500, qPrintable(QString::number(run.ms)));
}

void TestTlsProbe::silentAfterAccept()
{
    ServerBehaviour behaviour;
    behaviour.kind = ServerBehaviour::Kind::Silent;
    TestServer *s = server(behaviour);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(m_trust, 800, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::ConnectionStalled);
    QVERIFY(run.result.detail.contains(QStringLiteral("no TLS answer")));
    QVERIFY2(run.ms >= 700 && run.ms < 2500, qPrintable(QString::number(run.ms)));
}

void TestTlsProbe::closedPort()
{
    quint16 port = 0;
    {
        QTcpServer probePort;
        QVERIFY(probePort.listen(QHostAddress::LocalHost));
        port = probePort.serverPort();
    }
    TlsProbe probe(localTarget(Protocol::Tls, port), testConfig(m_trust, 2000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    if (probetest::wineBlursRefusal()) {
        QCOMPARE(run.result.reason, Reason::Timeout); // Wine: the refusal is never reported (probetestutil.h)
        return;
    }
    QCOMPARE(run.result.reason, Reason::Refused);
    QVERIFY(run.result.evidence.contains(QStringLiteral("connect_error")));
}

void TestTlsProbe::iec104TestFrCon()
{
    TestServer *s = tlsServer({m_pki.leaf}, m_pki.leafKey, [](const QByteArray &received, bool *) {
        return received.endsWith(QByteArray::fromHex("680443000000")) ? QByteArray::fromHex("680483000000")
                                                                      : QByteArray();
    });
    Iec104TlsProbe probe(localTarget(Protocol::Iec104Tls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::Ok);
    QCOMPARE(text(r, QStringLiteral("testfr_con")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("sent_hex")), QStringLiteral("68 04 43 00 00 00"));
    QCOMPARE(text(r, QStringLiteral("received_hex")), QStringLiteral("68 04 83 00 00 00"));
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("tpready Test Root CA"));
    // Only TESTFR act went in: never STARTDT.
    QCOMPARE(s->received, QByteArray::fromHex("680443000000"));
    QVERIFY2(run.ms < 2500, qPrintable(QString::number(run.ms)));
}

void TestTlsProbe::iec104WrongService()
{
    TestServer *s = tlsServer({m_pki.leaf}, m_pki.leafKey, [](const QByteArray &, bool *) {
        return QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n\r\n");
    });
    Iec104TlsProbe probe(localTarget(Protocol::Iec104Tls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QVERIFY2(run.result.detail.contains(QStringLiteral("HTTP")), qPrintable(run.result.detail));
}

void TestTlsProbe::iec104Silent()
{
    TestServer *s = tlsServer({m_pki.leaf}, m_pki.leafKey);
    Iec104TlsProbe probe(localTarget(Protocol::Iec104Tls, s->serverPort()), testConfig(m_trust, 1000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QVERIFY(run.result.detail.contains(QStringLiteral("TESTFR con")));
    QCOMPARE(text(run.result, QStringLiteral("verified")), QStringLiteral("true"));
    QVERIFY2(run.ms >= 900 && run.ms < 3000, qPrintable(QString::number(run.ms)));
}

void TestTlsProbe::iec104ClientCertificateRequired()
{
    TPREADY_SKIP_WITHOUT_OPENSSL_SERVER();
    OpensslServer server;
    QString error;
    QVERIFY2(server.start(mtlsServerArguments(m_pki, QStringLiteral("leaf.pem"), QStringLiteral("leaf.key")), &error),
             qPrintable(error));
    Iec104TlsProbe probe(localTarget(Protocol::Iec104Tls, server.port()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::TlsClientCertRequired);
    QCOMPARE(text(run.result, QStringLiteral("client_certificate_requested")), QStringLiteral("true"));
}

void TestTlsProbe::sftpBanner()
{
    TestServer *s =
        tlsServer({m_pki.leaf}, m_pki.leafKey, {}, QByteArrayLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"));
    SftpTlsProbe probe(localTarget(Protocol::SftpTls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(text(run.result, QStringLiteral("identification")),
             QStringLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"));
    QCOMPARE(text(run.result, QStringLiteral("software")), QStringLiteral("OpenSSH_9.2p1"));
    QTRY_VERIFY(s->received.startsWith("SSH-2.0-tpready_"));
}

void TestTlsProbe::sftpWrongService()
{
    TestServer *s = tlsServer({m_pki.leaf}, m_pki.leafKey, {}, QByteArrayLiteral("220 FTP server ready\r\n"));
    SftpTlsProbe probe(localTarget(Protocol::SftpTls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QVERIFY2(run.result.detail.contains(QStringLiteral("FTP")), qPrintable(run.result.detail));
}

void TestTlsProbe::localRootIsInterception()
{
    // A root that the system trusts but that the distribution does not ship: what a proxy client, antivirus or
    // administrator adds. Simulated with a store of the test's own layout and roots; the machine's is not touched.
    QTemporaryDir stores;
    QVERIFY(QDir(stores.path()).mkpath(QStringLiteral("dist")) && QDir(stores.path()).mkpath(QStringLiteral("local")));
    QFile::copy(m_pki.path(QStringLiteral("root.pem")), stores.filePath(QStringLiteral("dist/root.crt")));
    QFile::copy(m_pki.path(QStringLiteral("other.pem")), stores.filePath(QStringLiteral("local/corp.crt")));
    TrustStoreLayout layout;
    layout.distributionDirs = {stores.filePath(QStringLiteral("dist"))};
    layout.localDirs = {stores.filePath(QStringLiteral("local"))};
    TrustStore store(layout, QList<QSslCertificate>{m_pki.otherCa});

    TestServer *s = tlsServer({m_pki.untrustedLeaf}, m_pki.untrustedLeafKey, {}, {}, QSsl::TlsV1_2);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(store, 3000));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsIntercepted);
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("true"));
    const QJsonObject anchor = r.evidence.value(QStringLiteral("trust_anchor")).toObject();
    QCOMPARE(anchor.value(QStringLiteral("origin")).toString(), QStringLiteral("system-local"));
    QCOMPARE(anchor.value(QStringLiteral("where")).toString(), stores.filePath(QStringLiteral("local/corp.crt")));
    QVERIFY(r.detail.contains(QStringLiteral("added on this laptop")));
    QVERIFY(r.remediation.contains(QStringLiteral("Exempt")));
}

void TestTlsProbe::distributionRootIsFine()
{
    QTemporaryDir stores;
    QVERIFY(QDir(stores.path()).mkpath(QStringLiteral("dist")));
    QFile::copy(m_pki.path(QStringLiteral("other.pem")), stores.filePath(QStringLiteral("dist/public.crt")));
    TrustStoreLayout layout;
    layout.distributionDirs = {stores.filePath(QStringLiteral("dist"))};
    TrustStore store(layout, QList<QSslCertificate>{m_pki.otherCa});

    TestServer *s = tlsServer({m_pki.untrustedLeaf}, m_pki.untrustedLeafKey, {}, {}, QSsl::TlsV1_2);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(store, 3000));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(
        run.result.evidence.value(QStringLiteral("trust_anchor")).toObject().value(QStringLiteral("origin")).toString(),
        QStringLiteral("system-distribution"));
}

void TestTlsProbe::cancelDuringHandshake()
{
    ServerBehaviour behaviour;
    behaviour.kind = ServerBehaviour::Kind::Silent;
    TestServer *s = server(behaviour);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(m_trust, 3000, trusted()));
    QSignalSpy spy(&probe, &Probe::finished);
    probe.start();
    QTRY_COMPARE(s->connections, 1);
    probe.cancel();
    QCOMPARE(spy.size(), 1);
    const ProbeResult r = spy.at(0).at(0).value<ProbeResult>();
    QCOMPARE(r.verdict, Verdict::Skipped);
    QCOMPARE(r.reason, Reason::Cancelled);
    QTest::qWait(200);
    QCOMPARE(spy.size(), 1);
}

void TestTlsProbe::slowRootsDoNotCountAgainstTheDeadline()
{
    // A busy laptop takes longer to read its roots than the network deadline: that time is the laptop's, so the
    // check still passes, and neither the deadline nor the latency count it.
    constexpr int kLoadMs = 2500;
    TrustStore store(TrustStoreLayout(), [] {
        QThread::msleep(kLoadMs);
        return QList<QSslCertificate>();
    });
    TestServer *s = tlsServer({m_pki.leaf}, m_pki.leafKey);
    TlsProbe probe(localTarget(Protocol::Tls, s->serverPort()), testConfig(store, 1000, trusted()));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QVERIFY2(r.verdict == Verdict::Pass && r.reason == Reason::Ok, qPrintable(r.detail));
    QVERIFY2(run.ms >= kLoadMs, qPrintable(QString::number(run.ms)));
    const qint64 waited = r.evidence.value(QStringLiteral("trust_store_load_ms")).toInteger(-1);
    QVERIFY2(waited >= kLoadMs - 100, qPrintable(QString::number(waited)));
    QVERIFY2(r.latencyMs >= 0 && r.latencyMs < kLoadMs, qPrintable(QString::number(r.latencyMs)));
}

QTEST_GUILESS_MAIN(TestTlsProbe)
#include "testtlsprobe.moc"
