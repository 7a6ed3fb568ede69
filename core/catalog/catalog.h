// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "vocabulary.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace tpready {

/// One destination port of a flow ("UDP/500"); port 0 for flows without a port (ICMP, ESP, DHCP).
struct PortSpec
{
    IpTransport transport = IpTransport::Tcp;
    quint16 port = 0;
};

/// One row of a vendor table, with every column the page gives, in the page's own wording.
struct Flow
{
    QString id;              ///< "i7a": unique within its table only
    QString fromSystem;      ///< "BASE STATION"
    QString fromApplication; ///< "strongswan (client)"
    QString type;            ///< vendor wording: "Bidirectional" / "Unidirectional"
    Direction direction = Direction::Unidirectional;
    QString protocolLabel; ///< vendor wording: "IKE v2 (secure) MOBIKE v2 (secure)"
    Protocol protocol = Protocol::Tls;
    QString destPortLabel;                      ///< vendor wording: "UDP/500 UDP/4500", "-" when none
    QList<PortSpec> ports;                      ///< parsed from destPortLabel; one PortSpec with port 0 when it is "-"
    QString toSystem;                           ///< vendor wording: "SLRC (LNS-BRIDGE)"
    Role toRole = Role::Slrc;                   ///< toSystem as a role
    QString toApplication;                      ///< "haproxy"
    QString description;                        ///< verbatim, typos included
    QStringList notes;                          ///< the page's "Note ..." lines
    Requirement standalone = Requirement::Must; ///< SaaS: the only requirement
    Requirement highAvailability = Requirement::Must; ///< self-hosted HIGH AVAILABILITY column
    std::optional<LrrVersion> minLrrVersion;          ///< "only applicable to LRR version >= 2.8"

    Requirement requirement(bool highAvailabilityDeployment) const
    {
        return highAvailabilityDeployment ? highAvailability : standalone;
    }
};

/// A destination the base station reaches only inside another flow's tunnel (LRC through SLRC).
struct Tunnel
{
    QString viaFlow;     ///< the carrying flow ("i7a", "i7")
    quint16 viaPort = 0; ///< the carrying flow's port, 0 when the whole flow carries it
    QString innerFlow;   ///< the vendor's id of the inner flow ("i14"), may be empty
    QString toSystem;    ///< "LRC"
    Role toRole = Role::Lrc;
    QString destPortLabel; ///< "TCP/2404", may be empty
};

/// One of the seven tables of the vendor page.
struct FlowTable
{
    Deployment deployment = Deployment::Saas;
    Transport transport = Transport::LrrIpsec;
    QString section; ///< "For ThingPark SaaS deployments"
    QString title;   ///< "LRR flows when IPsec is used"
    QString sourceFile;
    QList<Flow> flows;
    QList<Tunnel> tunnels;
};

/// A SaaS platform of the "Per-platform FQDN list".
struct Platform
{
    QString id;   ///< "eu-prod"
    QString name; ///< "EU-PROD"
    QMap<Role, QStringList> hosts;

    QStringList hostsFor(Role role) const { return hosts.value(role); }
};

/// The flow catalog: every table and platform of the vendor page, loaded from JSON and validated.
class Catalog
{
public:
    /// Loads every *.json file of @p directory. On failure returns nullopt and sets @p error to one sentence
    /// naming the file and the key.
    static std::optional<Catalog> loadFromDirectory(const QString &directory, QString *error);
    /// Loads a catalog held in memory: file name -> file bytes, read in name order as loadFromDirectory() reads the
    /// files of a directory (which it does through this function). @p origin names the set in errors (the
    /// directory). Never touches the file system: this is the entry point of the catalog fuzz target.
    static std::optional<Catalog> loadFromFiles(const QMap<QString, QByteArray> &files, const QString &origin,
                                                QString *error);
    /// Loads the copy built into the application (":/catalog").
    static std::optional<Catalog> loadBuiltIn(QString *error);
    /// The directory of the built-in copy.
    static QString builtInDirectory();

    const QList<FlowTable> &tables() const { return m_tables; }
    const QList<Platform> &platforms() const { return m_platforms; }
    const FlowTable *table(Deployment deployment, Transport transport) const;
    const Platform *platform(QStringView id) const;
    QStringList platformIds() const;

private:
    QList<FlowTable> m_tables;
    QList<Platform> m_platforms;
};

} // namespace tpready
