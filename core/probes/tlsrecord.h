// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The DER names in certificates and in a CertificateRequest, which users of the flight read with it.
#include "core/probes/x509name.h"

namespace tpready {

/// A TLS 1.2-only ClientHello in one record (RFC 5246 7.4.1.2): legacy_version 0x0303 and no supported_versions
/// extension, so a server must answer in TLS 1.2, whose server flight (Certificate, CertificateRequest...) is
/// plaintext. @p serverName goes into SNI unless it is empty or an IP literal; @p random must hold 32 bytes
/// (shorter is padded with zeros). Offers ECDHE/RSA AES-GCM, ChaCha20 and a few CBC suites, groups x25519,
/// secp256r1, secp384r1.
QByteArray buildTls12ClientHello(const QString &serverName, const QByteArray &random);

/// What a TLS server sent back to a ClientHello, as far as it can be read without any key.
struct TlsServerFlight
{
    enum class Status
    {
        Incomplete, ///< more bytes needed
        Complete,  ///< TLS 1.2 flight up to ServerHelloDone, or a ServerHello selecting TLS 1.3 (the rest is encrypted)
        Alert,     ///< the server answered with an alert before completing its flight
        NotTls,    ///< the first bytes are not a TLS record (plaintext, another protocol)
        Malformed, ///< TLS records whose content breaks the grammar
    };
    Status status = Status::Incomplete;
    QString problem;                ///< for Malformed / NotTls: what was wrong
    quint16 recordVersion = 0;      ///< version field of the first record
    quint16 serverVersion = 0;      ///< ServerHello: the negotiated version (supported_versions when present)
    quint16 cipherSuite = 0;        ///< ServerHello: the chosen cipher suite
    QList<int> handshakeTypes;      ///< handshake message types seen, in order (2 ServerHello, 11 Certificate...)
    QList<QByteArray> certificates; ///< DER certificates of the Certificate message (at most 16)
    bool certificateRequest = false;
    QList<int> clientCertificateTypes; ///< CertificateRequest certificate_types
    QStringList acceptableCaNames;     ///< CertificateRequest certificate_authorities, as "C=FR, O=..., CN=..."
    int alertLevel = -1;               ///< 1 warning, 2 fatal
    int alertDescription = -1;         ///< RFC 8446 6 / IANA registry number
    qsizetype consumed = 0;            ///< bytes of @p data fully parsed as records
};

/// Parses what a server sent after our ClientHello. Never reads past @p data; the work is bounded by its size.
TlsServerFlight parseTlsServerFlight(const QByteArray &data);

/// The registry name of a TLS alert ("handshake_failure"), or "alert_<n>".
QString tlsAlertName(int description);

/// "TLS 1.2" for 0x0303 and so on; hex for unknown values.
QString tlsVersionName(quint16 version);

} // namespace tpready
