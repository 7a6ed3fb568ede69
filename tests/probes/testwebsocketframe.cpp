// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QtTest>

#include "core/probes/httpresponse.h"
#include "core/probes/websocketframe.h"

using namespace tpready;
using FrameStatus = WebSocketFrame::Status;

class TestWebSocketFrame : public QObject
{
    Q_OBJECT

private slots:
    void acceptKey();
    void upgradeRequest();
    void upgradeChecks_data();
    void upgradeChecks();
    void clientFrames();
    void serverFrames();
    void extendedLengths();
    void invalidFrames_data();
    void invalidFrames();
    void tooLarge();
    void everyPrefix();
    void garbageNeverCrashes();
    void routerInfo_data();
    void routerInfo();
};

void TestWebSocketFrame::acceptKey()
{
    // RFC 6455 section 1.3.
    QCOMPARE(webSocketAccept("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

void TestWebSocketFrame::upgradeRequest()
{
    const QByteArray request =
        buildWebSocketUpgradeRequest("/router-info", "lns.example:8887", "dGhlIHNhbXBsZSBub25jZQ==", "tpready/0.1");
    QVERIFY(request.startsWith("GET /router-info HTTP/1.1\r\nHost: lns.example:8887\r\n"));
    QVERIFY(request.contains("\r\nUpgrade: websocket\r\n"));
    QVERIFY(request.contains("\r\nConnection: Upgrade\r\n"));
    QVERIFY(request.contains("\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));
    QVERIFY(request.contains("\r\nSec-WebSocket-Version: 13\r\n"));
    QVERIFY(request.endsWith("\r\n\r\n"));
    QVERIFY(!request.contains("Authorization"));
}

void TestWebSocketFrame::upgradeChecks_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("acceptValid");
    QTest::addColumn<QString>("problem");
    const QByteArray good = "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n";
    QTest::newRow("good") << "HTTP/1.1 101 Switching Protocols\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n" +
                                 good + "\r\n"
                          << true << true << QString();
    QTest::newRow("wrong accept") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                                "Connection: Upgrade\r\nSec-WebSocket-Accept: AAAA\r\n\r\n")
                                  << false << false << QStringLiteral("does not match");
    QTest::newRow("no accept") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                             "Connection: Upgrade\r\n\r\n")
                               << false << false << QStringLiteral("no Sec-WebSocket-Accept");
    QTest::newRow("no upgrade") << "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n" + good + "\r\n"
                                << false << true << QStringLiteral("Upgrade header");
    QTest::newRow("no connection") << "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n" + good + "\r\n"
                                   << false << true << QStringLiteral("Connection header");
    QTest::newRow("200") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << false << false
                         << QStringLiteral("status 200");
}

void TestWebSocketFrame::upgradeChecks()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, ok);
    QFETCH(bool, acceptValid);
    QFETCH(QString, problem);
    const WebSocketUpgradeCheck check = checkWebSocketUpgrade(parseHttpResponse(response), "dGhlIHNhbXBsZSBub25jZQ==");
    QCOMPARE(check.ok, ok);
    QCOMPARE(check.acceptValid, acceptValid);
    QVERIFY2(check.problem.contains(problem), qPrintable(check.problem));
}

void TestWebSocketFrame::clientFrames()
{
    // RFC 6455 5.7: a masked "Hello".
    QCOMPARE(buildClientFrame(WebSocketOpcode::Text, "Hello", QByteArray::fromHex("37fa213d")),
             QByteArray::fromHex("818537fa213d7f9f4d5158"));
    const QByteArray close = buildClientCloseFrame(1000, QByteArray::fromHex("00000000"));
    QCOMPARE(close, QByteArray::fromHex("88820000000003e8"));
    // 126 and 127 length forms, always masked.
    const QByteArray medium = buildClientFrame(WebSocketOpcode::Binary, QByteArray(300, 'a'), "mask");
    QCOMPARE(medium.left(4), QByteArray::fromHex("82fe012c"));
    QCOMPARE(medium.size(), 4 + 4 + 300);
    const QByteArray large = buildClientFrame(WebSocketOpcode::Binary, QByteArray(70000, 'a'), "mask");
    QCOMPARE(large.left(10), QByteArray::fromHex("82ff0000000000011170"));
}

void TestWebSocketFrame::serverFrames()
{
    const WebSocketFrame text = parseServerFrame(QByteArray::fromHex("810548656c6c6f") + "rest");
    QCOMPARE(text.status, FrameStatus::Complete);
    QVERIFY(text.fin);
    QCOMPARE(text.opcode, 1);
    QCOMPARE(text.payload, QByteArray("Hello"));
    QCOMPARE(text.consumed, 7);

    const WebSocketFrame first = parseServerFrame(QByteArray::fromHex("010348656c"));
    QCOMPARE(first.status, FrameStatus::Complete);
    QVERIFY(!first.fin);
    const WebSocketFrame close = parseServerFrame(QByteArray::fromHex("880803e8") + "done!!");
    QCOMPARE(close.status, FrameStatus::Complete);
    QCOMPARE(close.opcode, 8);
    QCOMPARE(close.closeCode, 1000);
    QCOMPARE(close.closeReason, QStringLiteral("done!!"));
    QCOMPARE(parseServerFrame(QByteArray::fromHex("8900")).opcode, 9);
}

