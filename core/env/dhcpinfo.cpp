// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "dhcpinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>

#include "core/env/systemfile.h"

#ifdef Q_OS_WIN
#include "core/env/adapters_win.h"
#endif

namespace tpready {
namespace {

constexpr int kMaxLeaseFiles = 16;

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class DhcpText
{
    Q_DECLARE_TR_FUNCTIONS(DhcpText)
};

/// An address as text if it is one, else empty (the sources are text written by other programs).
QString ipOrEmpty(const QByteArray &text)
{
    const QString trimmed = QString::fromLatin1(text.trimmed());
    const QHostAddress address(trimmed);
    return address.isNull() ? QString() : address.toString();
}

QStringList ipList(const QByteArray &text)
{
    QStringList list;
    QByteArray normal = text;
    normal.replace(',', ' ').replace('{', ' ').replace('}', ' ');
    for (const QByteArray &item : normal.simplified().split(' ')) {
        const QString ip = ipOrEmpty(item);
        if (!ip.isEmpty() && !list.contains(ip) && list.size() < 8)
            list << ip;
    }
    return list;
}

#ifdef Q_OS_LINUX
void readLinuxLeaseFiles(DhcpFinding *finding)
{
    int files = 0;
    // systemd-networkd: one file per interface index.
    const QDir networkd(QStringLiteral("/run/systemd/netif/leases"));
    for (const QString &name : networkd.entryList(QDir::Files, QDir::Name)) {
        if (++files > kMaxLeaseFiles)
            return;
        DhcpLease lease = parseNetworkdLease(readSystemFile(networkd.filePath(name)));
        lease.source = networkd.filePath(name);
        bool ok = false;
        const int index = name.toInt(&ok);
        if (ok)
            lease.interfaceName = QNetworkInterface::interfaceNameFromIndex(index);
        finding->sources << lease.source;
        if (!lease.isEmpty())
            finding->leases << lease;
    }
    // NetworkManager (internal client: KEY=VALUE; dhclient plugin: lease blocks) and dhclient itself.
    for (const QString &dirName : {QStringLiteral("/var/lib/NetworkManager"), QStringLiteral("/var/lib/dhcp"),
                                   QStringLiteral("/var/lib/dhclient")}) {
        const QDir dir(dirName);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Time)) {
            if (!name.contains(QStringLiteral("lease")))
                continue;
            if (++files > kMaxLeaseFiles)
                return;
            const QByteArray text = readSystemFile(dir.filePath(name));
            DhcpLease lease = text.contains("lease {") ? parseDhclientLeases(text) : parseNetworkdLease(text);
            lease.source = dir.filePath(name);
            if (lease.interfaceName.isEmpty()) {
                // internal-UUID-IFACE.lease, dhclient-UUID-IFACE.lease, dhclient.IFACE.leases
                QString base = name;
                base.remove(QStringLiteral(".leases")).remove(QStringLiteral(".lease"));
                const qsizetype cut = qMax(base.lastIndexOf(u'-'), base.lastIndexOf(u'.'));
                if (cut > 0)
                    lease.interfaceName = base.mid(cut + 1);
            }
            finding->sources << lease.source;
            if (!lease.isEmpty())
                finding->leases << lease;
        }
    }
}
#endif

#ifdef Q_OS_WIN
void readWindowsAdapters(DhcpFinding *finding)
{
    finding->sources << QStringLiteral("GetAdaptersAddresses");
    forEachUpAdapter(AF_INET, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST,
                     [finding](const IP_ADAPTER_ADDRESSES &adapter) {
                         DhcpLease lease;
                         lease.interfaceName = QString::fromWCharArray(adapter.FriendlyName);
                         lease.source = QStringLiteral("GetAdaptersAddresses");
                         // IP_ADAPTER_DHCP_ENABLED in Flags is the documented bit; the Dhcpv4Enabled bit-field mirrors
                         // it.
                         lease.dhcpEnabled = (adapter.Flags & IP_ADAPTER_DHCP_ENABLED) != 0;
                         for (auto *unicast = adapter.FirstUnicastAddress; unicast; unicast = unicast->Next) {
                             if (unicast->Address.lpSockaddr && unicast->Address.lpSockaddr->sa_family == AF_INET) {
                                 lease.address = adapterAddressText(unicast->Address);
                                 break;
                             }
                         }
                         if (lease.dhcpEnabled)
                             lease.server = adapterAddressText(adapter.Dhcpv4Server);
                         if (!lease.address.isEmpty())
                             finding->leases << lease;
                     });
}
#endif

QStringList laptopAddresses()
{
    QStringList addresses;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        QHostAddress plain = address;
        plain.setScopeId(QString());
        addresses << plain.toString();
    }
    return addresses;
}

} // namespace

