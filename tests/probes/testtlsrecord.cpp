// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlstestsupport.h"

#include <QTcpSocket>
#include <QtTest>

#include "core/probes/tlsrecord.h"

using namespace tpready;

namespace {

QByteArray u8(int v)
{
    return QByteArray(1, static_cast<char>(v & 0xff));
}
QByteArray u16(int v)
{
    return u8(v >> 8) + u8(v);
}
QByteArray u24(int v)
{
    return u8(v >> 16) + u16(v);
}
QByteArray record(int type, const QByteArray &fragment, int version = 0x0303)
{
    return u8(type) + u16(version) + u16(static_cast<int>(fragment.size())) + fragment;
}
QByteArray handshake(int type, const QByteArray &body)
{
    return u8(type) + u24(static_cast<int>(body.size())) + body;
}
QByteArray serverHello(int version = 0x0303, const QByteArray &extensions = {})
{
    QByteArray body = u16(version) + QByteArray(32, '\x11') + u8(0) + u16(0xc02f) + u8(0);
    if (!extensions.isNull())
        body += u16(static_cast<int>(extensions.size())) + extensions;
    return handshake(2, body);
}
/// DER: SEQUENCE { SET { SEQUENCE { OID, string } } ... }
QByteArray derName(const QList<QPair<QByteArray, QPair<int, QByteArray>>> &attributes)
{
    QByteArray rdns;
    for (const auto &attribute : attributes) {
        const QByteArray oid = u8(0x06) + u8(static_cast<int>(attribute.first.size())) + attribute.first;
        const QByteArray value =
            u8(attribute.second.first) + u8(static_cast<int>(attribute.second.second.size())) + attribute.second.second;
        const QByteArray atv = u8(0x30) + u8(static_cast<int>(oid.size() + value.size())) + oid + value;
        rdns += u8(0x31) + u8(static_cast<int>(atv.size())) + atv;
    }
    return u8(0x30) + u8(static_cast<int>(rdns.size())) + rdns;
}
const QByteArray kOidO = QByteArray::fromHex("55040a");
const QByteArray kOidCN = QByteArray::fromHex("550403");
QByteArray certificateRequest(const QList<QByteArray> &names)
{
    QByteArray authorities;
    for (const QByteArray &name : names)
        authorities += u16(static_cast<int>(name.size())) + name;
    const QByteArray body = u8(2) + u8(1) + u8(64) + u16(4) + u16(0x0403) + u16(0x0804) +
                            u16(static_cast<int>(authorities.size())) + authorities;
    return handshake(13, body);
}
QByteArray certificateMessage(const QList<QByteArray> &ders)
{
    QByteArray list;
    for (const QByteArray &der : ders)
        list += u24(static_cast<int>(der.size())) + der;
    return handshake(11, u24(static_cast<int>(list.size())) + list);
}

/// Offsets of the ClientHello's extensions, by type.
QMap<int, QByteArray> clientHelloExtensions(const QByteArray &hello, bool *ok)
{
    QMap<int, QByteArray> extensions;
    *ok = false;
    int pos = 5 + 4 + 2 + 32;
    if (hello.size() < pos + 1)
        return extensions;
    pos += 1 + static_cast<quint8>(hello.at(pos));
    const int suites = (static_cast<quint8>(hello.at(pos)) << 8) | static_cast<quint8>(hello.at(pos + 1));
    pos += 2 + suites;
    pos += 1 + static_cast<quint8>(hello.at(pos));
    const int total = (static_cast<quint8>(hello.at(pos)) << 8) | static_cast<quint8>(hello.at(pos + 1));
    pos += 2;
    const int end = pos + total;
    if (end != hello.size())
        return extensions;
    while (pos + 4 <= end) {
        const int type = (static_cast<quint8>(hello.at(pos)) << 8) | static_cast<quint8>(hello.at(pos + 1));
        const int length = (static_cast<quint8>(hello.at(pos + 2)) << 8) | static_cast<quint8>(hello.at(pos + 3));
        extensions.insert(type, hello.mid(pos + 4, length));
        pos += 4 + length;
    }
    *ok = pos == end;
    return extensions;
}

} // namespace

class TestTlsRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientHello();
    void clientHelloWithoutSniForAddresses();
    void fullTls12FlightWithCertificateRequest();
    void flightSplitAcrossRecords();
    void flightWithoutCertificateRequest();
    void tls13ServerHello();
    void alert();
    void notTls_data();
    void notTls();
    void malformed_data();
    void malformed();
    void everyPrefixIsIncomplete();
    void truncatedAndGarbageNeverCrash();
    void distinguishedNames();
    void certificateNamesFromDer();
    void alertNames();
    void realOpensslServerFlight();

