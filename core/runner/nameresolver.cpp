// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "nameresolver.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

#include "core/env/dnsconfig.h"
#include "core/probes/dnsmessage.h"

namespace tpready {
namespace {

constexpr int kFirstRetryMs = 500;   ///< above a satellite link's round trip (600 ms is rare; a late answer counts)
constexpr int kMaxRetryGapMs = 4000; ///< the backoff stops doubling here
constexpr int kMaxDatagram = 4096;   ///< an answer to an A or AAAA query is far smaller
constexpr int kFailuresFinal = 2;    ///< SERVFAIL / REFUSED twice from one resolver: its answer

bool ownLookupFits(const QString &name)
{
    return name.contains(u'.') && !name.endsWith(QStringLiteral(".local"));
}

QString outcomeRcode(NameResolution::Outcome outcome)
{
    switch (outcome) {
    case NameResolution::Outcome::NxDomain:
        return QStringLiteral("NXDOMAIN");
    case NameResolution::Outcome::ServFail:
        return QStringLiteral("SERVFAIL");
    case NameResolution::Outcome::Refused:
        return QStringLiteral("REFUSED");
    default:
        return {};
    }
}

} // namespace

QList<DnsServerAddress> systemDnsServerAddresses()
{
    QList<DnsServerAddress> servers;
    for (const QString &text : systemDnsServers()) {
        const QHostAddress address(text);
        if (!address.isNull())
            servers << DnsServerAddress{address, 53};
    }
    return servers;
}

QList<int> NameResolver::retrySchedule(int deadlineMs)
{
    QList<int> schedule{0};
    int gap = kFirstRetryMs;
    // A try needs room for its answer: none goes out in the last quarter second.
    for (int at = gap; at < deadlineMs - 250; at += gap) {
        schedule << at;
        gap = qMin(gap * 2, kMaxRetryGapMs);
    }
    return schedule;
}

NameResolver::NameResolver(QString host, QList<DnsServerAddress> servers, int deadlineMs, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_deadlineMs(qMax(1, deadlineMs))
{
    m_name = normaliseDnsName(m_host);
    if (!ownLookupFits(m_name))
        return;
    for (const DnsServerAddress &address : servers) {
        Server server;
        server.address = address;
        for (const quint16 type : {DnsType::A, DnsType::AAAA}) {
            Query query;
            query.type = type;
            query.id = static_cast<quint16>(QRandomGenerator::global()->bounded(65536));
            query.bytes = buildDnsQuery(query.id, m_name, type);
            if (query.bytes.isEmpty())
                return; // not a name DNS can carry: the system resolver alone says so
            server.queries << query;
        }
        m_servers << server;
    }
}

NameResolver::~NameResolver()
{
    abort();
}

void NameResolver::start()
{
    m_clock.start();
    for (int i = 0; i < m_servers.size(); ++i) {
        Server &server = m_servers[i];
        server.socket = new QUdpSocket(this);
        server.socket->setProxy(QNetworkProxy::NoProxy);
        // Connected: only the resolver's datagrams come in, and an ICMP error shows as a failed send.
        server.socket->connectToHost(server.address.address, server.address.port);
        connect(server.socket, &QUdpSocket::readyRead, this, [this, i] { onDatagrams(i); });
        connect(server.socket, &QUdpSocket::errorOccurred, this, [this, i] {
            Server &s = m_servers[i];
            if (s.sendError.isEmpty() && s.socket->error() != QAbstractSocket::TemporaryError)
                s.sendError = s.socket->errorString();
            evaluate();
        });
    }
    m_schedule = retrySchedule(m_deadlineMs);
    m_tryTimer = new QTimer(this);
    m_tryTimer->setSingleShot(true);
    connect(m_tryTimer, &QTimer::timeout, this, &NameResolver::sendTries);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    // A coarse timer may fire up to 5 % early: an answer just inside the deadline must still count.
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, &NameResolver::decide);
    m_deadline->start(m_deadlineMs);
    m_grace = new QTimer(this);
    m_grace->setSingleShot(true);
    connect(m_grace, &QTimer::timeout, this, [this] { evaluate(); });
    m_prefer = new QTimer(this);
    m_prefer->setSingleShot(true);
    connect(m_prefer, &QTimer::timeout, this, [this] {
        m_preferExpired = true;
        evaluate();
    });
    if (m_systemAsked) {
        // The system resolver is asked at once when no resolver of ours can be, else once ours have answered without
        // an address or stayed silent for kSystemDelayMs: a name they resolve costs no second lookup (whose
        // unanswered queries, on a lossy link, would outlive the run).
        if (m_servers.isEmpty()) {
            startSystemLookup();
        } else {
            m_systemTimer = new QTimer(this);
            m_systemTimer->setSingleShot(true);
            connect(m_systemTimer, &QTimer::timeout, this, &NameResolver::startSystemLookup);
            m_systemTimer->start(qMin(kSystemDelayMs, m_deadlineMs));
        }
    } else {
        m_systemDone = true;
    }
    if (!m_servers.isEmpty())
        m_tryTimer->start(0);
    else if (!m_systemAsked)
        QTimer::singleShot(0, this, &NameResolver::decide); // nothing to ask
}

void NameResolver::startSystemLookup()
{
    if (!m_systemAsked || m_systemStarted || m_done)
        return;
    m_systemStarted = true;
    m_lookupId = QHostInfo::lookupHost(m_host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        const bool ok = info.error() == QHostInfo::NoError && !info.addresses().isEmpty();
        onSystemResult(ok ? info.addresses() : QList<QHostAddress>{}, info.error() == QHostInfo::HostNotFound,
                       ok ? QString() : info.errorString());
    });
}

