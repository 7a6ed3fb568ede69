// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "environment.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QSysInfo>
#include <QUrl>
#include <cmath>

#include "core/env/dhcpinfo.h"
#include "core/env/dnsconfig.h"
#include "core/env/routes.h"

namespace tpready {
namespace {

QString kindOf(const QNetworkInterface &iface)
{
    switch (iface.type()) {
    case QNetworkInterface::Loopback:
        return QStringLiteral("loopback");
    case QNetworkInterface::Ethernet:
        return QStringLiteral("ethernet");
    case QNetworkInterface::Wifi:
    case QNetworkInterface::Ieee80216:
        return QStringLiteral("wifi");
    case QNetworkInterface::Ppp:
        return QStringLiteral("vpn");
    case QNetworkInterface::Virtual:
        break;
    default:
        return QStringLiteral("other");
    }
    // Tunnels (WireGuard, OpenVPN tun, IPsec) show as virtual: their names tell.
    const QString name = iface.name().toLower();
    for (const char *prefix : {"tun", "tap", "wg", "ppp", "utun", "ipsec", "vpn", "zt", "tailscale"}) {
        if (name.startsWith(QLatin1String(prefix)))
            return QStringLiteral("vpn");
    }
    return QStringLiteral("virtual");
}

QString describeOs()
{
    return QStringLiteral("%1, kernel %2 %3")
        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion());
}

QString proxyFor(const QStringList &hosts, bool *configured)
{
    *configured = false;
    QStringList seen;
    for (const QString &host : hosts) {
        if (host.isEmpty())
            continue;
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        for (const QNetworkProxy &proxy : proxies) {
            if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy)
                continue;
            const QString text =
                QStringLiteral("%1 %2:%3")
                    .arg(proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("SOCKS5") : QStringLiteral("HTTP"),
                         proxy.hostName())
                    .arg(proxy.port());
            if (!seen.contains(text))
                seen << text;
            *configured = true;
        }
    }
    return seen.isEmpty() ? QStringLiteral("none") : seen.join(QStringLiteral(", "));
}

QString describeDhcp()
{
    // Lease files, the adapters' settings, and nmcli / ipconfig where present (core/env/dhcpinfo.h).
    return findDhcp(1500).summary();
}

} // namespace

QStringList parseProcNetRoute(const QByteArray &text)
{
    QStringList gateways;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 3 || fields.at(1) != "00000000")
            continue;
        bool ok = false;
        const quint32 raw = fields.at(2).toUInt(&ok, 16);
        if (!ok || raw == 0)
            continue;
        // /proc/net/route prints the address in host byte order of a little-endian machine.
        const quint32 address = ((raw & 0xff) << 24) | ((raw & 0xff00) << 8) | ((raw >> 8) & 0xff00) | (raw >> 24);
        const QString gateway = QHostAddress(address).toString();
        if (!gateways.contains(gateway))
            gateways << gateway;
    }
    return gateways;
}

QStringList defaultRouteInterfaces(const QByteArray &text)
{
    QStringList names;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() >= 2 && fields.at(1) == "00000000" && !names.contains(QString::fromLatin1(fields.at(0))))
            names << QString::fromLatin1(fields.at(0));
    }
    return names;
}

Environment captureEnvironment(const QStringList &planHosts)
{
    Environment env;
    env.os = describeOs();
    const DefaultRoutes routes = systemDefaultRoutes();
    env.defaultGateways = routes.gateways;
    env.defaultGatewaysSource = routes.source.isEmpty() ? QStringLiteral("unavailable") : routes.source;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        InterfaceInfo info;
        info.name = iface.humanReadableName();
        info.kind = kindOf(iface);
        info.up =
            iface.flags().testFlag(QNetworkInterface::IsUp) && iface.flags().testFlag(QNetworkInterface::IsRunning);
        info.hardwareAddress = iface.hardwareAddress();
        info.defaultRoute = routes.interfaceIndexes.contains(iface.index());
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            QHostAddress ip = entry.ip();
            ip.setScopeId(QString());
            info.addresses << QStringLiteral("%1/%2").arg(ip.toString()).arg(entry.prefixLength());
        }
        if (info.kind == u"loopback")
            continue;
        env.interfaces << info;
    }
    env.dnsServers = systemDnsServers();
    env.dnsSource = QStringLiteral("system");
    env.proxy = proxyFor(planHosts, &env.proxyConfigured);
    env.dhcp = describeDhcp();
    return env;
}

