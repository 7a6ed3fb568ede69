// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlstestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <memory>

#include "core/probes/websocketframe.h"
#include "core/probes/wssprobe.h"

using namespace tpready;
using namespace tpready::test;

namespace {

/// A frame from the server (never masked).
QByteArray serverFrame(int opcode, const QByteArray &payload, bool fin = true)
{
    QByteArray frame;
    frame.append(static_cast<char>((fin ? 0x80 : 0) | opcode));
    if (payload.size() < 126) {
        frame.append(static_cast<char>(payload.size()));
    } else {
        frame.append(static_cast<char>(126));
        frame.append(static_cast<char>(payload.size() >> 8));
        frame.append(static_cast<char>(payload.size() & 0xff));
    }
    return frame + payload;
}

/// What a client frame carries. Returns the bytes used, 0 when incomplete.
qsizetype decodeClientFrame(const QByteArray &data, int *opcode, QByteArray *payload, bool *masked)
{
    if (data.size() < 2)
        return 0;
    *opcode = data.at(0) & 0x0f;
    *masked = (data.at(1) & 0x80) != 0;
    qsizetype length = data.at(1) & 0x7f;
    qsizetype pos = 2;
    if (length == 126) {
        if (data.size() < 4)
            return 0;
        length = (static_cast<quint8>(data.at(2)) << 8) | static_cast<quint8>(data.at(3));
        pos = 4;
    }
    const QByteArray mask = *masked ? data.mid(pos, 4) : QByteArray(4, '\0');
    if (*masked)
        pos += 4;
    if (data.size() < pos + length)
        return 0;
    payload->clear();
    for (qsizetype i = 0; i < length; ++i)
        payload->append(static_cast<char>(data.at(pos + i) ^ mask.at(i % 4)));
    return pos + length;
}

/// A scripted LNS discovery server: answers the upgrade, records the client's frames, replies.
struct LnsScript
{
    QByteArray upgradeAnswer; ///< empty: a correct 101 for the client's key
    QByteArray afterUpgrade;  ///< sent right after the 101
    /// Sent once the client's first text frame arrived (empty: nothing).
    QByteArray reply;
    bool closeAfterReply = false;
    bool closeAfterUpgrade = false;

    // Observations.
    QByteArray request;
    QList<QPair<int, QByteArray>> clientFrames;
    bool allMasked = true;
};

} // namespace

class TestWssProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void infosWithMuxs();
    void infosWithError();
    void pingThenFragmentedReply();
    void upgradeOnlyThenClose();
    void upgradeOnlyThenSilence();
    void wrongAcceptKey();
    void tokenRequired_data();
    void tokenRequired();
    void notFound();
    void proxyAuthentication();
    void redirect();
    void htmlPortal();
    void serviceUnavailable();
    void notJsonReply();
    void maskedServerFrame();
    void clientCertificateRequired();

private:
    TestServer *lnsServer(const std::shared_ptr<LnsScript> &script);
    ProbeTarget target(quint16 port) const
    {
        ProbeTarget t = localTarget(Protocol::Wss, port, QStringLiteral("localhost"), Role::LnsBridge);
        t.flowId = QStringLiteral("i11c");
        return t;
    }

    TestPki m_pki;
    TrustStore m_trust; ///< the system's, for every probe of this test
    QList<QObject *> m_owned;
};

void TestWssProbe::initTestCase()
{
    QVERIFY2(m_pki.generate(), qPrintable(m_pki.error));
    QVERIFY(warmTrustStore(m_trust));
}

void TestWssProbe::cleanup()
{
    qDeleteAll(m_owned);
    m_owned.clear();
}

TestServer *TestWssProbe::lnsServer(const std::shared_ptr<LnsScript> &script)
{
    ServerBehaviour behaviour;
    behaviour.chain = {m_pki.leaf};
    behaviour.key = m_pki.leafKey;
    behaviour.respond = [script](const QByteArray &received, bool *close) {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return QByteArray();
        QByteArray answer;
        if (script->request.isEmpty()) {
            script->request = received.left(end + 4);
            if (!script->upgradeAnswer.isEmpty()) {
                *close = true;
                return script->upgradeAnswer;
            }
            const qsizetype at = script->request.indexOf("Sec-WebSocket-Key: ");
            const QByteArray key = script->request.mid(at + 19, script->request.indexOf("\r\n", at) - at - 19);
            answer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Accept: " +
                     webSocketAccept(key) + "\r\n\r\n" + script->afterUpgrade;
            *close = script->closeAfterUpgrade;
        }
        // Client frames after the request.
        QByteArray frames = received.mid(end + 4);
        int seen = 0;
        while (true) {
            int opcode = 0;
            QByteArray payload;
            bool masked = false;
            const qsizetype used = decodeClientFrame(frames, &opcode, &payload, &masked);
            if (used == 0)
                break;
            frames = frames.mid(used);
            if (++seen <= script->clientFrames.size())
                continue; // already handled
            script->clientFrames.append({opcode, payload});
            script->allMasked = script->allMasked && masked;
            if (opcode == 1 && !script->reply.isEmpty()) {
                answer += script->reply;
                *close = script->closeAfterReply;
            }
        }
        return answer;
    };
    auto *server = new TestServer(behaviour);
    m_owned << server;
    server->listenOn();
    return server;
}

