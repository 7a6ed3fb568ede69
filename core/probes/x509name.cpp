// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "x509name.h"

#include <QStringDecoder>
#include <QStringList>

#include "core/probes/bytes.h"

namespace tpready {
namespace {

// DER (X.690), just enough for a Name.

struct Tlv
{
    int tag = -1;
    qsizetype start = 0; ///< the tag byte
    qsizetype begin = 0; ///< first content byte
    qsizetype length = 0;
};

bool readTlv(const QByteArray &der, qsizetype pos, qsizetype end, Tlv *tlv)
{
    ByteReader r(der, pos, end);
    const int tag = r.u8();
    const int first = r.u8();
    if (!r.ok() || (tag & 0x1f) == 0x1f)
        return false; // multi-byte tags never occur in a Name
    qsizetype length = first;
    if (first >= 0x80) {
        const int count = first & 0x7f;
        if (count == 0 || count > 3)
            return false; // indefinite or absurd lengths
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | r.u8();
    }
    if (!r.ok() || length > r.remaining())
        return false;
    tlv->start = pos;
    tlv->tag = tag;
    tlv->begin = r.pos();
    tlv->length = length;
    return true;
}

QString oidToString(const QByteArray &der, qsizetype begin, qsizetype length)
{
    if (length < 1 || length > 64)
        return {};
    QStringList arcs;
    quint64 value = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const auto byte = static_cast<quint8>(der.at(begin + i));
        if (value > (quint64(1) << 56))
            return {};
        value = (value << 7) | (byte & 0x7f);
        if (byte & 0x80)
            continue;
        if (arcs.isEmpty()) {
            const quint64 top = value < 40 ? 0 : (value < 80 ? 1 : 2);
            arcs << QString::number(top) << QString::number(value - top * 40);
        } else {
            arcs << QString::number(value);
        }
        value = 0;
    }
    return arcs.join(u'.');
}

QString attributeName(const QString &oid)
{
    static const struct
    {
        const char16_t *oid;
        const char16_t *name;
    } names[] = {
        {u"2.5.4.3", u"CN"},
        {u"2.5.4.5", u"serialNumber"},
        {u"2.5.4.6", u"C"},
        {u"2.5.4.7", u"L"},
        {u"2.5.4.8", u"ST"},
        {u"2.5.4.9", u"street"},
        {u"2.5.4.10", u"O"},
        {u"2.5.4.11", u"OU"},
        {u"1.2.840.113549.1.9.1", u"emailAddress"},
        {u"0.9.2342.19200300.100.1.25", u"DC"},
        {u"0.9.2342.19200300.100.1.1", u"UID"},
    };
    for (const auto &entry : names) {
        if (oid == entry.oid)
            return QString::fromUtf16(entry.name);
    }
    return oid;
}

QString decodeString(int tag, const QByteArray &bytes)
{
    switch (tag) {
    case 0x0c: // UTF8String
        return QString::fromUtf8(bytes);
    case 0x1e: { // BMPString: UTF-16BE
        auto decoder = QStringDecoder(QStringDecoder::Utf16BE);
        return decoder(bytes);
    }
    case 0x1c: { // UniversalString: UCS-4 BE
        auto decoder = QStringDecoder(QStringDecoder::Utf32BE);
        return decoder(bytes);
    }
    default: // PrintableString, IA5String, TeletexString (taken as Latin-1), anything else
        return QString::fromLatin1(bytes);
    }
}

QString escapeValue(QString value)
{
    // Keep the output one line and unambiguous: control characters become '?', separators are backslashed.
    for (QChar &c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u',', QStringLiteral("\\,"));
    return value.left(256);
}

} // namespace

QString distinguishedNameToString(const QByteArray &der, bool *ok)
{
    if (ok)
        *ok = false;
    Tlv name;
    if (!readTlv(der, 0, der.size(), &name) || name.tag != 0x30)
        return QStringLiteral("(undecodable name)");
    QStringList parts;
    qsizetype pos = name.begin;
    const qsizetype end = name.begin + name.length;
    while (pos < end) {
        Tlv set;
        if (!readTlv(der, pos, end, &set) || set.tag != 0x31)
            return QStringLiteral("(undecodable name)");
        pos = set.begin + set.length;
        qsizetype inner = set.begin;
        while (inner < pos) {
            Tlv atv;
            Tlv oid;
            Tlv value;
            if (!readTlv(der, inner, pos, &atv) || atv.tag != 0x30 ||
                !readTlv(der, atv.begin, atv.begin + atv.length, &oid) || oid.tag != 0x06 ||
                !readTlv(der, oid.begin + oid.length, atv.begin + atv.length, &value))
                return QStringLiteral("(undecodable name)");
            inner = atv.begin + atv.length;
            if (parts.size() >= 32)
                continue;
            const QString type = attributeName(oidToString(der, oid.begin, oid.length));
            parts << type + u'=' + escapeValue(decodeString(value.tag, der.mid(value.begin, value.length)));
        }
    }
    if (ok)
        *ok = true;
    return parts.join(QStringLiteral(", "));
}

bool certificateNames(const QByteArray &der, QString *issuer, QString *subject)
{
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber, signature,
    //                            issuer Name, validity, subject Name, ... }, ... }
    Tlv certificate;
    Tlv tbs;
    if (!readTlv(der, 0, der.size(), &certificate) || certificate.tag != 0x30 ||
        !readTlv(der, certificate.begin, certificate.begin + certificate.length, &tbs) || tbs.tag != 0x30)
        return false;
    const qsizetype end = tbs.begin + tbs.length;
    qsizetype pos = tbs.begin;
    Tlv field;
    if (!readTlv(der, pos, end, &field))
        return false;
    if (field.tag == 0xa0) { // explicit version
        pos = field.begin + field.length;
        if (!readTlv(der, pos, end, &field))
            return false;
    }
    // serialNumber, signature, issuer, validity, subject
    Tlv parts[5];
    parts[0] = field;
    pos = field.begin + field.length;
    for (int i = 1; i < 5; ++i) {
        if (!readTlv(der, pos, end, &parts[i]))
            return false;
        pos = parts[i].begin + parts[i].length;
    }
    if (parts[0].tag != 0x02 || parts[2].tag != 0x30 || parts[4].tag != 0x30)
        return false;
    auto whole = [&der](const Tlv &tlv) { return der.mid(tlv.start, tlv.begin + tlv.length - tlv.start); };
    bool okIssuer = false;
    bool okSubject = false;
    const QString issuerText = distinguishedNameToString(whole(parts[2]), &okIssuer);
    const QString subjectText = distinguishedNameToString(whole(parts[4]), &okSubject);
    if (!okIssuer || !okSubject)
        return false;
    if (issuer)
        *issuer = issuerText;
    if (subject)
        *subject = subjectText;
    return true;
}

} // namespace tpready
