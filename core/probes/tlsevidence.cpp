// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlsevidence.h"

#include <QJsonArray>

#include "core/probes/bytes.h"
#include "core/probes/textframing.h"
#include "core/probes/tlsrecord.h"
#include "core/probes/tlstext.h"

namespace tpready {
namespace {

constexpr int kMaxChainInEvidence = 10;

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject certificateJson(const QSslCertificate &certificate)
{
    QJsonObject object;
    object.insert(QStringLiteral("subject"), subjectName(certificate));
    object.insert(QStringLiteral("issuer"), issuerName(certificate));
    object.insert(QStringLiteral("not_before"), isoUtc(certificate.effectiveDate()));
    object.insert(QStringLiteral("not_after"), isoUtc(certificate.expiryDate()));
    object.insert(QStringLiteral("sha256"),
                  QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
    object.insert(QStringLiteral("self_signed"), certificate.isSelfSigned());
    object.insert(QStringLiteral("serial"), QString::fromLatin1(certificate.serialNumber()));
    QJsonArray names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend() && names.size() < 20; ++it)
        names.append(it.value());
    if (!names.isEmpty())
        object.insert(QStringLiteral("subject_alt_names"), names);
    return object;
}

QJsonObject anchorJson(const TrustAnchor &anchor)
{
    QJsonObject object;
    object.insert(QStringLiteral("subject"), anchor.name);
    object.insert(QStringLiteral("found"), !anchor.certificate.isNull());
    if (!anchor.certificate.isNull())
        object.insert(QStringLiteral("sha256"),
                      QString::fromLatin1(anchor.certificate.digest(QCryptographicHash::Sha256).toHex(':')));
    object.insert(QStringLiteral("origin"), toToken(anchor.origin.origin));
    if (!anchor.origin.where.isEmpty())
        object.insert(QStringLiteral("where"), anchor.origin.where);
    return object;
}

/// The client-CA hello (`tls12_probe`): what was sent, when, and what came back.
QJsonObject clientCaHelloJson(const TlsObservation &o)
{
    const ClientCaHelloAnswer &hello = o.clientCaHello;
    QJsonObject raw;
    raw.insert(QStringLiteral("sent"), QStringLiteral("TLS 1.2-only ClientHello"));
    raw.insert(QStringLiteral("started_ms"), o.clientCaHelloStartedMs);
    raw.insert(QStringLiteral("beside_handshake"),
               o.clientCaHelloStartedMs >= 0 && o.clientCaHelloStartedMs <= o.handshakeStartMs);
    raw.insert(QStringLiteral("received_bytes"), hello.received.size());
    raw.insert(QStringLiteral("received_hex"), spacedHex(hello.received, 48));
    if (!hello.failure.isEmpty())
        raw.insert(QStringLiteral("failure"), hello.failure);
    else if (hello.closedEarly)
        raw.insert(QStringLiteral("failure"), TlsText::tr("the server closed the connection"));
    if (hello.flight) {
        static const char *const statuses[] = {"incomplete", "complete", "alert", "not-tls", "malformed"};
        raw.insert(QStringLiteral("status"), QLatin1String(statuses[static_cast<int>(hello.flight->status)]));
        if (hello.flight->serverVersion)
            raw.insert(QStringLiteral("server_version"), tlsVersionName(hello.flight->serverVersion));
        if (hello.flight->cipherSuite)
            raw.insert(QStringLiteral("cipher_suite"),
                       QStringLiteral("0x%1").arg(hello.flight->cipherSuite, 4, 16, QLatin1Char('0')));
        QJsonArray types;
        for (const int type : std::as_const(hello.flight->handshakeTypes))
            types.append(type);
        raw.insert(QStringLiteral("handshake_types"), types);
        raw.insert(QStringLiteral("certificate_request"), hello.flight->certificateRequest);
        if (hello.flight->alertDescription >= 0)
            raw.insert(QStringLiteral("alert"), tlsAlertName(hello.flight->alertDescription));
        if (hello.flight->status == TlsServerFlight::Status::NotTls)
            raw.insert(QStringLiteral("received"), printable(hello.received, 200));
    }
    return raw;
}

} // namespace

QJsonObject tlsEvidence(const TlsObservation &observation, const TlsAssessment &assessment)
{
    const TlsObservation &o = observation;
    const TlsAssessment &a = assessment;
    const ClientCaHelloAnswer &hello = o.clientCaHello;
    QJsonObject evidence;
    evidence.insert(QStringLiteral("server_name"), o.serverName());
    if (!o.protocolName.isEmpty())
        evidence.insert(QStringLiteral("tls_version"), o.protocolName);
    else if (hello.flight && hello.flight->serverVersion)
        evidence.insert(QStringLiteral("tls_version"), tlsVersionName(hello.flight->serverVersion));
    if (!o.cipher.isEmpty())
        evidence.insert(QStringLiteral("cipher"), o.cipher);
    if (o.handshakeMs >= 0)
        evidence.insert(QStringLiteral("handshake_ms"), o.handshakeMs);
    if (o.rootsWaitMs > 0)
        evidence.insert(QStringLiteral("trust_store_load_ms"), o.rootsWaitMs);
    evidence.insert(QStringLiteral("handshake_completed"), o.handshakeDone);
    if (a.chainKnown()) {
        const QSslCertificate &leaf = a.chain.constFirst();
        evidence.insert(QStringLiteral("issuer"), certificateDisplayName(leaf, true));
        evidence.insert(QStringLiteral("subject"), certificateDisplayName(leaf, false));
        evidence.insert(QStringLiteral("not_after"), isoUtc(leaf.expiryDate()));
        QJsonArray chainJson;
        for (int i = 0; i < a.chain.size() && i < kMaxChainInEvidence; ++i)
            chainJson.append(certificateJson(a.chain.at(i)));
        evidence.insert(QStringLiteral("chain"), chainJson);
        evidence.insert(QStringLiteral("name_match"), !a.nameMismatch);
    }
    evidence.insert(QStringLiteral("verified"), a.verified);
    QJsonArray errorList;
    for (const QSslError &error : a.errors) {
        QJsonObject object;
        object.insert(QStringLiteral("code"), static_cast<int>(error.error()));
        object.insert(QStringLiteral("error"), error.errorString());
        if (!error.certificate().isNull())
            object.insert(QStringLiteral("certificate"), subjectName(error.certificate()));
        errorList.append(object);
    }
    if (!errorList.isEmpty())
        evidence.insert(QStringLiteral("verification_errors"), errorList);
    if (a.anchor)
        evidence.insert(QStringLiteral("trust_anchor"), anchorJson(*a.anchor));
    const QStringList signs = inspectionSigns(o, a);
    if (!signs.isEmpty())
        evidence.insert(QStringLiteral("inspection_signs"), QJsonArray::fromStringList(signs));
    evidence.insert(QStringLiteral("mtls_expected"), isMtlsFrontEnd(o.target));
    if (o.clientCertificate != ClientCertificateDemand::Unknown)
        evidence.insert(QStringLiteral("client_certificate_requested"),
                        o.clientCertificate == ClientCertificateDemand::Demanded);
    if (!o.clientCertificateSignal.isEmpty())
        evidence.insert(QStringLiteral("client_certificate_signal"), o.clientCertificateSignal);
    if (hello.flight && hello.flight->certificateRequest)
        evidence.insert(QStringLiteral("acceptable_ca_names"),
                        QJsonArray::fromStringList(hello.flight->acceptableCaNames));
    if (!o.alerts.isEmpty()) {
        QJsonArray alerts;
        for (const auto &alert : o.alerts) {
            alerts.append(QJsonObject{{QStringLiteral("level"), alert.first == static_cast<int>(QSsl::AlertLevel::Fatal)
                                                                    ? QStringLiteral("fatal")
                                                                    : QStringLiteral("warning")},
                                      {QStringLiteral("description"), alert.second},
                                      {QStringLiteral("name"), tlsAlertName(alert.second)}});
        }
        evidence.insert(QStringLiteral("alerts_received"), alerts);
    }
    if (!o.socketError.isEmpty())
        evidence.insert(QStringLiteral("tls_error"), o.socketError);
    if (o.closedAfterHandshake)
        evidence.insert(QStringLiteral("closed_after_handshake"), true);
    if (o.clientCaHelloUsed)
        evidence.insert(QStringLiteral("tls12_probe"), clientCaHelloJson(o));
    if (o.ending == TlsEnding::SpokeFirst)
        evidence.insert(QStringLiteral("received"), printable(o.received, 200));
    return evidence;
}

QString tlsProtocolName(QSsl::SslProtocol protocol)
{
    if (protocol == QSsl::TlsV1_3)
        return tlsVersionName(0x0304);
    if (protocol == QSsl::TlsV1_2)
        return tlsVersionName(0x0303);
    return QStringLiteral("TLS (protocol %1)").arg(static_cast<int>(protocol));
}

} // namespace tpready
