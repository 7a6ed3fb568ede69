// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlsassessment.h"

#include "core/probes/tlstext.h"

namespace tpready {
namespace {

bool isUntrustedAnchorError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

} // namespace

bool isMtlsFrontEnd(const ProbeTarget &target)
{
    return target.role == Role::Slrc && target.port >= 3001 && target.port <= 3003 && isTlsProtocol(target.protocol);
}

QList<QSslCertificate> observedChain(const TlsObservation &observation)
{
    if (!observation.sessionChain.isEmpty())
        return observation.sessionChain;
    QList<QSslCertificate> certificates;
    if (observation.clientCaHello.flight) {
        for (const QByteArray &der : std::as_const(observation.clientCaHello.flight->certificates)) {
            const QSslCertificate certificate(der, QSsl::Der);
            if (!certificate.isNull())
                certificates << certificate;
        }
    }
    if (certificates.isEmpty()) {
        for (const QSslError &error : observation.errors) {
            if (!error.certificate().isNull() && !certificates.contains(error.certificate()))
                certificates << error.certificate();
        }
    }
    return certificates;
}

QList<QSslError> observedErrors(const TlsObservation &observation, const QList<QSslCertificate> &chain)
{
    QList<QSslError> all = observation.errors;
    if (observation.handshakeDone)
        return all; // Qt checked the name itself
    if (!chain.isEmpty() && !certificateMatchesHost(chain.constFirst(), observation.serverName()))
        all << QSslError(QSslError::HostNameMismatch, chain.constFirst());
    return all;
}

bool needsTrustAnchor(const TlsObservation &observation)
{
    const QList<QSslCertificate> chain = observedChain(observation);
    return !chain.isEmpty() && observedErrors(observation, chain).isEmpty();
}

TlsAssessment assessTls(const TlsObservation &observation)
{
    TlsAssessment a;
    a.chain = observedChain(observation);
    a.errors = observedErrors(observation, a.chain);
    for (const QSslError &error : std::as_const(a.errors)) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
            a.expired = true;
            if (a.dated.isNull())
                a.dated = error.certificate();
            break;
        case QSslError::CertificateNotYetValid:
            a.notYetValid = true;
            if (a.dated.isNull())
                a.dated = error.certificate();
            break;
        case QSslError::HostNameMismatch:
            a.nameMismatch = true;
            break;
        default:
            if (isUntrustedAnchorError(error.error()))
                a.untrustedAnchor = true;
            break;
        }
    }
    a.verified = a.chainKnown() && a.errors.isEmpty();
    if (a.verified)
        a.anchor = observation.anchor;
    const TrustAnchor *anchor = a.anchor ? &*a.anchor : nullptr;
    // Inspection products by name: every issuer in the chain, the subjects of the CA certificates, the anchor.
    QStringList names;
    for (int i = 0; i < a.chain.size(); ++i) {
        names << issuerName(a.chain.at(i));
        if (i > 0)
            names << subjectName(a.chain.at(i));
    }
    if (anchor && !anchor->name.isEmpty())
        names << anchor->name;
    for (const QString &name : std::as_const(names)) {
        const QString product = matchInspectionName(name);
        if (!product.isEmpty()) {
            a.inspectionProduct = product;
            a.inspectionName = name;
            a.signs << TlsText::tr("certificate name \"%1\" matches %2").arg(name, product);
            break;
        }
    }
    a.localAnchor = anchor && anchor->origin.origin == RootOrigin::Local;
    if (a.localAnchor)
        a.signs << TlsText::tr("the chain validates only through a root added on this laptop (%1)")
                       .arg(anchor->origin.where.isEmpty() ? anchor->name : anchor->origin.where);
    return a;
}

bool mtlsFrontEndImpersonated(const TlsObservation &observation, const TlsAssessment &assessment)
{
    return isMtlsFrontEnd(observation.target) &&
           observation.clientCertificate == ClientCertificateDemand::NotDemanded &&
           (assessment.untrustedAnchor || assessment.nameMismatch);
}

QStringList inspectionSigns(const TlsObservation &observation, const TlsAssessment &assessment)
{
    QStringList signs = assessment.signs;
    if (mtlsFrontEndImpersonated(observation, assessment))
        signs << TlsText::tr("no client certificate demanded where the SLRC's mTLS front end demands one, with an "
                             "untrusted chain");
    return signs;
}

} // namespace tpready