void TestWssProbe::infosWithMuxs()
{
    auto script = std::make_shared<LnsScript>();
    script->reply = serverFrame(1, R"({"router":"::1","muxs":"::0","uri":"wss://localhost:6039/traffic/::1"})");
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    const ProbeResult &r = run.result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::Ok);
    QCOMPARE(text(r, QStringLiteral("http_status")), QStringLiteral("101"));
    QCOMPARE(text(r, QStringLiteral("sec_websocket_accept_valid")), QStringLiteral("true"));
    const QJsonObject info = r.evidence.value(QStringLiteral("router_info")).toObject();
    QCOMPARE(info.value(QStringLiteral("router")).toString(), QStringLiteral("::1"));
    QCOMPARE(info.value(QStringLiteral("muxs")).toString(), QStringLiteral("::0"));
    QCOMPARE(info.value(QStringLiteral("uri")).toString(), QStringLiteral("wss://localhost:6039/traffic/::1"));
    QCOMPARE(info.value(QStringLiteral("uri_usable")).toBool(), true);
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("tpready Test Root CA"));
    QVERIFY(r.detail.contains(QStringLiteral("genuine LNS")));
    // What went out: the upgrade to /router-info, then one masked text frame with the dummy router id.
    QVERIFY(script->request.startsWith("GET /router-info HTTP/1.1\r\n"));
    QVERIFY(script->request.contains("\r\nUpgrade: websocket\r\n"));
    QVERIFY(script->request.contains("\r\nSec-WebSocket-Version: 13\r\n"));
    QTRY_VERIFY(!script->clientFrames.isEmpty());
    QCOMPARE(script->clientFrames.at(0).first, 1);
    QCOMPARE(
        QJsonDocument::fromJson(script->clientFrames.at(0).second).object().value(QStringLiteral("router")).toString(),
        QStringLiteral("::1"));
    QVERIFY(script->allMasked);
    QVERIFY2(run.ms < 2500, qPrintable(QString::number(run.ms)));
}

void TestWssProbe::infosWithError()
{
    auto script = std::make_shared<LnsScript>();
    script->reply = serverFrame(1, R"({"router":"::1","error":"Router not provisioned"})");
    script->closeAfterReply = true;
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(
        run.result.evidence.value(QStringLiteral("router_info")).toObject().value(QStringLiteral("error")).toString(),
        QStringLiteral("Router not provisioned"));
    QVERIFY(run.result.detail.contains(QStringLiteral("Router not provisioned")));
}

void TestWssProbe::pingThenFragmentedReply()
{
    auto script = std::make_shared<LnsScript>();
    script->afterUpgrade = serverFrame(9, "hb");
    const QByteArray json = R"({"router":"::1","error":"unknown"})";
    script->reply = serverFrame(1, json.left(10), false) + serverFrame(9, "x") + serverFrame(0, json.mid(10), true);
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(
        run.result.evidence.value(QStringLiteral("router_info")).toObject().value(QStringLiteral("error")).toString(),
        QStringLiteral("unknown"));
    // The pings were answered with pongs carrying their payload.
    QTRY_VERIFY(script->clientFrames.size() >= 2);
    bool pong = false;
    for (const auto &frame : std::as_const(script->clientFrames))
        pong = pong || (frame.first == 0xa && frame.second == "hb");
    QVERIFY(pong);
}

void TestWssProbe::upgradeOnlyThenClose()
{
    auto script = std::make_shared<LnsScript>();
    script->afterUpgrade = serverFrame(8, QByteArray::fromHex("03f0") + "policy");
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    // A valid 101 is proof enough; the close is reported.
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QCOMPARE(text(run.result, QStringLiteral("close_code")), QStringLiteral("1008"));
    QVERIFY(run.result.detail.contains(QStringLiteral("1008")));
    QVERIFY(!run.result.evidence.contains(QStringLiteral("router_info")));
}

