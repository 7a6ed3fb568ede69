// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tpready {

/// One network interface of the laptop.
struct InterfaceInfo
{
    QString name;          ///< "eth0", "Wi-Fi"
    QString kind;          ///< "ethernet", "wifi", "vpn", "virtual", "loopback", "other"
    QStringList addresses; ///< "192.0.2.10/24"
    QString hardwareAddress;
    bool up = false;
    bool defaultRoute = false; ///< carries the default route
};

/// The laptop's network as the probes saw it (the report's "environment").
struct Environment
{
    QString os; ///< "Debian GNU/Linux 12 (bookworm), kernel 6.1"
    QList<InterfaceInfo> interfaces;
    QStringList defaultGateways;
    QString defaultGatewaysSource; ///< where they were read ("/proc/net/route"); "unavailable" on a system without
                                   ///< a way to read them; empty in a report written before it was recorded
    bool defaultGatewaysUnavailable() const { return defaultGatewaysSource == u"unavailable"; }
    QStringList dnsServers;
    QString dnsSource; ///< where dnsServers came from
    QString proxy;     ///< "none", or the proxy the system would use for HTTPS to the plan's hosts
    bool proxyConfigured = false;
    std::optional<qint64> clockOffsetMs; ///< laptop clock minus NTP time, from an NTP check
    QString clockSource;                 ///< the NTP server the offset comes from
    QString dhcp;                        ///< how the laptop got its address, where the system tells

    QJsonObject toJson() const;
    static Environment fromJson(const QJsonObject &object);
    /// Replaces the laptop's own addresses (interfaces, hardware addresses) by "redacted".
    void redact();
    /// The interface that carries the default route, or nullptr.
    const InterfaceInfo *primaryInterface() const;
};

/// Reads the laptop's network configuration. @p planHosts are the names whose proxy settings are asked for.
/// It may take a moment where the system evaluates a proxy auto-configuration script: call it off the GUI thread.
Environment captureEnvironment(const QStringList &planHosts);

/// The default gateways in a Linux /proc/net/route text.
QStringList parseProcNetRoute(const QByteArray &text);
/// The interfaces that carry a default route in a Linux /proc/net/route text.
QStringList defaultRouteInterfaces(const QByteArray &text);

} // namespace tpready
