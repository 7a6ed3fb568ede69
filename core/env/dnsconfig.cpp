// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "dnsconfig.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include "core/env/systemfile.h"

#ifdef Q_OS_WIN
#include "core/env/adapters_win.h"
#endif

namespace tpready {
namespace {

#ifndef Q_OS_WIN
bool isStub(const QStringList &servers)
{
    return servers.size() == 1 && (servers.first() == u"127.0.0.53" || servers.first() == u"127.0.0.54");
}
#endif

#ifdef Q_OS_WIN
QStringList windowsDnsServers()
{
    QStringList servers;
    forEachUpAdapter(AF_UNSPEC, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST,
                     [&servers](const IP_ADAPTER_ADDRESSES &adapter) {
                         for (auto *dns = adapter.FirstDnsServerAddress; dns; dns = dns->Next) {
                             const QString text = adapterAddressText(dns->Address);
                             // fec0:0:0:ffff::1-3 are Windows' placeholder site-local resolvers, not configured ones.
                             if (!text.isEmpty() && !text.startsWith(u"fec0:0:0:ffff::") && !servers.contains(text))
                                 servers << text;
                         }
                     });
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
    QStringList servers = parseResolvConf(readSystemFile(QStringLiteral("/etc/resolv.conf")));
    if (isStub(servers)) {
        const QStringList upstream =
            parseResolvConf(readSystemFile(QStringLiteral("/run/systemd/resolve/resolv.conf")));
        if (!upstream.isEmpty())
            servers = upstream;
    }
    return servers;
#endif
}

} // namespace tpready
