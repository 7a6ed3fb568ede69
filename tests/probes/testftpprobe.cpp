// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probetestutil.h"
#include "testsupport/prerequisite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "core/probes/ftpprobe.h"

using namespace tpready;
using namespace probetest;

namespace {

Run runFtp(quint16 port, int timeoutMs)
{
    FtpProbe probe(loopbackTarget(Protocol::Ftp, port), quickConfig(timeoutMs));
    return runProbe(&probe);
}

/// Writes a vsftpd configuration for 127.0.0.1:@p port in @p dir.
QString writeVsftpdConfig(const QTemporaryDir &dir, quint16 port, bool broken)
{
    QDir(dir.path()).mkpath(QStringLiteral("empty"));
    const QString path = dir.filePath(QStringLiteral("vsftpd.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = "listen=YES\nlisten_ipv6=NO\nlisten_address=127.0.0.1\nbackground=NO\n"
                      "anonymous_enable=NO\nftpd_banner=Lab FTP ready\npasv_enable=NO\nseccomp_sandbox=NO\n"
                      "xferlog_enable=NO\nsyslog_enable=NO\nrun_as_launching_user=YES\n";
    text += "listen_port=" + QByteArray::number(port) + "\n";
    text += "secure_chroot_dir=" + dir.filePath(QStringLiteral("empty")).toUtf8() + "\n";
    // Both access modes off is the misconfiguration vsftpd refuses with "500 OOPS".
    text += broken ? "local_enable=NO\n" : "local_enable=YES\n";
    file.write(text);
    return path;
}

} // namespace

class TestFtpProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void greetingThenGoodbye()
    {
        ScriptedServer server({Step::send("220 Lab FTP ready\r\n"), Step::readUpTo(6, 2000),
                               Step::send("221 Goodbye.\r\n"), Step::close()});
        const Run run = runFtp(server.port(), 2000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.reason, Reason::Ok);
        QCOMPARE(run.result.evidence.value(u"reply_code").toInt(), 220);
        QCOMPARE(run.result.evidence.value(u"greeting").toString(), QStringLiteral("Lab FTP ready"));
        QCOMPARE(run.result.evidence.value(u"quit_reply").toString(), QStringLiteral("221 Goodbye.\\r\\n"));
        QVERIFY(run.result.evidence.value(u"quit_ms").toInt() >= 0);
        QCOMPARE(server.received, QByteArray("QUIT\r\n"));
        QVERIFY(run.elapsedMs < 1000);
    }

    void multiLineGreeting()
    {
        ScriptedServer server({Step::send("220-Lab FTP line one\r\n220-Lab FTP line two\r\n220 \r\n"),
                               Step::readUpTo(6, 2000), Step::send("221 Goodbye.\r\n")});
        const Run run = runFtp(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.evidence.value(u"greeting").toString(),
                 QStringLiteral("Lab FTP line one / Lab FTP line two"));
    }

    void noGoodbyeStillPasses()
    {
        // The 220 is the proof; a server that ignores QUIT does not make it fail, nor hold the check long.
        ScriptedServer server({Step::send("220 ready\r\n"), Step::wait(10000)});
        const Run run = runFtp(server.port(), 5000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.evidence.value(u"quit_reply").toString(), QString());
        QVERIFY2(run.elapsedMs < 2500, qPrintable(QString::number(run.elapsedMs)));
    }

    void delayedThenReady()
    {
        ScriptedServer server({Step::send("120 Ready in 1 minute\r\n"), Step::wait(200), Step::send("220 Ready\r\n"),
                               Step::readUpTo(6, 2000), Step::send("221 Bye\r\n")});
        const Run run = runFtp(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.evidence.value(u"replies").toArray().size(), 2);
    }

    void delayedForever()
    {
        ScriptedServer server({Step::send("120 Ready in 10 minutes\r\n"), Step::wait(10000)});
        const Run run = runFtp(server.port(), 600);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Warn);
        QCOMPARE(run.result.reason, Reason::Timeout);
        QCOMPARE(run.result.evidence.value(u"reply_code").toInt(), 120);
        QVERIFY(!run.result.remediation.isEmpty());
    }

    void serviceNotAvailable()
    {
        ScriptedServer server({Step::send("421 Too many connections\r\n"), Step::close()});
        const Run run = runFtp(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::Refused);
        QCOMPARE(run.result.evidence.value(u"reply_code").toInt(), 421);
        QVERIFY(run.result.detail.contains(QStringLiteral("421")));
        QVERIFY(run.result.remediation.contains(QStringLiteral("421")));
    }

    void vsftpdOops()
    {
        ScriptedServer server(
            {Step::send("500 OOPS: vsftpd: both local and anonymous access disabled!\r\n"), Step::close()});
        const Run run = runFtp(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::Refused);
        QCOMPARE(run.result.evidence.value(u"server_state").toString(), QStringLiteral("misconfigured"));
        QVERIFY(run.result.detail.contains(QStringLiteral("OOPS")));
        QVERIFY(run.result.remediation.contains(QStringLiteral("Nothing to open in the network")));
    }

