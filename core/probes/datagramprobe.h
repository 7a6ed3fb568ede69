// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "probe.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <optional>

class QTimer;
class QUdpSocket;

namespace tpready {

/// When the tries of a datagram exchange go out, in ms after the first (0), within @p timeoutMs: the first retry after
/// a fifth of the deadline (0.1 to 1 s), each later gap twice the one before, none in the last quarter second (or
/// last gap, if shorter) where its answer could not come back, at most @p maxSends in all. The probes keep every
/// try's identity (the same bytes, or each try's nonce remembered), so a late answer to an earlier try counts.
QList<int> datagramRetrySchedule(int timeoutMs, int maxSends);

/// Base of the probes that speak over UDP. One *connected* QUdpSocket (never through a proxy): the kernel then
/// only hands us datagrams from the target's address and port, and an ICMP error comes back on the socket.
/// Linux reports a port-unreachable as ECONNREFUSED, which Qt turns into ConnectionRefusedError: `refused`
/// (verified). Windows reports it as WSAECONNRESET, which Qt's Windows socket engine (qtbase source, read, not
/// run) turns into a generic NetworkError: `unreachable` here, with a sentence that names the ICMP error. Attempts
/// go out on a schedule within the deadline; every datagram that comes back is handed to the protocol.
class DatagramProbe : public Probe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatagramProbe)

public:
    DatagramProbe(ProbeTarget target, ProbeConfig config, QObject *parent = nullptr);
    ~DatagramProbe() override;

    /// The most bytes kept from one datagram (an IPv4 UDP payload is at most 65507 bytes anyway).
    static constexpr int kMaxDatagram = 65536;

protected:
    void begin() final;
    void stop() override;
    ProbeResult deadlineResult() final;

    /// When each attempt goes out, in ms after the first one (the first entry is 0). Called once, at start.
    virtual QList<int> schedule() const = 0;
    /// The datagram of attempt @p index (0-based), built when it goes out. Empty aborts the probe with `error`.
    virtual QByteArray datagramFor(int index) = 0;
    /// A datagram came from the target. Call finish() once it proves (or disproves) the protocol.
    virtual void onDatagram(const QByteArray &data) = 0;
    /// An ICMP port-unreachable came back. Default: `fail` / `refused` with a generic sentence.
    virtual ProbeResult refusedResult();
    /// The deadline passed without proof.
    virtual ProbeResult silentResult() = 0;

    QUdpSocket *socket() const { return m_socket; }
    /// Our address and port as the connected socket sees them (what a NAT would translate).
    QHostAddress localAddress() const { return m_localAddress; }
    quint16 localPort() const { return m_localPort; }
    /// Attempts sent so far.
    int attempts() const { return static_cast<int>(m_sentAt.size()); }
    /// Milliseconds from the first send to now (0 before).
    qint64 sinceFirstSendMs() const;
    /// Milliseconds from the latest send to now.
    qint64 sinceLastSendMs() const;
    /// Datagrams received so far.
    int datagramsReceived() const { return m_received; }
    /// Evidence every UDP probe carries: local address and port, attempts and when they went out.
    QJsonObject baseEvidence() const;
    /// A result with the base evidence merged in; the latency is the time from the first send for `ok`.
    ProbeResult result(Verdict verdict, Reason reason, const QString &detail, const QJsonObject &evidence = {}) const;

    /// The first datagram that proved nothing (kept for the verdict in case nothing better comes before the
    /// deadline).
    struct Unproven
    {
        QByteArray head;     ///< its first bytes, as many as the probe keeps
        int size = 0;        ///< its whole size
        QString problem;     ///< why it is no proof (technical, untranslated)
        qint64 afterMs = -1; ///< when it came, in ms from the first send
        bool echo = false;   ///< it was our own request, unchanged
    };
    /// Keeps @p data, cut to @p keepBytes, as the first datagram that proved nothing. False, keeping nothing, when
    /// one is kept already.
    bool keepUnproven(const QByteArray &data, int keepBytes, const QString &problem, bool echo);
    /// The datagram keepUnproven() kept, or nullptr.
    const Unproven *unproven() const { return m_unproven ? &*m_unproven : nullptr; }
    /// Adds what that datagram was to @p evidence: received_bytes, received_hex and problem.
    void insertUnprovenEvidence(QJsonObject *evidence) const;

private:
    void onConnected();
    void sendNext();
    void readOne();
    void onSocketError(int error, const QString &text);

    QUdpSocket *m_socket = nullptr;
    QTimer *m_sendTimer = nullptr;
    QList<int> m_schedule;
    QList<qint64> m_sentAt; ///< elapsedMs() of each send
    QHostAddress m_localAddress;
    quint16 m_localPort = 0;
    int m_received = 0;
    bool m_connected = false;
    std::optional<Unproven> m_unproven;
};

} // namespace tpready
