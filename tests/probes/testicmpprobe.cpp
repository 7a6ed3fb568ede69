// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probetestutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

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

bool run(const QString &program, const QStringList &arguments)
{
    return QProcess::execute(program, arguments) == 0;
}

} // namespace

class TestIcmpProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void systemPingFallback()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ping")).isEmpty())
            QSKIP("no ping program (Debian package iputils-ping)");
        const Run result = runIcmp(QStringLiteral("127.0.0.1"), 3000, IcmpProbe::Method::PingOnly);
        QCOMPARE(result.finishedCount, 1);
        QCOMPARE(result.result.verdict, Verdict::Pass);
        QCOMPARE(result.result.reason, Reason::Ok);
        QCOMPARE(result.result.evidence.value(u"method").toString(), QStringLiteral("ping"));
        QCOMPARE(result.result.evidence.value(u"command").toString(), QStringLiteral("ping -n -c 1 -W 3 127.0.0.1"));
        QCOMPARE(result.result.evidence.value(u"ttl").toInt(), 64);
        QVERIFY(result.result.evidence.value(u"rtt_ms").toDouble() >= 0);
        QCOMPARE(result.result.evidence.value(u"exit_code").toInt(), 0);
    }

    void automaticChoice()
    {
        // Where ping sockets are forbidden (Debian's default "1 0"), the probe says why and uses ping.
        if (QStandardPaths::findExecutable(QStringLiteral("ping")).isEmpty() && !pingSocketsAllowed())
            QSKIP("neither ping sockets nor a ping program here");
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

    void noPingProgram()
    {
        const Run result = runIcmp(QStringLiteral("192.0.2.1"), 1000, IcmpProbe::Method::PingOnly,
                                   QStringLiteral("/nonexistent/ping"));
        QCOMPARE(result.result.verdict, Verdict::Info);
        QCOMPARE(result.result.reason, Reason::NotTestable);
    }

    /// The datagram socket, in a network namespace of our own where ping_group_range lets us in.
    void socketInNamespace()
    {
        if (qEnvironmentVariableIsSet(kNetnsVariable))
            QSKIP("this is the namespace child");
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
        if (unshare.isEmpty() || ip.isEmpty())
            QSKIP("unshare (util-linux) or ip (iproute2) is missing");
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
            QSKIP(qPrintable(QStringLiteral("cannot create a network namespace here: %1")
                                 .arg(QString::fromLocal8Bit(output.trimmed().left(200)))));
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
        qInfo("IPv4 echo over the socket: %s", qPrintable(v4.result.detail));

        const Run v6 = runIcmp(QStringLiteral("::1"), 2000, IcmpProbe::Method::SocketOnly);
        QCOMPARE(v6.result.verdict, Verdict::Pass);
        QCOMPARE(v6.result.evidence.value(u"ttl").toInt(), 64);

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
};

QTEST_GUILESS_MAIN(TestIcmpProbe)
#include "testicmpprobe.moc"
