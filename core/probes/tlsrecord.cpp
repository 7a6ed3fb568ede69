// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlsrecord.h"

#include <QHostAddress>
#include <QStringDecoder>

#include "core/probes/bytes.h"

namespace tpready {
namespace {

constexpr int kRecordHeader = 5;
constexpr int kMaxRecordLength = 16384 + 2048; // TLSCiphertext limit (RFC 5246 6.2.3)
constexpr int kMaxCertificates = 16;
constexpr int kMaxCaNames = 64;

enum ContentType
{
    ChangeCipherSpec = 20,
    AlertRecord = 21,
    Handshake = 22,
    ApplicationData = 23,
};

enum HandshakeType
{
    ServerHello = 2,
    Certificate = 11,
    ServerKeyExchange = 12,
    CertificateRequest = 13,
    ServerHelloDone = 14,
};

void putExtension(QByteArray &out, quint16 type, const QByteArray &body)
{
    putU16(out, type);
    putU16(out, static_cast<quint32>(body.size()));
    out += body;
}

bool parseServerHello(const QByteArray &body, TlsServerFlight *flight)
{
    ByteReader r(body);
    flight->serverVersion = r.u16();
    r.skip(32);     // random
    r.skip(r.u8()); // session id
    flight->cipherSuite = r.u16();
    r.u8(); // compression
    if (!r.ok())
        return false;
    if (r.atEnd())
        return true;
    ByteReader extensions = r.sub(r.u16());
    while (extensions.ok() && !extensions.atEnd()) {
        const quint16 type = extensions.u16();
        ByteReader ext = extensions.sub(extensions.u16());
        if (type == 43) { // supported_versions: the selected version
            const quint16 version = ext.u16();
            if (ext.ok())
                flight->serverVersion = version;
        }
    }
    return r.ok() && extensions.ok();
}

bool parseCertificate(const QByteArray &body, TlsServerFlight *flight)
{
    ByteReader r(body);
    ByteReader list = r.sub(r.u24());
    while (list.ok() && !list.atEnd()) {
        const QByteArray der = list.bytes(list.u24());
        if (list.ok() && flight->certificates.size() < kMaxCertificates)
            flight->certificates << der;
    }
    return r.ok() && list.ok();
}

bool parseCertificateRequest(const QByteArray &body, TlsServerFlight *flight)
{
    // TLS 1.2 (RFC 5246 7.4.4): certificate_types<1..2^8-1>, supported_signature_algorithms<2..2^16-2>,
    // certificate_authorities<0..2^16-1> (each a DistinguishedName<1..2^16-1>).
    ByteReader r(body);
    const QByteArray types = r.bytes(r.u8());
    for (const char type : types)
        flight->clientCertificateTypes << static_cast<quint8>(type);
    r.skip(r.u16()); // supported_signature_algorithms
    ByteReader authorities = r.sub(r.u16());
    while (authorities.ok() && !authorities.atEnd()) {
        const QByteArray dn = authorities.bytes(authorities.u16());
        if (authorities.ok() && flight->acceptableCaNames.size() < kMaxCaNames)
            flight->acceptableCaNames << distinguishedNameToString(dn);
    }
    return r.ok() && authorities.ok();
}

// ---- DER, just enough for a Name ----

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

QByteArray buildTls12ClientHello(const QString &serverName, const QByteArray &random)
{
    QByteArray body;
    putU16(body, 0x0303);
    QByteArray rnd = random.left(32);
    rnd.append(QByteArray(32 - rnd.size(), '\0'));
    body += rnd;
    putU8(body, 0); // no session id
    static const quint16 suites[] = {
        0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, // ECDHE with AES-GCM / ChaCha20
        0x009c, 0x009d,                                 // RSA AES-GCM
        0xc009, 0xc013, 0xc00a, 0xc014, 0x002f, 0x0035, // CBC, for older servers
        0x00ff,                                         // TLS_EMPTY_RENEGOTIATION_INFO_SCSV
    };
    putU16(body, static_cast<quint32>(sizeof(suites) / sizeof(suites[0]) * 2));
    for (const quint16 suite : suites)
        putU16(body, suite);
    putU8(body, 1);
    putU8(body, 0); // null compression

    QByteArray extensions;
    const QByteArray name = serverName.toUtf8();
    if (!name.isEmpty() && name.size() < 256 && QHostAddress(serverName).isNull()) {
        QByteArray sni;
        putU16(sni, static_cast<quint32>(name.size() + 3));
        putU8(sni, 0); // host_name
        putU16(sni, static_cast<quint32>(name.size()));
        sni += name;
        putExtension(extensions, 0x0000, sni);
    }
    QByteArray groups;
    putU16(groups, 6);
    putU16(groups, 0x001d); // x25519
    putU16(groups, 0x0017); // secp256r1
    putU16(groups, 0x0018); // secp384r1
    putExtension(extensions, 0x000a, groups);
    putExtension(extensions, 0x000b, QByteArray::fromHex("0100")); // ec_point_formats: uncompressed
    static const quint16 signatureAlgorithms[] = {0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806,
                                                  0x0401, 0x0501, 0x0601, 0x0203, 0x0201};
    QByteArray algorithms;
    putU16(algorithms, static_cast<quint32>(sizeof(signatureAlgorithms) / sizeof(signatureAlgorithms[0]) * 2));
    for (const quint16 algorithm : signatureAlgorithms)
        putU16(algorithms, algorithm);
    putExtension(extensions, 0x000d, algorithms);
    putExtension(extensions, 0x0017, {}); // extended_master_secret
    putU16(body, static_cast<quint32>(extensions.size()));
    body += extensions;

    QByteArray handshake;
    putU8(handshake, 1); // ClientHello
    putU24(handshake, static_cast<quint32>(body.size()));
    handshake += body;

    QByteArray record;
    putU8(record, Handshake);
    putU16(record, 0x0301); // record version of a first ClientHello, for compatibility
    putU16(record, static_cast<quint32>(handshake.size()));
    record += handshake;
    return record;
}

TlsServerFlight parseTlsServerFlight(const QByteArray &data)
{
    TlsServerFlight flight;
    QByteArray handshake; // handshake messages may span records: reassembled here
    qsizetype handshakeParsed = 0;
    qsizetype pos = 0;
    while (data.size() - pos >= kRecordHeader) {
        ByteReader header(data, pos, data.size());
        const int type = header.u8();
        const int major = header.u8();
        const int minor = header.u8();
        const int length = header.u16();
        if (type < ChangeCipherSpec || type > ApplicationData || major != 3 || minor > 4) {
            if (pos == 0) {
                flight.status = TlsServerFlight::Status::NotTls;
                flight.problem = QStringLiteral("not a TLS record header");
            } else {
                flight.status = TlsServerFlight::Status::Malformed;
                flight.problem = QStringLiteral("a record with type %1, version %2.%3").arg(type).arg(major).arg(minor);
            }
            return flight;
        }
        if (length > kMaxRecordLength) {
            flight.status = pos == 0 ? TlsServerFlight::Status::NotTls : TlsServerFlight::Status::Malformed;
            flight.problem = QStringLiteral("a record of %1 bytes").arg(length);
            return flight;
        }
        if (pos == 0)
            flight.recordVersion = static_cast<quint16>((major << 8) | minor);
        if (data.size() - pos - kRecordHeader < length)
            return flight; // incomplete record
        const QByteArray fragment = data.mid(pos + kRecordHeader, length);
        pos += kRecordHeader + length;
        flight.consumed = pos;

        if (type == AlertRecord) {
            ByteReader alert(fragment);
            const int level = alert.u8();
            const int description = alert.u8();
            if (!alert.ok()) {
                flight.status = TlsServerFlight::Status::Malformed;
                flight.problem = QStringLiteral("a short alert");
                return flight;
            }
            flight.alertLevel = level;
            flight.alertDescription = description;
            flight.status = TlsServerFlight::Status::Alert;
            return flight;
        }
        if (type != Handshake) {
            // ChangeCipherSpec or encrypted data before ServerHelloDone: only a TLS 1.3 server does that, and its
            // ServerHello already said so.
            if (flight.handshakeTypes.contains(ServerHello)) {
                flight.status = TlsServerFlight::Status::Complete;
            } else {
                flight.status = TlsServerFlight::Status::Malformed;
                flight.problem = QStringLiteral("record type %1 before any ServerHello").arg(type);
            }
            return flight;
        }
        handshake += fragment;
        // Parse every complete handshake message reassembled so far.
        while (handshake.size() - handshakeParsed >= 4) {
            ByteReader message(handshake, handshakeParsed, handshake.size());
            const int msgType = message.u8();
            const qsizetype msgLength = message.u24();
            if (handshake.size() - handshakeParsed - 4 < msgLength)
                break; // the rest comes in the next record
            if (flight.handshakeTypes.isEmpty() && msgType != ServerHello) {
                flight.status = TlsServerFlight::Status::Malformed;
                flight.problem = QStringLiteral("the server's first handshake message is not a ServerHello");
                return flight;
            }
            const QByteArray body = handshake.mid(handshakeParsed + 4, msgLength);
            handshakeParsed += 4 + msgLength;
            if (flight.handshakeTypes.size() < 64)
                flight.handshakeTypes << msgType;
            bool ok = true;
            switch (msgType) {
            case ServerHello:
                ok = parseServerHello(body, &flight);
                if (ok && flight.serverVersion == 0x0304) {
                    flight.status = TlsServerFlight::Status::Complete;
                    return flight;
                }
                break;
            case Certificate:
                ok = parseCertificate(body, &flight);
                break;
            case CertificateRequest:
                flight.certificateRequest = true;
                ok = parseCertificateRequest(body, &flight);
                break;
            case ServerHelloDone:
                flight.status = TlsServerFlight::Status::Complete;
                return flight;
            default:
                break;
            }
            if (!ok) {
                flight.status = TlsServerFlight::Status::Malformed;
                flight.problem = QStringLiteral("a malformed handshake message of type %1").arg(msgType);
                return flight;
            }
        }
        if (flight.handshakeTypes.isEmpty() && handshake.size() >= 4 &&
            static_cast<quint8>(handshake.at(0)) != ServerHello) {
            flight.status = TlsServerFlight::Status::Malformed;
            flight.problem = QStringLiteral("the server's first handshake message is not a ServerHello");
            return flight;
        }
    }
    if (pos == 0 && !data.isEmpty()) {
        // Fewer than 5 bytes: say NotTls early when even the first byte cannot start a record.
        const int type = static_cast<quint8>(data.at(0));
        const bool plausible = type >= ChangeCipherSpec && type <= ApplicationData &&
                               (data.size() < 2 || static_cast<quint8>(data.at(1)) == 3);
        if (!plausible) {
            flight.status = TlsServerFlight::Status::NotTls;
            flight.problem = QStringLiteral("not a TLS record header");
        }
    }
    return flight;
}

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

QString tlsAlertName(int description)
{
    switch (description) {
    case 0:
        return QStringLiteral("close_notify");
    case 10:
        return QStringLiteral("unexpected_message");
    case 20:
        return QStringLiteral("bad_record_mac");
    case 22:
        return QStringLiteral("record_overflow");
    case 40:
        return QStringLiteral("handshake_failure");
    case 42:
        return QStringLiteral("bad_certificate");
    case 43:
        return QStringLiteral("unsupported_certificate");
    case 44:
        return QStringLiteral("certificate_revoked");
    case 45:
        return QStringLiteral("certificate_expired");
    case 46:
        return QStringLiteral("certificate_unknown");
    case 47:
        return QStringLiteral("illegal_parameter");
    case 48:
        return QStringLiteral("unknown_ca");
    case 49:
        return QStringLiteral("access_denied");
    case 50:
        return QStringLiteral("decode_error");
    case 51:
        return QStringLiteral("decrypt_error");
    case 70:
        return QStringLiteral("protocol_version");
    case 71:
        return QStringLiteral("insufficient_security");
    case 80:
        return QStringLiteral("internal_error");
    case 86:
        return QStringLiteral("inappropriate_fallback");
    case 90:
        return QStringLiteral("user_canceled");
    case 109:
        return QStringLiteral("missing_extension");
    case 110:
        return QStringLiteral("unsupported_extension");
    case 112:
        return QStringLiteral("unrecognized_name");
    case 116:
        return QStringLiteral("certificate_required");
    case 120:
        return QStringLiteral("no_application_protocol");
    default:
        return QStringLiteral("alert_%1").arg(description);
    }
}

QString tlsVersionName(quint16 version)
{
    switch (version) {
    case 0x0300:
        return QStringLiteral("SSL 3.0");
    case 0x0301:
        return QStringLiteral("TLS 1.0");
    case 0x0302:
        return QStringLiteral("TLS 1.1");
    case 0x0303:
        return QStringLiteral("TLS 1.2");
    case 0x0304:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("0x%1").arg(version, 4, 16, QLatin1Char('0'));
    }
}

} // namespace tpready
