// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "runner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include "core/probes/probefactory.h"
#include "core/runner/correlate.h"
#include "core/runner/nameresolver.h"

namespace tpready {
namespace {

ProbeTarget targetFor(const PlannedFlow &flow, const Check &check)
{
    ProbeTarget target;
    target.flowId = flow.flow.id;
    target.protocol = flow.flow.protocol;
    target.role = flow.flow.toRole;
    target.requirement = flow.requirement;
    target.host = check.host;
    target.port = check.port;
    target.transport = check.transport;
    return target;
}

} // namespace

QHostAddress preferredAddress(const QList<QHostAddress> &addresses)
{
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return addresses.isEmpty() ? QHostAddress() : addresses.constFirst();
}

Runner::Runner(Plan plan, RunOptions options, QObject *parent)
    : QObject(parent), m_plan(std::move(plan)), m_options(std::move(options))
{
    if (!m_options.factory) {
        m_options.factory = &createProbe;
        m_realProbes = true;
    }
    for (int f = 0; f < m_plan.flows.size(); ++f) {
        for (const Check &check : std::as_const(m_plan.flows.at(f).checks)) {
            CheckRun run;
            run.flowIndex = f;
            run.target = targetFor(m_plan.flows.at(f), check);
            m_checks.append(run);
        }
    }
}

Runner::~Runner()
{
    // Quietly: nobody listens any more.
    for (const QPointer<NameResolver> &resolver : std::as_const(m_resolvers)) {
        if (resolver)
            resolver->abort();
    }
    for (const QPointer<Probe> &probe : std::as_const(m_probes)) {
        if (probe) {
            probe->disconnect(this);
            probe->cancel();
            delete probe.data();
        }
    }
}

bool Runner::isRunning() const
{
    return m_active;
}

QString Runner::hostKey(int index) const
{
    return m_checks.at(index).target.host.toLower();
}

void Runner::start()
{
    if (m_active)
        return;
    m_active = true;
    m_runClock.start();
    m_resolutions.clear();
    for (CheckRun &check : m_checks) {
        check.state = CheckRun::State::Pending;
        check.result = check.probeResult = ProbeResult();
    }
    if (m_realProbes) {
        // What the probes load on first use (the TLS trust store) now, beside the name lookups and the first round
        // trips, rather than after them.
        QList<Protocol> protocols;
        for (const CheckRun &check : std::as_const(m_checks))
            protocols.append(check.target.protocol);
        warmUpProbes(protocols, m_options.probe);
    }
    for (int i = 0; i < m_checks.size(); ++i) {
        const QString key = hostKey(i);
        if (!key.isEmpty() && !m_resolutions.contains(key))
            resolve(m_checks.at(i).target.host);
    }
    schedule();
    checkAllDone();
}

void Runner::rerun(int index)
{
    if (index < 0 || index >= m_checks.size() || m_checks.at(index).state != CheckRun::State::Done)
        return;
    if (!m_active) {
        m_active = true;
        m_runClock.start();
    }
    m_checks[index].state = CheckRun::State::Pending;
    m_checks[index].result = m_checks[index].probeResult = ProbeResult();
    const QString key = hostKey(index);
    if (!key.isEmpty() && !m_resolvers.contains(key)) {
        m_resolutions.remove(key);
        resolve(m_checks.at(index).target.host);
    }
    schedule();
    // A check may end at once (no probe for its protocol): the run is then over without any callback to come.
    checkAllDone();
}

void Runner::cancel()
{
    if (!m_active)
        return;
    for (const QPointer<NameResolver> &resolver : std::as_const(m_resolvers)) {
        if (resolver) {
            resolver->abort();
            resolver->deleteLater();
        }
    }
    m_resolvers.clear();
    const ProbeResult cancelled =
        ProbeResult::make(Verdict::Skipped, Reason::Cancelled, tr("The check was cancelled before it finished."));
    // Pending checks first, so that no running probe's end schedules one of them.
    for (int i = 0; i < m_checks.size(); ++i) {
        if (m_checks.at(i).state == CheckRun::State::Pending)
            complete(i, cancelled);
    }
    for (int i = 0; i < m_checks.size(); ++i) {
        if (m_checks.at(i).state != CheckRun::State::Running)
            continue;
        if (QPointer<Probe> probe = m_probes.value(i))
            probe->cancel(); // ends through complete()
        else
            complete(i, cancelled);
    }
    checkAllDone();
}

void Runner::resolve(const QString &host)
{
    const QString key = host.toLower();
    HostResolution resolution;
    resolution.host = host;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        resolution.literal = true;
        resolution.addresses = {literal};
        resolution.ms = 0;
        resolution.done = true;
        m_resolutions.insert(key, resolution);
        return;
    }
    if (m_options.resolveOverrides.contains(key)) {
        resolution.overridden = true;
        resolution.addresses = {m_options.resolveOverrides.value(key)};
        resolution.ms = 0;
        resolution.done = true;
        m_resolutions.insert(key, resolution);
        return;
    }
    m_resolutions.insert(key, resolution);
    if (!m_dnsServers)
        m_dnsServers = m_options.dnsServers ? *m_options.dnsServers : systemDnsServerAddresses();
    auto *resolver = new NameResolver(host, *m_dnsServers, m_options.probe.timeoutMs, this);
    resolver->setSystemResolver(m_options.systemResolver);
    m_resolvers.insert(key, resolver);
    connect(resolver, &NameResolver::finished, this, [this, key, resolver] {
        resolver->deleteLater();
        if (m_resolvers.value(key) != resolver)
            return; // cancelled, or replaced by a re-run
        m_resolvers.remove(key);
        const NameResolution &lookup = resolver->result();
        HostResolution &r = m_resolutions[key];
        r.ms = lookup.ms;
        r.done = true;
        r.addresses = lookup.addresses;
        r.error = lookup.error;
        r.server = lookup.server;
        r.lookup = lookup.evidence;
        onResolved(key);
    });
    resolver->start();
}

