// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

#include "core/probes/tlsobservation.h"

namespace tpready {

/// What a TLS probe's observation says about trust: computed once, when the chain is final (after a completed
/// handshake, else when the probe concludes), and read by the verdict and the evidence.
struct TlsAssessment
{
    QList<QSslCertificate> chain; ///< leaf first (observedChain())
    QList<QSslError> errors;      ///< observedErrors()
    bool verified = false;        ///< a chain was seen and nothing was wrong with it
    bool expired = false;
    bool notYetValid = false;
    bool nameMismatch = false;
    bool untrustedAnchor = false;
    QSslCertificate dated;             ///< the certificate whose dates fail
    QString inspectionProduct;         ///< the TLS inspection product a certificate name matched
    QString inspectionName;            ///< the certificate name that matched
    std::optional<TrustAnchor> anchor; ///< the observation's anchor of a verified chain
    bool localAnchor = false;          ///< the chain validates only through a root added on this laptop
    QStringList signs;                 ///< signs of TLS inspection found in the chain and its anchor

    bool chainKnown() const { return !chain.isEmpty(); }
    /// Trusted enough to carry the application's protocol: verified, with no sign of inspection.
    bool clean() const { return verified && inspectionProduct.isEmpty() && !localAnchor; }
};

/// Whether @p target is the SLRC's mTLS front end (haproxy on TCP 3001-3003), which demands a client certificate,
/// whatever TLS protocol the vendor's row names.
bool isMtlsFrontEnd(const ProbeTarget &target);

/// The server's chain, leaf first: the session's; else, when the handshake ended early, the certificates the
/// client-CA hello read in clear; else those Qt's errors name.
QList<QSslCertificate> observedChain(const TlsObservation &observation);
/// The verification errors: Qt's, plus a host-name mismatch found here when the handshake ended before Qt could
/// check the name. @p chain is observedChain(@p observation).
QList<QSslError> observedErrors(const TlsObservation &observation, const QList<QSslCertificate> &chain);
/// Whether the chain verified, so that its trust anchor is worth looking for (TlsObservation::anchor).
bool needsTrustAnchor(const TlsObservation &observation);

/// Judges the chain, its anchor and its names (signs of TLS inspection).
TlsAssessment assessTls(const TlsObservation &observation);

/// The SLRC's front end answered without demanding a client certificate and with an untrusted chain: a device in
/// the path terminates TLS in its place.
bool mtlsFrontEndImpersonated(const TlsObservation &observation, const TlsAssessment &assessment);
/// Every sign of TLS inspection, for the evidence: the assessment's, and mtlsFrontEndImpersonated().
QStringList inspectionSigns(const TlsObservation &observation, const TlsAssessment &assessment);

} // namespace tpready
