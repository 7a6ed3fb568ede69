// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "dnsconfig.h"

#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QString>

#ifdef Q_OS_WIN
// clang-format off
#include <winsock2.h>
#include <iphlpapi.h>
// clang-format on
#endif

namespace tpready {
namespace {

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

bool isStub(const QStringList &servers)
{
    return servers.size() == 1 && (servers.first() == u"127.0.0.53" || servers.first() == u"127.0.0.54");
}

#ifdef Q_OS_WIN
QStringList windowsDnsServers()
{
    QStringList servers;
    ULONG size = 16 * 1024;
    QByteArray buffer;
    ULONG result = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 3 && result == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(static_cast<qsizetype>(size));
        result = GetAdaptersAddresses(AF_UNSPEC, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST, nullptr,
                                      reinterpret_cast<IP_ADAPTER_ADDRESSES *>(buffer.data()), &size);
    }
    if (result != NO_ERROR)
        return servers;
    for (auto *adapter = reinterpret_cast<IP_ADAPTER_ADDRESSES *>(buffer.data()); adapter; adapter = adapter->Next) {
        if (adapter->OperStatus != IfOperStatusUp || adapter->IfType == IF_TYPE_SOFTWARE_LOOPBACK)
            continue;
        for (auto *dns = adapter->FirstDnsServerAddress; dns; dns = dns->Next) {
            QHostAddress address(dns->Address.lpSockaddr);
            address.setScopeId(QString());
            const QString text = address.toString();
            // fec0:0:0:ffff::1-3 are Windows' placeholder site-local resolvers, not configured ones.
            if (!address.isNull() && !text.startsWith(u"fec0:0:0:ffff::") && !servers.contains(text))
                servers << text;
        }
    }
    return servers;
}
#endif

} // namespace

QStringList parseResolvConf(const QByteArray &text)
{
    QStringList servers;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.simplified();
        if (!line.startsWith("nameserver"))
            continue;
        const QList<QByteArray> words = line.split(' ');
        if (words.size() < 2 || words.first() != "nameserver")
            continue;
        QString value = QString::fromLatin1(words.at(1));
        const qsizetype zone = value.indexOf(u'%');
        if (zone >= 0)
            value.truncate(zone);
        QHostAddress address;
        if (!address.setAddress(value))
            continue;
        const QString normal = address.toString();
        if (!servers.contains(normal))
            servers << normal;
    }
    return servers;
}

QStringList systemDnsServers()
{
#ifdef Q_OS_WIN
    return windowsDnsServers();
#else
    QStringList servers = parseResolvConf(readSmallFile(QStringLiteral("/etc/resolv.conf")));
    if (isStub(servers)) {
        const QStringList upstream = parseResolvConf(readSmallFile(QStringLiteral("/run/systemd/resolve/resolv.conf")));
        if (!upstream.isEmpty())
            servers = upstream;
    }
    return servers;
#endif
}

} // namespace tpready