void NameResolver::abort()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    for (Server &server : m_servers) {
        if (server.socket) {
            server.socket->disconnect(this);
            server.socket->abort();
        }
    }
    for (QTimer *timer : {m_tryTimer, m_deadline, m_grace, m_prefer, m_systemTimer}) {
        if (timer)
            timer->stop();
    }
    m_done = true;
}

void NameResolver::sendTries()
{
    if (m_done)
        return;
    for (Server &server : m_servers) {
        if (!server.sendError.isEmpty())
            continue;
        for (Query &query : server.queries) {
            if (query.final)
                continue;
            if (server.socket->write(query.bytes) == query.bytes.size()) {
                ++query.tries;
            } else {
                server.sendError = server.socket->errorString();
                break;
            }
        }
    }
    ++m_nextTry;
    if (m_nextTry < m_schedule.size())
        m_tryTimer->start(static_cast<int>(qMax<qint64>(0, m_schedule.at(m_nextTry) - m_clock.elapsed())));
    evaluate();
}

void NameResolver::onDatagrams(int serverIndex)
{
    Server &server = m_servers[serverIndex];
    while (server.socket && server.socket->hasPendingDatagrams()) {
        const QByteArray data = server.socket->receiveDatagram(kMaxDatagram).data();
        const DnsResponse response = parseDnsResponse(data);
        Query *match = nullptr;
        for (Query &query : server.queries) {
            if (response.valid && dnsResponseMatches(response, query.id, m_name, query.type))
                match = &query;
        }
        if (!match || match->final) {
            ++server.ignored;
            continue;
        }
        match->rcode = response.rcode;
        if (match->ms < 0)
            match->ms = m_clock.elapsed();
        if (response.rcode == DnsRcode::NoError && !response.tc) {
            match->final = true;
            for (const QString &text : dnsAddresses(response)) {
                const QHostAddress address(text);
                if (!address.isNull() && !match->addresses.contains(address))
                    match->addresses << address;
            }
        } else if (response.rcode == DnsRcode::NxDomain) {
            match->final = true;
        } else if (++match->failures >= kFailuresFinal) {
            match->final = true;
        }
    }
    evaluate();
}

void NameResolver::onSystemResult(const QList<QHostAddress> &addresses, bool notFound, const QString &error)
{
    m_systemDone = true;
    m_systemMs = m_clock.elapsed();
    m_systemNotFound = notFound;
    m_systemError = error;
    if (m_done)
        return;
    if (!addresses.isEmpty()) {
        conclude(NameResolution::Outcome::Resolved, addresses, QStringLiteral("system"), QString());
        return;
    }
    evaluate();
}

