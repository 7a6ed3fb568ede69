// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QTest>

#include "core/probes/ftpgreeting.h"

using namespace tpready;
using Status = FtpGreeting::Status;

class TestFtpGreeting : public QObject
{
    Q_OBJECT

private slots:
    void singleLine()
    {
        const FtpGreeting g = parseFtpGreeting("220 Lab FTP ready\r\n");
        QCOMPARE(g.status, Status::Ready);
        QCOMPARE(g.code, 220);
        QCOMPARE(g.text, QStringLiteral("Lab FTP ready"));
        QCOMPARE(g.consumed, qsizetype(19));
    }

    void multiLineVsftpdBannerFile()
    {
        // What vsftpd 3.0.3 sends with banner_file: a multi-line reply (RFC 959 4.2).
        const FtpGreeting g = parseFtpGreeting("220-Lab FTP line one\r\n220-Lab FTP line two\r\n220 \r\n");
        QCOMPARE(g.status, Status::Ready);
        QCOMPARE(g.text, QStringLiteral("Lab FTP line one / Lab FTP line two"));
    }

    void multiLineFreeText()
    {
        // RFC 959 4.2: the lines between the first and the last are free text.
        const FtpGreeting g = parseFtpGreeting("220-Welcome\r\n  terms apply\r\n221 not the end\r\n220 ready\r\n");
        QCOMPARE(g.status, Status::Ready);
        QCOMPARE(g.text, QStringLiteral("Welcome / terms apply / 221 not the end / ready"));
    }

    void bareLf()
    {
        QCOMPARE(parseFtpGreeting("220 ok\n").status, Status::Ready);
        QCOMPARE(parseFtpGreeting("220\r\n").status, Status::Ready);
    }

    void delayedThenReady()
    {
        const FtpGreeting g = parseFtpGreeting("120 Ready in 5 minutes\r\n220 Ready now\r\n");
        QCOMPARE(g.status, Status::Ready);
        QCOMPARE(g.replies.size(), 2);
        QCOMPARE(g.replies.first(), QStringLiteral("120 Ready in 5 minutes"));
        QCOMPARE(parseFtpGreeting("120 Ready in 5 minutes\r\n").status, Status::Delayed);
        QCOMPARE(parseFtpGreeting("120 Ready in 5 minutes\r\n220 Rea").status, Status::Delayed);
    }

    void notAvailable()
    {
        const FtpGreeting g = parseFtpGreeting("421 Too many connections (8) from this IP\r\n");
        QCOMPARE(g.status, Status::NotAvailable);
        QCOMPARE(g.code, 421);
    }

    void vsftpdOops()
    {
        const FtpGreeting g = parseFtpGreeting("500 OOPS: vsftpd: both local and anonymous access disabled!\r\n");
        QCOMPARE(g.status, Status::Broken);
        QCOMPARE(g.text, QStringLiteral("OOPS: vsftpd: both local and anonymous access disabled!"));
    }

    void wrongService_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("500 other") << QByteArray("500 Syntax error\r\n");
        QTest::newRow("530") << QByteArray("530 Not allowed\r\n");
        QTest::newRow("smtp") << QByteArray("220 mail.example.com ESMTP Postfix\r\n");
        QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
        QTest::newRow("http") << QByteArray("HTTP/1.1 200 OK\r\n");
        QTest::newRow("tls") << QByteArray("\x15\x03\x01\x00\x02", 5);
        QTest::newRow("bad separator") << QByteArray("220_hello\r\n");
        QTest::newRow("code 600") << QByteArray("600 hello\r\n");
        QTest::newRow("too many 120") << QByteArray("120 a\r\n120 b\r\n120 c\r\n120 d\r\n120 e\r\n120 f\r\n");
    }

    void wrongService()
    {
        QFETCH(QByteArray, data);
        QCOMPARE(parseFtpGreeting(data).status, Status::WrongService);
    }

    void earlyRejection()
    {
        // Garbage is recognised from its first bytes, without waiting for a line end.
        QCOMPARE(parseFtpGreeting("HTTP").status, Status::WrongService);
        QCOMPARE(parseFtpGreeting("2").status, Status::Incomplete);
        QCOMPARE(parseFtpGreeting("220").status, Status::Incomplete);
        QCOMPARE(parseFtpGreeting("220-first line\r\nsecond").status, Status::Incomplete);
    }

    void bounded()
    {
        // A greeting that never ends: at most 4 KiB, 64 lines, 1 KiB a line.
        QCOMPARE(parseFtpGreeting("220 " + QByteArray(5000, 'a')).status, Status::WrongService);
        QCOMPARE(parseFtpGreeting("220 " + QByteArray(2000, 'a') + "\r\n").status, Status::WrongService);
        QCOMPARE(parseFtpGreeting("220 " + QByteArray(900, 'a')).status, Status::Incomplete);
        QByteArray many("220-start\r\n");
        for (int i = 0; i < 70; ++i)
            many += "x\r\n";
        QCOMPARE(parseFtpGreeting(many).status, Status::WrongService);
        // The bound holds when the last line ends the reply too (found by fuzz_ftpgreeting): 64 lines are a
        // reply, 65 are not.
        for (const int lines : {64, 65}) {
            QByteArray reply("220-start\r\n");
            for (int i = 2; i < lines; ++i)
                reply += "x\r\n";
            reply += "220 end\r\n";
            const FtpReply parsed = parseFtpReply(reply);
            QCOMPARE(parsed.status, lines == 64 ? FtpReply::Status::Complete : FtpReply::Status::Invalid);
            if (lines == 64)
                QCOMPARE(parsed.lines.size(), 64);
        }
        QByteArray big("220-start\r\n");
        while (big.size() < 5000)
            big += QByteArray(500, 'y') + "\r\n";
        QCOMPARE(parseFtpGreeting(big).status, Status::WrongService);
    }

    void replyParserAlone()
    {
        const FtpReply reply = parseFtpReply("221 Goodbye.\r\nextra");
        QCOMPARE(reply.status, FtpReply::Status::Complete);
        QCOMPARE(reply.code, 221);
        QCOMPARE(reply.consumed, qsizetype(14));
        QCOMPARE(reply.lines, QStringList{QStringLiteral("Goodbye.")});
        QCOMPARE(parseFtpReply("").status, FtpReply::Status::Incomplete);
        QCOMPARE(parseFtpReply("22").status, FtpReply::Status::Incomplete);
        QCOMPARE(parseFtpReply("2x").status, FtpReply::Status::Invalid);
    }

    void everyPrefixIsSafe()
    {
        const QByteArray data("120 soon\r\n220-Lab FTP line one\r\n220 \r\n");
        for (qsizetype n = 0; n < data.size(); ++n) {
            const Status status = parseFtpGreeting(data.left(n)).status;
            QVERIFY2(status == Status::Incomplete || status == Status::Delayed,
                     qPrintable(QStringLiteral("prefix %1").arg(n)));
        }
        QCOMPARE(parseFtpGreeting(data).status, Status::Ready);
    }
};

QTEST_APPLESS_MAIN(TestFtpGreeting)
#include "testftpgreeting.moc"