void Runner::onResolved(const QString &key)
{
    const HostResolution &resolution = m_resolutions.value(key);
    if (!resolution.error.isEmpty()) {
        for (int i = 0; i < m_checks.size(); ++i) {
            if (m_checks.at(i).state == CheckRun::State::Pending && hostKey(i) == key) {
                ProbeResult failure = ProbeResult::make(
                    Verdict::Fail, Reason::DnsFail,
                    tr("%1 cannot be resolved: %2.").arg(m_checks.at(i).target.host, resolution.error));
                failure.evidence.insert(QStringLiteral("resolver"), resolution.server);
                failure.evidence.insert(QStringLiteral("resolve_ms"), resolution.ms);
                failure.evidence.insert(QStringLiteral("lookup"), resolution.lookup);
                complete(i, failure);
            }
        }
    }
    schedule();
    checkAllDone();
}

void Runner::schedule()
{
    for (int i = 0; i < m_checks.size() && m_running < m_options.maxParallel; ++i) {
        if (m_checks.at(i).state != CheckRun::State::Pending)
            continue;
        const QString key = hostKey(i);
        if (!key.isEmpty()) {
            const HostResolution resolution = m_resolutions.value(key);
            if (!resolution.done)
                continue;
            m_checks[i].target.address = preferredAddress(resolution.addresses);
        }
        launch(i);
    }
}

void Runner::launch(int index)
{
    CheckRun &check = m_checks[index];
    check.state = CheckRun::State::Running;
    ++m_running;
    emit checkStarted(index);
    Probe *probe = m_options.factory(check.target, m_options.probe, this);
    if (!probe) {
        complete(index, ProbeResult::make(Verdict::Fail, Reason::Error,
                                          tr("No probe exists for protocol %1.").arg(toToken(check.target.protocol))));
        return;
    }
    m_probes.insert(index, probe);
    connect(probe, &Probe::finished, this, [this, index, probe](const ProbeResult &result) {
        m_probes.remove(index);
        probe->deleteLater();
        complete(index, result);
        schedule();
        checkAllDone();
    });
    probe->start();
}

void Runner::complete(int index, const ProbeResult &result)
{
    CheckRun &check = m_checks[index];
    if (check.state == CheckRun::State::Done)
        return;
    if (check.state == CheckRun::State::Running)
        --m_running;
    check.state = CheckRun::State::Done;
    check.result = result;
    const QString key = hostKey(index);
    if (!key.isEmpty() && m_resolutions.contains(key)) {
        const HostResolution &resolution = m_resolutions.value(key);
        QJsonArray addresses;
        for (const QHostAddress &address : resolution.addresses)
            addresses.append(address.toString());
        QJsonObject dns;
        dns.insert(QStringLiteral("addresses"), addresses);
        dns.insert(QStringLiteral("ms"), resolution.ms);
        dns.insert(QStringLiteral("source"), resolution.literal      ? QStringLiteral("literal")
                                             : resolution.overridden ? QStringLiteral("--resolve")
                                                                     : QStringLiteral("system resolver"));
        if (!resolution.literal && !resolution.overridden && !resolution.server.isEmpty())
            dns.insert(QStringLiteral("server"), resolution.server);
        check.result.evidence.insert(QStringLiteral("dns"), dns);
    }
    check.probeResult = check.result;
    emit checkFinished(index);
}

void Runner::checkAllDone()
{
    if (!m_active)
        return;
    for (const CheckRun &check : std::as_const(m_checks)) {
        if (check.state != CheckRun::State::Done)
            return;
    }
    m_active = false;
    m_lastRunMs = m_runClock.elapsed();
    correlate(m_plan, &m_checks);
    emit finished();
}

} // namespace tpready