private:
    test::TestPki m_pki;
};

void TestTlsRecord::initTestCase()
{
    QVERIFY2(m_pki.generate(), qPrintable(m_pki.error));
}

void TestTlsRecord::clientHello()
{
    const QByteArray random(32, '\x42');
    const QByteArray hello = buildTls12ClientHello(QStringLiteral("slrc1.eu.thingpark.com"), random);
    QCOMPARE(hello.left(3), QByteArray::fromHex("160301"));
    QCOMPARE((static_cast<quint8>(hello.at(3)) << 8) | static_cast<quint8>(hello.at(4)), hello.size() - 5);
    QCOMPARE(static_cast<quint8>(hello.at(5)), quint8(1)); // ClientHello
    QCOMPARE(hello.mid(9, 2), QByteArray::fromHex("0303"));
    QCOMPARE(hello.mid(11, 32), random);
    bool ok = false;
    const QMap<int, QByteArray> extensions = clientHelloExtensions(hello, &ok);
    QVERIFY(ok);
    QVERIFY(extensions.contains(0x0000));
    QVERIFY(extensions.value(0x0000).endsWith("slrc1.eu.thingpark.com"));
    QVERIFY(extensions.contains(0x000d)); // signature_algorithms
    QVERIFY(extensions.contains(0x000a)); // supported_groups
    // No supported_versions: the server must answer in TLS 1.2, whose flight is in clear.
    QVERIFY(!extensions.contains(43));
}

void TestTlsRecord::clientHelloWithoutSniForAddresses()
{
    bool ok = false;
    const QByteArray hello = buildTls12ClientHello(QStringLiteral("192.0.2.10"), QByteArray(32, '\0'));
    QVERIFY(!clientHelloExtensions(hello, &ok).contains(0x0000));
    QVERIFY(ok);
    QVERIFY(!clientHelloExtensions(buildTls12ClientHello(QString(), {}), &ok).contains(0x0000));
    QVERIFY(ok);
}

void TestTlsRecord::fullTls12FlightWithCertificateRequest()
{
    const QByteArray labRoot = derName({{kOidO, {0x0c, "Lab"}}, {kOidCN, {0x13, "Lab Root CA"}}});
    const QByteArray flightBytes =
        record(22, serverHello() + certificateMessage({m_pki.leaf.toDer()}) + handshake(12, QByteArray(40, '\x01')) +
                       certificateRequest({labRoot}) + handshake(14, {}));
    const TlsServerFlight flight = parseTlsServerFlight(flightBytes);
    QCOMPARE(flight.status, TlsServerFlight::Status::Complete);
    QCOMPARE(flight.serverVersion, quint16(0x0303));
    QCOMPARE(flight.cipherSuite, quint16(0xc02f));
    QCOMPARE(flight.handshakeTypes, (QList<int>{2, 11, 12, 13, 14}));
    QCOMPARE(flight.certificates.size(), 1);
    QCOMPARE(flight.certificates.at(0), m_pki.leaf.toDer());
    QVERIFY(flight.certificateRequest);
    QCOMPARE(flight.clientCertificateTypes, (QList<int>{1, 64}));
    QCOMPARE(flight.acceptableCaNames, QStringList{QStringLiteral("O=Lab, CN=Lab Root CA")});
    QCOMPARE(flight.consumed, flightBytes.size());
}

void TestTlsRecord::flightSplitAcrossRecords()
{
    // The Certificate message spans two records, and the rest comes in a third.
    const QByteArray messages = serverHello() + certificateMessage({m_pki.leaf.toDer(), m_pki.root.toDer()}) +
                                certificateRequest({}) + handshake(14, {});
    const QByteArray bytes =
        record(22, messages.left(100)) + record(22, messages.mid(100, 300)) + record(22, messages.mid(400));
    const TlsServerFlight flight = parseTlsServerFlight(bytes);
    QCOMPARE(flight.status, TlsServerFlight::Status::Complete);
    QCOMPARE(flight.certificates.size(), 2);
    QCOMPARE(flight.certificates.at(1), m_pki.root.toDer());
    QVERIFY(flight.certificateRequest);
    QVERIFY(flight.acceptableCaNames.isEmpty());
}

void TestTlsRecord::flightWithoutCertificateRequest()
{
    const TlsServerFlight flight =
        parseTlsServerFlight(record(22, serverHello() + certificateMessage({m_pki.leaf.toDer()}) + handshake(14, {})));
    QCOMPARE(flight.status, TlsServerFlight::Status::Complete);
    QVERIFY(!flight.certificateRequest);
}

