// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// The pure step of the TLS probes, without any socket: observations built from the test PKI's certificates, as
// the probe would have recorded them, go through assessTls(), tlsVerdict() and tlsEvidence(). Every branch of the
// verdict is here; the loopback tests (testtlsprobe) show that the probe records what real servers do.
#include "tlstestsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "core/probes/bytes.h"
#include "core/probes/textframing.h"
#include "core/probes/tlsassessment.h"
#include "core/probes/tlsevidence.h"
#include "core/probes/tlsverdict.h"

using namespace tpready;
using namespace tpready::test;

namespace {

constexpr int kFatal = static_cast<int>(QSsl::AlertLevel::Fatal);

/// What both judgements of one observation give.
struct Judged
{
    TlsAssessment assessment;
    ProbeResult result; ///< the verdict, with the evidence filled in
};

Judged judge(const TlsObservation &observation)
{
    Judged judged;
    judged.assessment = assessTls(observation);
    judged.result = tlsVerdict(observation, judged.assessment);
    judged.result.evidence = tlsEvidence(observation, judged.assessment);
    return judged;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject object(const ProbeResult &result, const QString &key)
{
    return result.evidence.value(key).toObject();
}

} // namespace

class TestTlsVerdict final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_pki.generate(), qPrintable(m_pki.error)); }

    void passOk();
    void closedAfterHandshake();
    void clientCertificateRequiredTls13();
    void clientCertificateRequiredTls12();
    void clientCertificateRequiredNameMismatch();
    void untrusted();
    void expired();
    void notYetValid();
    void interceptedByProductName();
    void interceptedByLocalRoot();
    void anchorOfAnUnverifiedChainIgnored();
    void mtlsFrontEnd();
    void mtlsFrontEndNotDemanding();
    void mtlsFrontEndVerifiedWithoutDemand();
    void wrongServiceAnsweredHello();
    void wrongServicePlaintextError();
    void refused();
    void alertDuringHandshake();
    void failedAfterHandshake();
    void handshakeFailed();
    void endings();
    void clientCaHelloEvidence();
    void chainFromErrors();

private:
    /// A TLS target on 443 of a TPE, with a fixed laptop clock.
    TlsObservation observation(Protocol protocol = Protocol::Tls, quint16 port = 443, Role role = Role::Tpe,
                               const QString &host = QStringLiteral("localhost")) const;
    /// A completed TLS 1.3 handshake whose chain verified through --ca, and no client-certificate demand.
    TlsObservation verified(TlsObservation o) const;

    TestPki m_pki;
    const QDateTime m_clock{QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC};
};

TlsObservation TestTlsVerdict::observation(Protocol protocol, quint16 port, Role role, const QString &host) const
{
    TlsObservation o;
    o.target = localTarget(protocol, port, host, role);
    o.timeoutMs = 3000;
    o.extraCa = {m_pki.root};
    o.laptopClock = m_clock;
    o.handshakeStartMs = 4;
    return o;
}

TlsObservation TestTlsVerdict::verified(TlsObservation o) const
{
    o.handshakeDone = true;
    o.handshakeMs = 3;
    o.sessionChain = {m_pki.leaf};
    o.protocolName = QStringLiteral("TLS 1.3");
    o.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    o.anchor = TrustAnchor{m_pki.root, subjectName(m_pki.root), RootOriginResult{RootOrigin::CaOption, QString()}};
    o.clientCertificate = ClientCertificateDemand::NotDemanded;
    return o;
}

void TestTlsVerdict::passOk()
{
    const Judged j = judge(verified(observation()));
    QVERIFY(j.assessment.verified);
    QVERIFY(j.assessment.clean());
    const ProbeResult &r = j.result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::Ok);
    QCOMPARE(r.detail,
             QStringLiteral("TLS handshake with localhost port 443 verified: TLS 1.3, TLS_AES_256_GCM_SHA384, "
                            "certificate \"localhost\" issued by \"tpready Test Root CA\", valid until %1.")
                 .arg(isoUtc(m_pki.leaf.expiryDate())));
    QVERIFY(r.remediation.isEmpty());
    QCOMPARE(text(r, QStringLiteral("server_name")), QStringLiteral("localhost"));
    QCOMPARE(text(r, QStringLiteral("tls_version")), QStringLiteral("TLS 1.3"));
    QCOMPARE(text(r, QStringLiteral("cipher")), QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QCOMPARE(text(r, QStringLiteral("handshake_ms")), QStringLiteral("3"));
    QCOMPARE(text(r, QStringLiteral("handshake_completed")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("tpready Test Root CA"));
    QCOMPARE(text(r, QStringLiteral("subject")), QStringLiteral("localhost"));
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("name_match")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("mtls_expected")), QStringLiteral("false"));
    QCOMPARE(text(r, QStringLiteral("client_certificate_requested")), QStringLiteral("false"));
    QCOMPARE(r.evidence.value(QStringLiteral("chain")).toArray().size(), 1);
    const QJsonObject anchor = object(r, QStringLiteral("trust_anchor"));
    QCOMPARE(anchor.value(QStringLiteral("origin")).toString(), QStringLiteral("ca-option"));
    QCOMPARE(anchor.value(QStringLiteral("found")).toBool(), true);
    QCOMPARE(anchor.value(QStringLiteral("subject")).toString(),
             QStringLiteral("O=tpready Test, CN=tpready Test Root CA"));
    for (const char *absent :
         {"verification_errors", "inspection_signs", "tls12_probe", "alerts_received", "tls_error",
          "closed_after_handshake", "trust_store_load_ms", "received", "client_certificate_signal"})
        QVERIFY2(!r.evidence.contains(QLatin1String(absent)), absent);
    // Pure: the same observation, the same result.
    const Judged again = judge(verified(observation()));
    QCOMPARE(again.result.detail, r.detail);
    QCOMPARE(again.result.evidence, r.evidence);
}

