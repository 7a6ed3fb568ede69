// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QTest>

#include "ui/wraptext.h"

using namespace Qt::StringLiterals;

class TestWrapText : public QObject
{
    Q_OBJECT

private slots:
    void keepWordsTogether_data();
    void keepWordsTogether();
    void onlyJoinersAdded();
};

void TestWrapText::keepWordsTogether_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxWordLength");
    QTest::addColumn<QString>("expected");
    const QString j(QChar(0x2060));
    QTest::newRow("port") << u"on TCP/3003 to SLRC."_s << 24 << u"on TCP/"_s + j + u"3003 to SLRC."_s;
    QTest::newRow("host:port") << u"LRC:2404 (i14)"_s << 24 << u"LRC:"_s + j + u"2404 (i14)"_s;
    QTest::newRow("host name") << u"lrc1-tpe-eu.thingpark.com"_s << 48
                               << u"lrc1-"_s + j + u"tpe-"_s + j + u"eu.thingpark.com"_s;
    QTest::newRow("list") << u"a, b,c"_s << 24 << u"a, b,"_s + j + u"c"_s;
    const QString z(QChar(0x200b));
    QTest::newRow("long word wraps") << u"ike=aes128-sha256-ecp256,aes128-sha384-ecp384"_s << 24
                                     << u"ike="_s + z + u"aes128-sha256-ecp256,"_s + z + u"aes128-sha384-ecp384"_s;
    QTest::newRow("long list breaks after commas")
        << u"esp=aes128gcm128,aes256gcm128"_s << 24 << u"esp="_s + z + u"aes128gcm128,"_s + z + u"aes256gcm128"_s;
    QTest::newRow("trailing") << u"TCP/ UDP- x:"_s << 24 << u"TCP/ UDP- x:"_s;
    QTest::newRow("lines") << u"TCP/22\nUDP/53"_s << 24 << u"TCP/"_s + j + u"22\nUDP/"_s + j + u"53"_s;
    QTest::newRow("empty") << QString() << 24 << QString();
}

void TestWrapText::keepWordsTogether()
{
    QFETCH(QString, text);
    QFETCH(int, maxWordLength);
    QFETCH(QString, expected);
    QCOMPARE(tpready::keepWordsTogether(text, maxWordLength), expected);
}

void TestWrapText::onlyJoinersAdded()
{
    const QString text = u"SUPPORT support1.eu.thingpark.com, support2.eu.thingpark.com (i17d TCP/22) is not reached "
                         "directly: the base station reaches it through flow i7a on TCP/3003 to SLRC."_s;
    QString shown = tpready::keepWordsTogether(text, 48);
    QVERIFY(shown.size() > text.size());
    QCOMPARE(shown.remove(QChar(0x2060)), text);
    QString cipher = tpready::keepWordsTogether(u"esp=aes128gcm128,aes256gcm128,aes128gcm96"_s, 24);
    QCOMPARE(cipher.count(QChar(0x200b)), 3);
    QCOMPARE(cipher.remove(QChar(0x200b)), u"esp=aes128gcm128,aes256gcm128,aes128gcm96"_s);
}

QTEST_APPLESS_MAIN(TestWrapText)
#include "testwraptext.moc"