    void wrongService_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QString>("mention");
        QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << QStringLiteral("SSH");
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << QStringLiteral("HTTP");
        QTest::newRow("smtp") << QByteArray("220 mx.example.com ESMTP\r\n") << QStringLiteral("SMTP");
        QTest::newRow("530") << QByteArray("530 Access denied\r\n") << QStringLiteral("530");
        QTest::newRow("tls") << QByteArray("\x15\x03\x03\x00\x02\x02\x32", 7) << QStringLiteral("TLS");
    }

    void wrongService()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(QString, mention);
        ScriptedServer server({Step::send(greeting), Step::wait(3000)});
        const Run run = runFtp(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY2(run.result.detail.contains(mention), qPrintable(run.result.detail));
        QVERIFY(run.elapsedMs < 1000);
    }

    void greetingThatNeverEnds()
    {
        ScriptedServer server({Step::flood(QByteArray(8 * 1024, 'x'), 64)});
        const Run run = runFtp(server.port(), 3000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY(run.result.evidence.value(u"received_bytes").toInt() <= 4097);
        QVERIFY(run.elapsedMs < 2000);
    }

    void endlessMultiLine()
    {
        // A multi-line greeting that keeps going slowly: ends by the deadline, with what arrived.
        ScriptedServer server({Step::send("220-start\r\n"), Step::drip(QByteArray(500, 'z'), 10)});
        const Run run = runFtp(server.port(), 700);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY(run.elapsedMs >= 600 && run.elapsedMs < 2000);
    }

    void slowDrip()
    {
        ScriptedServer server({Step::drip("220 slow\r\n", 50), Step::readUpTo(6, 2000), Step::send("221 Bye\r\n")});
        const Run run = runFtp(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QVERIFY(run.result.latencyMs >= 400);
    }

    void acceptThenSilence()
    {
        ScriptedServer server({Step::wait(10000)});
        const Run run = runFtp(server.port(), 500);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        // Connected, then silence where the server owes its greeting: the session is held, not refused or dropped.
        QCOMPARE(run.result.reason, Reason::ConnectionStalled);
        QVERIFY2(run.result.detail.contains(QStringLiteral("nothing came")), qPrintable(run.result.detail));
        QVERIFY(run.result.evidence.value(u"silent_after_ms").toInt() >= 0);
        QVERIFY(run.elapsedMs >= 450 && run.elapsedMs < 1500);
    }

    void acceptThenClose()
    {
        ScriptedServer server({Step::close()});
        const Run run = runFtp(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::ConnectionCut);
        QVERIFY(run.result.evidence.contains(u"cut_after_ms"));
        QVERIFY(run.elapsedMs < 1000);
    }

    void greetingCutShort()
    {
        // The greeting's first bytes, then a reset: an application-aware firewall judging the session.
        ScriptedServer server({Step::send("220 (vsF"), Step::wait(50), Step::reset()});
        const Run run = runFtp(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::ConnectionCut);
        QVERIFY2(run.result.detail.contains(QStringLiteral("application-aware firewall")),
                 qPrintable(run.result.detail));
        QVERIFY(run.elapsedMs < 1000);
    }

    void refused()
    {
        const Run run = runFtp(closedPort(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        if (wineBlursRefusal()) {
            QCOMPARE(run.result.reason, Reason::Timeout); // Wine: the refusal is never reported (probetestutil.h)
            return;
        }
        QCOMPARE(run.result.reason, Reason::Refused);
    }

    void realVsftpd_data()
    {
        QTest::addColumn<bool>("broken");
        QTest::newRow("working") << false;
        QTest::newRow("500 OOPS") << true;
    }

    void realVsftpd()
    {
        QFETCH(bool, broken);
        const QString vsftpd = QStringLiteral("/usr/sbin/vsftpd");
        if (!QFileInfo(vsftpd).isExecutable())
            TPREADY_MISSING(QStringLiteral("vsftpd is not installed (Debian package vsftpd)"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 port = freePort();
        const QString config = writeVsftpdConfig(dir, port, broken);
        Daemon daemon;
        QVERIFY2(daemon.start(vsftpd, {config}, port), daemon.output().constData());
        const Run run = runFtp(port, 3000);
        qInfo("vsftpd (pid %lld): %s", daemon.pid(), qPrintable(run.result.detail));
        if (broken) {
            QCOMPARE(run.result.verdict, Verdict::Fail);
            QCOMPARE(run.result.reason, Reason::Refused);
            QVERIFY(run.result.evidence.value(u"greeting").toString().startsWith(QStringLiteral("OOPS: vsftpd")));
        } else {
            QCOMPARE(run.result.verdict, Verdict::Pass);
            QCOMPARE(run.result.reason, Reason::Ok);
            QCOMPARE(run.result.evidence.value(u"greeting").toString(), QStringLiteral("Lab FTP ready"));
            QCOMPARE(run.result.evidence.value(u"quit_reply").toString(), QStringLiteral("221 Goodbye.\\r\\n"));
        }
        daemon.stop();
    }
};

QTEST_GUILESS_MAIN(TestFtpProbe)
#include "testftpprobe.moc"
