// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probetestutil.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "core/env/dhcpinfo.h"
#include "core/probes/dhcpprobe.h"

using namespace tpready;
using namespace probetest;

namespace {

const QByteArray kNmcli = "GENERAL.DEVICE:eth0\n"
                          "DHCP4.OPTION[1]:broadcast_address = 192.168.1.255\n"
                          "DHCP4.OPTION[2]:dhcp_lease_time = 86400\n"
                          "DHCP4.OPTION[3]:dhcp_server_identifier = 192.168.1.1\n"
                          "DHCP4.OPTION[4]:domain_name_servers = 192.168.1.1 9.9.9.9\n"
                          "DHCP4.OPTION[5]:ip_address = 192.168.1.23\n"
                          "DHCP4.OPTION[6]:routers = 192.168.1.1\n"
                          "GENERAL.DEVICE:lo\n"
                          "GENERAL.DEVICE:wlan0\n"
                          "DHCP4.OPTION[1]:ip_address = 10.1.2.3\n"
                          "DHCP4.OPTION[2]:dhcp_server_identifier = 10.1.2.254\n";

ProbeTarget dhcpTarget()
{
    ProbeTarget target;
    target.flowId = QStringLiteral("i11");
    target.protocol = Protocol::Dhcp;
    target.role = Role::DhcpService;
    target.transport = IpTransport::Udp;
    target.port = 67;
    return target;
}

#ifndef Q_OS_WIN
QString script(const QTemporaryDir &dir, const QByteArray &body)
{
    const QString path = dir.filePath(QStringLiteral("cmd.sh"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

#endif

} // namespace

class TestDhcpProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void networkdLease()
    {
        const DhcpLease lease = parseNetworkdLease("# This is private data. Do not parse.\n"
                                                   "ADDRESS=192.168.1.23\nNETMASK=255.255.255.0\n"
                                                   "ROUTER=192.168.1.1\nSERVER_ADDRESS=192.168.1.1\n"
                                                   "DNS=192.168.1.1 9.9.9.9\nLIFETIME=86400\n");
        QCOMPARE(lease.address, QStringLiteral("192.168.1.23"));
        QCOMPARE(lease.server, QStringLiteral("192.168.1.1"));
        QCOMPARE(lease.router, QStringLiteral("192.168.1.1"));
        QCOMPARE(lease.dnsServers, (QStringList{QStringLiteral("192.168.1.1"), QStringLiteral("9.9.9.9")}));
        QCOMPARE(lease.leaseTime, QStringLiteral("86400"));
    }

    void dhclientLastLeaseWins()
    {
        const DhcpLease lease = parseDhclientLeases("lease {\n  interface \"eth0\";\n  fixed-address 10.0.0.5;\n"
                                                    "  option dhcp-server-identifier 10.0.0.1;\n}\n"
                                                    "lease {\n  interface \"eth0\";\n  fixed-address 192.168.1.23;\n"
                                                    "  option subnet-mask 255.255.255.0;\n"
                                                    "  option routers 192.168.1.1;\n"
                                                    "  option dhcp-server-identifier 192.168.1.1;\n"
                                                    "  option domain-name-servers 192.168.1.1,8.8.8.8;\n"
                                                    "  expire 3 2026/11/25 10:00:00;\n}\n");
        QCOMPARE(lease.interfaceName, QStringLiteral("eth0"));
        QCOMPARE(lease.address, QStringLiteral("192.168.1.23"));
        QCOMPARE(lease.server, QStringLiteral("192.168.1.1"));
        QCOMPARE(lease.dnsServers.size(), 2);
        QCOMPARE(lease.leaseTime, QStringLiteral("3 2026/11/25 10:00:00"));
    }

    void nmcli()
    {
        const QList<DhcpLease> leases = parseNmcliDhcp4(kNmcli);
        QCOMPARE(leases.size(), 2);
        QCOMPARE(leases.at(0).interfaceName, QStringLiteral("eth0"));
        QCOMPARE(leases.at(0).address, QStringLiteral("192.168.1.23"));
        QCOMPARE(leases.at(0).server, QStringLiteral("192.168.1.1"));
        QCOMPARE(leases.at(0).router, QStringLiteral("192.168.1.1"));
        QCOMPARE(leases.at(1).interfaceName, QStringLiteral("wlan0"));
        QCOMPARE(leases.at(1).server, QStringLiteral("10.1.2.254"));
    }

    void macosIpconfig()
    {
        const DhcpLease lease = parseIpconfigPacket("op = BOOTREPLY\nhtype = 1\nciaddr = 0.0.0.0\n"
                                                    "yiaddr = 192.168.1.23\nsiaddr = 192.168.1.1\noptions:\n"
                                                    "Options count is 6\n"
                                                    "dhcp_message_type (uint8): ACK 0x5\n"
                                                    "server_identifier (ip): 192.168.1.1\n"
                                                    "lease_time (uint32): 0x15180\n"
                                                    "subnet_mask (ip): 255.255.255.0\n"
                                                    "router (ip_mult): {192.168.1.1}\n"
                                                    "domain_name_server (ip_mult): {192.168.1.1, 9.9.9.9}\n"
                                                    "end (none):\n");
        QCOMPARE(lease.address, QStringLiteral("192.168.1.23"));
        QCOMPARE(lease.server, QStringLiteral("192.168.1.1"));
        QCOMPARE(lease.router, QStringLiteral("192.168.1.1"));
        QCOMPARE(lease.dnsServers, (QStringList{QStringLiteral("192.168.1.1"), QStringLiteral("9.9.9.9")}));
        QCOMPARE(lease.leaseTime, QStringLiteral("0x15180"));
    }

    void garbageIsHarmless()
    {
        QVERIFY(parseNetworkdLease("ADDRESS=not-an-ip\nDNS=;rm -rf /\n").isEmpty());
        QVERIFY(parseDhclientLeases("lease {").isEmpty());
        QVERIFY(parseNmcliDhcp4(QByteArray(100000, ':')).isEmpty());
        QVERIFY(parseIpconfigPacket(QByteArray(1000, '\n')).isEmpty());
    }

    void summaries()
    {
        DhcpFinding finding;
        finding.leases = parseNmcliDhcp4(kNmcli);
        finding.markCurrent({QStringLiteral("192.168.1.23")});
        QVERIFY(finding.leases.at(0).current);
        QVERIFY(!finding.leases.at(1).current);
        QCOMPARE(finding.summary(),
                 QStringLiteral("The laptop got its address by DHCP: eth0 (192.168.1.23) from the DHCP server "
                                "192.168.1.1."));
        finding.markCurrent({});
        QVERIFY(finding.summary().startsWith(QStringLiteral("Old DHCP leases were found")));
        DhcpFinding fixed;
        DhcpLease manual;
        manual.interfaceName = QStringLiteral("Ethernet");
        manual.address = QStringLiteral("192.0.2.5");
        manual.dhcpEnabled = false;
        fixed.leases << manual;
        fixed.markCurrent({QStringLiteral("192.0.2.5")});
        QCOMPARE(fixed.summary(), QStringLiteral("A static address (no DHCP) is set on Ethernet (192.0.2.5)."));
        QCOMPARE(DhcpFinding().summary(),
                 QStringLiteral("The system does not say whether the laptop's address came from DHCP."));
    }

#ifdef Q_OS_WIN
    // Windows has no DHCP command to run: the adapters' own settings (GetAdaptersAddresses) are the source.
    void windowsAdapters()
    {
        QString program;
        QStringList arguments;
        QVERIFY(!dhcpCommand(&program, &arguments));
        const DhcpFinding finding = readDhcpSources();
        QCOMPARE(finding.sources, QStringList{QStringLiteral("GetAdaptersAddresses")});
        for (const DhcpLease &lease : finding.leases) {
            QCOMPARE(lease.source, QStringLiteral("GetAdaptersAddresses"));
            QVERIFY(!lease.interfaceName.isEmpty());
            QCOMPARE(QHostAddress(lease.address).protocol(), QAbstractSocket::IPv4Protocol);
            // A static address has no DHCP server to name.
            if (!lease.dhcpEnabled)
                QVERIFY2(lease.server.isEmpty(), qPrintable(lease.server));
        }
        qInfo("%lld adapter(s); %s", static_cast<long long>(finding.leases.size()), qPrintable(finding.summary()));
    }
#else
    // The fake commands below are POSIX shell scripts: nmcli and macOS ipconfig are the commands of those systems.
    void probeIsInfoAndSendsNothing()
    {
        QTemporaryDir dir;
        DhcpProbe probe(dhcpTarget(), quickConfig(3000));
        probe.setCommand(script(dir, "printf '%s' '" + kNmcli + "'\n"), {});
        const Run run = runProbe(&probe);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Info);
        QCOMPARE(run.result.reason, Reason::NotTestable);
        QCOMPARE(run.result.evidence.value(u"sent").toString(), QStringLiteral("nothing"));
        const QJsonArray leases = run.result.evidence.value(u"leases").toArray();
        QVERIFY(leases.size() >= 2);
        bool seen = false;
        for (const QJsonValue &lease : leases)
            seen = seen || lease.toObject().value(u"server").toString() == u"192.168.1.1";
        QVERIFY(seen);
        QVERIFY(run.result.detail.startsWith(QStringLiteral("DHCP is not probed")));
        QVERIFY(!run.result.remediation.isEmpty());
        QVERIFY(run.result.address.isEmpty());
    }

    void commandThatHangs()
    {
        QTemporaryDir dir;
        DhcpProbe probe(dhcpTarget(), quickConfig(800));
        probe.setCommand(script(dir, "sleep 30\n"), {});
        const Run run = runProbe(&probe);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Info);
        QVERIFY(!run.result.evidence.value(u"command_error").toString().isEmpty());
        QVERIFY(run.elapsedMs < 2000);
    }

