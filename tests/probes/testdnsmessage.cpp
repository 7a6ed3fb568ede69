// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "dnstestserver.h"

#include <QRandomGenerator>
#include <QTest>

#include "core/probes/dnsmessage.h"

using namespace tpready;
using namespace dnstest;

class TestDnsMessage : public QObject
{
    Q_OBJECT

private slots:
    void queryBytes()
    {
        const QByteArray q = buildDnsQuery(0x1234, QStringLiteral("Lrc1.Example.COM."), DnsType::AAAA);
        QCOMPARE(q.toHex(), QByteArray("123401000001000000000000"
                                       "046c726331076578616d706c6503636f6d00"
                                       "001c0001"));
    }

    void rootQuery()
    {
        QCOMPARE(buildDnsQuery(7, QStringLiteral("."), DnsType::NS).toHex(), QByteArray("000701000001000000000000"
                                                                                        "00"
                                                                                        "00020001"));
        QCOMPARE(buildDnsQuery(7, QString(), DnsType::NS), buildDnsQuery(7, QStringLiteral("."), DnsType::NS));
    }

    void unicodeNameIsAce()
    {
        const QByteArray q = buildDnsQuery(1, QStringLiteral("bücher.example"), DnsType::A);
        QVERIFY(q.contains("xn--bcher-kva"));
    }

    void badNames()
    {
        QVERIFY(buildDnsQuery(1, QStringLiteral("a..b"), DnsType::A).isEmpty());
        QVERIFY(buildDnsQuery(1, QString(64, u'a') + QStringLiteral(".com"), DnsType::A).isEmpty());
        QString longName;
        for (int i = 0; i < 50; ++i)
            longName += QStringLiteral("abcde.");
        QVERIFY(buildDnsQuery(1, longName, DnsType::A).isEmpty());
        QVERIFY(!buildDnsQuery(1, QString(63, u'a') + QStringLiteral(".com"), DnsType::A).isEmpty());
    }

    void answerWithCnameChain()
    {
        const QByteArray query = buildDnsQuery(42, QStringLiteral("lrc1.example.com"), DnsType::A);
        Answer alias{DnsType::CNAME, wireName("edge.example.net"), {}, 60};
        Answer address = a("192.0.2.7", 30);
        address.owner = wireName("edge.example.net");
        const QByteArray reply = respond(query, DnsRcode::NoError, {alias, address}, false, true);
        const DnsResponse r = parseDnsResponse(reply);
        QVERIFY2(r.valid, qPrintable(r.error));
        QVERIFY(r.qr && r.aa && !r.tc && r.rd && r.ra);
        QCOMPARE(r.rcode, DnsRcode::NoError);
        QCOMPARE(r.questionName, QStringLiteral("lrc1.example.com"));
        QCOMPARE(r.answers.size(), 2);
        QCOMPARE(r.answers.at(0).ttl, quint32(60));
        QCOMPARE(dnsCnames(r), QStringList{QStringLiteral("edge.example.net")});
        QCOMPARE(dnsAddresses(r), QStringList{QStringLiteral("192.0.2.7")});
        QVERIFY(dnsResponseMatches(r, 42, QStringLiteral("LRC1.example.com."), DnsType::A));
        QVERIFY(!dnsResponseMatches(r, 43, QStringLiteral("lrc1.example.com"), DnsType::A));
        QVERIFY(!dnsResponseMatches(r, 42, QStringLiteral("lrc2.example.com"), DnsType::A));
        QVERIFY(!dnsResponseMatches(r, 42, QStringLiteral("lrc1.example.com"), DnsType::AAAA));
    }

    void compressedCnameTarget()
    {
        // The CNAME target "cdn.example.com" ends with a pointer into the question (offset 12 + 5: "example.com").
        const QByteArray query = buildDnsQuery(5, QStringLiteral("lrc.example.com"), DnsType::A);
        Answer alias{DnsType::CNAME,
                     QByteArray("\x03"
                                "cdn\xc0\x10",
                                6),
                     {},
                     60};
        Answer address = a("192.0.2.8");
        address.owner = QByteArray("\x03"
                                   "cdn\xc0\x10",
                                   6);
        const DnsResponse r = parseDnsResponse(respond(query, 0, {alias, address}));
        QVERIFY2(r.valid, qPrintable(r.error));
        QCOMPARE(dnsCnames(r), QStringList{QStringLiteral("cdn.example.com")});
        QCOMPARE(dnsAddresses(r), QStringList{QStringLiteral("192.0.2.8")});
    }

    void aaaaAnswer()
    {
        const QByteArray query = buildDnsQuery(9, QStringLiteral("tpe.example"), DnsType::AAAA);
        const DnsResponse r = parseDnsResponse(respond(query, 0, {aaaa("2001:db8::5")}));
        QVERIFY(r.valid);
        QCOMPARE(dnsAddresses(r), QStringList{QStringLiteral("2001:db8::5")});
    }