const InterfaceInfo *Environment::primaryInterface() const
{
    for (const InterfaceInfo &iface : interfaces) {
        if (iface.defaultRoute)
            return &iface;
    }
    for (const InterfaceInfo &iface : interfaces) {
        if (iface.up && !iface.addresses.isEmpty())
            return &iface;
    }
    return nullptr;
}

QJsonObject Environment::toJson() const
{
    QJsonArray ifaces;
    for (const InterfaceInfo &iface : interfaces) {
        ifaces.append(QJsonObject{{QStringLiteral("name"), iface.name},
                                  {QStringLiteral("kind"), iface.kind},
                                  {QStringLiteral("addresses"), QJsonArray::fromStringList(iface.addresses)},
                                  {QStringLiteral("hardware_address"), iface.hardwareAddress},
                                  {QStringLiteral("up"), iface.up},
                                  {QStringLiteral("default_route"), iface.defaultRoute}});
    }
    QJsonObject object;
    object.insert(QStringLiteral("os"), os);
    object.insert(QStringLiteral("interfaces"), ifaces);
    object.insert(QStringLiteral("default_gateways"), QJsonArray::fromStringList(defaultGateways));
    object.insert(QStringLiteral("default_gateways_source"), defaultGatewaysSource);
    object.insert(QStringLiteral("dns_servers"), QJsonArray::fromStringList(dnsServers));
    object.insert(QStringLiteral("dns_source"), dnsSource);
    object.insert(QStringLiteral("proxy"), proxy);
    object.insert(QStringLiteral("proxy_configured"), proxyConfigured);
    object.insert(QStringLiteral("clock_offset_ms"), clockOffsetMs ? QJsonValue(*clockOffsetMs) : QJsonValue());
    object.insert(QStringLiteral("clock_source"), clockSource);
    object.insert(QStringLiteral("dhcp"), dhcp);
    return object;
}

Environment Environment::fromJson(const QJsonObject &object)
{
    auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list << item.toString();
        return list;
    };
    Environment env;
    env.os = object.value(QStringLiteral("os")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("interfaces")).toArray()) {
        const QJsonObject iface = value.toObject();
        InterfaceInfo info;
        info.name = iface.value(QStringLiteral("name")).toString();
        info.kind = iface.value(QStringLiteral("kind")).toString();
        info.addresses = strings(iface.value(QStringLiteral("addresses")));
        info.hardwareAddress = iface.value(QStringLiteral("hardware_address")).toString();
        info.up = iface.value(QStringLiteral("up")).toBool();
        info.defaultRoute = iface.value(QStringLiteral("default_route")).toBool();
        env.interfaces << info;
    }
    env.defaultGateways = strings(object.value(QStringLiteral("default_gateways")));
    env.defaultGatewaysSource = object.value(QStringLiteral("default_gateways_source")).toString();
    env.dnsServers = strings(object.value(QStringLiteral("dns_servers")));
    env.dnsSource = object.value(QStringLiteral("dns_source")).toString();
    env.proxy = object.value(QStringLiteral("proxy")).toString();
    env.proxyConfigured = object.value(QStringLiteral("proxy_configured")).toBool();
    const QJsonValue offset = object.value(QStringLiteral("clock_offset_ms"));
    // Range-checked before the conversion: a hostile report's 1e300 has no qint64 value.
    if (offset.isDouble() && std::abs(offset.toDouble()) < 9e15)
        env.clockOffsetMs = static_cast<qint64>(offset.toDouble());
    env.clockSource = object.value(QStringLiteral("clock_source")).toString();
    env.dhcp = object.value(QStringLiteral("dhcp")).toString();
    return env;
}

void Environment::redact()
{
    const QString redacted = QStringLiteral("redacted");
    for (InterfaceInfo &iface : interfaces) {
        for (QString &address : iface.addresses)
            address = redacted;
        if (!iface.hardwareAddress.isEmpty())
            iface.hardwareAddress = redacted;
    }
}

} // namespace tpready
