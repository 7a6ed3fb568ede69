// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QTest>

#include "core/env/envadvice.h"

using namespace Qt::StringLiterals;
using namespace tpready;

namespace {

InterfaceInfo interface(const QString &name, const QString &kind, bool up, bool defaultRoute)
{
    InterfaceInfo info;
    info.name = name;
    info.kind = kind;
    info.up = up;
    info.defaultRoute = defaultRoute;
    info.addresses = {u"192.0.2.5/24"_s};
    return info;
}

} // namespace

class TestEnvAdvice final : public QObject
{
    Q_OBJECT

private slots:
    void wiredLaptopIsFine()
    {
        Environment env;
        QCOMPARE(laptopPathWarning(env), QString());
        env.interfaces << interface(u"eth0"_s, u"ethernet"_s, true, true)
                       << interface(u"wlan0"_s, u"wifi"_s, true, false); // Wi-Fi up, but not the way out
        QCOMPARE(laptopPathWarning(env), QString());
    }

    void wifi()
    {
        Environment env;
        env.interfaces << interface(u"eth0"_s, u"ethernet"_s, false, false)
                       << interface(u"Wi-Fi"_s, u"wifi"_s, true, true);
        const QString warning = laptopPathWarning(env);
        QVERIFY2(warning.contains(u"Wi-Fi (Wi-Fi)"_s) && warning.contains(u"wired"_s), qPrintable(warning));
    }

    void vpn()
    {
        Environment env;
        env.interfaces << interface(u"eth0"_s, u"ethernet"_s, true, true)
                       << interface(u"tun0"_s, u"vpn"_s, true, false);
        const QString warning = laptopPathWarning(env);
        QVERIFY2(warning.contains(u"VPN"_s) && warning.contains(u"tun0"_s), qPrintable(warning));
        // A VPN interface that is down, or has no address, is not in the way.
        env.interfaces[1].up = false;
        QCOMPARE(laptopPathWarning(env), QString());
    }
};

QTEST_APPLESS_MAIN(TestEnvAdvice)
#include "testenvadvice.moc"
