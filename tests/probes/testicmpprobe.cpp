// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probetestutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#include <windows.h>
// clang-format off
#include <ipexport.h>
// clang-format on
#else
#include <unistd.h>
#endif

#include "testsupport/prerequisite.h"

#include "core/probes/icmpprobe.h"

using namespace tpready;
using namespace probetest;

namespace {

const char kNetnsVariable[] = "TPREADY_TEST_IN_NETNS";

ProbeTarget icmpTarget(const QString &address)
{
    ProbeTarget target;
    target.flowId = QStringLiteral("i8a");
    target.protocol = Protocol::Icmp;
    target.host = address;
    target.address = QHostAddress(address);
    target.transport = IpTransport::Icmp;
    return target;
}

Run runIcmp(const QString &address, int timeoutMs, IcmpProbe::Method method, const QString &pingProgram = {})
{
    IcmpProbe probe(icmpTarget(address), quickConfig(timeoutMs));
    probe.setMethod(method);
    probe.setPingProgram(pingProgram);
    return runProbe(&probe);
}

#ifndef Q_OS_WIN
/// Whether this process's groups may open ICMP datagram sockets (Linux net.ipv4.ping_group_range).
bool pingSocketsAllowed()
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/ping_group_range"));
    if (!file.open(QIODevice::ReadOnly))
        return true; // not Linux: macOS allows them
    const QList<QByteArray> range = file.readAll().simplified().split(' ');
    if (range.size() != 2)
        return false;
    const qint64 low = range.at(0).toLongLong(), high = range.at(1).toLongLong();
    const qint64 gid = ::getegid();
    return gid >= low && gid <= high;
}

/// A stand-in for ping that prints @p output and exits with @p code (recorded outputs of the real programs).
QString fakePing(const QTemporaryDir &dir, const QString &name, const QByteArray &output, int code, int sleepS = 0)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray script = "#!/bin/sh\n";
    if (sleepS > 0)
        script += "sleep " + QByteArray::number(sleepS) + "\n";
    script += "printf '%s' '" + output + "'\nexit " + QByteArray::number(code) + "\n";
    file.write(script);
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

bool run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return false;
    process.write(input);
    process.closeWriteChannel();
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
#endif

} // namespace

class TestIcmpProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

