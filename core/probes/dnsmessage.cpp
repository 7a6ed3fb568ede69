// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "dnsmessage.h"

#include <QHostAddress>
#include <QUrl>

#include "core/probes/bytes.h"

namespace tpready {
namespace {

constexpr int kHeaderSize = 12;
constexpr int kMaxNameLength = 255; // octets, in wire form (RFC 1035 3.1)
constexpr int kMaxLabelLength = 63;
constexpr int kMaxPointerHops = 64;
constexpr int kMaxQuestions = 4;
constexpr int kMaxCnameChain = 16;

/// A label as text: letters, digits, '-' and '_' as they are (lower case), anything else as \DDD.
QString labelText(const QByteArray &label)
{
    QString text;
    for (char c : label) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_')
            text += QLatin1Char(c);
        else if (u >= 'A' && u <= 'Z')
            text += QLatin1Char(static_cast<char>(u - 'A' + 'a'));
        else
            text += QStringLiteral("\\%1").arg(u, 3, 10, QLatin1Char('0'));
    }
    return text;
}

/// Reads a possibly compressed name at @p offset. On success sets @p name and @p next (the offset after the name
/// as it sits at @p offset). Every pointer must point before the start of the segment that holds it, so the
/// segments' starts strictly decrease and the walk ends; the hop count is bounded too.
bool readName(const QByteArray &data, qsizetype offset, QString *name, qsizetype *next, QString *error)
{
    QStringList labels;
    qsizetype pos = offset;
    qsizetype segmentStart = offset;
    bool jumped = false;
    int hops = 0;
    int wireLength = 1;
    for (;;) {
        ByteReader r(data, pos, data.size());
        const quint8 length = r.u8();
        if (!r.ok()) {
            *error = QStringLiteral("a name runs past the end of the message");
            return false;
        }
        if ((length & 0xC0) == 0xC0) {
            const quint8 low = r.u8();
            if (!r.ok()) {
                *error = QStringLiteral("a compression pointer is cut short");
                return false;
            }
            const qsizetype target = ((length & 0x3F) << 8) | low;
            if (target >= segmentStart) {
                *error = QStringLiteral("a compression pointer does not point backwards (a loop)");
                return false;
            }
            if (++hops > kMaxPointerHops) {
                *error = QStringLiteral("too many compression pointers in one name");
                return false;
            }
            if (!jumped)
                *next = pos + 2;
            jumped = true;
            pos = segmentStart = target;
            continue;
        }
        if ((length & 0xC0) != 0) {
            *error = QStringLiteral("an extended label type (not allowed)");
            return false;
        }
        if (length == 0) {
            if (!jumped)
                *next = pos + 1;
            *name = labels.join(QLatin1Char('.'));
            return true;
        }
        const QByteArray label = r.bytes(length);
        if (!r.ok()) {
            *error = QStringLiteral("a label runs past the end of the message");
            return false;
        }
        wireLength += length + 1;
        if (wireLength > kMaxNameLength) {
            *error = QStringLiteral("a name longer than 255 octets");
            return false;
        }
        labels << labelText(label);
        pos = r.pos();
    }
}

} // namespace

QString dnsTypeName(quint16 type)
{
    switch (type) {
    case DnsType::A:
        return QStringLiteral("A");
    case DnsType::NS:
        return QStringLiteral("NS");
    case DnsType::CNAME:
        return QStringLiteral("CNAME");
    case DnsType::AAAA:
        return QStringLiteral("AAAA");
    default:
        return QStringLiteral("TYPE%1").arg(type);
    }
}

QString dnsRcodeName(int rcode)
{
    switch (rcode) {
    case DnsRcode::NoError:
        return QStringLiteral("NOERROR");
    case DnsRcode::FormErr:
        return QStringLiteral("FORMERR");
    case DnsRcode::ServFail:
        return QStringLiteral("SERVFAIL");
    case DnsRcode::NxDomain:
        return QStringLiteral("NXDOMAIN");
    case DnsRcode::NotImp:
        return QStringLiteral("NOTIMP");
    case DnsRcode::Refused:
        return QStringLiteral("REFUSED");
    default:
        return QStringLiteral("RCODE%1").arg(rcode);
    }
}

QString normaliseDnsName(const QString &name)
{
    QString n = name.trimmed();
    if (n.endsWith(u'.'))
        n.chop(1);
    bool ascii = true;
    for (QChar c : std::as_const(n)) {
        if (c.unicode() > 0x7f)
            ascii = false;
    }
    if (!ascii) {
        const QByteArray ace = QUrl::toAce(n);
        if (ace.isEmpty())
            return {};
        n = QString::fromLatin1(ace);
    }
    return n.toLower();
}

QByteArray buildDnsQuery(quint16 id, const QString &name, quint16 type)
{
    const QString normal = normaliseDnsName(name);
    if (normal.isEmpty() && !name.trimmed().isEmpty() && name.trimmed() != u".")
        return {};
    QByteArray qname;
    if (!normal.isEmpty()) {
        const QList<QByteArray> labels = normal.toLatin1().split('.');
        for (const QByteArray &label : labels) {
            if (label.isEmpty() || label.size() > kMaxLabelLength)
                return {};
            qname.append(static_cast<char>(label.size()));
            qname.append(label);
        }
    }
    qname.append('\0');
    if (qname.size() > kMaxNameLength)
        return {};
    QByteArray message;
    message.reserve(kHeaderSize + qname.size() + 4);
    putU16(message, id);
    putU16(message, 0x0100); // standard query, recursion desired
    putU16(message, 1);      // one question
    putU16(message, 0);
    putU16(message, 0);
    putU16(message, 0);
    message.append(qname);
    putU16(message, type);
    putU16(message, 1); // class IN
    return message;
}

