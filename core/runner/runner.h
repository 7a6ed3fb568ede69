// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

#include "core/catalog/plan.h"
#include "core/probes/probe.h"
#include "core/runner/nameresolver.h"
#include "core/runner/runoptions.h"

namespace tpready {

/// How the laptop's resolvers answered for one host of the plan (shared by every check of that host).
struct HostResolution
{
    QString host;
    QList<QHostAddress> addresses;
    QString error;           ///< empty when resolved
    qint64 ms = -1;          ///< how long the resolver took
    bool overridden = false; ///< from `--resolve HOST=IP`
    bool literal = false;    ///< the host is an IP address: nothing to resolve
    QString server;          ///< the resolver whose answer decided ("10.0.0.1"), or "system"
    QJsonObject lookup;      ///< NameResolution::evidence: the queries, tries and answers
    bool done = false;
};

/// One row of a run: a check of the plan, what it is for, and its result once known.
struct CheckRun
{
    enum class State
    {
        Pending,
        Running,
        Done,
    };
    int flowIndex = 0;       ///< index in Plan::flows
    ProbeTarget target;      ///< the check, with the address chosen once resolved
    ProbeResult probeResult; ///< what the probe said
    ProbeResult result;      ///< what the run concludes: the probe's result with correlate()'s findings
    State state = State::Pending;
};

/// Runs a plan: resolves each host once, starts the probes together (bounded), each with its own deadline, so a
/// run lasts about as long as its slowest check. Results stay in plan order. Cancel and re-run of one check are
/// supported at any time. Everything happens in the thread that owns the runner, without blocking it.
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    Runner(Plan plan, RunOptions options, QObject *parent = nullptr);
    ~Runner() override;

    /// Runs every check. Does nothing while a run is in progress.
    void start();
    /// Runs one check again (its host is resolved again too).
    void rerun(int index);
    /// Stops everything in progress: running and pending checks end as skipped / cancelled.
    void cancel();

    bool isRunning() const;
    const Plan &plan() const { return m_plan; }
    const QList<CheckRun> &checks() const { return m_checks; }
    /// Resolutions made so far, by host name (lower case).
    const QHash<QString, HostResolution> &resolutions() const { return m_resolutions; }
    /// Wall time of the last start() to its finished().
    qint64 lastRunMs() const { return m_lastRunMs; }

signals:
    void checkStarted(int index);
    void checkFinished(int index);
    /// Nothing is pending or running any more.
    void finished();

private:
    void resolve(const QString &host);
    void onResolved(const QString &key);
    void schedule();
    void launch(int index);
    void complete(int index, const ProbeResult &result);
    void checkAllDone();
    QString hostKey(int index) const;

    Plan m_plan;
    RunOptions m_options;
    QList<CheckRun> m_checks;
    QHash<QString, HostResolution> m_resolutions;
    QHash<QString, QPointer<NameResolver>> m_resolvers;
    std::optional<QList<DnsServerAddress>> m_dnsServers; ///< read once per runner
    QHash<int, QPointer<Probe>> m_probes;
    QElapsedTimer m_runClock;
    qint64 m_lastRunMs = -1;
    int m_running = 0;
    bool m_active = false;
    bool m_realProbes = false; ///< createProbe(), not a test's factory: warm its probes up at start
};

/// Chooses the address a probe contacts among a host's addresses: the first IPv4, else the first IPv6.
QHostAddress preferredAddress(const QList<QHostAddress> &addresses);

} // namespace tpready