#ifdef Q_OS_WIN
    // Windows: IcmpSendEcho2 / Icmp6SendEcho2 (iphlpapi), no privilege needed. Wine answers an echo to 127.0.0.1 as
    // Windows does; it has no Icmp6CreateFile, so for ::1 each of the two is asserted in its own branch.
    void icmpApiLoopback()
    {
        const Run result = runIcmp(QStringLiteral("127.0.0.1"), 3000, IcmpProbe::Method::Auto);
        QCOMPARE(result.finishedCount, 1);
        QCOMPARE(result.result.verdict, Verdict::Pass);
        QCOMPARE(result.result.reason, Reason::Ok);
        QCOMPARE(result.result.evidence.value(u"method").toString(), QStringLiteral("icmpapi"));
        // A series of echoes, every one answered on the loopback.
        QCOMPARE(result.result.evidence.value(u"echoes_sent").toInt(), IcmpProbe::kEchoes);
        QCOMPARE(result.result.evidence.value(u"echoes_received").toInt(), IcmpProbe::kEchoes);
        QCOMPARE(result.result.evidence.value(u"loss_percent").toInt(), 0);
        QVERIFY(result.result.evidence.value(u"rtt_ms").toDouble() >= 0);
        // The path MTU through IcmpSendEcho2 with IP_FLAG_DF: the loopback carries full-size echoes.
        QCOMPARE(result.result.evidence.value(u"path_mtu").toInt(), 1500);
        QCOMPARE(result.result.evidence.value(u"path_mtu_black_hole").toBool(), false);
        QVERIFY2(result.result.detail.contains(QStringLiteral("Full-size packets (1500 bytes)")),
                 qPrintable(result.result.detail));
        QVERIFY(result.result.evidence.value(u"ttl").toInt() > 0);
        QVERIFY(result.result.latencyMs >= 0);
    }

    void icmpApiV6Loopback()
    {
        const Run result = runIcmp(QStringLiteral("::1"), 3000, IcmpProbe::Method::SocketOnly);
        QCOMPARE(result.finishedCount, 1);
        if (underWine()) {
            // Wine: Icmp6CreateFile fails (ERROR_CALL_NOT_IMPLEMENTED); the probe says it could not test, and why.
            QCOMPARE(result.result.verdict, Verdict::Info);
            QCOMPARE(result.result.reason, Reason::NotTestable);
            QVERIFY2(
                result.result.evidence.value(u"socket_error").toString().contains(QStringLiteral("Icmp6CreateFile")),
                qPrintable(result.result.evidence.value(u"socket_error").toString()));
        } else {
            // Windows: the documented API answers for the IPv6 loopback.
            QCOMPARE(result.result.verdict, Verdict::Pass);
            QCOMPARE(result.result.evidence.value(u"method").toString(), QStringLiteral("icmpapi"));
        }
    }

    /// The IP_STATUS codes of ipexport.h, as Windows documents them, mapped to verdicts (no network needed: the
    /// statuses a silent or unreachable host gives cannot be made on the loopback).
    void icmpApiStatuses()
    {
        const QJsonObject evidence{{ QStringLiteral("method"), QStringLiteral("icmpapi") }};
        IcmpApiEcho echo;
        echo.replied = true;
        echo.status = IP_SUCCESS;
        echo.rttMs = 12;
        echo.ttl = 57;
        ProbeResult r = icmpApiResult(echo, QStringLiteral("192.0.2.1"), evidence);
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(r.latencyMs, 12);
        QCOMPARE(r.evidence.value(u"ttl").toInt(), 57);
        QCOMPARE(r.evidence.value(u"method").toString(), QStringLiteral("icmpapi"));

        echo = IcmpApiEcho{};
        echo.status = IP_REQ_TIMED_OUT; // IcmpSendEcho2 returned 0, GetLastError() 11010
        r = icmpApiResult(echo, QStringLiteral("192.0.2.1"), evidence);
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(r.reason, Reason::Timeout);
        QCOMPARE(r.evidence.value(u"status").toInt(), 11010);

        for (const unsigned long status : {IP_DEST_NET_UNREACHABLE, IP_DEST_HOST_UNREACHABLE, IP_DEST_PROT_UNREACHABLE,
                                           IP_DEST_PORT_UNREACHABLE, IP_TTL_EXPIRED_TRANSIT}) {
            echo = IcmpApiEcho{};
            echo.replied = true;
            echo.status = status;
            echo.from = QStringLiteral("198.51.100.1");
            r = icmpApiResult(echo, QStringLiteral("192.0.2.1"), evidence);
            QCOMPARE(r.verdict, Verdict::Fail);
            QCOMPARE(r.reason, Reason::Unreachable);
            QCOMPARE(r.evidence.value(u"from").toString(), QStringLiteral("198.51.100.1"));
            QVERIFY(r.detail.contains(QString::number(status)));
        }

        echo = IcmpApiEcho{};
        echo.status = ERROR_NOT_ENOUGH_MEMORY;
        r = icmpApiResult(echo, QStringLiteral("192.0.2.1"), evidence);
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(r.reason, Reason::Error);
        QVERIFY(r.detail.contains(QString::number(ERROR_NOT_ENOUGH_MEMORY)));
    }