void TestWssProbe::upgradeOnlyThenSilence()
{
    auto script = std::make_shared<LnsScript>();
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 1000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QVERIFY(run.result.detail.contains(QStringLiteral("No INFOS reply")));
    QVERIFY2(run.ms >= 900 && run.ms < 3000, qPrintable(QString::number(run.ms)));
}

void TestWssProbe::wrongAcceptKey()
{
    auto script = std::make_shared<LnsScript>();
    script->upgradeAnswer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QCOMPARE(text(run.result, QStringLiteral("sec_websocket_accept_valid")), QStringLiteral("false"));
    QVERIFY(run.result.detail.contains(QStringLiteral("does not match")));
    QVERIFY(script->clientFrames.isEmpty()); // nothing sent over a handshake that failed
}

void TestWssProbe::tokenRequired_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("401") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("403") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Type: text/html\r\nContent-Length: 14\r\n\r\n"
                                       "<h1>403</h1>\r\n");
}

void TestWssProbe::tokenRequired()
{
    QFETCH(QByteArray, answer);
    auto script = std::make_shared<LnsScript>();
    script->upgradeAnswer = answer;
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QVERIFY(run.result.detail.contains(QStringLiteral("token")));
}

void TestWssProbe::notFound()
{
    auto script = std::make_shared<LnsScript>();
    script->upgradeAnswer = "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found";
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QCOMPARE(text(run.result, QStringLiteral("http_status")), QStringLiteral("404"));
    QVERIFY(run.result.detail.contains(QStringLiteral("/router-info")));
}

void TestWssProbe::proxyAuthentication()
{
    auto script = std::make_shared<LnsScript>();
    script->upgradeAnswer = "HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n";
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::ProxyRequired);
}

void TestWssProbe::redirect()
{
    auto script = std::make_shared<LnsScript>();
    script->upgradeAnswer = "HTTP/1.1 302 Found\r\nLocation: /login\r\nContent-Length: 0\r\n\r\n";
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QCOMPARE(text(run.result, QStringLiteral("location")), QStringLiteral("/login"));
}

void TestWssProbe::htmlPortal()
{
    auto script = std::make_shared<LnsScript>();
    script->upgradeAnswer =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>Accept the terms</body></html>";
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Fail);
    QCOMPARE(run.result.reason, Reason::WrongService);
    QVERIFY(run.result.detail.contains(QStringLiteral("web page")));
    QVERIFY(text(run.result, QStringLiteral("body_preview")).contains(QStringLiteral("Accept the terms")));
}

void TestWssProbe::serviceUnavailable()
{
    auto script = std::make_shared<LnsScript>();
    script->upgradeAnswer = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n";
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Warn);
    QCOMPARE(run.result.reason, Reason::Ok);
    QVERIFY(run.result.detail.contains(QStringLiteral("503")));
}

void TestWssProbe::notJsonReply()
{
    auto script = std::make_shared<LnsScript>();
    script->reply = serverFrame(1, "hello there");
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    // The 101 with a valid accept key still proves a WebSocket server behind the verified certificate.
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QVERIFY(run.result.detail.contains(QStringLiteral("not a router-info answer")));
    QCOMPARE(text(run.result, QStringLiteral("received_message")), QStringLiteral("hello there"));
}

void TestWssProbe::maskedServerFrame()
{
    auto script = std::make_shared<LnsScript>();
    script->reply = QByteArray::fromHex("818537fa213d7f9f4d5158");
    TestServer *s = lnsServer(script);
    WssProbe probe(target(s->serverPort()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::Ok);
    QVERIFY(run.result.detail.contains(QStringLiteral("not valid WebSocket")));
}

void TestWssProbe::clientCertificateRequired()
{
    TPREADY_SKIP_WITHOUT_OPENSSL_SERVER();
    OpensslServer server;
    QString error;
    QVERIFY2(server.start(mtlsServerArguments(m_pki, QStringLiteral("leaf.pem"), QStringLiteral("leaf.key"),
                                              QStringLiteral("-tls1_3")),
                          &error),
             qPrintable(error));
    WssProbe probe(target(server.port()), testConfig(m_trust, 3000, {m_pki.root}));
    TPREADY_RUN_PROBE(run, &probe);
    QCOMPARE(run.result.verdict, Verdict::Pass);
    QCOMPARE(run.result.reason, Reason::TlsClientCertRequired);
    QCOMPARE(text(run.result, QStringLiteral("client_certificate_signal")),
             QStringLiteral("tls13-alert-certificate-required"));
}

QTEST_GUILESS_MAIN(TestWssProbe)
#include "testwssprobe.moc"