void TestTlsRecord::tls13ServerHello()
{
    // supported_versions selecting TLS 1.3: the rest is encrypted, nothing more to read.
    const QByteArray extensions = u16(43) + u16(2) + u16(0x0304);
    const TlsServerFlight flight =
        parseTlsServerFlight(record(22, serverHello(0x0303, extensions)) + record(20, u8(1)) + record(23, "xxxx"));
    QCOMPARE(flight.status, TlsServerFlight::Status::Complete);
    QCOMPARE(flight.serverVersion, quint16(0x0304));
    QCOMPARE(tlsVersionName(flight.serverVersion), QStringLiteral("TLS 1.3"));
}

void TestTlsRecord::alert()
{
    const TlsServerFlight flight = parseTlsServerFlight(record(21, u8(2) + u8(70)));
    QCOMPARE(flight.status, TlsServerFlight::Status::Alert);
    QCOMPARE(flight.alertLevel, 2);
    QCOMPARE(flight.alertDescription, 70);
    QCOMPARE(tlsAlertName(flight.alertDescription), QStringLiteral("protocol_version"));
}

void TestTlsRecord::notTls_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n");
    QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n");
    QTest::newRow("ftp") << QByteArray("220 ready\r\n");
    QTest::newRow("one byte") << QByteArray("H");
    QTest::newRow("iec104") << QByteArray::fromHex("680483000000");
    QTest::newRow("huge record") << QByteArray::fromHex("1603037fff");
}

void TestTlsRecord::notTls()
{
    QFETCH(QByteArray, bytes);
    const TlsServerFlight flight = parseTlsServerFlight(bytes);
    QCOMPARE(flight.status, TlsServerFlight::Status::NotTls);
    QVERIFY(!flight.problem.isEmpty());
}

void TestTlsRecord::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("first message not ServerHello") << record(22, handshake(11, u24(0)));
    QTest::newRow("short server hello") << record(22, handshake(2, QByteArray(10, '\0')));
    QTest::newRow("certificate list overruns")
        << record(22, serverHello() + handshake(11, u24(50) + u24(60) + QByteArray(44, 'x')));
    QTest::newRow("certificate request overruns") << record(22, serverHello() + handshake(13, u8(5) + u8(1)));
    QTest::newRow("short alert") << record(21, u8(2));
    QTest::newRow("data before hello") << record(23, "abc");
    QTest::newRow("bad second record") << record(22, serverHello()) + QByteArray("HTTP/1.1 200 OK\r\n");
}

void TestTlsRecord::malformed()
{
    QFETCH(QByteArray, bytes);
    const TlsServerFlight flight = parseTlsServerFlight(bytes);
    QCOMPARE(flight.status, TlsServerFlight::Status::Malformed);
    QVERIFY(!flight.problem.isEmpty());
}

void TestTlsRecord::everyPrefixIsIncomplete()
{
    const QByteArray bytes = record(22, serverHello() + certificateMessage({m_pki.leaf.toDer()})) +
                             record(22, certificateRequest({derName({{kOidCN, {0x13, "A"}}})}) + handshake(14, {}));
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        const TlsServerFlight flight = parseTlsServerFlight(bytes.left(n));
        QVERIFY2(flight.status == TlsServerFlight::Status::Incomplete, qPrintable(QString::number(n)));
    }
    QCOMPARE(parseTlsServerFlight(bytes).status, TlsServerFlight::Status::Complete);
}

void TestTlsRecord::truncatedAndGarbageNeverCrash()
{
    // Pseudo-random mutations of a valid flight: the parser must stay within the buffer (ASan builds check it).
    const QByteArray valid =
        record(22, serverHello() + certificateMessage({m_pki.leaf.toDer()}) +
                       certificateRequest({derName({{kOidO, {0x0c, "Lab"}}})}) + handshake(14, {}));
    quint32 seed = 12345;
    for (int i = 0; i < 3000; ++i) {
        QByteArray mutated = valid;
        for (int j = 0; j < 4; ++j) {
            seed = seed * 1103515245 + 12345;
            mutated[static_cast<qsizetype>((seed >> 8) % mutated.size())] = static_cast<char>(seed >> 24);
        }
        seed = seed * 1103515245 + 12345;
        mutated.truncate(static_cast<qsizetype>((seed >> 8) % (mutated.size() + 1)));
        const TlsServerFlight flight = parseTlsServerFlight(mutated);
        QVERIFY(flight.consumed <= mutated.size());
        QVERIFY(flight.certificates.size() <= 16);
    }
}

