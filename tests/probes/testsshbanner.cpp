// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QTest>

#include "core/probes/sshbanner.h"

using namespace tpready;
using Status = SshIdentification::Status;

class TestSshBanner : public QObject
{
    Q_OBJECT

private slots:
    void openSsh()
    {
        const SshIdentification id = parseSshIdentification("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\r\n");
        QCOMPARE(id.status, Status::Found);
        QCOMPARE(id.protoVersion, QStringLiteral("2.0"));
        QCOMPARE(id.software, QStringLiteral("OpenSSH_9.2p1"));
        QCOMPARE(id.comments, QStringLiteral("Debian-2+deb12u10"));
        QCOMPARE(id.line, QStringLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10"));
        QVERIFY(id.preLines.isEmpty());
    }

    void followedByBinaryPacket()
    {
        // OpenSSH sends KEXINIT right after the line: the parser stops at the line.
        QByteArray data("SSH-2.0-OpenSSH_9.2\r\n");
        data += QByteArray("\x00\x00\x05\xdc\x07\x14", 6) + QByteArray(100, '\xff');
        const SshIdentification id = parseSshIdentification(data);
        QCOMPARE(id.status, Status::Found);
        QCOMPARE(id.software, QStringLiteral("OpenSSH_9.2"));
    }

    void lfOnly()
    {
        const SshIdentification id = parseSshIdentification("SSH-2.0-dropbear_2022.83\n");
        QCOMPARE(id.status, Status::Found);
        QCOMPARE(id.software, QStringLiteral("dropbear_2022.83"));
        QVERIFY(id.comments.isEmpty());
    }

    void preLines()
    {
        const SshIdentification id =
            parseSshIdentification("Welcome to the lab\r\nAuthorised use only\r\nSSH-2.0-OpenSSH_9.2\r\n");
        QCOMPARE(id.status, Status::Found);
        QCOMPARE(id.preLines,
                 (QStringList{QStringLiteral("Welcome to the lab"), QStringLiteral("Authorised use only")}));
    }

    void version199IsSsh2()
    {
        const SshIdentification id = parseSshIdentification("SSH-1.99-OpenSSH_3.9p1\r\n");
        QCOMPARE(id.status, Status::Found);
        QCOMPARE(id.protoVersion, QStringLiteral("1.99"));
    }

    void version15Unsupported()
    {
        const SshIdentification id = parseSshIdentification("SSH-1.5-OldServer\r\n");
        QCOMPARE(id.status, Status::Unsupported);
        QCOMPARE(id.protoVersion, QStringLiteral("1.5"));
    }

    void foreignProtocols_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("tls alert") << QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7);
        QTest::newRow("tls handshake") << QByteArray("\x16\x03\x03\x00\x4a\x02\x00\x00\x46", 9);
        QTest::newRow("ftp") << QByteArray("220 ProFTPD Server ready.\r\n");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Portal</body></html>");
    }

    void foreignProtocols()
    {
        QFETCH(QByteArray, data);
        QCOMPARE(parseSshIdentification(data).status, Status::WrongService);
    }

    void grammar_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("status");
        QTest::newRow("dash in software") << QByteArray("SSH-2.0-Open-SSH\r\n") << int(Status::Invalid);
        QTest::newRow("no software") << QByteArray("SSH-2.0-\r\n") << int(Status::Invalid);
        QTest::newRow("no version") << QByteArray("SSH-OpenSSH\r\n") << int(Status::Invalid);
        QTest::newRow("control char") << QByteArray("SSH-2.0-Open\x01SSH\r\n") << int(Status::Invalid);
        QTest::newRow("line too long") << QByteArray("SSH-2.0-") + QByteArray(300, 'a') + "\r\n"
                                       << int(Status::Invalid);
        QTest::newRow("unterminated too long") << QByteArray("SSH-2.0-") + QByteArray(300, 'a') << int(Status::Invalid);
        QTest::newRow("partial") << QByteArray("SSH-2.0-Open") << int(Status::Incomplete);
        QTest::newRow("empty") << QByteArray() << int(Status::Incomplete);
        QTest::newRow("partial pre-line") << QByteArray("Hello the") << int(Status::Incomplete);
    }

    void grammar()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, status);
        QCOMPARE(int(parseSshIdentification(data).status), status);
    }

    void endlessTextIsBounded()
    {
        // A banner that never ends: more than 8 KiB without an SSH- line is not an SSH server.
        QCOMPARE(parseSshIdentification(QByteArray(9000, 'A')).status, Status::WrongService);
        QByteArray lines;
        for (int i = 0; i < 40; ++i)
            lines += "line\r\n";
        QCOMPARE(parseSshIdentification(lines).status, Status::WrongService);
        QCOMPARE(parseSshIdentification(QByteArray(4000, 'A')).status, Status::Incomplete);
    }

    void everyPrefixIsSafe()
    {
        const QByteArray banner("Pre line\r\nSSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\r\n");
        for (qsizetype n = 0; n <= banner.size(); ++n) {
            const Status status = parseSshIdentification(banner.left(n)).status;
            QVERIFY2(status == Status::Incomplete || (n == banner.size() && status == Status::Found),
                     qPrintable(QStringLiteral("prefix %1").arg(n)));
        }
    }
};

QTEST_APPLESS_MAIN(TestSshBanner)
#include "testsshbanner.moc"
