// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlsrecord.h"

#include <QHostAddress>

#include "core/probes/bytes.h"
#include "core/probes/x509name.h"

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