void TestTlsRecord::distinguishedNames()
{
    bool ok = false;
    QCOMPARE(distinguishedNameToString(derName({{kOidO, {0x0c, "Lab"}}, {kOidCN, {0x13, "Lab Root CA"}}}), &ok),
             QStringLiteral("O=Lab, CN=Lab Root CA"));
    QVERIFY(ok);
    // BMPString (UTF-16BE), an unknown attribute type as a dotted OID, a value with a comma.
    const QByteArray bmp = QByteArray::fromHex("00c90063006f006c0065"); // "École"
    QCOMPARE(distinguishedNameToString(derName(
                 {{kOidO, {0x1e, bmp}}, {QByteArray::fromHex("2a0304"), {0x13, "x"}}, {kOidCN, {0x0c, "a,b"}}})),
             QStringLiteral("O=\u00c9cole, 1.2.3.4=x, CN=a\\,b"));
    QCOMPARE(distinguishedNameToString(QByteArray::fromHex("3000"), &ok), QString());
    QVERIFY(ok);
    QCOMPARE(distinguishedNameToString(QByteArray::fromHex("3005310330"), &ok), QStringLiteral("(undecodable name)"));
    QVERIFY(!ok);
    QCOMPARE(distinguishedNameToString(QByteArray(), &ok), QStringLiteral("(undecodable name)"));
    QVERIFY(!ok);
    QCOMPARE(distinguishedNameToString(QByteArray::fromHex("3084ffffffff"), &ok), QStringLiteral("(undecodable name)"));
    QVERIFY(!ok);
}

void TestTlsRecord::certificateNamesFromDer()
{
    QString issuer;
    QString subject;
    QVERIFY(certificateNames(m_pki.leaf.toDer(), &issuer, &subject));
    QCOMPARE(issuer, QStringLiteral("O=tpready Test, CN=tpready Test Root CA"));
    QCOMPARE(subject, QStringLiteral("CN=localhost"));
    QVERIFY(certificateNames(m_pki.inspectionCa.toDer(), &issuer, &subject));
    QCOMPARE(subject, QStringLiteral("O=Example Corp, CN=Example Corp SSL Inspection CA"));
    QVERIFY(!certificateNames(QByteArray("not a certificate"), &issuer, &subject));
    const QByteArray der = m_pki.leaf.toDer();
    for (qsizetype n = 0; n < der.size(); n += 7)
        certificateNames(der.left(n), &issuer, &subject); // never reads past the end
}

void TestTlsRecord::alertNames()
{
    QCOMPARE(tlsAlertName(40), QStringLiteral("handshake_failure"));
    QCOMPARE(tlsAlertName(116), QStringLiteral("certificate_required"));
    QCOMPARE(tlsAlertName(250), QStringLiteral("alert_250"));
    QCOMPARE(tlsVersionName(0x0303), QStringLiteral("TLS 1.2"));
    QCOMPARE(tlsVersionName(0x7f1c), QStringLiteral("0x7f1c"));
}

void TestTlsRecord::realOpensslServerFlight()
{
    // What a real OpenSSL server (as in haproxy `verify required`) sends to our hello, parsed.
    TPREADY_SKIP_WITHOUT_OPENSSL_SERVER();
    test::OpensslServer server;
    QString error;
    QVERIFY2(
        server.start(test::mtlsServerArguments(m_pki, QStringLiteral("leaf.pem"), QStringLiteral("leaf.key")), &error),
        qPrintable(error));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write(buildTls12ClientHello(QStringLiteral("localhost"), QByteArray(32, '\x07')));
    QByteArray received;
    TlsServerFlight flight;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), flight = parseTlsServerFlight(received),
                              flight.status != TlsServerFlight::Status::Incomplete),
                             5000);
    QCOMPARE(flight.status, TlsServerFlight::Status::Complete);
    QCOMPARE(flight.serverVersion, quint16(0x0303));
    QVERIFY(flight.certificateRequest);
    QCOMPARE(flight.acceptableCaNames, QStringList{QStringLiteral("O=tpready Test, CN=tpready Client CA")});
    QCOMPARE(flight.certificates.size(), 1);
    QCOMPARE(flight.certificates.at(0), m_pki.leaf.toDer());
    QCOMPARE(flight.handshakeTypes.constLast(), 14);
    socket.abort();
}

QTEST_GUILESS_MAIN(TestTlsRecord)
#include "testtlsrecord.moc"