void TestWebSocketFrame::extendedLengths()
{
    const QByteArray medium = QByteArray::fromHex("827e0100") + QByteArray(256, 'x');
    QCOMPARE(parseServerFrame(medium).payload.size(), 256);
    const QByteArray large = QByteArray::fromHex("827f0000000000010000") + QByteArray(65536, 'y');
    const WebSocketFrame frame = parseServerFrame(large, 70000);
    QCOMPARE(frame.status, FrameStatus::Complete);
    QCOMPARE(frame.payload.size(), 65536);
    QCOMPARE(frame.declaredLength, quint64(65536));
}

void TestWebSocketFrame::invalidFrames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("masked server frame") << QByteArray::fromHex("818537fa213d7f9f4d5158");
    QTest::newRow("reserved bits") << QByteArray::fromHex("c100");
    QTest::newRow("reserved opcode") << QByteArray::fromHex("8300");
    QTest::newRow("fragmented ping") << QByteArray::fromHex("0900");
    QTest::newRow("long ping") << QByteArray::fromHex("897e0080") + QByteArray(128, 'p');
    QTest::newRow("close with one byte") << QByteArray::fromHex("880103");
    QTest::newRow("top bit length") << QByteArray::fromHex("827f8000000000000000");
}

void TestWebSocketFrame::invalidFrames()
{
    QFETCH(QByteArray, bytes);
    const WebSocketFrame frame = parseServerFrame(bytes);
    QCOMPARE(frame.status, FrameStatus::Invalid);
    QVERIFY(!frame.problem.isEmpty());
}

void TestWebSocketFrame::tooLarge()
{
    const WebSocketFrame frame = parseServerFrame(QByteArray::fromHex("827f0000000100000000"), 1024);
    QCOMPARE(frame.status, FrameStatus::TooLarge);
    QCOMPARE(frame.declaredLength, quint64(1) << 32);
}

void TestWebSocketFrame::everyPrefix()
{
    const QByteArray frame = QByteArray::fromHex("817e0010") + QByteArray(16, 'z');
    for (qsizetype n = 0; n < frame.size(); ++n)
        QCOMPARE(parseServerFrame(frame.left(n)).status, FrameStatus::Incomplete);
    QCOMPARE(parseServerFrame(frame).status, FrameStatus::Complete);
}

void TestWebSocketFrame::garbageNeverCrashes()
{
    quint32 seed = 7;
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes;
        seed = seed * 1103515245 + 12345;
        const int length = static_cast<int>((seed >> 16) % 24);
        for (int j = 0; j < length; ++j) {
            seed = seed * 1103515245 + 12345;
            bytes.append(static_cast<char>(seed >> 24));
        }
        const WebSocketFrame frame = parseServerFrame(bytes, 64);
        QVERIFY(frame.consumed <= bytes.size());
        QVERIFY(frame.payload.size() <= 64);
    }
}

void TestWebSocketFrame::routerInfo_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("uriUsable");
    QTest::newRow("muxs") << QByteArray(R"({"router":"::1","muxs":"::0","uri":"wss://lns.example:8887/router-::1"})")
                          << static_cast<int>(RouterInfoReply::Kind::Muxs) << true;
    QTest::newRow("error") << QByteArray(R"({"router":"::1","error":"Router not provisioned"})")
                           << static_cast<int>(RouterInfoReply::Kind::Error) << false;
    QTest::newRow("numeric router") << QByteArray(R"({"router":1,"error":"unknown"})")
                                    << static_cast<int>(RouterInfoReply::Kind::Error) << false;
    QTest::newRow("uri without port") << QByteArray(R"({"router":"::1","uri":"wss://lns.example/x"})")
                                      << static_cast<int>(RouterInfoReply::Kind::Muxs) << false;
    QTest::newRow("uri http") << QByteArray(R"({"router":"::1","uri":"https://lns.example:443/x"})")
                              << static_cast<int>(RouterInfoReply::Kind::Muxs) << false;
    QTest::newRow("no router") << QByteArray(R"({"uri":"wss://lns.example:8887/x"})")
                               << static_cast<int>(RouterInfoReply::Kind::Unexpected) << true;
    QTest::newRow("other json") << QByteArray(R"({"hello":"world"})")
                                << static_cast<int>(RouterInfoReply::Kind::Unexpected) << false;
    QTest::newRow("array") << QByteArray("[1,2]") << static_cast<int>(RouterInfoReply::Kind::NotJson) << false;
    QTest::newRow("html") << QByteArray("<html></html>") << static_cast<int>(RouterInfoReply::Kind::NotJson) << false;
}

void TestWebSocketFrame::routerInfo()
{
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    QFETCH(bool, uriUsable);
    const RouterInfoReply reply = parseRouterInfoReply(text);
    QCOMPARE(static_cast<int>(reply.kind), kind);
    QCOMPARE(reply.uriUsable, uriUsable);
    if (reply.kind == RouterInfoReply::Kind::Muxs)
        QVERIFY(!reply.uri.isEmpty());
    if (reply.kind == RouterInfoReply::Kind::Error)
        QVERIFY(!reply.error.isEmpty());
}

QTEST_APPLESS_MAIN(TestWebSocketFrame)
#include "testwebsocketframe.moc"
