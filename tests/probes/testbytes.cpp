// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QTest>

#include "core/probes/bytes.h"

using namespace tpready;

class TestBytes : public QObject
{
    Q_OBJECT

private slots:
    void readsBigEndian()
    {
        const QByteArray data = QByteArray::fromHex("01 0203 040506 0708090a 0b0c0d0e0f101112 ff");
        ByteReader r(data);
        QCOMPARE(r.u8(), quint8(0x01));
        QCOMPARE(r.u16(), quint16(0x0203));
        QCOMPARE(r.u24(), quint32(0x040506));
        QCOMPARE(r.u32(), quint32(0x0708090a));
        QCOMPARE(r.u64(), quint64(0x0b0c0d0e0f101112ULL));
        QCOMPARE(r.pos(), qsizetype(18));
        QCOMPARE(r.remaining(), qsizetype(1));
        QVERIFY(!r.atEnd());
        QCOMPARE(r.u8(), quint8(0xff));
        QVERIFY(r.atEnd());
        QVERIFY(r.ok());
    }

    void aShortReadFailsAndStaysFailed()
    {
        const QByteArray data = QByteArray::fromHex("aabbcc");
        ByteReader r(data);
        QCOMPARE(r.u16(), quint16(0xaabb));
        QCOMPARE(r.u16(), quint16(0)); // one byte left: nothing read
        QVERIFY(!r.ok());
        QCOMPARE(r.pos(), qsizetype(2));
        QCOMPARE(r.u8(), quint8(0)); // the byte is there, but the reader has failed
        QCOMPARE(r.bytes(0), QByteArray());
        QVERIFY(!r.ok());

        ByteReader negative(data);
        QCOMPARE(negative.bytes(-1), QByteArray());
        QVERIFY(!negative.ok());
        ByteReader tooFar(data);
        tooFar.skip(4);
        QVERIFY(!tooFar.ok());
        QCOMPARE(tooFar.pos(), qsizetype(0));
    }

    void bytesAndSkip()
    {
        const QByteArray data = QByteArrayLiteral("header:payload");
        ByteReader r(data);
        r.skip(7);
        QCOMPARE(r.bytes(4), QByteArrayLiteral("payl"));
        QCOMPARE(r.bytes(r.remaining()), QByteArrayLiteral("oad"));
        QVERIFY(r.ok());
        QVERIFY(r.atEnd());
    }

    void subReaderIsBoundedAndStepsOver()
    {
        // A length-prefixed list (2 bytes of length), then one more byte.
        const QByteArray data = QByteArray::fromHex("0003 aabbcc dd");
        ByteReader r(data);
        ByteReader list = r.sub(r.u16());
        QCOMPARE(list.remaining(), qsizetype(3));
        QCOMPARE(list.u16(), quint16(0xaabb));
        QCOMPARE(list.u16(), quint16(0)); // the list ends here, even though the data goes on
        QVERIFY(!list.ok());
        QVERIFY(r.ok()); // the outer reader is not concerned
        QCOMPARE(r.u8(), quint8(0xdd));

        const QByteArray lying = QByteArray::fromHex("0009 aabb");
        ByteReader outer(lying);
        ByteReader inner = outer.sub(outer.u16());
        QVERIFY(!outer.ok());
        QVERIFY(!inner.ok());
        QVERIFY(inner.atEnd());
    }

    void aRangeOfTheData()
    {
        const QByteArray data = QByteArray::fromHex("00112233445566");
        ByteReader r(data, 2, 5);
        QCOMPARE(r.pos(), qsizetype(2));
        QCOMPARE(r.remaining(), qsizetype(3));
        QCOMPARE(r.u24(), quint32(0x223344));
        QVERIFY(r.atEnd());
        QCOMPARE(r.u8(), quint8(0));
        QVERIFY(!r.ok());
    }

    void writesBigEndian()
    {
        QByteArray out;
        putU8(out, 0x1ff); // the bits above are dropped
        putU16(out, 0x0203);
        putU24(out, 0x040506);
        putU32(out, 0x0708090a);
        putU64(out, 0x0b0c0d0e0f101112ULL);
        QCOMPARE(out.toHex(), QByteArray("ff02030405060708090a0b0c0d0e0f101112"));
        ByteReader r(out);
        r.skip(1);
        QCOMPARE(r.u16(), quint16(0x0203));
        QCOMPARE(r.u24(), quint32(0x040506));
        QCOMPARE(r.u32(), quint32(0x0708090a));
        QCOMPARE(r.u64(), quint64(0x0b0c0d0e0f101112ULL));
    }

    void hexForms()
    {
        // The forms evidence has always used: these strings are read by people and by scripts.
        const QByteArray bytes = QByteArray::fromHex("1603010a00ff");
        QCOMPARE(plainHex(bytes), QStringLiteral("1603010a00ff"));
        QCOMPARE(plainHex({}), QString());
        QCOMPARE(spacedHex(bytes), QStringLiteral("16 03 01 0a 00 ff"));
        QCOMPARE(spacedHex(bytes, 6), QStringLiteral("16 03 01 0a 00 ff"));
        QCOMPARE(spacedHex(bytes, 3), QStringLiteral("16 03 01 \u2026"));
        QCOMPARE(spacedHex({}), QString());
        const QByteArray many(100, '\x68');
        const QString shown = spacedHex(many);
        QCOMPARE(shown.count(QStringLiteral("68")), 64);
        QVERIFY(shown.endsWith(QStringLiteral("68 \u2026")));
    }
};

QTEST_GUILESS_MAIN(TestBytes)
#include "testbytes.moc"
