// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

// The vendor page "Authorizing base station flows to and from ThingPark"
// (reference/thingpark-base-station-flows.txt of the project's shared notes), transcribed by hand, row by row, for the
// tests.
//
// This is the second, independent transcription of the page: it was written from the page's text, never from
// resources/catalog/*.json, so that a test comparing the two catches a typo in either. Keep it that way: when the
// page changes, edit this file from the page, then the JSON, and let the tests say where they disagree.
//
// In the raw text the columns are concatenated without separators; the split below follows the page's column order
// (# | From (system) | From (application) | Type | Protocol | Dest. Port | To (system) | To (application) | Description
// [| STANDALONE | HIGH AVAILABILITY]). Descriptions are verbatim, typos ("donwlink", "sofware") included. The
// "Note OPTIONAL, ..." admonition under a description is a note, not part of the description.

#include <QList>
#include <QString>
#include <QStringList>

namespace vendorpage {

using namespace Qt::StringLiterals;

/// One row of a vendor table, every column as the page words it, plus what the tool derives from it.
struct Row
{
    QString id;
    QString fromSystem;
    QString fromApplication;
    QString type;
    QString protocol;
    QString destPort;
    QString toSystem;
    QString toApplication;
    QString description;
    QStringList notes;
    QString standalone;       ///< SaaS: the requirement ("MUST" unless the note says OPTIONAL)
    QString highAvailability; ///< SaaS: same as standalone
    // Derived, written by hand from the columns above:
    QString protocolId;    ///< protocol token, named after the Protocol column
    QString ports;         ///< "udp/500 udp/4500"; a '-' port is "<transport>/-" (icmp, ip for ESP, udp for DHCP)
    QString minLrrVersion; ///< "2.8" when the description says "only applicable to LRR version >= 2.8"
};

/// A tunnel the page names in a description: "TLS tunnels to respectively LRC:2404 (i14), ...".
struct TunnelRow
{
    QString viaFlow;
    int viaPort = 0;
    QString innerFlow;
    QString toSystem;
    QString destPort;
};

struct Table
{
    QString deployment; ///< "saas" | "self-hosted"
    QString transport;  ///< "lrr-ipsec" | "lrr-tls" | "lrr-plain" | "basics-station"
    QString section;
    QString title;
    QList<Row> rows;
    QList<TunnelRow> tunnels;
};

/// A SaaS platform of the "Per-platform FQDN list".
struct PlatformRow
{
    QString id; ///< the tool's id (its token in the catalog)
    QString name;
    QStringList slrc;
    QStringList lnsBridge;
    QStringList lrc;
    QStringList support;
    QStringList proxyHttp;
};

inline const QString kOptionalNote = u"OPTIONAL, to be evaluated according to the access network."_s;
inline const QString kSaasSection = u"For ThingPark SaaS deployments"_s;
inline const QString kSelfHostedSection = u"For self-hosted deployments"_s;
inline const QString kIkeDescription =
    u"IPsec IKE (UDP) / MOBIKE (UDP) ike=aes128-sha256-ecp256,aes128-sha384-ecp384,aes256-sha512-ecp521"_s;
inline const QString kEspDescription = u"ESP (protocol 50) ike=aes128-sha256-ecp256,aes128-sha384-ecp384,"
                                       u"aes256-sha512-ecp521 esp=aes128gcm128,aes256gcm128"_s;
inline const QString kCertDescription =
    u"Check certificate validity on server side (only applicable to LRR version \u2265 2.8)"_s;

// clang-format off
/// The seven tables, in the page's order.
inline const QList<Table> &tables()
{
    static const QList<Table> all{
        // ---------------------------------------------------------------- SaaS
        {u"saas"_s, u"lrr-ipsec"_s, kSaasSection, u"LRR flows when IPsec is used"_s, {
            // id      from system         from application             type                 protocol                                   dest. port                            to system            to application                description                                         notes             STANDALONE    HA             protocol id  ports                                  min LRR
            {u"i6"_s,  u"BASE STATION"_s, u"strongswan (client)"_s,    u"Bidirectional"_s,  u"IKE v2 (secure) MOBIKE v2 (secure)"_s,  u"UDP/500 UDP/4500"_s,                u"SLRC"_s,           u"strongswan"_s,              kIkeDescription,                                    {},               u"MUST"_s,     u"MUST"_s,     u"ike"_s,    u"udp/500 udp/4500"_s,                 {}},
            {u"i7"_s,  u"BASE STATION"_s, u"strongswan (client)"_s,    u"Bidirectional"_s,  u"ESP (secure)"_s,                        u"-"_s,                               u"SLRC"_s,           u"strongswan"_s,              kEspDescription,                                    {},               u"MUST"_s,     u"MUST"_s,     u"esp"_s,    u"ip/-"_s,                             {}},
            {u"i7a"_s, u"BASE STATION"_s, u"openssl"_s,                u"Unidirectional"_s, u"TLS"_s,                                 u"TCP/3001 TCP/3002 TCP/3003"_s,      u"SLRC"_s,           u"haproxy"_s,                 kCertDescription,                                   {},               u"MUST"_s,     u"MUST"_s,     u"tls"_s,    u"tcp/3001 tcp/3002 tcp/3003"_s,       u"2.8"_s},
            {u"i8a"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"ICMP"_s,                                u"-"_s,                               u"SLRC"_s,           u"OS"_s,                      u"Ping (SLRC)"_s,                                   {},               u"MUST"_s,     u"MUST"_s,     u"icmp"_s,   u"icmp/-"_s,                           {}},
            {u"i10"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DNS"_s,                                 u"UDP/53"_s,                          u"DNS service"_s,    u"service"_s,                 u"DNS request."_s,                                  {kOptionalNote},  u"OPTIONAL"_s, u"OPTIONAL"_s, u"dns"_s,    u"udp/53"_s,                           {}},
            {u"i11"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DHCP"_s,                                u"-"_s,                               u"DHCP service"_s,   u"service"_s,                 u"DHCP request."_s,                                 {kOptionalNote},  u"OPTIONAL"_s, u"OPTIONAL"_s, u"dhcp"_s,   u"udp/-"_s,                            {}},
            {u"i11b"_s, u"BASE STATION"_s, u"Key installer (client)"_s, u"Unidirectional"_s, u"SFTP"_s,                               u"TCP/22"_s,                          u"SLRC"_s,           u"key-installer (openssh)"_s, u"SFTP access to download X.509 certificate"_s,     {},               u"MUST"_s,     u"MUST"_s,     u"sftp"_s,   u"tcp/22"_s,                           {}},
            {u"i9"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"SSH v2 (secure)"_s,                     u"TCP/22"_s,                          u"SUPPORT"_s,        u"OS"_s,                      u"Reverse LRR administration"_s,                    {},               u"MUST"_s,     u"MUST"_s,     u"ssh"_s,    u"tcp/22"_s,                           {}},
            {u"i17"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"NTP service"_s,    u"OS"_s,                      u"LRR NTP request"_s,                               {},               u"MUST"_s,     u"MUST"_s,     u"ntp"_s,    u"udp/123"_s,                          {}},
        }, {}},
        {u"saas"_s, u"lrr-tls"_s, kSaasSection, u"LRR flows when TLS is used"_s, {
            {u"i7a"_s, u"BASE STATION"_s, u"stunnel"_s,                u"Unidirectional"_s, u"TLS"_s,                                 u"TCP/3001 TCP/3002 TCP/3003"_s,      u"SLRC"_s,           u"haproxy"_s,                 u"TLS tunnels to respectively LRC:2404 (i14), LRC:22 (i15b), SUPPORT:22 (i17d)"_s, {}, u"MUST"_s, u"MUST"_s, u"tls"_s, u"tcp/3001 tcp/3002 tcp/3003"_s, {}},
            {u"i8a"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"ICMP"_s,                                u"-"_s,                               u"SLRC"_s,           u"OS"_s,                      u"Ping (SLRC)"_s,                                   {},               u"MUST"_s,     u"MUST"_s,     u"icmp"_s,   u"icmp/-"_s,                           {}},
            {u"i10"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DNS"_s,                                 u"UDP/53"_s,                          u"DNS service"_s,    u"service"_s,                 u"DNS request."_s,                                  {kOptionalNote},  u"OPTIONAL"_s, u"OPTIONAL"_s, u"dns"_s,    u"udp/53"_s,                           {}},
            {u"i11"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DHCP"_s,                                u"-"_s,                               u"DHCP service"_s,   u"service"_s,                 u"DHCP request."_s,                                 {kOptionalNote},  u"OPTIONAL"_s, u"OPTIONAL"_s, u"dhcp"_s,   u"udp/-"_s,                            {}},
            {u"i11b"_s, u"BASE STATION"_s, u"Key installer (client)"_s, u"Unidirectional"_s, u"SFTP"_s,                               u"TCP/22"_s,                          u"SLRC"_s,           u"key-installer (openssh)"_s, u"SFTP access to download X.509 certificate"_s,     {},               u"MUST"_s,     u"MUST"_s,     u"sftp"_s,   u"tcp/22"_s,                           {}},
            {u"i9"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"SSH v2 (secure)"_s,                     u"TCP/22"_s,                          u"SUPPORT"_s,        u"OS"_s,                      u"Reverse LRR administration"_s,                    {},               u"MUST"_s,     u"MUST"_s,     u"ssh"_s,    u"tcp/22"_s,                           {}},
            {u"i17"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"NTP service"_s,    u"OS"_s,                      u"LRR NTP request"_s,                               {},               u"MUST"_s,     u"MUST"_s,     u"ntp"_s,    u"udp/123"_s,                          {}},
        }, {
            // "TLS tunnels to respectively LRC:2404 (i14), LRC:22 (i15b), SUPPORT:22 (i17d)" over TCP/3001 TCP/3002 TCP/3003
            {u"i7a"_s, 3001, u"i14"_s,  u"LRC"_s,     u"TCP/2404"_s},
            {u"i7a"_s, 3002, u"i15b"_s, u"LRC"_s,     u"TCP/22"_s},
            {u"i7a"_s, 3003, u"i17d"_s, u"SUPPORT"_s, u"TCP/22"_s},
        }},
        {u"saas"_s, u"basics-station"_s, kSaasSection, u"Basics Station flows (always with TLS)"_s, {
            // In this table the page prints the note on the description's line ("DNS request. Note OPTIONAL, ...");
            // it is the same admonition as in the LRR tables.
            {u"i10"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DNS"_s,                                 u"UDP/53"_s,                          u"DNS service"_s,    u"service"_s,                 u"DNS request."_s,                                  {kOptionalNote},  u"OPTIONAL"_s, u"OPTIONAL"_s, u"dns"_s,    u"udp/53"_s,                           {}},
            {u"i11"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DHCP"_s,                                u"-"_s,                               u"DHCP service"_s,   u"service"_s,                 u"DHCP request."_s,                                 {kOptionalNote},  u"OPTIONAL"_s, u"OPTIONAL"_s, u"dhcp"_s,   u"udp/-"_s,                            {}},
            {u"i11c"_s, u"BASE STATION"_s, u"Semtech Basics Station"_s, u"Unidirectional"_s, u"HTTPS/WSS"_s,                          u"TCP/443"_s,                         u"SLRC (LNS-BRIDGE)"_s, u"haproxy"_s,              u"LNS interface to LRC LNS-BRIDGE"_s,               {},               u"MUST"_s,     u"MUST"_s,     u"wss"_s,    u"tcp/443"_s,                          {}},
            {u"i11d"_s, u"BASE STATION"_s, u"Semtech Basics Station"_s, u"Unidirectional"_s, u"HTTPS / TLS v1.2 (secure)"_s,          u"TCP/443"_s,                         u"PROXY_HTTP"_s,     u"proxy"_s,                   u"CUPS interface to AS_RCA"_s,                      {},               u"MUST"_s,     u"MUST"_s,     u"https"_s,  u"tcp/443"_s,                          {}},
            {u"i17"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"NTP service"_s,    u"service"_s,                 u"LRR NTP request"_s,                               {},               u"MUST"_s,     u"MUST"_s,     u"ntp"_s,    u"udp/123"_s,                          {}},
        }, {}},
        // ---------------------------------------------------------------- self-hosted
        {u"self-hosted"_s, u"lrr-ipsec"_s, kSelfHostedSection, u"LRR flows when IPsec is used"_s, {
            {u"i1"_s,  u"BASE STATION"_s, u"strongswan (client)"_s,    u"Bidirectional"_s,  u"IKE v2 (secure) MOBIKE v2 (secure)"_s,  u"UDP/500 UDP/4500"_s,                u"TPE"_s,            u"strongswan"_s,              kIkeDescription,                                    {},               u"MUST"_s,     u"MUST"_s,     u"ike"_s,    u"udp/500 udp/4500"_s,                 {}},
            {u"i2"_s,  u"BASE STATION"_s, u"strongswan (client)"_s,    u"Bidirectional"_s,  u"ESP (secure)"_s,                        u"-"_s,                               u"TPE"_s,            u"strongswan"_s,              kEspDescription,                                    {},               u"MUST"_s,     u"MUST"_s,     u"esp"_s,    u"ip/-"_s,                             {}},
            {u"i3"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"ICMP"_s,                                u"-"_s,                               u"TPE"_s,            u"OS"_s,                      u"Ping (TPE)"_s,                                    {},               u"MUST"_s,     u"MUST"_s,     u"icmp"_s,   u"icmp/-"_s,                           {}},
            {u"i4"_s,  u"BASE STATION"_s, u"Key installer (client)"_s, u"Unidirectional"_s, u"SFTP"_s,                                u"TCP/22"_s,                          u"TPE"_s,            u"Key installer (server)"_s,  u"SFTP protocol"_s,                                 {},               u"MUST"_s,     u"MUST"_s,     u"sftp"_s,   u"tcp/22"_s,                           {}},
            {u"i5"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"SSH v2 (secure)"_s,                     u"TCP/22"_s,                          u"TPE"_s,            u"OS"_s,                      u"LRR admin (Reverse SSH)"_s,                       {},               u"MUST"_s,     u"MUST"_s,     u"ssh"_s,    u"tcp/22"_s,                           {}},
            {u"i38"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"TLS"_s,                                 u"TCP/3001"_s,                        u"TPE"_s,            u"server"_s,                  kCertDescription,                                   {},               u"MUST"_s,     u"MUST"_s,     u"tls"_s,    u"tcp/3001"_s,                         u"2.8"_s},
            {u"i39"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"TLS"_s,                                 u"TCP/3002"_s,                        u"TPE"_s,            u"server"_s,                  kCertDescription,                                   {},               u"MUST"_s,     u"MUST"_s,     u"tls"_s,    u"tcp/3002"_s,                         u"2.8"_s},
            {u"i40"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"TLS"_s,                                 u"TCP/3003"_s,                        u"TPE"_s,            u"OS"_s,                      kCertDescription,                                   {},               u"MUST"_s,     u"MUST"_s,     u"tls"_s,    u"tcp/3003"_s,                         u"2.8"_s},
            {u"n1"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"NTP service"_s,    u"service"_s,                 u"NTP requests when TPE is not used for NTP"_s,     {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"ntp"_s,    u"udp/123"_s,                          {}},
            {u"n2"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DNS"_s,                                 u"UDP/53"_s,                          u"DNS service"_s,    u"service"_s,                 u"DNS requests"_s,                                  {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"dns"_s,    u"udp/53"_s,                           {}},
            {u"n3"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"TPE"_s,            u"NTP service"_s,             u"NTP requests when TPE is used for NTP"_s,         {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"ntp"_s,    u"udp/123"_s,                          {}},
            {u"n4"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DHCP"_s,                                u"-"_s,                               u"DHCP service"_s,   u"service"_s,                 u"DHCP request"_s,                                  {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"dhcp"_s,   u"udp/-"_s,                            {}},
        }, {}},
        {u"self-hosted"_s, u"lrr-tls"_s, kSelfHostedSection, u"LRR flows when TLS is used"_s, {
            {u"i3"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"ICMP"_s,                                u"-"_s,                               u"TPE"_s,            u"OS"_s,                      u"Ping (TPE)"_s,                                    {},               u"MUST"_s,     u"MUST"_s,     u"icmp"_s,   u"icmp/-"_s,                           {}},
            {u"i4"_s,  u"BASE STATION"_s, u"Key installer (client)"_s, u"Unidirectional"_s, u"SFTP"_s,                                u"TCP/22"_s,                          u"TPE"_s,            u"Key installer (server)"_s,  u"SFTP protocol"_s,                                 {},               u"MUST"_s,     u"MUST"_s,     u"sftp"_s,   u"tcp/22"_s,                           {}},
            {u"i5"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"SSH v2 (secure)"_s,                     u"TCP/22"_s,                          u"TPE"_s,            u"OS"_s,                      u"LRR admin (Reverse SSH)"_s,                       {},               u"MUST"_s,     u"MUST"_s,     u"ssh"_s,    u"tcp/22"_s,                           {}},
            {u"i38"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"IEC 104 over TLS (secure)"_s,           u"TCP/3001"_s,                        u"TPE"_s,            u"server"_s,                  u"LRR IEC 104 link: LRR commands and LoRa uplink/donwlink data and metadata exchange."_s, {}, u"MUST"_s, u"MUST"_s, u"iec104-tls"_s, u"tcp/3001"_s, {}},
            {u"i39"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"SFTP over TLS (secure)"_s,              u"TCP/3002"_s,                        u"TPE"_s,            u"server"_s,                  u"LRR sofware download LRR sofware configuration download"_s, {},     u"MUST"_s,     u"MUST"_s,     u"sftp-tls"_s, u"tcp/3002"_s,                       {}},
            {u"i40"_s, u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"SFTP over TLS (secure)"_s,              u"TCP/3003"_s,                        u"TPE"_s,            u"OS"_s,                      u"LRR rf scan upload LRR software configuration upload"_s, {},        u"MUST"_s,     u"MUST"_s,     u"sftp-tls"_s, u"tcp/3003"_s,                       {}},
            {u"n1"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"NTP service"_s,    u"service"_s,                 u"NTP requests when TPE is not used for NTP"_s,     {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"ntp"_s,    u"udp/123"_s,                          {}},
            {u"n2"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DNS"_s,                                 u"UDP/53"_s,                          u"DNS service"_s,    u"service"_s,                 u"DNS requests"_s,                                  {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"dns"_s,    u"udp/53"_s,                           {}},
            {u"n3"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"TPE"_s,            u"NTP service"_s,             u"NTP requests when TPE is used for NTP"_s,         {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"ntp"_s,    u"udp/123"_s,                          {}},
            {u"n4"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DHCP"_s,                                u"-"_s,                               u"DHCP service"_s,   u"service"_s,                 u"DHCP request"_s,                                  {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"dhcp"_s,   u"udp/-"_s,                            {}},
        }, {}},
        {u"self-hosted"_s, u"lrr-plain"_s, kSelfHostedSection, u"LRR flows when neither IPsec nor TLS is used"_s, {
            {u"i3"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"ICMP"_s,                                u"-"_s,                               u"TPE"_s,            u"OS"_s,                      u"Ping (TPE)"_s,                                    {},               u"MUST"_s,     u"MUST"_s,     u"icmp"_s,   u"icmp/-"_s,                           {}},
            {u"i5"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"SSH v2 (secure)"_s,                     u"TCP/22"_s,                          u"TPE"_s,            u"OS"_s,                      u"LRR admin (Reverse SSH)"_s,                       {},               u"MUST"_s,     u"MUST"_s,     u"ssh"_s,    u"tcp/22"_s,                           {}},
            {u"i6"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"IEC 104"_s,                             u"TCP/2404"_s,                        u"TPE"_s,            u"server"_s,                  u"LRR IEC 104 link: LRR commands and LoRa uplink/donwlink data and metadata exchange."_s, {}, u"MUST"_s, u"MUST"_s, u"iec104"_s, u"tcp/2404"_s, {}},
            {u"i7"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"FTP"_s,                                 u"TCP/21"_s,                          u"TPE"_s,            u"server"_s,                  u"LRR sofware download LRR sofware configuration download."_s, {},    u"MUST"_s,     u"MUST"_s,     u"ftp"_s,    u"tcp/21"_s,                           {}},
            {u"i8"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"FTP"_s,                                 u"TCP/21"_s,                          u"TPE"_s,            u"OS"_s,                      u"LRR rf scan upload LRR software configuration upload"_s, {},        u"MUST"_s,     u"MUST"_s,     u"ftp"_s,    u"tcp/21"_s,                           {}},
            {u"n1"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"NTP service"_s,    u"service"_s,                 u"NTP requests when TPE is not used for NTP"_s,     {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"ntp"_s,    u"udp/123"_s,                          {}},
            {u"n2"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DNS"_s,                                 u"UDP/53"_s,                          u"DNS service"_s,    u"service"_s,                 u"DNS requests"_s,                                  {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"dns"_s,    u"udp/53"_s,                           {}},
            {u"n3"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"TPE"_s,            u"NTP service"_s,             u"NTP requests when TPE is used for NTP"_s,         {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"ntp"_s,    u"udp/123"_s,                          {}},
            {u"n4"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DHCP"_s,                                u"-"_s,                               u"DHCP service"_s,   u"service"_s,                 u"DHCP request"_s,                                  {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"dhcp"_s,   u"udp/-"_s,                            {}},
        }, {}},
        {u"self-hosted"_s, u"basics-station"_s, kSelfHostedSection, u"Basics Station flows (always with TLS)"_s, {
            {u"i42"_s, u"BASE STATION"_s, u"Semtech Basics Station"_s, u"Unidirectional"_s, u"HTTPS/WSS"_s,                           u"TCP/4443"_s,                        u"TPE"_s,            u"haproxy"_s,                 u"LNS interface"_s,                                 {},               u"MUST"_s,     u"MUST"_s,     u"wss"_s,    u"tcp/4443"_s,                         {}},
            {u"i43"_s, u"BASE STATION"_s, u"Semtech Basics Station"_s, u"Unidirectional"_s, u"HTTP+TLS v1.2 (secure)"_s,              u"TCP/443"_s,                         u"TPE"_s,            u"RCA"_s,                     u"CUPS interface"_s,                                {},               u"MUST"_s,     u"MUST"_s,     u"https"_s,  u"tcp/443"_s,                          {}},
            {u"n1"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"NTP service"_s,    u"service"_s,                 u"NTP requests when TPE is not used for NTP"_s,     {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"ntp"_s,    u"udp/123"_s,                          {}},
            {u"n2"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DNS"_s,                                 u"UDP/53"_s,                          u"DNS service"_s,    u"service"_s,                 u"DNS requests"_s,                                  {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"dns"_s,    u"udp/53"_s,                           {}},
            {u"n3"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"NTP"_s,                                 u"UDP/123"_s,                         u"TPE"_s,            u"NTP service"_s,             u"NTP requests when TPE is used for NTP"_s,         {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"ntp"_s,    u"udp/123"_s,                          {}},
            {u"n4"_s,  u"BASE STATION"_s, u"OS"_s,                     u"Unidirectional"_s, u"DHCP"_s,                                u"-"_s,                               u"DHCP service"_s,   u"service"_s,                 u"DHCP request"_s,                                  {},               u"OPTIONAL"_s, u"OPTIONAL"_s, u"dhcp"_s,   u"udp/-"_s,                            {}},
        }, {}},
    };
    return all;
}

/// The "Per-platform FQDN list", in the page's order.
inline const QList<PlatformRow> &platforms()
{
    static const QList<PlatformRow> all{
        {u"eu-prod"_s, u"EU-PROD"_s,
         {u"slrc1.eu.thingpark.com"_s, u"slrc2.eu.thingpark.com"_s},
         {u"lns.eu.thingpark.com"_s},
         {u"lrc1-tpe-eu.thingpark.com"_s, u"lrc2-tpe-eu.thingpark.com"_s},
         {u"support1.eu.thingpark.com"_s, u"support2.eu.thingpark.com"_s},
         {u"thingparkenterprise.eu.actility.com"_s}},
        {u"au-prod"_s, u"AU-PROD"_s,
         {u"slrc1-au1.thingpark.com"_s, u"slrc2-au1.thingpark.com"_s},
         {u"lns.au.thingpark.com"_s},
         {u"lrc1-tpe-au1.thingpark.com"_s, u"lrc2-tpe-au1.thingpark.com"_s},
         {u"support1-au1.thingpark.com"_s, u"support2-au1.thingpark.com"_s},
         {u"thingparkenterprise.au.actility.com"_s}},
        {u"us-prod"_s, u"US-PROD"_s,
         {u"slrc1-us.thingpark.com"_s, u"slrc2-us.thingpark.com"_s},
         {u"lns.us.thingpark.com"_s},
         {u"lrc1-tpe-us.thingpark.com"_s, u"lrc2-tpe-us.thingpark.com"_s},
         {u"support1-us.thingpark.com"_s, u"support2-us.thingpark.com"_s},
         {u"thingparkenterprise.us.actility.com"_s}},
        {u"community"_s, u"ThingPark Community"_s,
         {u"slrc1-poc.thingpark.com"_s, u"slrc2-poc.thingpark.com"_s},
         {u"lns.thingpark.com"_s},
         {u"lrc1-dev.thingpark.com"_s, u"lrc2-dev.thingpark.com"_s},
         {u"support1-poc.thingpark.com"_s, u"support2-poc.thingpark.com"_s},
         {u"community.thingpark.io"_s}},
        {u"eu-preprod"_s, u"EU-PREPROD"_s,
         {u"slrc1.eu-preprod.thingpark.com"_s, u"slrc2.eu-preprod.thingpark.com"_s},
         {u"lns.eu-preprod.thingpark.com"_s},
         {u"lrc1-eu-preprod.thingpark.com"_s, u"lrc2-eu-preprod.thingpark.com"_s},
         {u"support1-eu-preprod.thingpark.com"_s, u"support2-eu-preprod.thingpark.com"_s},
         {u"thingparkenterprise-preprod.eu.actility.com"_s}},
        {u"au-preprod"_s, u"AU-PREPROD"_s,
         {u"slrc1-au1-preprod.thingpark.com"_s, u"slrc2-au1-preprod.thingpark.com"_s},
         {u"lns.au-preprod.thingpark.com"_s},
         {u"lrc1-au1-preprod.thingpark.com"_s, u"lrc2-au1-preprod.thingpark.com"_s},
         {u"support1-au1-preprod.thingpark.com"_s, u"support2-au1-preprod.thingpark.com"_s},
         {u"thingparkenterprise-preprod.au.actility.com"_s}},
    };
    return all;
}
// clang-format on

inline const Table *findTable(const QString &deployment, const QString &transport)
{
    for (const Table &table : tables()) {
        if (table.deployment == deployment && table.transport == transport)
            return &table;
    }
    return nullptr;
}

inline const PlatformRow *findPlatform(const QString &id)
{
    for (const PlatformRow &platform : platforms()) {
        if (platform.id == id)
            return &platform;
    }
    return nullptr;
}

} // namespace vendorpage