void TestTlsVerdict::closedAfterHandshake()
{
    TlsObservation o = verified(observation());
    o.closedAfterHandshake = true;
    o.rootsWaitMs = 120;
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.reason, Reason::Ok);
    QVERIFY(r.detail.endsWith(QStringLiteral(" The server closed the session right after the handshake.")));
    QCOMPARE(text(r, QStringLiteral("closed_after_handshake")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("trust_store_load_ms")), QStringLiteral("120"));
}

void TestTlsVerdict::clientCertificateRequiredTls13()
{
    // haproxy `verify required` with TLS 1.3: alert 116 after the handshake; a TLS 1.3-only server refuses the
    // client-CA hello, so the CAs it accepts stay unknown.
    TlsObservation o = verified(observation());
    o.clientCertificate = ClientCertificateDemand::Demanded;
    o.clientCertificateSignal = QStringLiteral("tls13-alert-certificate-required");
    o.alerts = {{kFatal, 116}};
    o.fatalAlert = 116;
    o.socketError = QStringLiteral("error:0A00045C:SSL routines::tlsv13 alert certificate required");
    o.socketErrorCode = QAbstractSocket::SslInternalError;
    o.clientCaHelloUsed = true;
    o.clientCaHelloStartedMs = 40;
    TlsServerFlight flight;
    flight.status = TlsServerFlight::Status::Alert;
    flight.alertLevel = 2;
    flight.alertDescription = 70;
    o.clientCaHello.received = QByteArray::fromHex("15030300020246");
    o.clientCaHello.flight = flight;
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::TlsClientCertRequired);
    QCOMPARE(r.detail,
             QStringLiteral("localhost port 443 presented a verified certificate (certificate \"localhost\" issued by "
                            "\"tpready Test Root CA\", valid until %1) and then demanded a client certificate (alert "
                            "certificate_required after the TLS 1.3 handshake): this is the mTLS front end the base "
                            "station authenticates to, and it is reachable.")
                 .arg(isoUtc(m_pki.leaf.expiryDate())));
    QCOMPARE(text(r, QStringLiteral("client_certificate_requested")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("client_certificate_signal")), QStringLiteral("tls13-alert-certificate-required"));
    const QJsonArray alerts = r.evidence.value(QStringLiteral("alerts_received")).toArray();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.at(0).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("fatal"));
    QCOMPARE(alerts.at(0).toObject().value(QStringLiteral("description")).toInt(), 116);
    QCOMPARE(alerts.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("certificate_required"));
    QCOMPARE(object(r, QStringLiteral("tls12_probe")).value(QStringLiteral("alert")).toString(),
             QStringLiteral("protocol_version"));
    QCOMPARE(object(r, QStringLiteral("tls12_probe")).value(QStringLiteral("beside_handshake")).toBool(), false);
    QVERIFY(!r.evidence.contains(QStringLiteral("acceptable_ca_names")));
    QVERIFY(text(r, QStringLiteral("tls_error")).contains(QStringLiteral("certificate required")));
}