void NameResolver::evaluate()
{
    if (m_done)
        return;
    // Addresses from a resolver whose A answer is in (IPv4 first, as the base station prefers), or AAAA ones once
    // its A answer said there is none.
    // The resolvers are preferred in their configured order, as the base station's resolver library asks them: an
    // answer from a later one waits up to kPreferMs for the earlier ones still unsettled.
    bool allSettled = true;
    bool anyUsable = false;
    for (const Server &server : std::as_const(m_servers)) {
        if (!server.sendError.isEmpty())
            continue;
        anyUsable = true;
        const Query &a = server.queries.at(0);
        const Query &aaaa = server.queries.at(1);
        if (!a.addresses.isEmpty() || (a.final && !aaaa.addresses.isEmpty())) {
            if (!allSettled && !m_preferExpired) {
                if (!m_prefer->isActive())
                    m_prefer->start(kPreferMs);
                return;
            }
            conclude(NameResolution::Outcome::Resolved, a.addresses + aaaa.addresses, server.address.address.toString(),
                     QString());
            return;
        }
        if (!a.final || !aaaa.final)
            allSettled = false;
    }
    const bool ownAsked = !m_servers.isEmpty();
    if (ownAsked && anyUsable && !allSettled)
        return; // the deadline decides what is still unanswered
    if (!m_systemDone) {
        startSystemLookup(); // ours gave no address: what does the system know (hosts file, search domains)?
        if (!ownAsked || !anyUsable)
            return; // the system resolver decides, by the deadline
        // Our resolvers have spoken: the system resolver may still know better (a hosts file, a search domain),
        // for a moment.
        if (!m_graceStarted) {
            m_graceStarted = true;
            m_grace->start(qMax(1, qMin(kSystemGraceMs, m_deadlineMs - static_cast<int>(m_clock.elapsed()))));
        }
        if (m_grace->isActive())
            return;
    }
    decide();
}

void NameResolver::decide()
{
    if (m_done)
        return;
    // A resolver that gave AAAA addresses while its A answer was lost still resolved the name.
    for (const Server &server : std::as_const(m_servers)) {
        QList<QHostAddress> addresses;
        for (const Query &query : server.queries)
            addresses += query.addresses;
        if (!addresses.isEmpty()) {
            conclude(NameResolution::Outcome::Resolved, addresses, server.address.address.toString(), QString());
            return;
        }
    }
    // The most telling negative answer: NXDOMAIN, then "no address", then SERVFAIL, then REFUSED.
    const QList<std::pair<int, NameResolution::Outcome>> order{
        {DnsRcode::NxDomain, NameResolution::Outcome::NxDomain},
        {DnsRcode::NoError, NameResolution::Outcome::NoAddress},
        {DnsRcode::ServFail, NameResolution::Outcome::ServFail},
        {DnsRcode::Refused, NameResolution::Outcome::Refused},
    };
    for (const auto &[rcode, outcome] : order) {
        for (const Server &server : std::as_const(m_servers)) {
            bool all = outcome == NameResolution::Outcome::NoAddress;
            bool any = false;
            for (const Query &query : server.queries) {
                const bool is = query.rcode == rcode;
                any = any || is;
                all = all && is;
            }
            // "No address" needs both queries answered NOERROR; the others need one query.
            if (outcome == NameResolution::Outcome::NoAddress ? !all : !any)
                continue;
            const QString from = server.address.address.toString();
            QString error;
            switch (outcome) {
            case NameResolution::Outcome::NxDomain:
                error = tr("the name does not exist (NXDOMAIN from the resolver %1)").arg(from);
                break;
            case NameResolution::Outcome::NoAddress:
                error = tr("the name exists but has no address (no A or AAAA record at the resolver %1)").arg(from);
                break;
            case NameResolution::Outcome::ServFail:
                error = tr("the resolver %1 answered SERVFAIL: it could not get an answer from the name's servers")
                            .arg(from);
                break;
            default:
                error = tr("the resolver %1 answered REFUSED: it does not answer this laptop").arg(from);
                break;
            }
            conclude(outcome, {}, from, error);
            return;
        }
    }
    // Other answer codes (FORMERR, NOTIMP...) are not expected for A and AAAA: the first one seen.
    for (const Server &server : std::as_const(m_servers)) {
        for (const Query &query : server.queries) {
            if (query.rcode > 0) {
                const QString from = server.address.address.toString();
                conclude(NameResolution::Outcome::ServFail, {}, from,
                         tr("the resolver %1 answered %2").arg(from, dnsRcodeName(query.rcode)));
                return;
            }
        }
    }
    QStringList unreachable;
    QStringList silent;
    for (const Server &server : std::as_const(m_servers)) {
        const QString from = server.address.address.toString();
        if (!server.sendError.isEmpty())
            unreachable << tr("%1 (%2)").arg(from, server.sendError);
        else
            silent << tr("%1 (%n queries)", nullptr, server.queries.at(0).tries + server.queries.at(1).tries).arg(from);
    }
    if (!silent.isEmpty()) {
        QString server;
        for (const Server &s : std::as_const(m_servers)) {
            if (s.sendError.isEmpty() && server.isEmpty())
                server = s.address.address.toString();
        }
        conclude(NameResolution::Outcome::Silent, {}, server,
                 tr("no resolver answered within %1 ms: %2").arg(m_deadlineMs).arg(silent.join(QStringLiteral(", "))));
        return;
    }
    if (!m_systemDone) {
        const QString none = tr("the system resolver gave no answer within %1 ms").arg(m_deadlineMs);
        if (unreachable.isEmpty())
            conclude(NameResolution::Outcome::Silent, {}, QStringLiteral("system"), none);
        else
            conclude(NameResolution::Outcome::Unreachable, {}, QStringLiteral("system"),
                     tr("no resolver could be reached: %1; %2").arg(unreachable.join(QStringLiteral(", ")), none));
        return;
    }
    if (!m_systemAsked) {
        conclude(NameResolution::Outcome::Unreachable, {}, QString(),
                 unreachable.isEmpty()
                     ? tr("no resolver is known")
                     : tr("no resolver could be reached: %1").arg(unreachable.join(QStringLiteral(", "))));
        return;
    }
    const QString system = m_systemNotFound
                               ? tr("the name does not exist or has no address (NXDOMAIN or no A/AAAA record)")
                               : tr("the resolver failed: %1").arg(m_systemError);
    if (!unreachable.isEmpty()) {
        conclude(NameResolution::Outcome::Unreachable, {}, QStringLiteral("system"),
                 tr("no resolver could be reached: %1; the system resolver: %2")
                     .arg(unreachable.join(QStringLiteral(", ")), system));
        return;
    }
    conclude(m_systemNotFound ? NameResolution::Outcome::NxDomain : NameResolution::Outcome::SystemError, {},
             QStringLiteral("system"), system);
}

