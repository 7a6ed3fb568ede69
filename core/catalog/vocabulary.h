// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <cstddef>
#include <optional>

/// The project's vocabulary: enums and their stable machine tokens, the words of the command line and the JSON.
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

/// Named after the vendor page's Protocol column. A new protocol goes at the end, in kProtocolCount and in
/// kProtocolTraits (CONTRIBUTING.md, "Adding a protocol").
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
/// The number of protocols: the last value of Protocol, plus one.
inline constexpr std::size_t kProtocolCount = static_cast<std::size_t>(Protocol::Wss) + 1;

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

/// How a protocol's checks are proven: which kind of probe, over what.
enum class ProtocolFamily
{
    Tcp,  ///< a TCP connection, then the application's own words (SSH, FTP, IEC 104)
    Udp,  ///< request and answer datagrams (DNS, NTP, IKE)
    Tls,  ///< a TLS handshake, then the application inside it (TLS, IEC 104 and SFTP over TLS, HTTPS, WSS)
    Icmp, ///< ICMP echo request and reply
    Info, ///< not probed from a laptop: explained instead (ESP, DHCP)
};

/// What the code knows of one protocol, besides its probe class (core/probes/probefactory.cpp).
struct ProtocolTraits
{
    Protocol protocol;
    const char16_t *token; ///< the protocol's machine token: the catalog's `protocol_id`, the JSON's `protocol`
    ProtocolFamily family;
    bool takesPorts;               ///< the catalog gives TCP or UDP ports; otherwise its port label is "-"
    IpTransport portlessTransport; ///< how a check without a port travels (meaningful when !takesPorts)
    const char16_t *application;   ///< the application as firewalls' application policies name it ("SSH", "FTP")
};

/// The one table of protocol traits, a row per Protocol, in the enum's order.
inline constexpr std::array<ProtocolTraits, kProtocolCount> kProtocolTraits{{
    {Protocol::Dns, u"dns", ProtocolFamily::Udp, true, IpTransport::Udp, u"DNS"},
    {Protocol::Dhcp, u"dhcp", ProtocolFamily::Info, false, IpTransport::Udp, u"DHCP"},
    {Protocol::Ntp, u"ntp", ProtocolFamily::Udp, true, IpTransport::Udp, u"NTP"},
    {Protocol::Icmp, u"icmp", ProtocolFamily::Icmp, false, IpTransport::Icmp, u"ICMP (ping)"},
    {Protocol::Ssh, u"ssh", ProtocolFamily::Tcp, true, IpTransport::Tcp, u"SSH"},
    {Protocol::Sftp, u"sftp", ProtocolFamily::Tcp, true, IpTransport::Tcp, u"SSH (SFTP)"},
    {Protocol::Ftp, u"ftp", ProtocolFamily::Tcp, true, IpTransport::Tcp, u"FTP"},
    {Protocol::Ike, u"ike", ProtocolFamily::Udp, true, IpTransport::Udp, u"IPsec IKE"},
    {Protocol::Esp, u"esp", ProtocolFamily::Info, false, IpTransport::Ip, u"IPsec ESP"},
    {Protocol::Tls, u"tls", ProtocolFamily::Tls, true, IpTransport::Tcp, u"SSL/TLS"},
    {Protocol::Iec104, u"iec104", ProtocolFamily::Tcp, true, IpTransport::Tcp, u"IEC 60870-5-104"},
    {Protocol::Iec104Tls, u"iec104-tls", ProtocolFamily::Tls, true, IpTransport::Tcp, u"IEC 60870-5-104 over TLS"},
    {Protocol::SftpTls, u"sftp-tls", ProtocolFamily::Tls, true, IpTransport::Tcp, u"SFTP over TLS"},
    {Protocol::Https, u"https", ProtocolFamily::Tls, true, IpTransport::Tcp, u"HTTPS"},
    {Protocol::Wss, u"wss", ProtocolFamily::Tls, true, IpTransport::Tcp, u"WebSocket over TLS (WSS)"},
}};

namespace detail {
constexpr bool protocolRowsInOrder()
{
    for (std::size_t i = 0; i < kProtocolTraits.size(); ++i) {
        if (static_cast<std::size_t>(kProtocolTraits[i].protocol) != i || !kProtocolTraits[i].token ||
            !kProtocolTraits[i].application)
            return false;
    }
    return true;
}
} // namespace detail
// A missing row leaves an empty one at the end, an extra row does not compile: either way the build stops here.
static_assert(detail::protocolRowsInOrder(), "kProtocolTraits needs one row per Protocol, in the enum's order");

/// The traits of @p protocol.
constexpr const ProtocolTraits &traitsOf(Protocol protocol)
{
    return kProtocolTraits[static_cast<std::size_t>(protocol)];
}
/// Shorthands of traitsOf().
constexpr ProtocolFamily familyOf(Protocol protocol)
{
    return traitsOf(protocol).family;
}
constexpr bool isTlsProtocol(Protocol protocol)
{
    return familyOf(protocol) == ProtocolFamily::Tls;
}

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
