// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tpready {

/// Resource record types the DNS probe asks for or reads.
namespace DnsType {
constexpr quint16 A = 1;
constexpr quint16 NS = 2;
constexpr quint16 CNAME = 5;
constexpr quint16 AAAA = 28;
} // namespace DnsType

/// Response codes (RFC 1035 4.1.1).
namespace DnsRcode {
constexpr int NoError = 0;
constexpr int FormErr = 1;
constexpr int ServFail = 2;
constexpr int NxDomain = 3;
constexpr int NotImp = 4;
constexpr int Refused = 5;
} // namespace DnsRcode

/// "A", "AAAA", "CNAME", "NS" or "TYPE65".
QString dnsTypeName(quint16 type);
/// "NOERROR", "SERVFAIL", "NXDOMAIN", "REFUSED"... or "RCODE11".
QString dnsRcodeName(int rcode);

/// Builds a standard query (RD set, one question, class IN) for @p name, a host name in ASCII or Unicode (made
/// ACE), with or without a trailing dot; "." or an empty name is the root. Returns an empty array when the name
/// cannot be encoded (a label longer than 63 octets, a name longer than 255, an empty label).
QByteArray buildDnsQuery(quint16 id, const QString &name, quint16 type);

/// The same query framed for DNS over TCP (RFC 1035 4.2.2: a two-octet length first).
QByteArray frameDnsTcp(const QByteArray &message);

/// One record of the answer section.
struct DnsRecord
{
    QString name; ///< owner name, lower case, without the trailing dot ("" for the root)
    quint16 type = 0;
    quint16 rrClass = 0;
    quint32 ttl = 0;
    QString value; ///< A/AAAA: the address; CNAME/NS: the target name; other types: empty
};

/// A parsed DNS response.
struct DnsResponse
{
    bool valid = false;
    QString error; ///< why it is not valid (technical, English)
    quint16 id = 0;
    bool qr = false;
    int opcode = 0;
    bool aa = false;
    bool tc = false;
    bool rd = false;
    bool ra = false;
    int rcode = 0;
    int questionCount = 0;
    int answerCount = 0;
    int authorityCount = 0;
    int additionalCount = 0;
    QString questionName; ///< lower case, without the trailing dot
    quint16 questionType = 0;
    quint16 questionClass = 0;
    QList<DnsRecord> answers; ///< the answer section, at most kMaxDnsAnswers records
};

constexpr int kMaxDnsAnswers = 64;

/// Parses a DNS message. Every read is bounded by @p data; compression pointers must point strictly backwards
/// and are followed at most 64 times per name, so a pointer loop cannot hang it. A message cut short is invalid.
DnsResponse parseDnsResponse(const QByteArray &data);

/// Whether @p response answers the query @p id for @p name / @p type (QR set, same id, same question).
bool dnsResponseMatches(const DnsResponse &response, quint16 id, const QString &name, quint16 type);

/// The addresses among the answers of the asked type (A or AAAA), following the CNAME chain from the question.
QStringList dnsAddresses(const DnsResponse &response);
/// The CNAME targets among the answers, in order.
QStringList dnsCnames(const DnsResponse &response);

/// Normalises a host name for comparison: ACE, lower case, no trailing dot.
QString normaliseDnsName(const QString &name);

} // namespace tpready
