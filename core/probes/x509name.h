// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace tpready {

// X.509 names read from DER without a crypto library, for evidence: certificates seen on the wire and the CA names of
// a TLS CertificateRequest. Never reads past the bytes given.

/// A DER-encoded X.501 Name (RDNSequence) as "C=FR, O=Example, CN=Root CA" in encoding order. Unknown attribute types
/// appear as dotted OIDs. @p ok is false when the encoding is broken (the result then says so).
QString distinguishedNameToString(const QByteArray &der, bool *ok = nullptr);

/// The issuer and subject names of a DER certificate (RFC 5280 TBSCertificate), formatted as
/// distinguishedNameToString() does. False when the DER is not a certificate.
bool certificateNames(const QByteArray &der, QString *issuer, QString *subject);

} // namespace tpready
