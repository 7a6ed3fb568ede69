// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlstestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "core/probes/httpsprobe.h"

using namespace tpready;
using namespace tpready::test;

namespace {

/// Whether the whole request (headers + Content-Length bytes) has arrived; @p body gets its body.
bool requestComplete(const QByteArray &received, QByteArray *body = nullptr)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray headers = received.left(end).toLower();
    const qsizetype at = headers.indexOf("content-length:");
    const qsizetype length =
        at < 0 ? 0 : headers.mid(at + 15, headers.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
    if (received.size() - end - 4 < length)
        return false;
    if (body)
        *body = received.mid(end + 4, length);
    return true;
}

} // namespace

class TestHttpsProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void cupsNoUpdate();
    void cupsFullUpdateChunked();
    void cupsLargeUpdate();
    void cupsInconsistentBody();
    void notFoundJson();
    void proxyAuthentication();
    void redirectToLogin();
    void htmlPortal();
    void notHttp();
    void closedWithoutAnswer();
    void silentAfterHandshake();
    void headersThenStall();
    void untrustedChainSendsNothing();
    void interceptedSendsNothing();
    void clientCertificateRequired();

private:
    TestServer *httpsServer(const QByteArray &answer, bool close = true);
    ProbeTarget target(quint16 port) const
    {
        ProbeTarget t = localTarget(Protocol::Https, port, QStringLiteral("localhost"), Role::ProxyHttp);
        t.flowId = QStringLiteral("i11d");
        return t;
    }

    TestPki m_pki;
    TrustStore m_trust; ///< the system's, for every probe of this test
    QList<QObject *> m_owned;
};

void TestHttpsProbe::initTestCase()
{
    QVERIFY2(m_pki.generate(), qPrintable(m_pki.error));
    QVERIFY(warmTrustStore(m_trust));
}

void TestHttpsProbe::cleanup()
{
    qDeleteAll(m_owned);
    m_owned.clear();
}

TestServer *TestHttpsProbe::httpsServer(const QByteArray &answer, bool close)
{
    ServerBehaviour behaviour;
    behaviour.chain = {m_pki.leaf};
    behaviour.key = m_pki.leafKey;
    behaviour.respond = [answer, close](const QByteArray &received, bool *closeAfter) {
        if (!requestComplete(received))
            return QByteArray();
        *closeAfter = close;
        return answer;
    };
    auto *server = new TestServer(behaviour);
    m_owned << server;
    server->listenOn();
    return server;
}

void TestHttpsProbe::cupsNoUpdate()
{
    TestServer *s =
        httpsServer("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 14\r\n\r\n" +
                    QByteArray(14, '\0'));
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::Ok);
    QCOMPARE(text(r, QStringLiteral("http_status")), QStringLiteral("200"));
    QCOMPARE(text(r, QStringLiteral("status_line")), QStringLiteral("HTTP/1.1 200 OK"));
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("tpready Test Root CA"));
    const QJsonObject cups = r.evidence.value(QStringLiteral("cups")).toObject();
    QCOMPARE(cups.value(QStringLiteral("status")).toString(), QStringLiteral("consistent"));
    QCOMPARE(cups.value(QStringLiteral("no_update")).toBool(), true);
    QVERIFY(r.detail.contains(QStringLiteral("no update")));
    // What went out: a POST /update-info with a dummy station, never credentials.
    QVERIFY(s->received.startsWith("POST /update-info HTTP/1.1\r\n"));
    QVERIFY(s->received.contains(QByteArray("\r\nHost: localhost:" + QByteArray::number(s->serverPort()) + "\r\n")));
    QVERIFY(s->received.contains("\r\nContent-Type: application/json\r\n"));
    QByteArray requestBody;
    QVERIFY(requestComplete(s->received, &requestBody));
    const QJsonObject request = QJsonDocument::fromJson(requestBody).object();
    QCOMPARE(request.value(QStringLiteral("router")).toString(), QStringLiteral("::1"));
    QCOMPARE(request.value(QStringLiteral("cupsUri")).toString(),
             QStringLiteral("https://localhost:%1").arg(s->serverPort()));
    QCOMPARE(request.value(QStringLiteral("cupsCredCrc")).toInt(-1), 0);
    QCOMPARE(request.value(QStringLiteral("tcCredCrc")).toInt(-1), 0);
    QCOMPARE(request.value(QStringLiteral("keys")).toArray().size(), 0);
    QVERIFY2(run.ms < 2500, qPrintable(QString::number(run.ms)));
}