void TestTlsVerdict::clientCertificateRequiredTls12()
{
    // TLS 1.2: the server ends the handshake (alert 40 to Qt) after a CertificateRequest, which the client-CA hello
    // read in clear with the chain.
    TlsObservation o = observation();
    o.alerts = {{kFatal, 40}};
    o.fatalAlert = 40;
    o.socketError = QStringLiteral("error:0A000410:SSL routines::sslv3 alert handshake failure");
    o.socketErrorCode = QAbstractSocket::SslHandshakeFailedError;
    o.clientCaHelloUsed = true;
    o.clientCaHelloStartedMs = 9;
    TlsServerFlight flight;
    flight.status = TlsServerFlight::Status::Complete;
    flight.serverVersion = 0x0303;
    flight.cipherSuite = 0xc02b;
    flight.handshakeTypes = {2, 11, 12, 13, 14};
    flight.certificates = {m_pki.leaf.toDer()};
    flight.certificateRequest = true;
    flight.acceptableCaNames = {QStringLiteral("O=tpready Test, CN=tpready Client CA")};
    o.clientCaHello.flight = flight;
    o.clientCertificate = ClientCertificateDemand::Demanded;
    o.clientCertificateSignal = QStringLiteral("tls12-certificate-request");
    // The anchor of the chain read in clear, found by the probe.
    QVERIFY(needsTrustAnchor(o));
    o.anchor = TrustAnchor{m_pki.root, subjectName(m_pki.root), RootOriginResult{RootOrigin::CaOption, QString()}};
    const Judged j = judge(o);
    const ProbeResult &r = j.result;
    QVERIFY(j.assessment.verified);
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::TlsClientCertRequired);
    QVERIFY2(r.detail.contains(QStringLiteral("(a CertificateRequest in its TLS 1.2 handshake)")),
             qPrintable(r.detail));
    QVERIFY(
        r.detail.endsWith(QStringLiteral(" Client certificates accepted from: O=tpready Test, CN=tpready Client CA.")));
    QCOMPARE(text(r, QStringLiteral("handshake_completed")), QStringLiteral("false"));
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("tpready Test Root CA"));
    QCOMPARE(text(r, QStringLiteral("tls_version")), QStringLiteral("TLS 1.2"));
    QCOMPARE(r.evidence.value(QStringLiteral("acceptable_ca_names")).toArray(),
             QJsonArray{QStringLiteral("O=tpready Test, CN=tpready Client CA")});
    const QJsonObject raw = object(r, QStringLiteral("tls12_probe"));
    QCOMPARE(raw.value(QStringLiteral("certificate_request")).toBool(), true);
    QCOMPARE(raw.value(QStringLiteral("server_version")).toString(), QStringLiteral("TLS 1.2"));
    QCOMPARE(raw.value(QStringLiteral("cipher_suite")).toString(), QStringLiteral("0xc02b"));
    QCOMPARE(raw.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QCOMPARE(raw.value(QStringLiteral("handshake_types")).toArray().size(), 5);
    QCOMPARE(object(r, QStringLiteral("trust_anchor")).value(QStringLiteral("origin")).toString(),
             QStringLiteral("ca-option"));
}

void TestTlsVerdict::clientCertificateRequiredNameMismatch()
{
    // Qt checks the name only after a completed handshake: the assessment does it for a chain read in clear.
    TlsObservation o = observation(Protocol::Tls, 443, Role::Tpe, QStringLiteral("slrc1.thingpark.invalid"));
    TlsServerFlight flight;
    flight.status = TlsServerFlight::Status::Complete;
    flight.certificates = {m_pki.leaf.toDer()};
    flight.certificateRequest = true;
    o.clientCaHelloUsed = true;
    o.clientCaHello.flight = flight;
    o.clientCertificate = ClientCertificateDemand::Demanded;
    o.clientCertificateSignal = QStringLiteral("tls12-certificate-request");
    QVERIFY(!needsTrustAnchor(o));
    const Judged j = judge(o);
    QVERIFY(j.assessment.nameMismatch);
    QVERIFY(!j.assessment.verified);
    const ProbeResult &r = j.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsUntrusted);
    QVERIFY(r.detail.endsWith(QStringLiteral(" The server does demand a client certificate, as ThingPark's front end "
                                             "does: if it uses a private CA, give that CA (Run options in the wizard, "
                                             "--ca on the command line).")));
    QCOMPARE(text(r, QStringLiteral("name_match")), QStringLiteral("false"));
    QCOMPARE(text(r, QStringLiteral("client_certificate_requested")), QStringLiteral("true"));
    const QJsonArray errors = r.evidence.value(QStringLiteral("verification_errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("code")).toInt(),
             static_cast<int>(QSslError::HostNameMismatch));
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("certificate")).toString(), QStringLiteral("CN=localhost"));
}

void TestTlsVerdict::untrusted()
{
    TlsObservation o = verified(observation());
    o.sessionChain = {m_pki.untrustedLeaf};
    o.errors = {QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_pki.untrustedLeaf),
                QSslError(QSslError::UnableToVerifyFirstCertificate, m_pki.untrustedLeaf)};
    o.anchor.reset();
    const Judged j = judge(o);
    QVERIFY(j.assessment.untrustedAnchor);
    QVERIFY(!j.assessment.clean());
    const ProbeResult &r = j.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsUntrusted);
    QCOMPARE(r.detail,
             QStringLiteral("The certificate chain presented by localhost port 443 (issuer \"Unknown Lab CA\") "
                            "is not trusted: %1; %2.")
                 .arg(o.errors.at(0).errorString(), o.errors.at(1).errorString()));
    QCOMPARE(
        r.remediation,
        QStringLiteral("If localhost uses a private CA (self-hosted ThingPark), run again with that CA's certificate "
                       "(Run options in the wizard, --ca on the command line); otherwise a device in the path "
                       "presents its own certificate: exempt localhost from TLS inspection."));
    QCOMPARE(r.evidence.value(QStringLiteral("verification_errors")).toArray().size(), 2);
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("false"));
    QVERIFY(!r.evidence.contains(QStringLiteral("trust_anchor")));
    // Not an SLRC port: an untrusted chain alone is not interception.
    QVERIFY(!r.evidence.contains(QStringLiteral("inspection_signs")));
}

