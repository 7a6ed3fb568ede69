// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

/// The project's vocabulary (DESIGN.md): enums and their stable machine tokens.
/// Tokens appear in the CLI, the JSON contracts and the catalog files; they never change with the language.
namespace tpready {

enum class Deployment
{
    Saas,
    SelfHosted,
};

enum class Transport
{
    LrrIpsec,
    LrrTls,
    LrrPlain,
    BasicsStation,
};

/// Named after the vendor page's Protocol column.
enum class Protocol
{
    Dns,
    Dhcp,
    Ntp,
    Icmp,
    Ssh,
    Sftp,
    Ftp,
    Ike,
    Esp,
    Tls,
    Iec104,
    Iec104Tls,
    SftpTls,
    Https,
    Wss,
};

/// The "To (system)" column of the vendor page: what a flow's destination is.
enum class Role
{
    Slrc,
    LnsBridge,
    Lrc,
    Support,
    ProxyHttp,
    Tpe,
    NtpService,
    DnsService,
    DhcpService,
};

enum class Requirement
{
    Must,
    Optional,
};

enum class Direction
{
    Bidirectional,
    Unidirectional,
};

/// How a check travels: the "transport" of a check in the JSON contracts (not the LRR transport of a selection).
enum class IpTransport
{
    Tcp,
    Udp,
    Icmp,
    Ip,
};

QString toToken(Deployment value);
QString toToken(Transport value);
QString toToken(Protocol value);
QString toToken(Requirement value);
QString toToken(Direction value);
QString toToken(IpTransport value);

std::optional<Deployment> deploymentFromToken(QStringView token);
std::optional<Transport> transportFromToken(QStringView token);
std::optional<Protocol> protocolFromToken(QStringView token);
std::optional<IpTransport> ipTransportFromToken(QStringView token);

/// The vendor page's wording of a destination system ("SLRC (LNS-BRIDGE)", "NTP service"...).
QString vendorName(Role role);
std::optional<Role> roleFromVendorName(QStringView name);

/// Whether a transport exists for a deployment (`lrr-plain` is self-hosted only).
bool isTransportAvailable(Deployment deployment, Transport transport);
/// Whether the transport is one of the LRR ones (an LRR version applies).
bool isLrrTransport(Transport transport);

const QList<Deployment> &allDeployments();
const QList<Transport> &allTransports();

/// A human name for a deployment or transport, translated.
QString displayName(Deployment value);
QString displayName(Transport value);

/// An LRR software version such as 2.8 (or 2.8.1).
struct LrrVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;

    static std::optional<LrrVersion> parse(QStringView text);
    QString toString() const;
    friend bool operator<(const LrrVersion &a, const LrrVersion &b);
    friend bool operator==(const LrrVersion &a, const LrrVersion &b);
};

} // namespace tpready
