// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "core/probes/cupsresponse.h"
#include "core/probes/httpresponse.h"

using namespace tpready;
using Status = CupsUpdateInfo::Status;

namespace {

QByteArray le(quint32 value, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
    return out;
}

/// A CUPS answer body as Station's parser reads it (src/cups.c).
QByteArray body(const QByteArray &cupsUri, const QByteArray &tcUri, const QByteArray &cupsCred,
                const QByteArray &tcCred, const QByteArray &signature, quint32 keyCrc, const QByteArray &update)
{
    QByteArray out = le(static_cast<quint32>(cupsUri.size()), 1) + cupsUri;
    out += le(static_cast<quint32>(tcUri.size()), 1) + tcUri;
    out += le(static_cast<quint32>(cupsCred.size()), 2) + cupsCred;
    out += le(static_cast<quint32>(tcCred.size()), 2) + tcCred;
    if (signature.isEmpty())
        out += le(0, 4);
    else
        out += le(static_cast<quint32>(signature.size() + 4), 4) + le(keyCrc, 4) + signature;
    out += le(static_cast<quint32>(update.size()), 4) + update;
    return out;
}

} // namespace

class TestCupsResponse : public QObject
{
    Q_OBJECT

private slots:
    void noUpdate();
    void fullUpdate();
    void prefixWithDeclaredLength();
    void inconsistent_data();
    void inconsistent();
    void everyPrefixOfWholeBody();
    void garbageNeverCrashes();
    void request();
};

void TestCupsResponse::noUpdate()
{
    const CupsUpdateInfo info = parseCupsUpdateInfo(QByteArray(14, '\0'));
    QCOMPARE(info.status, Status::Consistent);
    QVERIFY(info.noUpdate);
    QCOMPARE(info.expectedLength, 14);
    QVERIFY(info.cupsUri.isEmpty());
    QVERIFY(info.problem.isEmpty());
}

void TestCupsResponse::fullUpdate()
{
    const QByteArray bytes = body("https://cups.example:443", "wss://lns.example:8887", QByteArray(300, 'c'),
                                  QByteArray(700, 't'), QByteArray(70, 's'), 0xdeadbeef, QByteArray(1000, 'u'));
    const CupsUpdateInfo info = parseCupsUpdateInfo(bytes);
    QCOMPARE(info.status, Status::Consistent);
    QVERIFY(!info.noUpdate);
    QCOMPARE(info.cupsUri, QStringLiteral("https://cups.example:443"));
    QCOMPARE(info.tcUri, QStringLiteral("wss://lns.example:8887"));
    QCOMPARE(info.cupsCredLength, 300u);
    QCOMPARE(info.tcCredLength, 700u);
    QCOMPARE(info.signatureLength, 74u);
    QCOMPARE(info.keyCrc, 0xdeadbeefu);
    QCOMPARE(info.updateLength, 1000u);
    QCOMPARE(info.expectedLength, bytes.size());
}

void TestCupsResponse::prefixWithDeclaredLength()
{
    // A large update: the probe keeps only the first bytes, Content-Length gives the total.
    const QByteArray bytes = body("", "", {}, {}, {}, 0, QByteArray(200000, 'u'));
    const CupsUpdateInfo info = parseCupsUpdateInfo(bytes.left(1024), bytes.size());
    QCOMPARE(info.status, Status::Consistent);
    QCOMPARE(info.updateLength, 200000u);
    // Credentials beyond the kept bytes: the fields after them cannot be read.
    const QByteArray cred = body("", "", QByteArray(5000, 'c'), {}, {}, 0, {});
    const CupsUpdateInfo cut = parseCupsUpdateInfo(cred.left(100), cred.size());
    QCOMPARE(cut.status, Status::Incomplete);
    QVERIFY(!cut.problem.isEmpty());
}