void TestTlsVerdict::expired()
{
    TlsObservation o = verified(observation());
    o.protocolName = QStringLiteral("TLS 1.2");
    o.sessionChain = {m_pki.expiredLeaf};
    o.errors = {QSslError(QSslError::CertificateExpired, m_pki.expiredLeaf)};
    o.anchor.reset();
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsUntrusted);
    QCOMPARE(r.detail, QStringLiteral("The certificate \"localhost\" presented by localhost port 443 expired on %1 "
                                      "(valid from %2); the laptop's clock reads 2024-05-06T07:08:09Z.")
                           .arg(isoUtc(m_pki.expiredLeaf.expiryDate()), isoUtc(m_pki.expiredLeaf.effectiveDate())));
    QVERIFY(r.detail.contains(QStringLiteral("expired on 2020-02-01")));
    QCOMPARE(r.remediation,
             QStringLiteral("If the laptop's clock is right, the operator of localhost must renew its "
                            "certificate; if the clock is wrong, set it right (and make sure the gateway "
                            "reaches its NTP server) and run again."));
    QCOMPARE(r.evidence.value(QStringLiteral("verification_errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             static_cast<int>(QSslError::CertificateExpired));
}

void TestTlsVerdict::notYetValid()
{
    TlsObservation o = verified(observation());
    o.errors = {QSslError(QSslError::CertificateNotYetValid, m_pki.leaf)};
    o.anchor.reset();
    o.laptopClock = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsUntrusted);
    QCOMPARE(r.detail,
             QStringLiteral("The certificate \"localhost\" presented by localhost port 443 is not valid before "
                            "%1 (until %2); the laptop's clock reads 2001-02-03T04:05:06Z.")
                 .arg(isoUtc(m_pki.leaf.effectiveDate()), isoUtc(m_pki.leaf.expiryDate())));
}

void TestTlsVerdict::interceptedByProductName()
{
    TlsObservation o = verified(observation());
    o.protocolName = QStringLiteral("TLS 1.2");
    o.sessionChain = {m_pki.inspectionLeaf, m_pki.inspectionCa};
    o.errors = {QSslError(QSslError::SelfSignedCertificateInChain, m_pki.inspectionCa)};
    o.anchor.reset();
    const Judged j = judge(o);
    QCOMPARE(j.assessment.inspectionProduct, QStringLiteral("SSL Inspection"));
    const ProbeResult &r = j.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsIntercepted);
    QCOMPARE(r.detail, QStringLiteral("The certificate chain presented for localhost port 443 names \"O=Example Corp, "
                                      "CN=Example Corp SSL Inspection CA\": \"SSL Inspection\" is a word that TLS "
                                      "inspection devices put in the certificates they sign. A device in the path "
                                      "decrypts the traffic and presents its own certificate instead of the server's "
                                      "(issuer \"Example Corp SSL Inspection CA\")."));
    QCOMPARE(r.remediation, QStringLiteral("Exempt localhost (TCP 443) from SSL/TLS inspection on the proxy or "
                                           "firewall: the base station accepts only ThingPark's own certificate and "
                                           "authenticates with its own client certificate, which inspection breaks."));
    QCOMPARE(r.evidence.value(QStringLiteral("inspection_signs")).toArray(),
             QJsonArray{QStringLiteral("certificate name \"O=Example Corp, CN=Example Corp SSL Inspection CA\" matches "
                                       "SSL Inspection")});
    QCOMPARE(r.evidence.value(QStringLiteral("chain")).toArray().size(), 2);
}

