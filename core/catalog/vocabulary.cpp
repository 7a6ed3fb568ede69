// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <tuple>

#include "core/tokentable.h"

namespace tpready {
namespace {

constexpr TokenTable<Deployment, 2> kDeployments{{
    {Deployment::Saas, u"saas"},
    {Deployment::SelfHosted, u"self-hosted"},
}};

constexpr TokenTable<Transport, 4> kTransports{{
    {Transport::LrrIpsec, u"lrr-ipsec"},
    {Transport::LrrTls, u"lrr-tls"},
    {Transport::LrrPlain, u"lrr-plain"},
    {Transport::BasicsStation, u"basics-station"},
}};

constexpr TokenTable<Requirement, 2> kRequirements{{
    {Requirement::Must, u"must"},
    {Requirement::Optional, u"optional"},
}};

constexpr TokenTable<Direction, 2> kDirections{{
    {Direction::Bidirectional, u"bidirectional"},
    {Direction::Unidirectional, u"unidirectional"},
}};

constexpr TokenTable<IpTransport, 4> kIpTransports{{
    {IpTransport::Tcp, u"tcp"},
    {IpTransport::Udp, u"udp"},
    {IpTransport::Icmp, u"icmp"},
    {IpTransport::Ip, u"ip"},
}};

constexpr TokenTable<Role, 9> kRoles{{
    {Role::Slrc, u"SLRC"},
    {Role::LnsBridge, u"SLRC (LNS-BRIDGE)"},
    {Role::Lrc, u"LRC"},
    {Role::Support, u"SUPPORT"},
    {Role::ProxyHttp, u"PROXY_HTTP"},
    {Role::Tpe, u"TPE"},
    {Role::NtpService, u"NTP service"},
    {Role::DnsService, u"DNS service"},
    {Role::DhcpService, u"DHCP service"},
}};

} // namespace

QString toToken(Deployment value)
{
    return tokenOf(kDeployments, value);
}
QString toToken(Transport value)
{
    return tokenOf(kTransports, value);
}
QString toToken(Protocol value)
{
    return QString::fromUtf16(traitsOf(value).token);
}
QString toToken(Requirement value)
{
    return tokenOf(kRequirements, value);
}
QString toToken(Direction value)
{
    return tokenOf(kDirections, value);
}
QString toToken(IpTransport value)
{
    return tokenOf(kIpTransports, value);
}

std::optional<Deployment> deploymentFromToken(QStringView token)
{
    return valueOf(kDeployments, token);
}
std::optional<Transport> transportFromToken(QStringView token)
{
    return valueOf(kTransports, token);
}
std::optional<Protocol> protocolFromToken(QStringView token)
{
    for (const ProtocolTraits &traits : kProtocolTraits) {
        if (token == QStringView(traits.token))
            return traits.protocol;
    }
    return std::nullopt;
}
std::optional<IpTransport> ipTransportFromToken(QStringView token)
{
    return valueOf(kIpTransports, token);
}

QString vendorName(Role role)
{
    return tokenOf(kRoles, role);
}
std::optional<Role> roleFromVendorName(QStringView name)
{
    return valueOf(kRoles, name);
}

bool isTransportAvailable(Deployment deployment, Transport transport)
{
    return !(deployment == Deployment::Saas && transport == Transport::LrrPlain);
}

bool isLrrTransport(Transport transport)
{
    return transport != Transport::BasicsStation;
}

const QList<Deployment> &allDeployments()
{
    static const QList<Deployment> all{Deployment::Saas, Deployment::SelfHosted};
    return all;
}

const QList<Transport> &allTransports()
{
    static const QList<Transport> all{Transport::LrrIpsec, Transport::LrrTls, Transport::LrrPlain,
                                      Transport::BasicsStation};
    return all;
}

QString displayName(Deployment value)
{
    switch (value) {
    case Deployment::Saas:
        return QCoreApplication::translate("Vocabulary", "ThingPark SaaS");
    case Deployment::SelfHosted:
        return QCoreApplication::translate("Vocabulary", "Self-hosted ThingPark Enterprise");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(Transport value)
{
    switch (value) {
    case Transport::LrrIpsec:
        return QCoreApplication::translate("Vocabulary", "LRR over IPsec");
    case Transport::LrrTls:
        return QCoreApplication::translate("Vocabulary", "LRR over TLS");
    case Transport::LrrPlain:
        return QCoreApplication::translate("Vocabulary", "LRR with neither IPsec nor TLS");
    case Transport::BasicsStation:
        return QCoreApplication::translate("Vocabulary", "Semtech Basics Station");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<LrrVersion> LrrVersion::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?$)"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    LrrVersion version;
    version.major = match.capturedView(1).toInt();
    version.minor = match.capturedView(2).toInt();
    version.patch = match.hasCaptured(3) ? match.capturedView(3).toInt() : 0;
    return version;
}

QString LrrVersion::toString() const
{
    return patch == 0 ? QStringLiteral("%1.%2").arg(major).arg(minor)
                      : QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

bool operator<(const LrrVersion &a, const LrrVersion &b)
{
    return std::tie(a.major, a.minor, a.patch) < std::tie(b.major, b.minor, b.patch);
}

bool operator==(const LrrVersion &a, const LrrVersion &b)
{
    return std::tie(a.major, a.minor, a.patch) == std::tie(b.major, b.minor, b.patch);
}

} // namespace tpready
