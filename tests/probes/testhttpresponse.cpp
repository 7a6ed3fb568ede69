// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QtTest>

#include "core/probes/httpresponse.h"

using namespace tpready;
using Status = HttpResponse::Status;
using Framing = HttpResponse::Framing;

class TestHttpResponse : public QObject
{
    Q_OBJECT

private slots:
    void contentLength();
    void chunked();
    void chunkedWithTrailers();
    void untilClose();
    void switchingProtocols();
    void noBodyStatuses_data();
    void noBodyStatuses();
    void bodylessHead();
    void bareLineFeeds();
    void invalid_data();
    void invalid();
    void headersTooLarge();
    void tooManyHeaders();
    void bodyTooLarge();
    void chunkedTooLarge();
    void everyPrefix();
    void garbageNeverCrashes();
    void headerLookup();
    void html();
};

void TestHttpResponse::contentLength()
{
    const QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 14\r\n\r\n" +
                             QByteArray(14, '\0') + "next";
    const HttpResponse r = parseHttpResponse(bytes);
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(r.version, QByteArray("HTTP/1.1"));
    QCOMPARE(r.code, 200);
    QCOMPARE(r.reason, QByteArray("OK"));
    QCOMPARE(r.framing, Framing::ContentLength);
    QCOMPARE(r.contentLength, 14);
    QCOMPARE(r.body, QByteArray(14, '\0'));
    QCOMPARE(r.consumed, bytes.size() - 4);
    QCOMPARE(r.statusLine(), QStringLiteral("HTTP/1.1 200 OK"));
    QCOMPARE(r.header("content-type"), QByteArray("application/octet-stream"));
}

void TestHttpResponse::chunked()
{
    const QByteArray bytes = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
    const HttpResponse r = parseHttpResponse(bytes);
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(r.framing, Framing::Chunked);
    QCOMPARE(r.body, QByteArray("hello world"));
    QCOMPARE(r.consumed, bytes.size());
}

void TestHttpResponse::chunkedWithTrailers()
{
    const HttpResponse r = parseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                                             "A\r\n0123456789\r\n0\r\nX-Trailer: 1\r\n\r\n");
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(r.body, QByteArray("0123456789"));
}

void TestHttpResponse::untilClose()
{
    const QByteArray bytes = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html>portal</html>";
    HttpResponse r = parseHttpResponse(bytes, false);
    QCOMPARE(r.status, Status::Incomplete);
    QVERIFY(r.headersComplete);
    QCOMPARE(r.framing, Framing::UntilClose);
    r = parseHttpResponse(bytes, true);
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(r.body, QByteArray("<html>portal</html>"));
}

void TestHttpResponse::switchingProtocols()
{
    const QByteArray bytes = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                             "Sec-WebSocket-Accept: abc=\r\n\r\n\x81\x02{}";
    const HttpResponse r = parseHttpResponse(bytes);
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(r.framing, Framing::None);
    QCOMPARE(r.code, 101);
    QCOMPARE(bytes.mid(r.headerBytes), QByteArray("\x81\x02{}"));
    QVERIFY(r.body.isEmpty());
}

void TestHttpResponse::noBodyStatuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n");
    QTest::newRow("304") << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n");
    QTest::newRow("100") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n");
}

void TestHttpResponse::noBodyStatuses()
{
    QFETCH(QByteArray, bytes);
    const HttpResponse r = parseHttpResponse(bytes);
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(r.framing, Framing::None);
}

void TestHttpResponse::bodylessHead()
{
    const HttpResponse r = parseHttpResponse("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", false, true);
    QCOMPARE(r.status, Status::Complete);
}

void TestHttpResponse::bareLineFeeds()
{
    const HttpResponse r = parseHttpResponse("HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic\n"
                                             "Content-Length: 0\n\n");
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(r.code, 407);
    QCOMPARE(r.header("Proxy-Authenticate"), QByteArray("Basic"));
}

void TestHttpResponse::invalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
    QTest::newRow("tls") << QByteArray::fromHex("150303000202");
    QTest::newRow("short garbage") << QByteArray("XY");
    QTest::newRow("http/2 preface") << QByteArray("HTTP/2 200\r\n\r\n");
    QTest::newRow("letters in code") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::newRow("code too small") << QByteArray("HTTP/1.1 099 Hm\r\n\r\n");
    QTest::newRow("no space") << QByteArray("HTTP/1.1 200OK\r\n\r\n");
    QTest::newRow("folding") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n c\r\n\r\n");
    QTest::newRow("no colon") << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n\r\n");
    QTest::newRow("space in name") << QByteArray("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n");
    QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("huge length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("chunk without crlf") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n");
}