void TestTlsVerdict::interceptedByLocalRoot()
{
    // A chain the system verified through a root added on this laptop (a proxy client, an antivirus...).
    TlsObservation o = verified(observation());
    o.sessionChain = {m_pki.untrustedLeaf};
    o.anchor =
        TrustAnchor{m_pki.otherCa, subjectName(m_pki.otherCa),
                    RootOriginResult{RootOrigin::Local, QStringLiteral("/usr/local/share/ca-certificates/corp.crt")}};
    QVERIFY(needsTrustAnchor(o));
    const Judged j = judge(o);
    QVERIFY(j.assessment.verified);
    QVERIFY(j.assessment.localAnchor);
    QVERIFY(!j.assessment.clean());
    const ProbeResult &r = j.result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsIntercepted);
    QVERIFY2(
        r.detail.startsWith(QStringLiteral("The certificate chain presented for localhost port 443 (issuer \"Unknown "
                                           "Lab CA\") validates only through \"O=Unknown Lab, CN=Unknown Lab CA\", a "
                                           "root certificate added on this laptop "
                                           "(/usr/local/share/ca-certificates/corp.crt) rather than shipped")),
        qPrintable(r.detail));
    QVERIFY(r.remediation.startsWith(QStringLiteral("Exempt localhost (TCP 443)")));
    QCOMPARE(r.evidence.value(QStringLiteral("inspection_signs")).toArray(),
             QJsonArray{QStringLiteral("the chain validates only through a root added on this laptop "
                                       "(/usr/local/share/ca-certificates/corp.crt)")});
    const QJsonObject anchor = object(r, QStringLiteral("trust_anchor"));
    QCOMPARE(anchor.value(QStringLiteral("origin")).toString(), QStringLiteral("system-local"));
    QCOMPARE(anchor.value(QStringLiteral("where")).toString(),
             QStringLiteral("/usr/local/share/ca-certificates/corp.crt"));
    QCOMPARE(anchor.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(m_pki.otherCa.digest(QCryptographicHash::Sha256).toHex(':')));

    // Not found among the roots, but the distribution's bundle was readable: said so.
    o.anchor = TrustAnchor{QSslCertificate(), issuerName(m_pki.untrustedLeaf), RootOriginResult{RootOrigin::Local, {}}};
    const ProbeResult notFound = judge(o).result;
    QCOMPARE(notFound.reason, Reason::TlsIntercepted);
    QVERIFY(notFound.detail.contains(QStringLiteral("(not in the distribution's bundle)")));
    QCOMPARE(object(notFound, QStringLiteral("trust_anchor")).value(QStringLiteral("found")).toBool(), false);
}

void TestTlsVerdict::anchorOfAnUnverifiedChainIgnored()
{
    TlsObservation o = verified(observation());
    o.errors = {QSslError(QSslError::CertificateUntrusted, m_pki.leaf)};
    QVERIFY(!needsTrustAnchor(o));
    const Judged j = judge(o);
    QVERIFY(!j.assessment.anchor);
    QVERIFY(!j.result.evidence.contains(QStringLiteral("trust_anchor")));
}

void TestTlsVerdict::mtlsFrontEnd()
{
    // The SLRC's TCP 3001-3003 are its mTLS front end, whatever TLS protocol the row names.
    QVERIFY(isMtlsFrontEnd(localTarget(Protocol::Tls, 3001, QStringLiteral("slrc1"), Role::Slrc)));
    QVERIFY(isMtlsFrontEnd(localTarget(Protocol::Iec104Tls, 3002, QStringLiteral("slrc1"), Role::Slrc)));
    QVERIFY(isMtlsFrontEnd(localTarget(Protocol::SftpTls, 3003, QStringLiteral("slrc1"), Role::Slrc)));
    QVERIFY(isMtlsFrontEnd(localTarget(Protocol::Https, 3001, QStringLiteral("slrc1"), Role::Slrc)));
    QVERIFY(!isMtlsFrontEnd(localTarget(Protocol::Tls, 3000, QStringLiteral("slrc1"), Role::Slrc)));
    QVERIFY(!isMtlsFrontEnd(localTarget(Protocol::Tls, 3004, QStringLiteral("slrc1"), Role::Slrc)));
    QVERIFY(!isMtlsFrontEnd(localTarget(Protocol::Tls, 443, QStringLiteral("slrc1"), Role::Slrc)));
    QVERIFY(!isMtlsFrontEnd(localTarget(Protocol::Tls, 3001, QStringLiteral("tpe"), Role::Tpe)));
    QVERIFY(!isMtlsFrontEnd(localTarget(Protocol::Sftp, 3001, QStringLiteral("slrc1"), Role::Slrc)));
    QVERIFY(!isMtlsFrontEnd(localTarget(Protocol::Iec104, 3002, QStringLiteral("slrc1"), Role::Slrc)));
}

