// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

#include "core/env/environment.h"
#include "core/probes/truststore.h"
#include "core/report/report.h"
#include "core/runner/runner.h"

namespace tpready {

/// Takes the laptop's network snapshot. It runs on a worker thread (it may wait for a proxy auto-configuration
/// script), so it must not touch objects of other threads. Tests substitute their own.
using EnvironmentCapture = std::function<Environment(const QStringList &planHosts)>;

/// The host names of a plan that a resolver or a proxy would be asked about: no IP literal, no empty host, no
/// duplicate, in plan order.
QStringList planHostNames(const Plan &plan);

/// The resolvers of a plan's DNS flow (`--dns`, else this laptop's), in plan order: those the base station will ask,
/// and so those the run resolves names through (RunOptions::dnsServers, when not set already).
QList<DnsServerAddress> planDnsServers(const Plan &plan);

/// Fills @p environment's clock offset from the first NTP check that measured one (evidence "clock_offset_ms") and
/// did not fail.
void applyClockOffset(Environment *environment, const QList<CheckRun> &checks);

/// One run of a plan, as `tpready check` and the wizard both do it: the probes (a Runner), the laptop's network
/// snapshot taken beside them on a worker thread, and the report once the run is over. Sharing it is what makes the
/// wizard reach the same verdicts as the command line for the same selection.
///
/// Everything but the snapshot happens in the owner's thread without blocking it. Deleting the session at any time
/// is safe: probes stop at once, and a snapshot still being taken is dropped when it ends (the application, which
/// must exist, deletes its thread then). A load of the trust store the session makes for its TLS probes is dropped
/// the same way (TrustStore).
class CheckSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckSession)

public:
    /// @p options.probe.planHosts is filled from the plan; @p options.probe.trustStore, when empty, with a store the
    /// session makes.
    CheckSession(Plan plan, RunOptions options, QObject *parent = nullptr);
    ~CheckSession() override;

    /// Replaces captureEnvironment() (tests). Set it before start().
    void setEnvironmentCapture(EnvironmentCapture capture);

    /// Runs every check and takes a new snapshot (unless one is still being taken). Does nothing while running.
    void start();
    /// Stops every running and pending check at once (they end as skipped / cancelled); finished() follows.
    void cancel();
    /// Runs the checks @p indexes again (each must be done). A run in progress goes on.
    void rerun(const QList<int> &indexes);

    /// Checks are pending or running.
    bool isRunning() const;
    /// start() was called at least once and every check is done.
    bool hasResults() const;
    /// The snapshot of the last start() has arrived.
    bool hasEnvironment() const { return m_environment.has_value(); }
    /// A snapshot is being taken.
    bool isCapturingEnvironment() const { return m_capturing; }

    const Plan &plan() const { return m_runner.plan(); }
    const RunOptions &options() const { return m_options; }
    const QList<CheckRun> &checks() const { return m_runner.checks(); }
    const Runner &runner() const { return m_runner; }
    /// How many checks are done.
    int doneCount() const;

    /// Milliseconds since the last start() or rerun() while running; how long it took once finished.
    qint64 elapsedMs() const;
    /// Wall time of the last full run (start() to finished()), as the report's duration_ms.
    qint64 durationMs() const { return m_durationMs; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }

    /// The snapshot as taken, or nullopt while it is being taken.
    const std::optional<Environment> &capturedEnvironment() const { return m_environment; }
    /// The snapshot with the clock offset the NTP checks measured (an empty environment with that offset while the
    /// snapshot is not there yet).
    Environment environment() const;
    /// The report of the run so far (the document `check --json` writes).
    Report report(const SiteInfo &site) const;
    /// The counts and readiness of the run so far, as its report gives them, without writing the report.
    Summary summary() const;

signals:
    /// start() or rerun() reset checks and set them going. It comes after the checks that ended at once, and after
    /// finished() when they all did: listeners read the session's state rather than count on an order.
    void started();
    void checkStarted(int index);
    void checkFinished(int index);
    /// Nothing is pending or running any more.
    void finished();
    /// The snapshot of the laptop's network arrived.
    void environmentReady();

private:
    void captureEnvironmentInBackground();
    void onRunnerFinished();

    std::unique_ptr<TrustStore> m_trustStore; // before m_options, which hand it to the probes; outlives them
    RunOptions m_options;                     // before m_runner: the runner is built from it
    Runner m_runner;
    EnvironmentCapture m_capture;
    std::optional<Environment> m_environment;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    qint64 m_durationMs = 0;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    bool m_capturing = false;
    bool m_fullRun = false;
    bool m_started = false;
};

} // namespace tpready