QJsonObject DhcpLease::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("interface"), interfaceName);
    object.insert(QStringLiteral("address"), address);
    object.insert(QStringLiteral("server"), server);
    object.insert(QStringLiteral("router"), router);
    object.insert(QStringLiteral("dns_servers"), QJsonArray::fromStringList(dnsServers));
    object.insert(QStringLiteral("lease_time"), leaseTime);
    object.insert(QStringLiteral("source"), source);
    object.insert(QStringLiteral("current"), current);
    object.insert(QStringLiteral("dhcp_enabled"), dhcpEnabled);
    return object;
}

void DhcpFinding::markCurrent(const QStringList &addresses)
{
    for (DhcpLease &lease : leases)
        lease.current = !lease.address.isEmpty() && addresses.contains(lease.address);
}

QString DhcpFinding::summary() const
{
    QStringList viaDhcp, fixed;
    for (const DhcpLease &lease : leases) {
        if (!lease.current)
            continue;
        const QString name = lease.interfaceName.isEmpty()
                                 ? lease.address
                                 : QStringLiteral("%1 (%2)").arg(lease.interfaceName, lease.address);
        if (!lease.dhcpEnabled)
            fixed << name;
        else if (!lease.server.isEmpty())
            viaDhcp << DhcpText::tr("%1 from the DHCP server %2").arg(name, lease.server);
        else
            viaDhcp << name;
    }
    QStringList sentences;
    if (!viaDhcp.isEmpty())
        sentences << DhcpText::tr("The laptop got its address by DHCP: %1.").arg(viaDhcp.join(QStringLiteral("; ")));
    if (!fixed.isEmpty())
        sentences << DhcpText::tr("A static address (no DHCP) is set on %1.").arg(fixed.join(QStringLiteral("; ")));
    if (sentences.isEmpty()) {
        bool stale = false;
        for (const DhcpLease &lease : leases)
            stale = stale || !lease.current;
        sentences << (stale ? DhcpText::tr(
                                  "Old DHCP leases were found, but none for an address the laptop holds now: the "
                                  "system does not say how it got its current address.")
                            : DhcpText::tr("The system does not say whether the laptop's address came from DHCP."));
    }
    return sentences.join(u' ');
}

QJsonObject DhcpFinding::toJson() const
{
    QJsonArray list;
    for (const DhcpLease &lease : leases)
        list.append(lease.toJson());
    QJsonObject object;
    object.insert(QStringLiteral("leases"), list);
    object.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sources.mid(0, 16)));
    if (!commandError.isEmpty())
        object.insert(QStringLiteral("command_error"), commandError);
    return object;
}

DhcpLease parseNetworkdLease(const QByteArray &text)
{
    DhcpLease lease;
    for (const QByteArray &raw : text.left(kSystemFileMax).split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('#'))
            continue;
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = line.left(equals);
        const QByteArray value = line.mid(equals + 1);
        if (key == "ADDRESS")
            lease.address = ipOrEmpty(value);
        else if (key == "SERVER_ADDRESS")
            lease.server = ipOrEmpty(value);
        else if (key == "ROUTER")
            lease.router = ipList(value).value(0);
        else if (key == "DNS")
            lease.dnsServers = ipList(value);
        else if (key == "LIFETIME")
            lease.leaseTime = QString::fromLatin1(value.left(32));
    }
    return lease;
}

DhcpLease parseDhclientLeases(const QByteArray &text)
{
    DhcpLease lease;
    const QByteArray bounded = text.left(kSystemFileMax);
    const qsizetype start = bounded.lastIndexOf("lease {");
    if (start < 0)
        return lease;
    const qsizetype end = bounded.indexOf('}', start);
    const QByteArray block = bounded.mid(start + 7, end < 0 ? -1 : end - start - 7);
    for (const QByteArray &raw : block.split(';')) {
        const QByteArray line = raw.simplified();
        auto valueOf = [&line](const char *key) { return line.mid(static_cast<qsizetype>(qstrlen(key))).trimmed(); };
        if (line.startsWith("interface ")) {
            QByteArray name = valueOf("interface ");
            name.replace('"', "");
            lease.interfaceName = QString::fromLatin1(name.left(64));
        } else if (line.startsWith("fixed-address ")) {
            lease.address = ipOrEmpty(valueOf("fixed-address "));
        } else if (line.startsWith("option dhcp-server-identifier ")) {
            lease.server = ipOrEmpty(valueOf("option dhcp-server-identifier "));
        } else if (line.startsWith("option routers ")) {
            lease.router = ipList(valueOf("option routers ")).value(0);
        } else if (line.startsWith("option domain-name-servers ")) {
            lease.dnsServers = ipList(valueOf("option domain-name-servers "));
        } else if (line.startsWith("expire ")) {
            lease.leaseTime = QString::fromLatin1(valueOf("expire ").left(40));
        }
    }
    return lease;
}