void TestTlsVerdict::mtlsFrontEndNotDemanding()
{
    // At the SLRC's front end, an untrusted chain without the expected demand: something else terminates TLS.
    TlsObservation o = verified(observation(Protocol::Tls, 3001, Role::Slrc));
    o.sessionChain = {m_pki.untrustedLeaf};
    o.errors = {QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_pki.untrustedLeaf)};
    o.anchor.reset();
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::TlsIntercepted);
    QCOMPARE(r.detail, QStringLiteral("localhost port 3001 is the SLRC's mTLS front end, which demands a client "
                                      "certificate, but the server that answered did not demand one and presented an "
                                      "untrusted certificate (issuer \"Unknown Lab CA\"): a device in the path "
                                      "terminates TLS in the server's place."));
    QVERIFY(r.remediation.startsWith(QStringLiteral("Exempt localhost (TCP 3001)")));
    QCOMPARE(text(r, QStringLiteral("mtls_expected")), QStringLiteral("true"));
    QCOMPARE(text(r, QStringLiteral("client_certificate_requested")), QStringLiteral("false"));
    QCOMPARE(r.evidence.value(QStringLiteral("inspection_signs")).toArray(),
             QJsonArray{QStringLiteral("no client certificate demanded where the SLRC's mTLS front end demands one, "
                                       "with an untrusted chain")});

    // Whether it demanded one is not known (the deadline came first): no conclusion about interception.
    o.clientCertificate = ClientCertificateDemand::Unknown;
    const ProbeResult unknown = judge(o).result;
    QCOMPARE(unknown.reason, Reason::TlsUntrusted);
    QVERIFY(!unknown.evidence.contains(QStringLiteral("client_certificate_requested")));
    QVERIFY(!unknown.evidence.contains(QStringLiteral("inspection_signs")));
}

void TestTlsVerdict::mtlsFrontEndVerifiedWithoutDemand()
{
    const ProbeResult r = judge(verified(observation(Protocol::Iec104Tls, 3002, Role::Slrc))).result;
    QCOMPARE(r.verdict, Verdict::Pass);
    QCOMPARE(r.reason, Reason::Ok);
    QVERIFY(r.detail.endsWith(QStringLiteral(" It did not demand a client certificate, although the SLRC's front end "
                                             "normally does.")));
    QCOMPARE(text(r, QStringLiteral("mtls_expected")), QStringLiteral("true"));
}

void TestTlsVerdict::wrongServiceAnsweredHello()
{
    // Plain HTTP on the port: Qt's handshake fails, and the client-CA hello shows what answers.
    TlsObservation o = observation();
    o.socketError = QStringLiteral("error:0A00010B:SSL routines::wrong version number");
    o.socketErrorCode = QAbstractSocket::SslHandshakeFailedError;
    o.clientCaHelloUsed = true;
    o.clientCaHelloStartedMs = 12;
    o.clientCaHello.received = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    o.clientCaHello.flight = parseTlsServerFlight(o.clientCaHello.received);
    QCOMPARE(o.clientCaHello.flight->status, TlsServerFlight::Status::NotTls);
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::WrongService);
    QCOMPARE(r.detail,
             QStringLiteral("localhost port 443 does not speak TLS: it answered with %1 (\"%2\"), as a web "
                            "server, proxy or captive portal would.")
                 .arg(recogniseForeignProtocol(o.clientCaHello.received), printable(o.clientCaHello.received, 80)));
    QVERIFY(r.detail.contains(QStringLiteral("HTTP")));
    const QJsonObject raw = object(r, QStringLiteral("tls12_probe"));
    QCOMPARE(raw.value(QStringLiteral("status")).toString(), QStringLiteral("not-tls"));
    QVERIFY(raw.value(QStringLiteral("received")).toString().startsWith(QStringLiteral("HTTP/1.1 400")));
    QCOMPARE(raw.value(QStringLiteral("received_bytes")).toInt(), o.clientCaHello.received.size());
    QVERIFY(raw.value(QStringLiteral("received_hex")).toString().startsWith(QStringLiteral("48 54 54 50")));
    QVERIFY(text(r, QStringLiteral("tls_error")).contains(QStringLiteral("wrong version number")));
    QCOMPARE(text(r, QStringLiteral("handshake_completed")), QStringLiteral("false"));
    QVERIFY(!r.evidence.contains(QStringLiteral("chain")));

    // Bytes nothing recognises.
    o.clientCaHello.received = "\x01\x02garbage";
    o.clientCaHello.flight = parseTlsServerFlight(o.clientCaHello.received);
    QCOMPARE(judge(o).result.detail,
             QStringLiteral("localhost port 443 does not speak TLS: it answered our ClientHello with \"%1\".")
                 .arg(printable(o.clientCaHello.received, 80)));
}

void TestTlsVerdict::wrongServicePlaintextError()
{
    TlsObservation o = observation();
    o.socketError = QStringLiteral("error:0A00010B:SSL routines::wrong version number");
    o.socketErrorCode = QAbstractSocket::SslHandshakeFailedError;
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.reason, Reason::WrongService);
    QCOMPARE(r.detail, QStringLiteral("localhost port 443 answered, but not with TLS (error:0A00010B:SSL "
                                      "routines::wrong version number): plaintext, a web server or a captive portal "
                                      "holds the port."));
}

