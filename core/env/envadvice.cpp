// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "envadvice.h"

#include <QCoreApplication>
#include <QStringList>

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class EnvironmentAdviceText
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentAdviceText)
};

} // namespace

QString laptopPathWarning(const Environment &environment)
{
    QStringList vpns;
    for (const InterfaceInfo &iface : environment.interfaces) {
        if (iface.kind == u"vpn" && iface.up && !iface.addresses.isEmpty())
            vpns << iface.name;
    }
    if (!vpns.isEmpty())
        return EnvironmentAdviceText::tr(
                   "A VPN is up on this laptop (%1): traffic may leave through it instead of the site's network, so "
                   "the checks may test the VPN's path rather than the gateway's. Disconnect the VPN and run the "
                   "checks again.")
            .arg(vpns.join(QStringLiteral(", ")));
    const InterfaceInfo *primary = environment.primaryInterface();
    if (primary && primary->kind == u"wifi")
        return EnvironmentAdviceText::tr(
                   "This laptop is on Wi-Fi (%1), while the base station will be wired: Wi-Fi is often another VLAN "
                   "with other firewall rules. Plug the laptop into the gateway's cable or switch port for the "
                   "closest result.")
            .arg(primary->name);
    return {};
}

} // namespace tpready