#else
    void systemPingFallback()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ping")).isEmpty())
            TPREADY_MISSING(QStringLiteral("no ping program (Debian package iputils-ping)"));
        const Run result = runIcmp(QStringLiteral("127.0.0.1"), 3000, IcmpProbe::Method::PingOnly);
        QCOMPARE(result.finishedCount, 1);
        QCOMPARE(result.result.verdict, Verdict::Pass);
        QCOMPARE(result.result.reason, Reason::Ok);
        QCOMPARE(result.result.evidence.value(u"method").toString(), QStringLiteral("ping"));
        QCOMPARE(result.result.evidence.value(u"command").toString(),
                 QStringLiteral("ping -n -c 5 -i 0.2 -w 2 127.0.0.1"));
        QCOMPARE(result.result.evidence.value(u"ttl").toInt(), 64);
        QCOMPARE(result.result.evidence.value(u"echoes_sent").toInt(), 5);
        QCOMPARE(result.result.evidence.value(u"echoes_received").toInt(), 5);
        QVERIFY(result.result.evidence.value(u"rtt_ms").toDouble() >= 0);
        QCOMPARE(result.result.evidence.value(u"exit_code").toInt(), 0);
    }

    void automaticChoice()
    {
        // Where ping sockets are forbidden (Debian's default "1 0"), the probe says why and uses ping.
        if (QStandardPaths::findExecutable(QStringLiteral("ping")).isEmpty() && !pingSocketsAllowed())
            TPREADY_MISSING(
                QStringLiteral("neither ping sockets nor a ping program here (Debian package iputils-ping)"));
        const Run result = runIcmp(QStringLiteral("127.0.0.1"), 3000, IcmpProbe::Method::Auto);
        QCOMPARE(result.result.verdict, Verdict::Pass);
        if (pingSocketsAllowed()) {
            QCOMPARE(result.result.evidence.value(u"method").toString(), QStringLiteral("socket"));
        } else {
            QCOMPARE(result.result.evidence.value(u"method").toString(), QStringLiteral("ping"));
            QVERIFY2(result.result.evidence.value(u"socket_error").toString().contains(QStringLiteral("EACCES")),
                     qPrintable(result.result.evidence.value(u"socket_error").toString()));
        }
    }

    void socketForbiddenIsNotTestable()
    {
        if (pingSocketsAllowed())
            QSKIP("ping sockets are allowed here: nothing forbids them");
        const Run result = runIcmp(QStringLiteral("127.0.0.1"), 2000, IcmpProbe::Method::SocketOnly);
        QCOMPARE(result.result.verdict, Verdict::Info);
        QCOMPARE(result.result.reason, Reason::NotTestable);
        QVERIFY(result.result.evidence.value(u"socket_error").toString().contains(QStringLiteral("ping_group_range")));
        QVERIFY(result.result.remediation.contains(QStringLiteral("ping_group_range")));
    }

    void recordedUnreachable()
    {
        QTemporaryDir dir;
        const QString ping = fakePing(dir, QStringLiteral("ping"),
                                      "PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.\n"
                                      "From 192.168.1.1 icmp_seq=1 Destination Host Unreachable\n",
                                      1);
        const Run result = runIcmp(QStringLiteral("192.0.2.1"), 2000, IcmpProbe::Method::PingOnly, ping);
        QCOMPARE(result.result.verdict, Verdict::Fail);
        QCOMPARE(result.result.reason, Reason::Unreachable);
        QVERIFY(result.result.evidence.value(u"received").toString().contains(QStringLiteral("Unreachable")));
        QCOMPARE(result.result.evidence.value(u"exit_code").toInt(), 1);
    }

    void recordedNoReply()
    {
        QTemporaryDir dir;
        const QString ping = fakePing(dir, QStringLiteral("ping"),
                                      "PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.\n\n"
                                      "1 packets transmitted, 0 received, 100% packet loss, time 0ms\n",
                                      1);
        const Run result = runIcmp(QStringLiteral("192.0.2.1"), 2000, IcmpProbe::Method::PingOnly, ping);
        QCOMPARE(result.result.verdict, Verdict::Fail);
        QCOMPARE(result.result.reason, Reason::Timeout);
    }

    void pingThatHangsEndsByDeadline()
    {
        QTemporaryDir dir;
        const QString ping = fakePing(dir, QStringLiteral("ping"), "never printed\n", 0, 30);
        const Run result = runIcmp(QStringLiteral("192.0.2.1"), 600, IcmpProbe::Method::PingOnly, ping);
        QCOMPARE(result.finishedCount, 1);
        QCOMPARE(result.result.verdict, Verdict::Fail);
        QCOMPARE(result.result.reason, Reason::Timeout);
        QVERIFY2(result.elapsedMs >= 550 && result.elapsedMs < 2500, qPrintable(QString::number(result.elapsedMs)));
    }

    void stoppedEarlyDoesNotWaitForPing()
    {
        // Cancelled or deleted while the ping program still runs: the probe kills it and returns at once, without
        // waiting on the GUI thread for the system to reap it, and reports once (cancelled) or not at all (deleted).
        QTemporaryDir dir;
        const QString ping = hangingProgram(dir);
        for (const bool deleteProbe : {false, true}) {
            auto *probe = new IcmpProbe(icmpTarget(QStringLiteral("192.0.2.1")), quickConfig(10000));
            probe->setMethod(IcmpProbe::Method::PingOnly);
            probe->setPingProgram(ping);
            QSignalSpy finished(probe, &Probe::finished);
            probe->start();
            if (deleteProbe) {
                checkStopsWithoutWaiting(probe, [probe] { delete probe; });
                QVERIFY(finished.isEmpty());
                continue;
            }
            checkStopsWithoutWaiting(probe, [probe] { probe->cancel(); });
            QTest::qWait(100);
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.first().first().value<ProbeResult>().reason, Reason::Cancelled);
            delete probe;
        }
    }

