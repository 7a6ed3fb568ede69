// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "probe.h"

class QTcpSocket;

namespace tpready {

class TcpConnector;

/// Base of the probes that speak over TCP: connects (telling refused, unreachable and silent drop apart), then
/// hands the connection to the protocol. A deadline while connecting is a silent drop (`timeout`); a deadline
/// once connected means the protocol never answered (silentResult()).
class StreamProbe : public Probe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamProbe)

public:
    StreamProbe(ProbeTarget target, ProbeConfig config, QObject *parent = nullptr);
    ~StreamProbe() override;

protected:
    void begin() final;
    void stop() override;
    ProbeResult deadlineResult() final;

    /// The socket that takes over the connected descriptor: a QTcpSocket, or a QSslSocket for TLS.
    virtual QTcpSocket *createSocket();
    /// The connection is up: send what the protocol sends first (possibly nothing).
    virtual void onConnected() = 0;
    /// Bytes arrived on socket().
    virtual void onReadyRead() = 0;
    /// The server closed the connection before the proof. Default: `wrong-service`.
    virtual void onDisconnected();
    /// The deadline passed with the connection up but without proof.
    virtual ProbeResult silentResult() = 0;

    QTcpSocket *socket() const { return m_socket; }
    bool isConnected() const { return m_socket != nullptr; }
    qint64 connectMs() const { return m_connectMs; }
    /// How long the connection has been up (0 before it is): the time to a cut or to the deadline's silence.
    qint64 connectedForMs() const;
    /// Evidence every TCP probe carries: the connect time.
    QJsonObject baseEvidence() const;
    /// A result with the evidence and latency filled in.
    ProbeResult result(Verdict verdict, Reason reason, const QString &detail, const QJsonObject &evidence = {}) const;

    /// The most bytes a probe keeps from a server (a banner that never ends must not fill the memory).
    static constexpr qint64 kMaxRead = 64 * 1024;

private:
    void onConnectorConnected();
    void onConnectorFailed(Reason reason, const QString &detail, int systemError);

    TcpConnector *m_connector = nullptr;
    QTcpSocket *m_socket = nullptr;
    qint64 m_connectMs = -1;
    qint64 m_connectedAt = -1; ///< elapsedMs() when the connection came up
};

} // namespace tpready
