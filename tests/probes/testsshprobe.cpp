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

#include "core/probes/sshpacket.h"
#include "core/probes/sshprobe.h"

using namespace tpready;
using namespace probetest;

namespace {

/// A KEXINIT as OpenSSH 9.2 sends it (its first methods), about 250 bytes.
QByteArray kexInit()
{
    return makeSshKexInitPacket(
        {QStringLiteral("sntrup761x25519-sha512@openssh.com"), QStringLiteral("curve25519-sha256")},
        {QStringLiteral("rsa-sha2-512"), QStringLiteral("ssh-ed25519")},
        {QStringLiteral("chacha20-poly1305@openssh.com")});
}

Run runSsh(quint16 port, int timeoutMs)
{
    SshProbe probe(loopbackTarget(Protocol::Ssh, port), quickConfig(timeoutMs));
    return runProbe(&probe);
}

} // namespace

class TestSshProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void openSshBanner()
    {
        // As OpenSSH: the identification, then the KEXINIT once the client's identification is in.
        ScriptedServer server({Step::send("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\r\n"), Step::readUpTo(10, 2000),
                               Step::send(kexInit()), Step::wait(2000)});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.reason, Reason::Ok);
        QVERIFY2(run.result.detail.contains(QStringLiteral("then sent its key exchange offer (%1 bytes, "
                                                           "sntrup761x25519-sha512@openssh.com first)")
                                                .arg(kexInit().size())),
                 qPrintable(run.result.detail));
        const QJsonObject kex = run.result.evidence.value(u"kexinit").toObject();
        QCOMPARE(kex.value(u"bytes").toInt(), kexInit().size());
        QCOMPARE(kex.value(u"kex_algorithms").toArray().size(), 2);
        QCOMPARE(kex.value(u"host_key_algorithms").toArray().at(1).toString(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(run.result.evidence.value(u"software").toString(), QStringLiteral("OpenSSH_9.2p1"));
        QCOMPARE(run.result.evidence.value(u"protocol_version").toString(), QStringLiteral("2.0"));
        QVERIFY(run.result.evidence.contains(u"tcp_connect_ms"));
        QCOMPARE(run.result.address, QStringLiteral("127.0.0.1"));
        QVERIFY(run.result.latencyMs >= 0);
        QVERIFY(run.elapsedMs < 1500);
        // The probe identified itself before closing.
        QTRY_VERIFY(server.received.startsWith("SSH-2.0-tpready_"));
    }

    void preLines()
    {
        ScriptedServer server({Step::send("Authorised use only\r\nSSH-2.0-OpenSSH_9.2\r\n" + kexInit())});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.evidence.value(u"lines_before_identification").toArray().size(), 1);
    }

    void version199()
    {
        ScriptedServer server({Step::send("SSH-1.99-OpenSSH_3.9p1\r\n"), Step::send(kexInit())});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.evidence.value(u"protocol_version").toString(), QStringLiteral("1.99"));
    }

    void version15Unsupported()
    {
        ScriptedServer server({Step::send("SSH-1.5-Ancient\r\n")});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QCOMPARE(run.result.evidence.value(u"identification").toString(), QStringLiteral("SSH-1.5-Ancient"));
        QVERIFY(run.result.detail.contains(QStringLiteral("1.5")));
    }

    void httpOnPort22()
    {
        ScriptedServer server(
            {Step::send("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), Step::close()});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY2(run.result.detail.contains(QStringLiteral("HTTP")), qPrintable(run.result.detail));
        QVERIFY(run.result.evidence.value(u"received").toString().startsWith(QStringLiteral("HTTP/1.1 400")));
    }

    void tlsBytes()
    {
        ScriptedServer server({Step::send(QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7))});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY2(run.result.detail.contains(QStringLiteral("TLS")), qPrintable(run.result.detail));
        QCOMPARE(run.result.evidence.value(u"received").toString(), QStringLiteral("\\x15\\x03\\x01\\x00\\x02\\x02F"));
        QVERIFY(run.elapsedMs < 1500);
    }

    void bannerNeverEnds()
    {
        // 1 MiB of text without a line end, as fast as the socket takes it: refused early, memory bounded.
        ScriptedServer server({Step::flood(QByteArray(16 * 1024, 'A'), 64)});
        const Run run = runSsh(server.port(), 3000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY(run.result.evidence.value(u"received_bytes").toInt() <= 64 * 1024);
        QVERIFY(run.result.evidence.value(u"received").toString().size() < 400);
        QVERIFY(run.elapsedMs < 2500);
    }

    void endlessSlowBannerEndsByDeadline()
    {
        // A banner that never ends and never grows large: the deadline ends it.
        ScriptedServer server({Step::drip(QByteArray(1000, 'B'), 20)});
        const Run run = runSsh(server.port(), 800);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY(run.result.evidence.value(u"received_bytes").toInt() > 0);
        QVERIFY2(run.elapsedMs >= 700 && run.elapsedMs < 2000, qPrintable(QString::number(run.elapsedMs)));
    }

    void slowDripCompletesInTime()
    {
        // One byte every 50 ms: 20 bytes take about a second, well inside the 2.5 s deadline.
        const QByteArray banner("SSH-2.0-OpenSSH_9.2\n");
        ScriptedServer server({Step::drip(banner, 50), Step::send(kexInit())});
        const Run run = runSsh(server.port(), 2500);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.reason, Reason::Ok);
        QVERIFY2(run.elapsedMs >= 800 && run.elapsedMs < 2500, qPrintable(QString::number(run.elapsedMs)));
        qInfo("slow drip: %lld ms for %lld bytes", run.elapsedMs, static_cast<long long>(banner.size()));
    }

    void acceptThenSilence()
    {
        ScriptedServer server({Step::wait(10000)});
        const Run run = runSsh(server.port(), 500);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::ConnectionStalled);
        QVERIFY2(run.result.detail.contains(QStringLiteral("nothing came in")), qPrintable(run.result.detail));
        QVERIFY(run.result.evidence.value(u"silent_after_ms").toInt() >= 400);
        QCOMPARE(run.result.evidence.value(u"received_bytes").toInt(), 0);
        QVERIFY(run.result.evidence.value(u"tcp_connect_ms").toInt() >= 0);
        QVERIFY2(run.elapsedMs >= 450 && run.elapsedMs < 1500, qPrintable(QString::number(run.elapsedMs)));
    }

    void acceptThenClose()
    {
        ScriptedServer server({Step::close()});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::ConnectionCut);
        QVERIFY(run.result.detail.contains(QStringLiteral("closed")));
        QVERIFY(run.result.evidence.contains(u"cut_after_ms"));
        QVERIFY(run.elapsedMs < 1000);
    }

    void resetMidBanner()
    {
        ScriptedServer server({Step::send("SSH-2.0-Op"), Step::wait(100), Step::reset()});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY(run.elapsedMs < 1500);
    }

    // An application-aware firewall or IPS that lets the identification through, then holds the session (or a
    // path-MTU black hole that drops the larger KEXINIT): connected, then silence.
    void identificationThenSilence()
    {
        ScriptedServer server({Step::send("SSH-2.0-OpenSSH_9.2p1\r\n"), Step::wait(10000)});
        const Run run = runSsh(server.port(), 600);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::ConnectionStalled);
        QVERIFY2(run.result.detail.contains(QStringLiteral("its key exchange offer")), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(QStringLiteral("path-MTU")), qPrintable(run.result.detail));
        QCOMPARE(run.result.evidence.value(u"identification").toString(), QStringLiteral("SSH-2.0-OpenSSH_9.2p1"));
        QCOMPARE(run.result.evidence.value(u"received_bytes").toInt(), 23);
        QVERIFY2(run.elapsedMs >= 550 && run.elapsedMs < 1500, qPrintable(QString::number(run.elapsedMs)));
        QTRY_VERIFY(server.received.startsWith("SSH-2.0-tpready_"));
    }

    // ... or cuts it: connected, then reset, with the bytes and the time to the cut.
    void identificationThenReset()
    {
        ScriptedServer server(
            {Step::send("SSH-2.0-OpenSSH_9.2p1\r\n"), Step::readUpTo(10, 2000), Step::wait(150), Step::reset()});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::ConnectionCut);
        QVERIFY2(run.result.detail.contains(QStringLiteral("application-aware firewall")),
                 qPrintable(run.result.detail));
        QCOMPARE(run.result.evidence.value(u"received_bytes").toInt(), 23);
        QVERIFY(run.result.evidence.value(u"cut_after_ms").toInt() >= 100);
        QVERIFY(run.elapsedMs < 1500);
    }

    void identificationThenGarbage()
    {
        ScriptedServer server({Step::send("SSH-2.0-OpenSSH_9.2p1\r\nHTTP/1.1 200 OK\r\n\r\n"), Step::wait(3000)});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY(run.result.evidence.value(u"kexinit_problem").toString().contains(QStringLiteral("packet length")));
        QVERIFY(run.elapsedMs < 1500);
    }

    void kexInitInPieces()
    {
        // The KEXINIT a byte at a time: read on until it is whole.
        ScriptedServer server({Step::send("SSH-2.0-OpenSSH_9.2p1\r\n"), Step::drip(kexInit().left(40), 5),
                               Step::send(kexInit().mid(40))});
        const Run run = runSsh(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.evidence.value(u"kexinit").toObject().value(u"bytes").toInt(), kexInit().size());
    }

    void refused()
    {
        const Run run = runSsh(closedPort(), 2000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        if (wineBlursRefusal()) {
            QCOMPARE(run.result.reason, Reason::Timeout); // Wine: the refusal is never reported (probetestutil.h)
            return;
        }
        QCOMPARE(run.result.reason, Reason::Refused);
        QVERIFY(run.result.evidence.contains(u"connect_error"));
        QVERIFY(run.elapsedMs < 1000);
    }

    void realOpenSsh()
    {
        const QString sshd = QStringLiteral("/usr/sbin/sshd");
        const QString keygen = QStringLiteral("/usr/bin/ssh-keygen");
        if (!QFileInfo(sshd).isExecutable() || !QFileInfo(keygen).isExecutable())
            TPREADY_MISSING(QStringLiteral("OpenSSH server is not installed (Debian package openssh-server)"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString key = dir.filePath(QStringLiteral("host_ed25519"));
        QCOMPARE(QProcess::execute(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                            QStringLiteral("-N"), QString(), QStringLiteral("-f"), key}),
                 0);
        // As root, sshd wants its privilege separation directory.
        if (QFileInfo(QStringLiteral("/run")).isWritable())
            QDir().mkpath(QStringLiteral("/run/sshd"));
        const quint16 port = freePort();
        const QString config = dir.filePath(QStringLiteral("sshd_config"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ListenAddress 127.0.0.1\nPort " + QByteArray::number(port) + "\nHostKey " + key.toUtf8() +
                   "\nPidFile none\nUsePAM no\nStrictModes no\nPasswordAuthentication no\n"
                   "KbdInteractiveAuthentication no\n");
        file.close();
        Daemon daemon;
        QVERIFY2(daemon.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config}, port),
                 daemon.output().constData());
        const Run run = runSsh(port, 3000);
        qInfo("sshd (pid %lld): %s", daemon.pid(), qPrintable(run.result.detail));
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.reason, Reason::Ok);
        QVERIFY(run.result.evidence.value(u"software").toString().startsWith(QStringLiteral("OpenSSH_")));
        daemon.stop();
    }

    void cancelWhileWaiting()
    {
        ScriptedServer server({Step::wait(10000)});
        SshProbe probe(loopbackTarget(Protocol::Ssh, server.port()), quickConfig(5000));
        QSignalSpy spy(&probe, &Probe::finished);
        probe.start();
        QTest::qWait(100);
        probe.cancel();
        QCOMPARE(spy.size(), 1);
        const auto result = spy.first().first().value<ProbeResult>();
        QCOMPARE(result.verdict, Verdict::Skipped);
        QCOMPARE(result.reason, Reason::Cancelled);
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSshProbe)
#include "testsshprobe.moc"