void TestTlsVerdict::refused()
{
    TlsObservation o = observation();
    o.socketError = QStringLiteral("The remote host closed the connection");
    o.socketErrorCode = QAbstractSocket::RemoteHostClosedError;
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::ConnectionCut);
    QCOMPARE(r.detail, QStringLiteral("localhost port 443 accepted the TCP connection, then closed or reset it during "
                                      "the TLS handshake, after our ClientHello (server name localhost) and before the "
                                      "server's certificate: typical of an application-aware firewall, an IPS or a "
                                      "proxy that filters TLS by server name, or of a server that turns this client "
                                      "away."));
    QCOMPARE(r.remediation, QStringLiteral("Allow TLS to localhost port 443 from the gateway's LAN as an application, "
                                           "server name localhost included, in the application-aware firewall, IPS or "
                                           "proxy: it cuts the connection as soon as the TLS handshake starts."));
    QVERIFY(!r.evidence.contains(QStringLiteral("tls12_probe")));
}

void TestTlsVerdict::alertDuringHandshake()
{
    TlsObservation o = observation();
    o.alerts = {{kFatal, 40}};
    o.fatalAlert = 40;
    o.socketError = QStringLiteral("error:0A000410:SSL routines::sslv3 alert handshake failure");
    o.socketErrorCode = QAbstractSocket::SslHandshakeFailedError;
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::Error);
    QCOMPARE(r.detail, QStringLiteral("The TLS server at localhost port 443 refused the handshake with alert "
                                      "handshake_failure (40)."));

    // The client-CA hello was refused too: said so.
    o.clientCaHelloUsed = true;
    TlsServerFlight flight;
    flight.status = TlsServerFlight::Status::Alert;
    flight.alertDescription = 40;
    o.clientCaHello.flight = flight;
    QCOMPARE(judge(o).result.detail,
             QStringLiteral("The TLS server at localhost port 443 refused the handshake with alert handshake_failure "
                            "(40). A TLS 1.2 hello was refused too (alert handshake_failure), so whether it demands a "
                            "client certificate cannot be seen."));
}

void TestTlsVerdict::failedAfterHandshake()
{
    TlsObservation o = verified(observation());
    o.failedAfterHandshake = true;
    o.alerts = {{kFatal, 80}};
    o.fatalAlert = 80;
    o.clientCertificate = ClientCertificateDemand::Unknown;
    o.clientCaHelloUsed = true;
    o.clientCaHello.failure = QStringLiteral("connection refused (RST)");
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.verdict, Verdict::Warn);
    QCOMPARE(r.reason, Reason::Error);
    QCOMPARE(r.detail,
             QStringLiteral("localhost port 443 completed a verified TLS handshake (certificate \"localhost\" "
                            "issued by \"tpready Test Root CA\", valid until %1), then the session ended with "
                            "alert internal_error: the path works, but the server turned this client away "
                            "for a reason it did not say.")
                 .arg(isoUtc(m_pki.leaf.expiryDate())));
    QCOMPARE(object(r, QStringLiteral("tls12_probe")).value(QStringLiteral("failure")).toString(),
             QStringLiteral("connection refused (RST)"));

    // Without an alert: the socket's error says how.
    o.fatalAlert = -1;
    o.alerts.clear();
    o.socketError = QStringLiteral("SSL routines::unexpected eof");
    QVERIFY(
        judge(o).result.detail.contains(QStringLiteral("then the session ended with SSL routines::unexpected eof:")));
}

void TestTlsVerdict::handshakeFailed()
{
    TlsObservation o = observation();
    o.socketError = QStringLiteral("Some TLS library error");
    o.socketErrorCode = QAbstractSocket::SslInternalError;
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::Error);
    QCOMPARE(r.detail, QStringLiteral("The TLS handshake with localhost port 443 failed: Some TLS library error."));
}

