// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "proberesult.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>

#include "core/catalog/vocabulary.h"
#include "core/clock.h"

class QTimer;

namespace tpready {

class TrustStore;

/// What one probe is asked to prove: a flow applied to one host, address and port.
struct ProbeTarget
{
    QString flowId;
    Protocol protocol = Protocol::Tls;
    Role role = Role::Slrc;
    Requirement requirement = Requirement::Must;
    QString host;         ///< as in the plan (a name or an IP literal); empty for host-less checks
    QHostAddress address; ///< the address to contact, resolved beforehand; null for host-less checks
    quint16 port = 0;
    IpTransport transport = IpTransport::Tcp;
};

/// Settings shared by every probe of a run.
struct ProbeConfig
{
    int timeoutMs = 5000;                       ///< each probe's deadline
    QList<QSslCertificate> extraCaCertificates; ///< `--ca`: roots trusted in addition to the system's
    QStringList planHosts;                      ///< every FQDN of the plan (the DNS probe resolves them all)
    QString routerId = QStringLiteral("::1");   ///< dummy Basics Station router id: never a real gateway's
    const Clock *clock = &Clock::system();      ///< where probes read the time; outlives them (tests fix it)
    /// The laptop's trust store for the TLS probes, loaded once for the run (CheckSession makes it); not owned, it
    /// outlives the probes. A TLS probe given none makes its own.
    TrustStore *trustStore = nullptr;
};

/// One protocol-level proof for one check. A probe runs asynchronously in the thread that owns it, ends by its
/// deadline at the latest, and emits finished() exactly once (also when cancelled).
class Probe : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Probe)

public:
    Probe(ProbeTarget target, ProbeConfig config, QObject *parent = nullptr);
    ~Probe() override;

    /// Starts the probe and its deadline.
    void start();
    /// Stops the probe; finished() reports `skipped` / `cancelled` unless it had already finished.
    void cancel();
    bool isFinished() const { return m_finished; }
    const ProbeTarget &target() const { return m_target; }
    const ProbeConfig &config() const { return m_config; }
    const Clock &clock() const { return *m_config.clock; }

signals:
    void finished(const tpready::ProbeResult &result);

protected:
    /// Sends the first packet. Called once by start().
    virtual void begin() = 0;
    /// Releases sockets and timers. Called once when the probe ends for whatever reason.
    virtual void stop() {}
    /// What the deadline passing means at the probe's current stage (a silent drop, a silent server...).
    virtual ProbeResult deadlineResult() = 0;

    /// Ends the probe with @p result (the first call wins). Fills the address when the probe left it empty.
    void finish(ProbeResult result);
    /// Milliseconds since start().
    qint64 elapsedMs() const;
    /// Milliseconds left before the deadline (at least 1).
    int remainingMs() const;
    /// Stops the network deadline while the probe waits for local work (the laptop's trust store loading): that time
    /// is the laptop's, not the network's, and a slow laptop must not turn into a failed check. The wait is bounded
    /// by @p capMs instead, after which deadlineResult() ends the probe as usual. resumeDeadline() gives the network
    /// back what was left of its deadline.
    void holdDeadline(int capMs);
    void resumeDeadline();
    /// Milliseconds spent with the deadline held.
    qint64 heldMs() const { return m_heldMs; }
    /// @p base with every key of @p over put in (over's values win): a probe's own evidence over its family's.
    static QJsonObject mergedEvidence(QJsonObject base, const QJsonObject &over);

private:
    void onDeadline();

    ProbeTarget m_target;
    ProbeConfig m_config;
    Stopwatch m_sinceStart;
    QTimer *m_deadline = nullptr;
    qint64 m_heldMs = 0;     ///< time spent with the deadline held, given back to the network
    qint64 m_holdStart = -1; ///< elapsedMs() when the current hold began; -1 when not held
    bool m_started = false;
    bool m_finished = false;
};

} // namespace tpready