void TestHttpResponse::invalid()
{
    QFETCH(QByteArray, bytes);
    const HttpResponse r = parseHttpResponse(bytes, true);
    QCOMPARE(r.status, Status::Invalid);
    QVERIFY(!r.problem.isEmpty());
}

void TestHttpResponse::headersTooLarge()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 256;
    QByteArray bytes = "HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(1000, 'a');
    HttpResponse r = parseHttpResponse(bytes, false, false, limits);
    QCOMPARE(r.status, Status::TooLarge);
    QVERIFY(!r.headersComplete);
    // A status line that never ends is cut off as well.
    r = parseHttpResponse("HTTP/1.1 200 " + QByteArray(1000, 'b'), false, false, limits);
    QCOMPARE(r.status, Status::TooLarge);
}

void TestHttpResponse::tooManyHeaders()
{
    HttpLimits limits;
    limits.maxHeaders = 5;
    QByteArray bytes = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 10; ++i)
        bytes += "X-" + QByteArray::number(i) + ": v\r\n";
    bytes += "\r\n";
    QCOMPARE(parseHttpResponse(bytes, true, false, limits).status, Status::TooLarge);
}

void TestHttpResponse::bodyTooLarge()
{
    HttpLimits limits;
    limits.maxBody = 100;
    const QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + QByteArray(500, 'x');
    const HttpResponse r = parseHttpResponse(bytes, false, false, limits);
    QCOMPARE(r.status, Status::TooLarge);
    QVERIFY(r.headersComplete);
    QCOMPARE(r.code, 200);
    QCOMPARE(r.contentLength, 100000);
    QCOMPARE(r.body.size(), 100);
}

void TestHttpResponse::chunkedTooLarge()
{
    HttpLimits limits;
    limits.maxBody = 10;
    const HttpResponse r = parseHttpResponse(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n01234567\r\n8\r\n89abcdef\r\n0\r\n\r\n", false,
        false, limits);
    QCOMPARE(r.status, Status::TooLarge);
    QCOMPARE(r.body, QByteArray("0123456789"));
}

void TestHttpResponse::everyPrefix()
{
    const QList<QByteArray> responses{
        "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 3\r\n\r\nabc",
        "HTTP/1.1 302 Found\r\nLocation: http://portal.example/login\r\nTransfer-Encoding: chunked\r\n\r\n"
        "4\r\nmove\r\n0\r\n\r\n",
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n",
    };
    for (const QByteArray &bytes : responses) {
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            const HttpResponse r = parseHttpResponse(bytes.left(n));
            QVERIFY2(r.status == Status::Incomplete, qPrintable(QString::fromLatin1(bytes.left(n))));
        }
        QCOMPARE(parseHttpResponse(bytes).status, Status::Complete);
    }
}

void TestHttpResponse::garbageNeverCrashes()
{
    const QByteArray valid = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n"
                             "4\r\nabcd\r\n10\r\n0123456789abcdef\r\n0\r\nT: 1\r\n\r\n";
    quint32 seed = 99;
    for (int i = 0; i < 5000; ++i) {
        QByteArray mutated = valid;
        for (int j = 0; j < 3; ++j) {
            seed = seed * 1103515245 + 12345;
            mutated[static_cast<qsizetype>((seed >> 8) % mutated.size())] = static_cast<char>(seed >> 24);
        }
        seed = seed * 1103515245 + 12345;
        mutated.truncate(static_cast<qsizetype>((seed >> 8) % (mutated.size() + 1)));
        const HttpResponse r = parseHttpResponse(mutated, (seed & 1) != 0);
        QVERIFY(r.consumed <= mutated.size());
        QVERIFY(r.body.size() <= mutated.size());
    }
}

void TestHttpResponse::headerLookup()
{
    const HttpResponse r = parseHttpResponse("HTTP/1.1 101 Switching Protocols\r\nconnection: keep-alive, Upgrade\r\n"
                                             "Upgrade: websocket\r\nX-Empty:\r\n\r\n");
    QVERIFY(r.headerHasToken("Connection", "upgrade"));
    QVERIFY(!r.headerHasToken("Connection", "close"));
    QVERIFY(r.header("X-Missing").isNull());
    QVERIFY(!r.header("X-Empty").isNull());
    QVERIFY(r.header("X-Empty").isEmpty());
}

void TestHttpResponse::html()
{
    QVERIFY(looksLikeHtml(parseHttpResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                                            "Content-Length: 0\r\n\r\n")));
    QVERIFY(looksLikeHtml(parseHttpResponse("HTTP/1.1 200 OK\r\nContent-Length: 22\r\n\r\n  <!DOCTYPE html><html>")));
    QVERIFY(!looksLikeHtml(parseHttpResponse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                             "Content-Length: 2\r\n\r\n{}")));
}

QTEST_APPLESS_MAIN(TestHttpResponse)
#include "testhttpresponse.moc"