void TestHttpsProbe::cupsFullUpdateChunked()
{
    QByteArray body;
    body += char(24) + QByteArray("https://cups.example:443");
    body += char(22) + QByteArray("wss://lns.example:8887");
    body += QByteArray::fromHex("0300") + "abc";                                            // cupsCred, 3 bytes
    body += QByteArray::fromHex("0000");                                                    // no tcCred
    body += QByteArray::fromHex("0c000000") + QByteArray::fromHex("efbeadde") + "SIGNATUR"; // key CRC + 8 bytes
    body += QByteArray::fromHex("05000000") + "12345";
    QByteArray chunked;
    chunked += QByteArray::number(20, 16) + "\r\n" + body.left(20) + "\r\n";
    chunked += QByteArray::number(body.size() - 20, 16) + "\r\n" + body.mid(20) + "\r\n0\r\n\r\n";
    TestServer *s = httpsServer(
        "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked);
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    const QJsonObject cups = run.result.evidence.value(QStringLiteral("cups")).toObject();
    QCOMPARE(cups.value(QStringLiteral("status")).toString(), QStringLiteral("consistent"));
    QCOMPARE(cups.value(QStringLiteral("no_update")).toBool(), false);
    QCOMPARE(cups.value(QStringLiteral("tc_uri")).toString(), QStringLiteral("wss://lns.example:8887"));
    QCOMPARE(cups.value(QStringLiteral("sig_len")).toInt(), 12);
    QCOMPARE(cups.value(QStringLiteral("update_len")).toInt(), 5);
    QVERIFY(run.result.detail.contains(QStringLiteral("well-formed")));
}

void TestHttpsProbe::cupsLargeUpdate()
{
    // 200 kB of update: judged from the first part and Content-Length, without reading it all.
    const int update = 200000;
    QByteArray body = QByteArray(10, '\0');
    body += char(update & 0xff);
    body += char((update >> 8) & 0xff);
    body += char((update >> 16) & 0xff);
    body += char(0);
    body += QByteArray(update, 'u');
    TestServer *s = httpsServer("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n" + body);
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    const QJsonObject cups = run.result.evidence.value(QStringLiteral("cups")).toObject();
    QCOMPARE(cups.value(QStringLiteral("status")).toString(), QStringLiteral("consistent"));
    QCOMPARE(cups.value(QStringLiteral("update_len")).toInt(), update);
    QCOMPARE(text(run.result, QStringLiteral("body_bytes")), QString::number(body.size()));
    QVERIFY2(run.ms < 2000, qPrintable(QString::number(run.ms)));
}

void TestHttpsProbe::cupsInconsistentBody()
{
    TestServer *s =
        httpsServer("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 5\r\n\r\n\x09"
                    "abcd");
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    // The verified server answered HTTP: the path is proven, but the body is said not to be CUPS.
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(run.result.evidence.value(QStringLiteral("cups")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("inconsistent"));
    QVERIFY(run.result.detail.contains(QStringLiteral("not a well-formed CUPS answer")));
}

void TestHttpsProbe::notFoundJson()
{
    TestServer *s = httpsServer("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 26\r\n\r\n"
                                "{\"error\":\"unknown router\"}");
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(text(run.result, QStringLiteral("status_line")), QStringLiteral("HTTP/1.1 404 Not Found"));
    QVERIFY(run.result.detail.contains(QStringLiteral("404 Not Found")));
    QVERIFY(text(run.result, QStringLiteral("body_preview")).contains(QStringLiteral("unknown router")));
}

void TestHttpsProbe::proxyAuthentication()
{
    TestServer *s = httpsServer("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic "
                                "realm=\"corp\"\r\nContent-Length: 0\r\n\r\n");
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::ProxyRequired);
    QCOMPARE(text(run.result, QStringLiteral("http_status")), QStringLiteral("407"));
    QVERIFY(run.result.detail.contains(QStringLiteral("407")));
}

void TestHttpsProbe::redirectToLogin()
{
    TestServer *s = httpsServer("HTTP/1.1 302 Found\r\nLocation: https://portal.example/login?next=cups\r\n"
                                "Content-Length: 0\r\n\r\n");
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QCOMPARE(text(run.result, QStringLiteral("location")), QStringLiteral("https://portal.example/login?next=cups"));
    QVERIFY(run.result.detail.contains(QStringLiteral("https://portal.example/login")));
}

void TestHttpsProbe::htmlPortal()
{
    // No Content-Length: the body runs until the server closes.
    TestServer *s =
        httpsServer("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<!DOCTYPE html><html><body>Welcome to "
                    "Guest Wi-Fi</body></html>");
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QVERIFY(run.result.detail.contains(QStringLiteral("web page")));
    QVERIFY(text(run.result, QStringLiteral("body_preview")).contains(QStringLiteral("Guest Wi-Fi")));
}

void TestHttpsProbe::notHttp()
{
    TestServer *s = httpsServer("SSH-2.0-OpenSSH_9.2\r\n");
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QVERIFY2(run.result.detail.contains(QStringLiteral("SSH")), qPrintable(run.result.detail));
}

void TestHttpsProbe::closedWithoutAnswer()
{
    TestServer *s = httpsServer({}, true);
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QVERIFY2(run.result.detail.contains(QStringLiteral("without answering")), qPrintable(run.result.detail));
}

void TestHttpsProbe::silentAfterHandshake()
{
    TestServer *s = httpsServer({}, false);
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 1000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QVERIFY(run.result.detail.contains(QStringLiteral("no HTTP answer")));
    QCOMPARE(text(run.result, QStringLiteral("verified")), QStringLiteral("true"));
    QVERIFY2(run.ms >= 900 && run.ms < 3000, qPrintable(QString::number(run.ms)));
}

void TestHttpsProbe::headersThenStall()
{
    // A proxy that announces a body it never sends: the status line is judged at the deadline.
    TestServer *s =
        httpsServer("HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 500\r\n\r\npartial", false);
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 1000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::ProxyRequired);
    QVERIFY2(run.ms >= 900 && run.ms < 3000, qPrintable(QString::number(run.ms)));
}

