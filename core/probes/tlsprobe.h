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
#include <optional>

#include "core/probes/tlsrecord.h"

class QSslSocket;
class QTimer;

namespace tpready {

class TcpConnector;

/// TLS (`tls`, `iec104-tls`, `sftp-tls`) and the base of HTTPS and WSS: a full handshake over the connected socket,
/// with SNI and name checks for the plan's host, trust = system roots + `--ca`. Verification is never switched off:
/// errors are ignored only to learn the whole chain, and every one is reported.
///
/// Verdicts: a verified handshake is `pass`/`ok` (after the inner protocol's proof for iec104-tls and sftp-tls); a
/// server that requires a client certificate is `pass`/`tls-client-cert-required` (TLS 1.3: alert 116 after the
/// handshake; TLS 1.2: a plaintext CertificateRequest seen by a raw TLS 1.2 ClientHello on a second connection,
/// opened beside the handshake for an SLRC port, where the demand is expected, and after it elsewhere);
/// an untrusted or expired chain is `fail`/`tls-untrusted`; signs of TLS inspection are `fail`/`tls-intercepted`;
/// plaintext on the port, or silence, is `wrong-service`; a connection cut during the handshake is `refused`.
class TlsProbe : public StreamProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsProbe)

public:
    TlsProbe(ProbeTarget target, ProbeConfig config, QObject *parent = nullptr);
    ~TlsProbe() override;

    /// How long a TLS 1.3 session is watched after the handshake for the server's verdict on our (absent) client
    /// certificate (haproxy answered within 2 ms on loopback; probes.md 3.4).
    static constexpr int kSettleMs = 1500;

    /// Starts loading, on worker threads, what TLS probes with @p config will need from the trust store (its index;
    /// every system root too when @p config adds --ca roots), so that the first handshake does not wait for it.
    /// Call it from the thread that runs the probes, when a run that has TLS checks starts. Once per process.
    static void warmUp(const ProbeConfig &config);

protected:
    QTcpSocket *createSocket() final;
    void onConnected() final;
    void onReadyRead() final;
    void onDisconnected() final;
    ProbeResult silentResult() final;
    void stop() override;

    /// The session is verified and trusted: start the protocol inside it. Default: nothing to send for `tls` (watch
    /// for a client-certificate demand, then conclude), TESTFR act for `iec104-tls`, wait for the SSH
    /// identification for `sftp-tls`.
    virtual void startApplication();
    /// Decrypted bytes arrived (applicationBytes()), or the server closed the session (@p closed).
    virtual void onApplicationData(bool closed);
    /// The deadline passed inside the session without the application's proof.
    virtual ProbeResult applicationSilentResult();

    QSslSocket *sslSocket() const;
    /// What the server sent inside the session so far, at most kMaxRead bytes.
    const QByteArray &applicationBytes() const { return m_appReceived; }
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
    /// Whether the vendor's table makes this an mTLS endpoint (SLRC haproxy, ports 3001-3003).
    bool mtlsExpected() const;

private:
    enum class Stage
    {
        Handshaking,
        Assessing,   ///< handshake done, waiting for the trust-store index to judge the chain's anchor
        Settling,    ///< handshake done, watching for a client-certificate demand
        Application, ///< verified session: the inner protocol runs
        Confirming,  ///< second connection: raw TLS 1.2 ClientHello
    };
    enum class ClientCertificate
    {
        Unknown,
        Demanded,
        NotDemanded,
    };
    struct Assessment
    {
        bool chainKnown = false;
        bool verified = false;
        bool expired = false;
        bool notYetValid = false;
        bool nameMismatch = false;
        bool untrustedAnchor = false;
        QSslCertificate dated; ///< the certificate whose dates fail
        QString inspectionProduct;
        QString inspectionName; ///< the certificate name that matched
        bool anchorSearched = false;
        QSslCertificate anchor; ///< null when not among the known roots
        QString anchorName;
        int anchorOrigin = -1; ///< RootOrigin, -1 when not searched
        QString anchorWhere;
        QStringList signs;
    };

    static bool needsAllRoots(const ProbeConfig &config);
    bool needsAllRoots() const { return needsAllRoots(config()); }
    void beginHandshake();
    void onEncrypted();
    void afterHandshake();
    void onSslErrors(const QList<QSslError> &errors);
    void onInterrupted(const QSslError &error);
    void onAlert(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void onSocketError(QAbstractSocket::SocketError error);
    void recordError(const QSslError &error);
    void enterSettling();
    void concludeTls();
    void startConfirmation();
    void startRawHello();
    void onRawConnected();
    void onRawData(bool closed);
    void rawHelloDone();
    void endConfirmation();
    void stopConfirmation();
    QList<QSslCertificate> chain() const;
    /// The verification errors: Qt's, plus a host-name mismatch found here when the handshake ended before Qt
    /// could check the name.
    QList<QSslError> errors() const;
    Assessment assess() const;
    ProbeResult conclusion() const;
    ProbeResult handshakeFailureResult() const;
    ProbeResult tlsVerdict() const;
    ProbeResult tlsResult(Verdict verdict, Reason reason, const QString &detail, const QString &remediation = {}) const;
    bool certificateRequiredSignal() const;
    ProbeResult withoutRootsWait(ProbeResult r) const;

    Stage m_stage = Stage::Handshaking;
    bool m_waitingForRoots = false;
    qint64 m_handshakeStartMs = -1; ///< since start(): after the TCP connect and any wait for the system roots
    qint64 m_rootsWaitMs = 0;
    QList<QSslError> m_errors;
    QList<QSslCertificate> m_sessionChain;
    QList<QSslCertificate> m_systemRoots; ///< empty when Qt loads roots on demand
    QString m_protocolName;
    QString m_cipher;
    qint64 m_handshakeMs = -1;
    bool m_handshakeDone = false;
    bool m_closedAfterHandshake = false;
    bool m_failedAfterHandshake = false; ///< a TLS error (alert or not) ended the session after the handshake
    QList<QPair<int, int>> m_alerts;     ///< (level, description) received
    int m_fatalAlert = -1;
    QString m_socketError;
    QAbstractSocket::SocketError m_socketErrorCode = QAbstractSocket::UnknownSocketError;
    ClientCertificate m_clientCertificate = ClientCertificate::Unknown;
    QString m_clientCertificateSignal;
    QTimer *m_settle = nullptr;
    TcpConnector *m_rawConnector = nullptr;
    QTcpSocket *m_rawSocket = nullptr;
    /// What the second connection's TLS 1.2-only ClientHello brought back.
    struct RawHello
    {
        QByteArray received;
        std::optional<TlsServerFlight> flight;
        QString failure;
    };
    RawHello m_rawLive;         ///< as it arrives
    RawHello m_raw;             ///< what the verdict uses: m_rawLive once the session asked for it
    bool m_rawStarted = false;  ///< the second connection was opened (early for an SLRC, else on demand)
    bool m_rawDone = false;     ///< its answer is complete, or it failed
    qint64 m_rawStartedMs = -1; ///< since start()
    bool m_rawRan = false;      ///< the session asked for it: its answer is part of the result
    QByteArray m_appReceived;
};

} // namespace tpready