    void stoppedEarlyDoesNotWaitForTheCommand()
    {
        // Cancelled or deleted while the command still runs: the probe kills it and returns at once, without
        // waiting on the GUI thread for the system to reap it, and reports once (cancelled) or not at all (deleted).
        QTemporaryDir dir;
        const QString command = hangingProgram(dir);
        for (const bool deleteProbe : {false, true}) {
            auto *probe = new DhcpProbe(dhcpTarget(), quickConfig(10000));
            probe->setCommand(command, {});
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

    void commandMissingOrFailing()
    {
        DhcpProbe missing(dhcpTarget(), quickConfig(2000));
        missing.setCommand(QStringLiteral("/nonexistent/nmcli"), {});
        const Run first = runProbe(&missing);
        QCOMPARE(first.result.verdict, Verdict::Info);
        QVERIFY(!first.result.evidence.value(u"command_error").toString().isEmpty());

        QTemporaryDir dir;
        DhcpProbe failing(dhcpTarget(), quickConfig(2000));
        failing.setCommand(script(dir, "echo 'Error: NetworkManager is not running.' >&2\nexit 8\n"), {});
        const Run second = runProbe(&failing);
        QCOMPARE(second.result.verdict, Verdict::Info);
        QCOMPARE(second.result.evidence.value(u"command_error").toString(), QStringLiteral("exit code 8"));
    }

#endif

    void thisMachine()
    {
        // Whatever this machine says, the probe ends with info, in time, and says something.
        DhcpProbe probe(dhcpTarget(), quickConfig(3000));
        const Run run = runProbe(&probe);
        QCOMPARE(run.result.verdict, Verdict::Info);
        QCOMPARE(run.result.reason, Reason::NotTestable);
        QVERIFY(run.result.detail.size() > 40);
        qInfo("%s", qPrintable(run.result.detail));
    }
};

QTEST_GUILESS_MAIN(TestDhcpProbe)
#include "testdhcpprobe.moc"
