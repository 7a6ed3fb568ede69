// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <optional>

#include "core/probes/probe.h"
#include "core/probes/tlsrecord.h"
#include "core/probes/tlstrust.h"

namespace tpready {

/// Whether the server demanded a client certificate from us (we never present one).
enum class ClientCertificateDemand
{
    Unknown,
    Demanded,
    NotDemanded,
};

/// What the client-CA hello brought back: the second connection, whose TLS 1.2-only ClientHello makes the server
/// show in clear whether it demands a client certificate, and from which CAs.
struct ClientCaHelloAnswer
{
    QByteArray received;                   ///< at most StreamProbe::kMaxRead bytes
    std::optional<TlsServerFlight> flight; ///< parsed from received, once anything came
    QString failure;                       ///< the connection failed: why (the connector's or Qt's words)
    bool closedEarly = false;              ///< the server closed the connection before its flight was complete
};

/// How a TLS probe ended, for the verdict.
enum class TlsEnding
{
    Concluded,      ///< the TLS layer's own verdict: trust, client certificate, or why the handshake failed
    NoTlsAnswer,    ///< the deadline passed during the handshake
    RootsNotLoaded, ///< the laptop's roots were still loading after rootsCapMs (no handshake yet)
    SpokeFirst,     ///< the server sent bytes before our ClientHello went out: not a TLS server
    SessionClosed,  ///< the server closed a verified session before the application's answer
    SessionFailed,  ///< a verified session failed with an error that says nothing about client certificates
};

/// Everything a TLS probe saw, filled by its I/O as events come. The assessment, the verdict and the evidence are
/// pure functions of it (tlsassessment.h, tlsverdict.h, tlsevidence.h), testable without sockets.
struct TlsObservation
{
    // What the probe was asked.
    ProbeTarget target;
    int timeoutMs = 0;
    /// How long the probe waits for the laptop's roots, its network deadline held meanwhile (Probe::holdDeadline).
    int rootsCapMs = 0;
    QList<QSslCertificate> extraCa; ///< `--ca` roots
    QDateTime laptopClock;          ///< the laptop's clock (UTC) when the probe concluded

    // Timings, in milliseconds since the probe started.
    qint64 handshakeStartMs = -1; ///< after the TCP connect and any wait for the system roots
    qint64 handshakeMs = -1;
    qint64 rootsWaitMs = 0; ///< spent waiting for the laptop's roots: not the network's time

    // The handshake.
    bool handshakeDone = false;
    QList<QSslCertificate> sessionChain; ///< leaf first; empty when the handshake did not complete
    QList<QSslError> errors;             ///< Qt's verification errors, each once (at most 32)
    QString protocolName;                ///< "TLS 1.3"
    QString cipher;
    /// The root that anchors a verified chain and where it comes from: searched by the probe (TrustStore) when the
    /// chain verified and the store's index was ready; nullopt otherwise.
    std::optional<TrustAnchor> anchor;

    // How the TLS session went on or ended.
    QList<QPair<int, int>> alerts; ///< (level, description) received, at most 8
    int fatalAlert = -1;           ///< the first fatal alert's description
    QString socketError;           ///< the first error that says what happened
    QAbstractSocket::SocketError socketErrorCode = QAbstractSocket::UnknownSocketError;
    bool closedAfterHandshake = false;
    bool failedAfterHandshake = false; ///< a TLS error (alert or not) ended the session after the handshake
    ClientCertificateDemand clientCertificate = ClientCertificateDemand::Unknown;
    QString clientCertificateSignal; ///< "tls13-alert-certificate-required", "tls12-certificate-request" or both

    // The client-CA hello (evidence key `tls12_probe`).
    bool clientCaHelloUsed = false;     ///< the session asked for it: its answer is part of the result
    qint64 clientCaHelloStartedMs = -1; ///< when its connection was opened
    ClientCaHelloAnswer clientCaHello;  ///< its answer when the session asked for it (or at the deadline)

    /// Bytes from the server: what the application received inside the verified session, or what the server sent
    /// before our ClientHello (TlsEnding::SpokeFirst). At most StreamProbe::kMaxRead.
    QByteArray received;

    TlsEnding ending = TlsEnding::Concluded;

    /// The name the probe verifies and sends as SNI: the plan's host, else the address.
    QString serverName() const { return target.host.isEmpty() ? target.address.toString() : target.host; }
};

} // namespace tpready
