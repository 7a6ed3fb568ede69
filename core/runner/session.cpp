// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "session.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QThread>
#include <algorithm>
#include <memory>

#include "core/catalog/hostnames.h"
#include "core/runner/reportbuilder.h"

namespace tpready {
namespace {

RunOptions withPlanHosts(RunOptions options, const Plan &plan, TrustStore *trustStore)
{
    options.probe.planHosts = planHostNames(plan);
    // Names are asked of the resolvers the base station will use: the plan's DNS flow (`--dns`, else this laptop's).
    if (!options.dnsServers) {
        const QList<DnsServerAddress> planned = planDnsServers(plan);
        if (!planned.isEmpty())
            options.dnsServers = planned;
    }
    if (!options.probe.trustStore)
        options.probe.trustStore = trustStore;
    return options;
}

} // namespace

QList<DnsServerAddress> planDnsServers(const Plan &plan)
{
    QList<DnsServerAddress> servers;
    for (const PlannedFlow &flow : plan.flows) {
        if (flow.flow.protocol != Protocol::Dns)
            continue;
        for (const Check &check : flow.checks) {
            const QHostAddress address(check.host);
            if (address.isNull() || check.port == 0)
                continue;
            const DnsServerAddress server{address, check.port};
            if (std::none_of(servers.cbegin(), servers.cend(), [&](const DnsServerAddress &known) {
                    return known.address == server.address && known.port == server.port;
                }))
                servers << server;
        }
    }
    return servers;
}

QStringList planHostNames(const Plan &plan)
{
    QStringList hosts;
    for (const PlannedFlow &flow : plan.flows) {
        for (const Check &check : flow.checks) {
            if (!check.host.isEmpty() && !isIpLiteral(check.host) && !hosts.contains(check.host))
                hosts << check.host;
        }
    }
    return hosts;
}

void applyClockOffset(Environment *environment, const QList<CheckRun> &checks)
{
    for (const CheckRun &check : checks) {
        const QJsonValue offset = check.result.evidence.value(QStringLiteral("clock_offset_ms"));
        if (check.target.protocol == Protocol::Ntp && check.state == CheckRun::State::Done &&
            check.result.verdict != Verdict::Fail && offset.isDouble()) {
            environment->clockOffsetMs = static_cast<qint64>(offset.toDouble());
            environment->clockSource = check.target.host;
            return;
        }
    }
}

CheckSession::CheckSession(Plan plan, RunOptions options, QObject *parent)
    : QObject(parent), m_trustStore(options.probe.trustStore ? nullptr : std::make_unique<TrustStore>()),
      m_options(withPlanHosts(std::move(options), plan, m_trustStore.get())), m_runner(std::move(plan), m_options),
      m_capture(&captureEnvironment)
{
    connect(&m_runner, &Runner::checkStarted, this, &CheckSession::checkStarted);
    connect(&m_runner, &Runner::checkFinished, this, &CheckSession::checkFinished);
    connect(&m_runner, &Runner::finished, this, &CheckSession::onRunnerFinished);
}

CheckSession::~CheckSession()
{
    // A snapshot still being taken cannot be interrupted (it may wait for the system's proxy resolver): it is left
    // to end on its own, and the application deletes its thread then. Nothing of it reaches this object any more.
    m_runner.disconnect(this);
}

void CheckSession::setEnvironmentCapture(EnvironmentCapture capture)
{
    m_capture = std::move(capture);
}

void CheckSession::start()
{
    if (m_runner.isRunning())
        return;
    m_started = true;
    m_fullRun = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_finishedAt = QDateTime();
    m_elapsedMs = 0;
    m_durationMs = 0;
    m_clock.start();
    if (!m_capturing) {
        m_environment.reset();
        captureEnvironmentInBackground();
    }
    m_runner.start(); // may finish at once (no check needs the network)
    emit started();
}

void CheckSession::cancel()
{
    m_runner.cancel();
}

void CheckSession::rerun(const QList<int> &indexes)
{
    if (!m_started)
        return;
    const bool wasRunning = m_runner.isRunning();
    QList<int> toRun;
    for (const int index : indexes) {
        if (index >= 0 && index < checks().size() && checks().at(index).state == CheckRun::State::Done)
            toRun << index;
    }
    if (toRun.isEmpty())
        return;
    if (!wasRunning) {
        m_clock.start();
        m_elapsedMs = 0;
    }
    for (const int index : std::as_const(toRun))
        m_runner.rerun(index);
    emit started();
}

bool CheckSession::isRunning() const
{
    return m_runner.isRunning();
}

bool CheckSession::hasResults() const
{
    return m_started && !m_runner.isRunning();
}

int CheckSession::doneCount() const
{
    int done = 0;
    for (const CheckRun &check : checks()) {
        if (check.state == CheckRun::State::Done)
            ++done;
    }
    return done;
}

qint64 CheckSession::elapsedMs() const
{
    if (m_runner.isRunning() && m_clock.isValid())
        return m_clock.elapsed();
    return m_elapsedMs;
}

Environment CheckSession::environment() const
{
    Environment environment = m_environment.value_or(Environment());
    applyClockOffset(&environment, checks());
    return environment;
}

Report CheckSession::report(const SiteInfo &site) const
{
    const QDateTime finished = m_finishedAt.isValid() ? m_finishedAt : QDateTime::currentDateTimeUtc();
    return makeReport(plan(), checks(), site, environment(), m_startedAt, finished, m_durationMs);
}

Summary CheckSession::summary() const
{
    Summary summary;
    for (const CheckRun &check : checks())
        summary.add(plan().flows.at(check.flowIndex).requirement, check.result.verdict);
    return summary;
}

void CheckSession::captureEnvironmentInBackground()
{
    // The result travels through a shared slot rather than through this object: the thread may outlive it.
    auto result = std::make_shared<Environment>();
    EnvironmentCapture capture = m_capture;
    const QStringList hosts = m_options.probe.planHosts;
    QThread *thread = QThread::create([result, capture, hosts] { *result = capture(hosts); });
    thread->setObjectName(QStringLiteral("tpready-environment"));
    // One owner deletes the thread, whether or not this session still exists then: the application. (A second
    // owner would race it: finished() is queued to each receiver in turn, and the first may already have deleted
    // the thread when the second runs.) It is connected first, so it runs before this session's slot below, and
    // the command line, which quits its loop there, leaves no thread object behind.
    QObject *reaper = QCoreApplication::instance() ? QCoreApplication::instance() : static_cast<QObject *>(this);
    connect(thread, &QThread::finished, reaper, [thread] {
        thread->wait(); // it is ending: a moment at most
        delete thread;
    });
    connect(thread, &QThread::finished, this, [this, result] {
        m_capturing = false;
        m_environment = *result;
        emit environmentReady();
    });
    m_capturing = true;
    thread->start();
}

void CheckSession::onRunnerFinished()
{
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    if (m_fullRun) {
        m_fullRun = false;
        m_durationMs = m_runner.lastRunMs();
    }
    emit finished();
}

} // namespace tpready