void TestHttpsProbe::untrustedChainSendsNothing()
{
    ServerBehaviour behaviour;
    behaviour.chain = {m_pki.untrustedLeaf};
    behaviour.key = m_pki.untrustedLeafKey;
    behaviour.protocol = QSsl::TlsV1_2;
    auto *s = new TestServer(behaviour);
    m_owned << s;
    QVERIFY(s->listenOn());
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::TlsUntrusted);
    QCOMPARE(s->encrypted, 1);
    QVERIFY(s->received.isEmpty()); // no request over a session that did not verify
    QVERIFY(!run.result.evidence.contains(QStringLiteral("http_status")));
}

void TestHttpsProbe::interceptedSendsNothing()
{
    ServerBehaviour behaviour;
    behaviour.chain = {m_pki.inspectionLeaf, m_pki.inspectionCa};
    behaviour.key = m_pki.inspectionLeafKey;
    behaviour.protocol = QSsl::TlsV1_2;
    auto *s = new TestServer(behaviour);
    m_owned << s;
    QVERIFY(s->listenOn());
    HttpsProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::TlsIntercepted);
    QCOMPARE(text(run.result, QStringLiteral("issuer")), QStringLiteral("Example Corp SSL Inspection CA"));
    QVERIFY(s->received.isEmpty());
}

void TestHttpsProbe::clientCertificateRequired()
{
    TPREADY_SKIP_WITHOUT_OPENSSL_SERVER();
    OpensslServer server;
    QString error;
    QVERIFY2(server.start(mtlsServerArguments(m_pki, QStringLiteral("leaf.pem"), QStringLiteral("leaf.key")), &error),
             qPrintable(error));
    HttpsProbe probe(target(server.port()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::TlsClientCertRequired);
    QCOMPARE(text(run.result, QStringLiteral("client_certificate_requested")), QStringLiteral("true"));
    QCOMPARE(run.result.evidence.value(QStringLiteral("acceptable_ca_names")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestHttpsProbe)
#include "testhttpsprobe.moc"