#endif

    void noPingProgram()
    {
        const Run result = runIcmp(QStringLiteral("192.0.2.1"), 1000, IcmpProbe::Method::PingOnly,
                                   QStringLiteral("/nonexistent/ping"));
        QCOMPARE(result.result.verdict, Verdict::Info);
        QCOMPARE(result.result.reason, Reason::NotTestable);
    }

#ifndef Q_OS_WIN
    /// The datagram socket, in a network namespace of our own where ping_group_range lets us in.
    void socketInNamespace()
    {
        if (qEnvironmentVariableIsSet(kNetnsVariable))
            QSKIP("this is the namespace child");
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
        if (unshare.isEmpty() || ip.isEmpty())
            TPREADY_MISSING(QStringLiteral("unshare (util-linux) or ip (iproute2) is missing"));
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kNetnsVariable), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        // As root a plain new network namespace; otherwise a user namespace maps us to root inside it.
        const QStringList namespaces = ::geteuid() == 0
                                           ? QStringList{QStringLiteral("--net")}
                                           : QStringList{QStringLiteral("--map-root-user"), QStringLiteral("--net")};
        child.start(unshare, namespaces + QStringList{QCoreApplication::applicationFilePath(),
                                                      QStringLiteral("socketInNamespaceChild")});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForFinished(30000));
        const QByteArray output = child.readAll();
        if (output.contains("unshare failed") || output.contains("unshare: "))
            TPREADY_MISSING(QStringLiteral("cannot create a network namespace here: %1")
                                .arg(QString::fromLocal8Bit(output.trimmed().left(200))));
        qInfo("%s", output.constData());
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(output.contains("PASS   : TestIcmpProbe::socketInNamespaceChild()"));
        // The namespace had no name and no process left: it is gone with the child.
    }

    void socketInNamespaceChild()
    {
        if (!qEnvironmentVariableIsSet(kNetnsVariable))
            QSKIP("runs only inside the namespace that socketInNamespace creates");
        const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
        QVERIFY(run(ip, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}));
        {
            QFile range(QStringLiteral("/proc/sys/net/ipv4/ping_group_range"));
            QVERIFY(range.open(QIODevice::WriteOnly));
            QVERIFY(range.write("0 2147483647\n") > 0);
        }
        QVERIFY(pingSocketsAllowed());

        const Run v4 = runIcmp(QStringLiteral("127.0.0.1"), 2000, IcmpProbe::Method::SocketOnly);
        QCOMPARE(v4.result.verdict, Verdict::Pass);
        QCOMPARE(v4.result.evidence.value(u"method").toString(), QStringLiteral("socket"));
        QCOMPARE(v4.result.evidence.value(u"ttl").toInt(), 64);
        QVERIFY(v4.result.evidence.value(u"rtt_ms").toDouble() >= 0);
        QCOMPARE(v4.result.evidence.value(u"echoes_sent").toInt(), IcmpProbe::kEchoes);
        QCOMPARE(v4.result.evidence.value(u"echoes_received").toInt(), IcmpProbe::kEchoes);
        QVERIFY(v4.result.detail.contains(QStringLiteral("answered all 5 ICMP echoes")));
        // Every echo answered: no waiting for a settle time.
        QVERIFY2(v4.elapsedMs < 4 * IcmpProbe::echoIntervalMs(2000) + 300, qPrintable(QString::number(v4.elapsedMs)));
        qInfo("IPv4 echo over the socket: %s", qPrintable(v4.result.detail));

        const Run v6 = runIcmp(QStringLiteral("::1"), 2000, IcmpProbe::Method::SocketOnly);
        QCOMPARE(v6.result.verdict, Verdict::Pass);
        QCOMPARE(v6.result.evidence.value(u"ttl").toInt(), 64);

        // A lossy path: nftables drops the 1st, 3rd and 5th echo reply. The two others pass the check, and the
        // series says 60 % were lost, through the socket and through the ping program alike.
        const QString nft = QStandardPaths::findExecutable(QStringLiteral("nft"),
                                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (nft.isEmpty())
            TPREADY_MISSING(QStringLiteral("nft is missing (Debian package nftables)"));
        const auto lossy = [&] {
            run(nft,
                {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), QStringLiteral("loss")});
            return run(nft, {QStringLiteral("-f"), QStringLiteral("-")},
                       "table inet loss {\n chain in {\n  type filter hook input priority 0;\n"
                       "  icmp type echo-reply numgen inc mod 2 == 0 drop\n }\n}\n");
        };
        QVERIFY(lossy());
        const Run lost = runIcmp(QStringLiteral("127.0.0.1"), 2000, IcmpProbe::Method::SocketOnly);
        QCOMPARE(lost.result.verdict, Verdict::Pass);
        QCOMPARE(lost.result.evidence.value(u"echoes_sent").toInt(), 5);
        QCOMPARE(lost.result.evidence.value(u"echoes_received").toInt(), 2);
        QCOMPARE(lost.result.evidence.value(u"loss_percent").toInt(), 60);
        QVERIFY2(lost.result.detail.contains(QStringLiteral("answered 2 of 5 ICMP echoes (60 % lost)")),
                 qPrintable(lost.result.detail));
        QVERIFY(lost.elapsedMs < 2000); // the settle time, not the deadline
        qInfo("lossy path over the socket: %s %s", qPrintable(lost.result.detail),
              QJsonDocument(lost.result.evidence).toJson(QJsonDocument::Compact).constData());
        if (!QStandardPaths::findExecutable(QStringLiteral("ping")).isEmpty()) {
            QVERIFY(lossy());
            const Run pinged = runIcmp(QStringLiteral("127.0.0.1"), 2000, IcmpProbe::Method::PingOnly);
            QCOMPARE(pinged.result.verdict, Verdict::Pass);
            QCOMPARE(pinged.result.evidence.value(u"echoes_sent").toInt(), 5);
            QCOMPARE(pinged.result.evidence.value(u"echoes_received").toInt(), 2);
            qInfo("lossy path through ping: %s", qPrintable(pinged.result.detail));
        }
        run(nft, {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), QStringLiteral("loss")});

        // The path MTU: on the loopback (MTU 65536) full-size echoes come back.
        QCOMPARE(v4.result.evidence.value(u"path_mtu").toInt(), 1500);
        QCOMPARE(v4.result.evidence.value(u"path_mtu_black_hole").toBool(), false);
        QVERIFY(v4.result.detail.contains(QStringLiteral("Full-size packets (1500 bytes)")));
        QCOMPARE(v6.result.evidence.value(u"path_mtu").toInt(), 1500);
        // A black hole: replies larger than 1300 bytes dropped, no "fragmentation needed".
        QVERIFY(run(nft, {QStringLiteral("-f"), QStringLiteral("-")},
                    "table inet loss {\n chain in {\n  type filter hook input priority 0;\n"
                    "  icmp type echo-reply ip length > 1300 drop\n }\n}\n"));
        const Run hole = runIcmp(QStringLiteral("127.0.0.1"), 2000, IcmpProbe::Method::SocketOnly);
        QCOMPARE(hole.result.verdict, Verdict::Pass);
        QCOMPARE(hole.result.evidence.value(u"echoes_received").toInt(), 5);
        QCOMPARE(hole.result.evidence.value(u"path_mtu").toInt(), 1300);
        QCOMPARE(hole.result.evidence.value(u"path_mtu_lost_above").toInt(), 1350);
        QCOMPARE(hole.result.evidence.value(u"path_mtu_black_hole").toBool(), true);
        QVERIFY2(hole.result.detail.contains(QStringLiteral("path-MTU black hole")), qPrintable(hole.result.detail));
        QVERIFY(hole.elapsedMs < 2000); // the settle time, not the deadline
        qInfo("black hole: %s", qPrintable(hole.result.detail));
        run(nft, {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), QStringLiteral("loss")});
        // This laptop's own link with a smaller MTU (the loopback at 1400 bytes here): larger echoes are never sent,
        // and no black hole is claimed.
        QVERIFY(run(ip, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("mtu"),
                         QStringLiteral("1400")}));
        const Run small = runIcmp(QStringLiteral("127.0.0.1"), 2000, IcmpProbe::Method::SocketOnly);
        QVERIFY(run(ip, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("mtu"),
                         QStringLiteral("65536")}));
        QCOMPARE(small.result.verdict, Verdict::Pass);
        QCOMPARE(small.result.evidence.value(u"path_mtu").toInt(), 1400);
        QCOMPARE(small.result.evidence.value(u"path_mtu_black_hole").toBool(), false);
        QVERIFY2(small.result.evidence.value(u"path_mtu_probes")
                     .toString()
                     .startsWith(QStringLiteral("1500 larger than this laptop's link")),
                 qPrintable(small.result.evidence.value(u"path_mtu_probes").toString()));
        QVERIFY(small.result.detail.contains(QStringLiteral("Path MTU: 1400 bytes.")));

        // No route: the system refuses to send.
        QVERIFY(run(ip, {QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("unreachable"),
                         QStringLiteral("198.18.7.0/24")}));
        const Run noRoute = runIcmp(QStringLiteral("198.18.7.1"), 2000, IcmpProbe::Method::SocketOnly);
        QCOMPARE(noRoute.result.verdict, Verdict::Fail);
        QCOMPARE(noRoute.result.reason, Reason::Unreachable);
        QVERIFY(noRoute.result.evidence.value(u"error").toString().contains(QStringLiteral("EHOSTUNREACH")));
        QVERIFY(noRoute.elapsedMs < 1000);

        // A silent network: packets for 198.18.9.0/24 go out on the loopback, where no address answers them.
        QVERIFY(run(ip, {QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("198.18.9.0/24"),
                         QStringLiteral("dev"), QStringLiteral("lo")}));
        const Run silent = runIcmp(QStringLiteral("198.18.9.2"), 700, IcmpProbe::Method::SocketOnly);
        QCOMPARE(silent.result.verdict, Verdict::Fail);
        QCOMPARE(silent.result.reason, Reason::Timeout);
        QVERIFY(silent.elapsedMs >= 650 && silent.elapsedMs < 2000);
    }
#endif
};

QTEST_GUILESS_MAIN(TestIcmpProbe)
#include "testicmpprobe.moc"