void TestTlsVerdict::endings()
{
    TlsObservation o = observation();
    o.ending = TlsEnding::NoTlsAnswer;
    ProbeResult r = judge(o).result;
    QCOMPARE(r.reason, Reason::ConnectionStalled);
    QCOMPARE(r.detail, QStringLiteral("localhost port 443 accepted the TCP connection, but the TLS handshake did not "
                                      "complete within 3000 ms (no TLS answer to our ClientHello): an "
                                      "application-aware firewall or an IPS holds the handshake, a transparent proxy "
                                      "holds the port, or the path drops the server's large certificate packets (a "
                                      "path-MTU black hole)."));

    o.ending = TlsEnding::RootsNotLoaded;
    o.rootsCapMs = 30000;
    r = judge(o).result;
    QCOMPARE(r.verdict, Verdict::Fail);
    QCOMPARE(r.reason, Reason::Error);
    QCOMPARE(r.detail, QStringLiteral("The laptop's trusted root certificates could not be loaded within 30000 ms, so "
                                      "the TLS check of localhost port 443 did not start."));

    o.ending = TlsEnding::SpokeFirst;
    o.received = "SSH-2.0-OpenSSH_9.2p1\r\n";
    r = judge(o).result;
    QCOMPARE(r.reason, Reason::WrongService);
    QCOMPARE(r.detail, QStringLiteral("localhost port 443 does not speak TLS: it sent %1 (\"%2\") before any TLS "
                                      "handshake.")
                           .arg(recogniseForeignProtocol(o.received), printable(o.received, 80)));
    QCOMPARE(text(r, QStringLiteral("received")), printable(o.received, 200));
    o.received = "\x01\x02";
    QVERIFY(judge(o).result.detail.contains(QStringLiteral(" it sent data (")));

    TlsObservation session = verified(observation());
    session.clientCertificate = ClientCertificateDemand::Unknown;
    session.ending = TlsEnding::SessionClosed;
    r = judge(session).result;
    QCOMPARE(r.reason, Reason::WrongService);
    QCOMPARE(r.detail,
             QStringLiteral("The verified TLS session with localhost port 443 was closed by the server before "
                            "the expected answer."));
    QCOMPARE(text(r, QStringLiteral("verified")), QStringLiteral("true"));
    QVERIFY(!r.evidence.contains(QStringLiteral("received")));

    session.ending = TlsEnding::SessionFailed;
    session.socketError = QStringLiteral("Network error");
    r = judge(session).result;
    QCOMPARE(r.reason, Reason::Error);
    QCOMPARE(r.detail, QStringLiteral("The TLS session with localhost port 443 failed: Network error."));
}

void TestTlsVerdict::clientCaHelloEvidence()
{
    TlsObservation o = verified(observation(Protocol::Tls, 3003, Role::Slrc));
    o.clientCertificate = ClientCertificateDemand::Demanded;
    o.clientCertificateSignal = QStringLiteral("tls13-alert-certificate-required");
    o.handshakeStartMs = 20;
    o.clientCaHelloStartedMs = 20; // opened beside the handshake, as for an SLRC
    o.clientCaHelloUsed = true;
    o.clientCaHello.received = QByteArray(100, '\x16');
    o.clientCaHello.closedEarly = true;
    o.clientCaHello.flight = TlsServerFlight();
    QJsonObject raw = object(judge(o).result, QStringLiteral("tls12_probe"));
    QCOMPARE(raw.value(QStringLiteral("sent")).toString(), QStringLiteral("TLS 1.2-only ClientHello"));
    QCOMPARE(raw.value(QStringLiteral("started_ms")).toInt(), 20);
    QCOMPARE(raw.value(QStringLiteral("beside_handshake")).toBool(), true);
    QCOMPARE(raw.value(QStringLiteral("failure")).toString(), QStringLiteral("the server closed the connection"));
    QCOMPARE(raw.value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
    QCOMPARE(raw.value(QStringLiteral("received_bytes")).toInt(), 100);
    QCOMPARE(raw.value(QStringLiteral("received_hex")).toString(), spacedHex(o.clientCaHello.received, 48));
    QVERIFY(raw.value(QStringLiteral("received_hex")).toString().endsWith(QStringLiteral(" \u2026")));
    QVERIFY(!raw.contains(QStringLiteral("alert")));

    // Opened once the session asked for it: not beside the handshake.
    o.clientCaHelloStartedMs = 1600;
    raw = object(judge(o).result, QStringLiteral("tls12_probe"));
    QCOMPARE(raw.value(QStringLiteral("beside_handshake")).toBool(), false);

    // Opened, but the session never asked for it: not part of the result.
    o.clientCaHelloUsed = false;
    QVERIFY(!judge(o).result.evidence.contains(QStringLiteral("tls12_probe")));
}

void TestTlsVerdict::chainFromErrors()
{
    // The handshake ended early and the client-CA hello read nothing: the chain is what Qt's errors name.
    TlsObservation o = observation();
    o.errors = {QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_pki.untrustedLeaf),
                QSslError(QSslError::CertificateUntrusted, m_pki.untrustedLeaf)};
    QCOMPARE(observedChain(o), QList<QSslCertificate>{m_pki.untrustedLeaf});
    // Its name matches the host: nothing added.
    QCOMPARE(observedErrors(o, observedChain(o)).size(), 2);
    const TlsAssessment a = assessTls(o);
    QVERIFY(a.untrustedAnchor);
    QVERIFY(!a.nameMismatch);
    // No completed handshake and no demand: the handshake's failure is the verdict, the chain its evidence.
    o.socketError = QStringLiteral("Some TLS library error");
    const ProbeResult r = judge(o).result;
    QCOMPARE(r.reason, Reason::Error);
    QCOMPARE(text(r, QStringLiteral("issuer")), QStringLiteral("Unknown Lab CA"));
}

QTEST_GUILESS_MAIN(TestTlsVerdict)
#include "testtlsverdict.moc"