QByteArray frameDnsTcp(const QByteArray &message)
{
    QByteArray framed;
    putU16(framed, static_cast<quint32>(message.size()));
    framed.append(message);
    return framed;
}

DnsResponse parseDnsResponse(const QByteArray &data)
{
    DnsResponse r;
    if (data.size() < kHeaderSize) {
        r.error = QStringLiteral("shorter than a DNS header (%1 bytes)").arg(data.size());
        return r;
    }
    ByteReader header(data);
    r.id = header.u16();
    const quint16 flags = header.u16();
    r.qr = flags & 0x8000;
    r.opcode = (flags >> 11) & 0x0F;
    r.aa = flags & 0x0400;
    r.tc = flags & 0x0200;
    r.rd = flags & 0x0100;
    r.ra = flags & 0x0080;
    r.rcode = flags & 0x000F;
    r.questionCount = header.u16();
    r.answerCount = header.u16();
    r.authorityCount = header.u16();
    r.additionalCount = header.u16();

    qsizetype pos = kHeaderSize;
    if (r.questionCount > kMaxQuestions) {
        r.error = QStringLiteral("%1 questions in one message").arg(r.questionCount);
        return r;
    }
    for (int q = 0; q < r.questionCount; ++q) {
        QString name;
        qsizetype next = 0;
        if (!readName(data, pos, &name, &next, &r.error))
            return r;
        ByteReader question(data, next, data.size());
        const quint16 type = question.u16();
        const quint16 questionClass = question.u16();
        if (!question.ok()) {
            r.error = QStringLiteral("the question is cut short");
            return r;
        }
        if (q == 0) {
            r.questionName = name;
            r.questionType = type;
            r.questionClass = questionClass;
        }
        pos = question.pos();
    }
    for (int a = 0; a < r.answerCount && a < kMaxDnsAnswers; ++a) {
        DnsRecord record;
        qsizetype next = 0;
        QString error;
        bool ok = readName(data, pos, &record.name, &next, &error);
        quint16 rdLength = 0;
        qsizetype rdata = 0;
        if (ok) {
            ByteReader fields(data, next, data.size());
            record.type = fields.u16();
            record.rrClass = fields.u16();
            record.ttl = fields.u32();
            rdLength = fields.u16();
            rdata = fields.pos();
            const bool headerComplete = fields.ok();
            fields.skip(rdLength);
            if (!fields.ok()) {
                ok = false;
                error = headerComplete ? QStringLiteral("record data runs past the end of the message")
                                       : QStringLiteral("a record header is cut short");
            }
        }
        if (!ok) {
            // A truncated (TC) answer may stop in the middle of a record; anything else is malformed.
            if (r.tc)
                break;
            r.error = error;
            return r;
        }
        ByteReader value(data, rdata, rdata + rdLength);
        if (record.type == DnsType::A) {
            if (rdLength != 4) {
                r.error = QStringLiteral("an A record with %1 octets of data").arg(rdLength);
                return r;
            }
            record.value = QHostAddress(value.u32()).toString();
        } else if (record.type == DnsType::AAAA) {
            if (rdLength != 16) {
                r.error = QStringLiteral("an AAAA record with %1 octets of data").arg(rdLength);
                return r;
            }
            const QByteArray address = value.bytes(16);
            record.value = QHostAddress(reinterpret_cast<const quint8 *>(address.constData())).toString();
        } else if (record.type == DnsType::CNAME || record.type == DnsType::NS) {
            // The target may use pointers into the whole message, but its own octets stay inside the record.
            qsizetype end = 0;
            if (!readName(data.left(rdata + rdLength), rdata, &record.value, &end, &r.error))
                return r;
            if (end != rdata + rdLength) {
                r.error = QStringLiteral("a %1 record's name does not fill its data").arg(dnsTypeName(record.type));
                return r;
            }
        }
        r.answers << record;
        pos = rdata + rdLength;
    }
    r.valid = true;
    return r;
}

bool dnsResponseMatches(const DnsResponse &response, quint16 id, const QString &name, quint16 type)
{
    return response.valid && response.qr && response.id == id && response.opcode == 0 && response.questionCount == 1 &&
           response.questionType == type && response.questionName == normaliseDnsName(name);
}

QStringList dnsCnames(const DnsResponse &response)
{
    QStringList names;
    for (const DnsRecord &record : response.answers) {
        if (record.type == DnsType::CNAME)
            names << record.value;
    }
    return names;
}

QStringList dnsAddresses(const DnsResponse &response)
{
    if (response.questionType != DnsType::A && response.questionType != DnsType::AAAA)
        return {};
    QString owner = response.questionName;
    for (int step = 0; step <= kMaxCnameChain; ++step) {
        QStringList addresses;
        QString alias;
        for (const DnsRecord &record : response.answers) {
            if (record.name != owner)
                continue;
            if (record.type == response.questionType)
                addresses << record.value;
            else if (record.type == DnsType::CNAME && alias.isEmpty())
                alias = record.value;
        }
        if (!addresses.isEmpty() || alias.isEmpty())
            return addresses;
        owner = alias;
    }
    return {};
}

} // namespace tpready
