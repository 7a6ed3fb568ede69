// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tpready {

/// What a DHCP server gave one interface of the laptop, as the system recorded it.
struct DhcpLease
{
    QString interfaceName;
    QString address; ///< the leased IPv4 address
    QString server;  ///< the DHCP server's identifier
    QString router;
    QStringList dnsServers;
    QString leaseTime;       ///< as the source wrote it (seconds, or a date)
    QString source;          ///< the file or command it comes from
    bool current = false;    ///< the laptop holds the leased address now (an old lease file proves nothing)
    bool dhcpEnabled = true; ///< Windows: the adapter uses DHCP (false: a static address)

    bool isEmpty() const { return address.isEmpty() && server.isEmpty(); }
    QJsonObject toJson() const;
};

/// How the laptop got its addresses, where the system tells. tpready never sends DHCP itself.
struct DhcpFinding
{
    QList<DhcpLease> leases;
    QStringList sources; ///< what was read or run
    QString commandError;

    /// One translated sentence: DHCP (from which server), a static address, or unknown.
    QString summary() const;
    QJsonObject toJson() const;
    /// Sets DhcpLease::current from the laptop's addresses.
    void markCurrent(const QStringList &laptopAddresses);
};

/// A systemd-networkd lease file (/run/systemd/netif/leases/IFINDEX) or a NetworkManager internal lease
/// (KEY=VALUE lines: ADDRESS, SERVER_ADDRESS, ROUTER, DNS, LIFETIME).
DhcpLease parseNetworkdLease(const QByteArray &text);
/// A dhclient lease file: the last `lease { ... }` block (fixed-address, option dhcp-server-identifier...).
DhcpLease parseDhclientLeases(const QByteArray &text);
/// `nmcli -t -f GENERAL.DEVICE,DHCP4 dev show`: one lease per device that has DHCP4 options.
QList<DhcpLease> parseNmcliDhcp4(const QByteArray &text);
/// macOS `ipconfig getpacket IFACE`: the last DHCP packet the interface got.
DhcpLease parseIpconfigPacket(const QByteArray &text);

/// What the files say (Linux lease files; Windows adapters' DHCP settings). Fast: no process is run.
DhcpFinding readDhcpSources();
/// The command that can add to it on this system (nmcli where installed; macOS ipconfig getpacket), as program and
/// arguments. Returns false when there is none.
bool dhcpCommand(QString *program, QStringList *arguments);
/// Adds a dhcpCommand() run's output to @p finding.
void addDhcpCommandOutput(DhcpFinding *finding, const QString &program, const QStringList &arguments, int exitCode,
                          const QByteArray &output);
/// readDhcpSources() plus the command, waited for at most @p commandTimeoutMs. Blocks: not on the GUI thread.
DhcpFinding findDhcp(int commandTimeoutMs);

} // namespace tpready