void NameResolver::conclude(NameResolution::Outcome outcome, const QList<QHostAddress> &addresses,
                            const QString &server, const QString &error)
{
    if (m_done)
        return;
    m_result.outcome = outcome;
    m_result.addresses = addresses;
    m_result.server = server;
    m_result.error = error;
    m_result.ms = m_clock.elapsed();
    m_result.evidence = evidence();
    abort();
    emit finished();
}

QJsonObject NameResolver::evidence() const
{
    QJsonObject out;
    QJsonArray servers;
    for (const Server &server : m_servers) {
        QJsonObject entry;
        entry.insert(QStringLiteral("address"), server.address.address.toString());
        if (server.address.port != 53)
            entry.insert(QStringLiteral("port"), server.address.port);
        QJsonArray queries;
        for (const Query &query : server.queries) {
            QJsonObject q;
            q.insert(QStringLiteral("type"), dnsTypeName(query.type));
            q.insert(QStringLiteral("tries"), query.tries);
            if (query.rcode >= 0) {
                q.insert(QStringLiteral("rcode"), dnsRcodeName(query.rcode));
                q.insert(QStringLiteral("ms"), query.ms);
            }
            if (!query.addresses.isEmpty()) {
                QJsonArray answers;
                for (const QHostAddress &address : query.addresses)
                    answers.append(address.toString());
                q.insert(QStringLiteral("answers"), answers);
            }
            queries.append(q);
        }
        entry.insert(QStringLiteral("queries"), queries);
        if (!server.sendError.isEmpty())
            entry.insert(QStringLiteral("error"), server.sendError);
        if (server.ignored > 0)
            entry.insert(QStringLiteral("ignored_datagrams"), server.ignored);
        servers.append(entry);
    }
    if (!servers.isEmpty())
        out.insert(QStringLiteral("servers"), servers);
    QJsonObject system;
    if (!m_systemAsked) {
        system.insert(QStringLiteral("outcome"), QStringLiteral("not asked"));
    } else if (!m_systemStarted) {
        system.insert(QStringLiteral("outcome"), QStringLiteral("not needed"));
    } else if (m_systemDone) {
        system.insert(QStringLiteral("ms"), m_systemMs);
        system.insert(QStringLiteral("outcome"), m_systemError.isEmpty() && !m_systemNotFound
                                                     ? QStringLiteral("addresses")
                                                 : m_systemNotFound ? QStringLiteral("not found")
                                                                    : m_systemError);
    } else {
        system.insert(QStringLiteral("outcome"), QStringLiteral("no answer yet"));
    }
    out.insert(QStringLiteral("system"), system);
    const QString rcode = outcomeRcode(m_result.outcome);
    if (!rcode.isEmpty())
        out.insert(QStringLiteral("rcode"), rcode);
    return out;
}

} // namespace tpready