    void addressesOfOtherOwnersIgnored()
    {
        const QByteArray query = buildDnsQuery(9, QStringLiteral("tpe.example"), DnsType::A);
        Answer stray = a("192.0.2.66");
        stray.owner = wireName("other.example");
        const DnsResponse r = parseDnsResponse(respond(query, 0, {stray}));
        QVERIFY(r.valid);
        QVERIFY(dnsAddresses(r).isEmpty());
    }

    void rcodes()
    {
        const QByteArray query = buildDnsQuery(3, QStringLiteral("x.example"), DnsType::A);
        for (int rcode : {DnsRcode::NxDomain, DnsRcode::ServFail, DnsRcode::Refused}) {
            const DnsResponse r = parseDnsResponse(respond(query, rcode, {}));
            QVERIFY(r.valid);
            QCOMPARE(r.rcode, rcode);
        }
        QCOMPARE(dnsRcodeName(3), QStringLiteral("NXDOMAIN"));
        QCOMPARE(dnsRcodeName(2), QStringLiteral("SERVFAIL"));
        QCOMPARE(dnsRcodeName(5), QStringLiteral("REFUSED"));
        QCOMPARE(dnsRcodeName(11), QStringLiteral("RCODE11"));
        QCOMPARE(dnsTypeName(28), QStringLiteral("AAAA"));
        QCOMPARE(dnsTypeName(65), QStringLiteral("TYPE65"));
    }

    void truncatedFlagTolerated()
    {
        // TC set and the answer section cut mid-record: what parsed is kept, the message is usable.
        const QByteArray query = buildDnsQuery(3, QStringLiteral("x.example"), DnsType::A);
        QByteArray reply = respond(query, 0, {a("192.0.2.1"), a("192.0.2.2")}, true);
        reply.chop(6);
        const DnsResponse r = parseDnsResponse(reply);
        QVERIFY(r.valid);
        QVERIFY(r.tc);
        QCOMPARE(dnsAddresses(r), QStringList{QStringLiteral("192.0.2.1")});
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("message");
        const QByteArray query = buildDnsQuery(3, QStringLiteral("x.example"), DnsType::A);
        const QByteArray good = respond(query, 0, {a("192.0.2.1")});
        QTest::newRow("short header") << good.left(11);
        QTest::newRow("cut in question") << good.left(16);
        QTest::newRow("cut in record") << good.left(good.size() - 2);
        QByteArray selfLoop = query.left(12);
        selfLoop[5] = 1;
        selfLoop += QByteArray::fromHex("c00c00010001"); // a question whose name points at itself
        QTest::newRow("pointer to itself") << selfLoop;
        QByteArray forward = respond(query, 0, {});
        forward[7] = 1;
        forward += QByteArray::fromHex("c0ff000100010000001e000401020304"); // owner points forwards
        QTest::newRow("forward pointer") << forward;
        QByteArray loop = query.left(12);
        loop[5] = 1;
        // Offset 12: label "a", then a pointer back to 12: every backward jump lands before the pointer again.
        loop += QByteArray::fromHex("0161c00c00010001");
        QTest::newRow("backward loop") << loop;
        QByteArray extended = query.left(12) + QByteArray::fromHex("4001610000010001");
        extended[5] = 1;
        QTest::newRow("extended label") << extended;
        Answer badA{DnsType::A, QByteArray(5, '\1'), {}, 1};
        QTest::newRow("A with 5 octets") << respond(query, 0, {badA});
        Answer badAaaa{DnsType::AAAA, QByteArray(4, '\1'), {}, 1};
        QTest::newRow("AAAA with 4 octets") << respond(query, 0, {badAaaa});
        Answer badCname{DnsType::CNAME, QByteArray::fromHex("036364"), {}, 1};
        QTest::newRow("CNAME past its data") << respond(query, 0, {badCname});
        QByteArray tooLong = query.left(12);
        tooLong[5] = 1;
        for (int i = 0; i < 5; ++i)
            tooLong += char(63) + QByteArray(63, 'a');
        tooLong += QByteArray::fromHex("0000010001");
        QTest::newRow("name over 255") << tooLong;
    }

    void malformed()
    {
        QFETCH(QByteArray, message);
        const DnsResponse r = parseDnsResponse(message);
        QVERIFY(!r.valid);
        QVERIFY(!r.error.isEmpty());
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator random(20240611);
        const QByteArray query = buildDnsQuery(3, QStringLiteral("x.example"), DnsType::A);
        const QByteArray good = respond(query, 0, {a("192.0.2.1"), aaaa("2001:db8::1")});
        for (int i = 0; i < 20000; ++i) {
            QByteArray mutated = good;
            const int flips = 1 + int(random.bounded(6));
            for (int f = 0; f < flips; ++f)
                mutated[int(random.bounded(mutated.size()))] = char(random.bounded(256));
            if (random.bounded(4) == 0)
                mutated.truncate(int(random.bounded(mutated.size())));
            const DnsResponse r = parseDnsResponse(mutated);
            QVERIFY(r.answers.size() <= kMaxDnsAnswers);
            dnsAddresses(r);
        }
    }
};

QTEST_APPLESS_MAIN(TestDnsMessage)
#include "testdnsmessage.moc"