QList<DhcpLease> parseNmcliDhcp4(const QByteArray &text)
{
    QList<DhcpLease> leases;
    DhcpLease current;
    auto flush = [&] {
        if (!current.isEmpty() && leases.size() < 16)
            leases << current;
        current = DhcpLease();
    };
    for (const QByteArray &raw : text.left(kSystemFileMax).split('\n')) {
        QByteArray line = raw.trimmed();
        line.replace("\\:", ":"); // terse mode escapes colons in values
        if (line.startsWith("GENERAL.DEVICE:")) {
            flush();
            current.interfaceName = QString::fromLatin1(line.mid(15).left(64));
            current.source = QStringLiteral("nmcli");
            continue;
        }
        if (!line.startsWith("DHCP4.OPTION"))
            continue;
        const qsizetype colon = line.indexOf(':');
        const qsizetype equals = line.indexOf('=', colon);
        if (colon < 0 || equals < 0)
            continue;
        const QByteArray key = line.mid(colon + 1, equals - colon - 1).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if (key == "ip_address")
            current.address = ipOrEmpty(value);
        else if (key == "dhcp_server_identifier")
            current.server = ipOrEmpty(value);
        else if (key == "routers")
            current.router = ipList(value).value(0);
        else if (key == "domain_name_servers")
            current.dnsServers = ipList(value);
        else if (key == "dhcp_lease_time")
            current.leaseTime = QString::fromLatin1(value.left(32));
    }
    flush();
    return leases;
}

DhcpLease parseIpconfigPacket(const QByteArray &text)
{
    DhcpLease lease;
    for (const QByteArray &raw : text.left(kSystemFileMax).split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith("yiaddr = ")) {
            lease.address = ipOrEmpty(line.mid(9));
            if (lease.address == u"0.0.0.0")
                lease.address.clear();
        } else if (colon > 0) {
            const QByteArray key = line.left(colon);
            const QByteArray value = line.mid(colon + 1);
            if (key.startsWith("server_identifier"))
                lease.server = ipOrEmpty(value);
            else if (key.startsWith("router"))
                lease.router = ipList(value).value(0);
            else if (key.startsWith("domain_name_server"))
                lease.dnsServers = ipList(value);
            else if (key.startsWith("lease_time"))
                lease.leaseTime = QString::fromLatin1(value.trimmed().left(32));
        }
    }
    return lease;
}

DhcpFinding readDhcpSources()
{
    DhcpFinding finding;
#ifdef Q_OS_LINUX
    readLinuxLeaseFiles(&finding);
#endif
#ifdef Q_OS_WIN
    readWindowsAdapters(&finding);
#endif
    finding.markCurrent(laptopAddresses());
    return finding;
}

bool dhcpCommand(QString *program, QStringList *arguments)
{
#if defined(Q_OS_MACOS)
    // The interface that holds an IPv4 address and looks like the main one (en0 is Wi-Fi or Ethernet).
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (!iface.name().startsWith(QStringLiteral("en")) || !iface.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                *program = QStringLiteral("/usr/sbin/ipconfig");
                *arguments = {QStringLiteral("getpacket"), iface.name()};
                return true;
            }
        }
    }
    return false;
#elif defined(Q_OS_LINUX)
    const QString nmcli = QStandardPaths::findExecutable(QStringLiteral("nmcli"));
    if (nmcli.isEmpty())
        return false;
    *program = nmcli;
    *arguments = {QStringLiteral("-t"), QStringLiteral("-f"), QStringLiteral("GENERAL.DEVICE,DHCP4"),
                  QStringLiteral("dev"), QStringLiteral("show")};
    return true;
#else
    Q_UNUSED(program)
    Q_UNUSED(arguments)
    return false;
#endif
}

void addDhcpCommandOutput(DhcpFinding *finding, const QString &program, const QStringList &arguments, int exitCode,
                          const QByteArray &output)
{
    finding->sources << (QStringList{QFileInfo(program).fileName()} + arguments).join(u' ');
    if (exitCode != 0) {
        finding->commandError = QStringLiteral("exit code %1").arg(exitCode);
        return;
    }
    QList<DhcpLease> found;
    if (program.endsWith(QStringLiteral("ipconfig"))) {
        DhcpLease lease = parseIpconfigPacket(output);
        lease.interfaceName = arguments.value(1);
        lease.source = QStringLiteral("ipconfig getpacket");
        found << lease;
    } else {
        found = parseNmcliDhcp4(output);
    }
    for (const DhcpLease &lease : std::as_const(found)) {
        if (!lease.isEmpty())
            finding->leases << lease;
    }
    finding->markCurrent(laptopAddresses());
}

DhcpFinding findDhcp(int commandTimeoutMs)
{
    DhcpFinding finding = readDhcpSources();
    QString program;
    QStringList arguments;
    if (!dhcpCommand(&program, &arguments))
        return finding;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForFinished(commandTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        finding.commandError = QStringLiteral("%1 did not answer within %2 ms").arg(program).arg(commandTimeoutMs);
        return finding;
    }
    addDhcpCommandOutput(&finding, program, arguments,
                         process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                         process.readAllStandardOutput().left(kSystemFileMax));
    return finding;
}

} // namespace tpready
