// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "streamprobe.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QSsl>
#include <QSslCertificate>
#include <QSslError>
#include <memory>
#include <optional>

#include "core/probes/tlsassessment.h"
#include "core/probes/truststore.h"

class QSslSocket;
class QTimer;

namespace tpready {

class ClientCaHello;

/// TLS (`tls`) and the base of the TLS family's probes (Iec104TlsProbe, SftpTlsProbe, HttpsProbe, WssProbe): a
/// full handshake over the connected socket,
/// with SNI and name checks for the plan's host, trust = system roots + `--ca`. Verification is never switched off:
/// errors are ignored only to learn the whole chain, and every one is reported.
///
/// This class does the I/O and records what it sees in a TlsObservation; the trust assessment, the verdict and the
/// evidence are pure functions of it (tlsassessment.h, tlsverdict.h, tlsevidence.h).
///
/// A server that requires a client certificate shows it by alert 116 after a TLS 1.3 handshake, or, in TLS 1.2,
/// by a plaintext CertificateRequest that the client-CA hello (a raw TLS 1.2 ClientHello on a second connection)
/// reads, with the CAs it accepts clients from. For the SLRC's mTLS front end, where the demand is expected, that
/// hello goes out beside the handshake; elsewhere after it, when the session ends with a demand or an error.
class TlsProbe : public StreamProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsProbe)

public:
    TlsProbe(ProbeTarget target, ProbeConfig config, QObject *parent = nullptr);
    ~TlsProbe() override;

    /// How long a TLS 1.3 session is watched after the handshake for the server's verdict on our (absent) client
    /// certificate (haproxy answered within 2 ms on loopback).
    static constexpr int kSettleMs = 1500;

    /// Starts loading, on worker threads, what TLS probes with @p config will need from its trust store (the index;
    /// every system root too when @p config adds --ca roots), so that the first handshake does not wait for it.
    /// Call it from the thread that runs the probes, when a run that has TLS checks starts.
    static void warmUp(const ProbeConfig &config);

protected:
    QTcpSocket *createSocket() final;
    void onConnected() final;
    void onReadyRead() final;
    void onDisconnected() final;
    ProbeResult silentResult() final;
    void stop() override;

    /// The session is verified and trusted: start the protocol inside it. Default (`tls`): nothing to send; watch
    /// for a client-certificate demand, then conclude.
    virtual void startApplication();
    /// Decrypted bytes arrived (applicationBytes()), or the server closed the session (@p closed).
    virtual void onApplicationData(bool closed);
    /// The deadline passed inside the session without the application's proof.
    virtual ProbeResult applicationSilentResult();

    QSslSocket *sslSocket() const;
    /// What the server sent inside the session so far, at most kMaxRead bytes.
    const QByteArray &applicationBytes() const { return m_seen.received; }
    /// What the probe saw so far.
    const TlsObservation &observation() const { return m_seen; }
    /// Everything known about the TLS layer, for the evidence of every result.
    QJsonObject tlsEvidence() const;
    /// A result of the application stage: the TLS evidence with @p evidence merged over it.
    ProbeResult applicationResult(Verdict verdict, Reason reason, const QString &detail,
                                  const QJsonObject &evidence = {}) const;
    /// Ends the probe with applicationResult().
    void finishApplication(Verdict verdict, Reason reason, const QString &detail, const QJsonObject &evidence = {});
    /// "host port 443" for sentences.
    QString endpoint() const;
    /// The value of an HTTP Host header for the target (brackets for IPv6, port unless 443).
    QByteArray hostHeader() const;

private:
    enum class Stage
    {
        Handshaking,
        Assessing,     ///< handshake done, waiting for the trust-store index to judge the chain's anchor
        Settling,      ///< handshake done, watching for a client-certificate demand
        Application,   ///< verified session: the inner protocol runs
        ClientCaHello, ///< the session ended: waiting for the client-CA hello's answer
    };

    /// Whether the handshake must list every root (TrustStore::needsAllRoots()).
    bool needsAllRoots() const { return trustStore()->needsAllRoots(!config().extraCaCertificates.isEmpty()); }
    /// The run's trust store, else this probe's own.
    TrustStore *trustStore() const;
    void beginHandshake();
    void onEncrypted();
    void afterHandshake();
    void onSslErrors(const QList<QSslError> &errors);
    void onInterrupted(const QSslError &error);
    void onAlert(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void onSocketError(QAbstractSocket::SocketError error);
    void recordError(const QSslError &error);
    void recordDemand(const QString &signal);
    void enterSettling();
    void concludeTls();
    /// Opens the client-CA hello's connection.
    void openClientCaHello();
    /// The session ended with a client-certificate demand or an error: its answer is now part of the result.
    void useClientCaHello();
    void onClientCaHelloDone();
    /// Concludes with the client-CA hello's answer.
    void concludeWithClientCaHello();
    bool certificateRequiredSignal() const;
    /// Assesses the observation once its chain is final: after a completed handshake, else when concluding.
    void assessOnce();
    /// The assessment (computed now if assessOnce() did not run yet).
    const TlsAssessment &assessment() const;
    /// The result of the TLS layer, ending as @p ending.
    ProbeResult tlsResult(TlsEnding ending);
    /// @p verdict with the probe's evidence and latency.
    ProbeResult completed(const ProbeResult &verdict, const QJsonObject &evidence) const;

    Stage m_stage = Stage::Handshaking;
    bool m_waitingForRoots = false;
    TlsObservation m_seen;
    mutable std::optional<TlsAssessment> m_assessment;
    QList<QSslCertificate> m_systemRoots;        ///< empty when Qt loads roots on demand
    std::unique_ptr<TrustStore> m_ownTrustStore; ///< when the config brings none (tests of other units)
    QTimer *m_settle = nullptr;
    /// Opened early for the SLRC's front end, else when the session asks for it (useClientCaHello()); its answer
    /// goes into m_seen then.
    ClientCaHello *m_clientCaHello = nullptr;
};

} // namespace tpready