void TestCupsResponse::inconsistent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("total");
    const QByteArray valid = body("https://c:1", "wss://l:2/x", "cc", "tt", {}, 0, "uuu");
    QTest::newRow("trailing bytes") << valid + "x" << qint64(-1);
    QTest::newRow("cut short") << valid.left(valid.size() - 1) << qint64(-1);
    QTest::newRow("declared longer") << valid << qint64(valid.size() + 10);
    QTest::newRow("html") << QByteArray("<html><body>Login</body></html>") << qint64(-1);
    QTest::newRow("json") << QByteArray(R"({"error":"unknown router"})") << qint64(-1);
    QTest::newRow("short signature") << QByteArray(6, '\0') + le(5, 4) + QByteArray(5, 's') + le(0, 4) << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("length beyond 2 GB") << QByteArray(10, '\0') + le(0x80000000u, 4) << qint64(-1);
}

void TestCupsResponse::inconsistent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, total);
    const CupsUpdateInfo info = parseCupsUpdateInfo(bytes, total);
    QCOMPARE(info.status, Status::Inconsistent);
    QVERIFY(!info.problem.isEmpty());
}

void TestCupsResponse::everyPrefixOfWholeBody()
{
    // Given as the whole body, any prefix is a body that ends too early.
    const QByteArray bytes = body("https://c:1", "wss://l:2/x", "cc", "tt", QByteArray(8, 's'), 1, "uuu");
    for (qsizetype n = 0; n < bytes.size(); ++n)
        QCOMPARE(parseCupsUpdateInfo(bytes.left(n)).status, Status::Inconsistent);
    QCOMPARE(parseCupsUpdateInfo(bytes).status, Status::Consistent);
}

void TestCupsResponse::garbageNeverCrashes()
{
    quint32 seed = 3;
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes;
        seed = seed * 1103515245 + 12345;
        const int length = static_cast<int>((seed >> 16) % 40);
        for (int j = 0; j < length; ++j) {
            seed = seed * 1103515245 + 12345;
            bytes.append(static_cast<char>((seed >> 24) & ((seed & 0x10) ? 0x03 : 0xff)));
        }
        seed = seed * 1103515245 + 12345;
        const qint64 total = (seed & 1) ? -1 : static_cast<qint64>(bytes.size() + ((seed >> 8) % 100));
        const CupsUpdateInfo info = parseCupsUpdateInfo(bytes, total);
        QVERIFY(info.cupsUri.size() <= 255 * 4 + 1);
    }
}

void TestCupsResponse::request()
{
    const QByteArray request = buildCupsUpdateInfoRequest("cups.example", QStringLiteral("https://cups.example:443"),
                                                          QStringLiteral("::1"), "tpready/0.1");
    QVERIFY(request.startsWith("POST /update-info HTTP/1.1\r\nHost: cups.example\r\n"));
    QVERIFY(request.contains("\r\nContent-Type: application/json\r\n"));
    const qsizetype split = request.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    const QByteArray json = request.mid(split + 4);
    QVERIFY(request.contains(QByteArray("\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n")));
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(object.value(QStringLiteral("router")).toString(), QStringLiteral("::1"));
    QCOMPARE(object.value(QStringLiteral("cupsUri")).toString(), QStringLiteral("https://cups.example:443"));
    QCOMPARE(object.value(QStringLiteral("tcUri")).toString(), QString());
    // Never real credentials: the CRCs are 0 and no signing key is claimed.
    QCOMPARE(object.value(QStringLiteral("cupsCredCrc")).toInt(-1), 0);
    QCOMPARE(object.value(QStringLiteral("tcCredCrc")).toInt(-1), 0);
    QCOMPARE(object.value(QStringLiteral("keys")).toArray().size(), 0);
    QCOMPARE(object.value(QStringLiteral("station")).toString(), QStringLiteral("tpready"));
    QCOMPARE(object.value(QStringLiteral("model")).toString(), QStringLiteral("tpready"));
    QVERIFY(object.contains(QStringLiteral("package")));
}

QTEST_APPLESS_MAIN(TestCupsResponse)
#include "testcupsresponse.moc"
