// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// The laptop's default routes: the /proc/net/route parsers, this system's back-end against the file it reads, and
// the report's record of where the gateways came from (or that this system cannot tell).
#include <QFile>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QtTest>

#include "core/env/environment.h"
#include "core/env/routes.h"

using namespace tpready;

class TestEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void procNetRoute()
    {
        // Two default routes (metric 100 and 600), a link route and a duplicate gateway; addresses are the kernel's
        // little-endian hex: 0102A8C0 is 192.168.2.1.
        const QByteArray text = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
                                "eth0\t00000000\t0102A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
                                "eth0\t0002A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n"
                                "wlan0\t00000000\t0100000A\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
                                "wlan1\t00000000\t0100000A\t0003\t0\t0\t700\t00000000\t0\t0\t0\n"
                                "tun0\t00000000\t00000000\t0001\t0\t0\t50\t00000000\t0\t0\t0\n";
        QCOMPARE(parseProcNetRoute(text), (QStringList{QStringLiteral("192.168.2.1"), QStringLiteral("10.0.0.1")}));
        // A default route without a gateway (a point-to-point tunnel) still carries the default route.
        QCOMPARE(defaultRouteInterfaces(text), (QStringList{QStringLiteral("eth0"), QStringLiteral("wlan0"),
                                                            QStringLiteral("wlan1"), QStringLiteral("tun0")}));
        QVERIFY(parseProcNetRoute({}).isEmpty());
        QVERIFY(parseProcNetRoute("Iface\tDestination\tGateway\nbad line\neth0 00000000 zz\n").isEmpty());
    }

    void systemBackEnd()
    {
        const DefaultRoutes routes = systemDefaultRoutes();
#if defined(Q_OS_LINUX)
        QCOMPARE(routes.source, QStringLiteral("/proc/net/route"));
        QFile file(routes.source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(routes.gateways, parseProcNetRoute(text));
        QStringList names;
        for (int index : routes.interfaceIndexes)
            names << QNetworkInterface::interfaceNameFromIndex(index);
        QCOMPARE(names, defaultRouteInterfaces(text));
#elif defined(Q_OS_WIN)
        QCOMPARE(routes.source, QStringLiteral("GetAdaptersAddresses"));
        for (int index : routes.interfaceIndexes)
            QVERIFY2(QNetworkInterface::interfaceFromIndex(index).isValid(), qPrintable(QString::number(index)));
#else
        QVERIFY(routes.source.isEmpty());
        QVERIFY(routes.gateways.isEmpty());
#endif
        for (const QString &gateway : routes.gateways)
            QVERIFY2(!QHostAddress(gateway).isNull(), qPrintable(gateway));
    }

    void captureRecordsTheSource()
    {
        const Environment env = captureEnvironment({});
        QVERIFY(!env.defaultGatewaysSource.isEmpty());
        QCOMPARE(env.defaultGatewaysUnavailable(), systemDefaultRoutes().source.isEmpty());
        QCOMPARE(env.defaultGateways, systemDefaultRoutes().gateways);
        // Each interface is marked as carrying a default route exactly when the back-end names its index (the
        // report names interfaces as the system shows them to users: by name on Linux).
        const QList<int> indexes = systemDefaultRoutes().interfaceIndexes;
        for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
            if (iface.type() == QNetworkInterface::Loopback)
                continue;
            const auto info =
                std::find_if(env.interfaces.cbegin(), env.interfaces.cend(),
                             [&iface](const InterfaceInfo &i) { return i.name == iface.humanReadableName(); });
            QVERIFY2(info != env.interfaces.cend(), qPrintable(iface.humanReadableName()));
            QCOMPARE(info->defaultRoute, indexes.contains(iface.index()));
        }
        const QJsonObject json = env.toJson();
        QCOMPARE(json.value(QStringLiteral("default_gateways_source")).toString(), env.defaultGatewaysSource);
        QCOMPARE(Environment::fromJson(json).defaultGatewaysSource, env.defaultGatewaysSource);
    }

    void unavailableIsNotEmpty()
    {
        Environment env;
        env.defaultGatewaysSource = QStringLiteral("unavailable");
        QVERIFY(env.defaultGatewaysUnavailable());
        env.defaultGatewaysSource = QStringLiteral("/proc/net/route");
        QVERIFY(!env.defaultGatewaysUnavailable());
        // A report written before the source was recorded: not claimed unavailable.
        QVERIFY(!Environment::fromJson(QJsonObject{}).defaultGatewaysUnavailable());
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "testenvironment.moc"
