// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "dnsprobe.h"

#include <QJsonArray>
#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include "core/probes/bytes.h"
#include "core/probes/datagramprobe.h"
#include "core/probes/dnsmessage.h"

namespace tpready {
namespace {

constexpr int kMaxAttempts = 3; ///< one send and two retransmissions: one lost datagram is no verdict
constexpr int kMaxUdpMessage = 65535;
constexpr qsizetype kMaxTcpMessage = 65535 + 2;
constexpr int kMaxAnswersKept = 8; ///< per query, in the evidence

} // namespace

DnsProbe::DnsProbe(ProbeTarget target, ProbeConfig config, QObject *parent)
    : Probe(std::move(target), std::move(config), parent)
{}

DnsProbe::~DnsProbe() = default;

void DnsProbe::begin()
{
    if (target().address.isNull()) {
        QTimer::singleShot(0, this, [this] {
            ProbeResult r = ProbeResult::make(Verdict::Info, Reason::NotTestable,
                                              tr("No DNS server is known for the gateway: none was given and none "
                                                 "was found on this laptop."));
            r.remediation = tr("Give the resolver the gateway will use (tpready check --dns IP).");
            finish(r);
        });
        return;
    }
    QStringList names;
    for (const QString &host : config().planHosts) {
        const QString name = normaliseDnsName(host);
        if (!name.isEmpty() && !names.contains(name) && names.size() < kMaxNames)
            names << name;
    }
    QSet<quint16> ids;
    auto newId = [&ids] {
        quint16 id = 0;
        do {
            id = static_cast<quint16>(QRandomGenerator::global()->bounded(65536));
        } while (ids.contains(id));
        ids.insert(id);
        return id;
    };
    auto add = [&](const QString &name, quint16 type, bool hijack) {
        Query query;
        query.name = name;
        query.type = type;
        query.id = newId();
        query.hijackTest = hijack;
        query.bytes = buildDnsQuery(query.id, name, type);
        if (!query.bytes.isEmpty())
            m_queries << query;
    };
    if (names.isEmpty()) {
        m_rootQuery = true;
        add(QString(), DnsType::NS, false);
    }
    for (const QString &name : std::as_const(names)) {
        add(name, DnsType::A, false);
        add(name, DnsType::AAAA, false);
    }
    // RFC 6761 6.4: no name under .invalid exists; a resolver that gives it an address invents answers.
    const QString label = QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16);
    add(QStringLiteral("nx-%1.tpready.invalid").arg(label), DnsType::A, true);

    m_socket = new QUdpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QUdpSocket::readyRead, this, &DnsProbe::onReadyRead);
    connect(m_socket, &QUdpSocket::errorOccurred, this, &DnsProbe::onSocketError);
    // Connected: the socket takes datagrams from the resolver only, and an ICMP port unreachable surfaces.
    m_socket->connectToHost(target().address, target().port);
    m_clock.start(clock());

    // Retries with backoff (datagramRetrySchedule()), each with the query's own id: a late answer still counts.
    m_schedule = datagramRetrySchedule(config().timeoutMs, kMaxAttempts);
    m_retryClock.start(); // real time: the Clock seam's time may stand still in a test
    m_retransmit = new QTimer(this);
    m_retransmit->setSingleShot(true);
    connect(m_retransmit, &QTimer::timeout, this, [this] {
        sendPending();
        scheduleRetry();
    });
    scheduleRetry();
    QTimer::singleShot(0, this, [this] {
        sendPending();
        if (m_icmpRefused)
            onReadyRead(); // concludes at once when nothing answered
    });
}

void DnsProbe::stop()
{
    if (m_retransmit)
        m_retransmit->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    for (Query &query : m_queries) {
        if (query.tcp) {
            query.tcp->disconnect(this);
            query.tcp->abort();
        }
    }
}

void DnsProbe::scheduleRetry()
{
    // m_schedule.at(0) is the first send, made at once below; then each retry at its time from the start.
    ++m_round;
    if (isFinished() || m_round >= m_schedule.size())
        return;
    m_retransmit->start(static_cast<int>(qMax<qint64>(0, m_schedule.at(m_round) - m_retryClock.elapsed())));
}

void DnsProbe::sendPending()
{
    if (isFinished())
        return;
    for (Query &query : m_queries) {
        if (query.answered || query.attempts >= kMaxAttempts)
            continue;
        if (m_socket->write(query.bytes) == query.bytes.size()) {
            ++query.attempts;
            ++m_sent;
        } else {
            // On a connected UDP socket a failed send is a pending ICMP error (port or host unreachable); Qt 6.4
            // reports it as an unknown error, not ConnectionRefusedError.
            m_icmpRefused = true;
        }
    }
}

void DnsProbe::onReadyRead()
{
    while (!isFinished() && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(kMaxUdpMessage);
        if (!datagram.isValid()) {
            // A wake-up without a datagram: the socket had an ICMP error (port unreachable) to report, which Qt
            // consumed as an unknown or connection-refused error.
            const auto error = m_socket->error();
            if (error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::UnknownSocketError)
                m_icmpRefused = true;
            break;
        }
        const QByteArray data = datagram.data();
        ++m_received;
        const DnsResponse response = parseDnsResponse(data);
        bool matched = false;
        for (int i = 0; i < m_queries.size(); ++i) {
            Query &query = m_queries[i];
            if (query.answered || !dnsResponseMatches(response, query.id, query.name, query.type))
                continue;
            matched = true;
            store(query, data, QStringLiteral("udp"));
            if (query.tc)
                startTcp(i);
            else
                query.done = true;
            break;
        }
        if (!matched)
            ++m_ignored; // a late duplicate, or something that is not an answer to us
    }
    if (m_icmpRefused && !isFinished()) {
        bool anyAnswer = false;
        for (const Query &query : std::as_const(m_queries))
            anyAnswer = anyAnswer || query.answered;
        if (!anyAnswer) {
            finish(conclude());
            return;
        }
    }
    checkDone();
}

void DnsProbe::onSocketError()
{
    if (isFinished() || !m_socket)
        return;
    if (m_socket->error() == QAbstractSocket::ConnectionRefusedError) {
        // ICMP port unreachable: nothing listens on the resolver's port (or a firewall rejects it).
        m_icmpRefused = true;
        bool anyAnswer = false;
        for (const Query &query : std::as_const(m_queries))
            anyAnswer = anyAnswer || query.answered;
        if (!anyAnswer)
            finish(conclude());
    }
}

void DnsProbe::store(Query &query, const QByteArray &message, const QString &via)
{
    const DnsResponse response = parseDnsResponse(message);
    query.answered = true;
    query.ms = m_clock.elapsedMs();
    query.rcode = response.rcode;
    query.aa = response.aa;
    query.tc = response.tc;
    query.via = via;
    query.addresses = dnsAddresses(response);
    query.cnames = dnsCnames(response);
    query.otherAnswers.clear();
    query.minTtl = -1;
    for (const DnsRecord &record : response.answers) {
        if (query.minTtl < 0 || record.ttl < query.minTtl)
            query.minTtl = record.ttl;
        if (record.type != DnsType::A && record.type != DnsType::AAAA && record.type != DnsType::CNAME &&
            query.otherAnswers.size() < kMaxAnswersKept)
            query.otherAnswers << QStringLiteral("%1 %2").arg(dnsTypeName(record.type), record.value).trimmed();
    }
}

void DnsProbe::startTcp(int index)
{
    Query &query = m_queries[index];
    query.tcp = new QTcpSocket(this);
    query.tcp->setProxy(QNetworkProxy::NoProxy);
    query.tcp->setReadBufferSize(kMaxTcpMessage);
    connect(query.tcp, &QTcpSocket::connected, this, [this, index] {
        Query &q = m_queries[index];
        q.tcp->write(frameDnsTcp(q.bytes));
    });
    connect(query.tcp, &QTcpSocket::readyRead, this, [this, index] { onTcpReadyRead(index); });
    connect(query.tcp, &QTcpSocket::errorOccurred, this, [this, index] {
        Query &q = m_queries[index];
        if (!q.done)
            endTcp(index, q.tcp->errorString());
    });
    query.tcp->connectToHost(target().address, target().port);
}

void DnsProbe::onTcpReadyRead(int index)
{
    Query &query = m_queries[index];
    if (query.done)
        return;
    query.tcpBuffer += query.tcp->read(kMaxTcpMessage - query.tcpBuffer.size());
    if (query.tcpBuffer.size() < 2)
        return;
    const int length = ByteReader(query.tcpBuffer).u16(); // RFC 1035 4.2.2: the message's length first
    if (query.tcpBuffer.size() < 2 + length)
        return;
    const QByteArray message = query.tcpBuffer.mid(2, length);
    const DnsResponse response = parseDnsResponse(message);
    if (!dnsResponseMatches(response, query.id, query.name, query.type)) {
        endTcp(index, tr("the answer over TCP did not match the question"));
        return;
    }
    store(query, message, QStringLiteral("tcp"));
    endTcp(index, QString());
}

void DnsProbe::endTcp(int index, const QString &error)
{
    Query &query = m_queries[index];
    query.done = true;
    query.tcpError = error;
    if (query.tcp) {
        query.tcp->disconnect(this);
        query.tcp->abort();
        query.tcp->deleteLater();
        query.tcp = nullptr;
    }
    checkDone();
}

void DnsProbe::checkDone()
{
    if (isFinished())
        return;
    for (const Query &query : std::as_const(m_queries)) {
        if (!query.done)
            return;
    }
    finish(conclude());
}

ProbeResult DnsProbe::deadlineResult()
{
    return conclude();
}

QJsonObject DnsProbe::queryEvidence(const Query &query) const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), query.name.isEmpty() ? QStringLiteral(".") : query.name);
    object.insert(QStringLiteral("type"), dnsTypeName(query.type));
    object.insert(QStringLiteral("attempts"), query.attempts);
    if (!query.answered) {
        object.insert(QStringLiteral("rcode"), QJsonValue());
        object.insert(QStringLiteral("error"), QStringLiteral("no answer"));
        return object;
    }
    object.insert(QStringLiteral("rcode"), dnsRcodeName(query.rcode));
    object.insert(QStringLiteral("answers"), QJsonArray::fromStringList(query.addresses.mid(0, kMaxAnswersKept)));
    if (!query.cnames.isEmpty())
        object.insert(QStringLiteral("cname"), QJsonArray::fromStringList(query.cnames.mid(0, kMaxAnswersKept)));
    if (!query.otherAnswers.isEmpty())
        object.insert(QStringLiteral("other"), QJsonArray::fromStringList(query.otherAnswers));
    object.insert(QStringLiteral("ttl"), query.minTtl >= 0 ? QJsonValue(query.minTtl) : QJsonValue());
    object.insert(QStringLiteral("aa"), query.aa);
    object.insert(QStringLiteral("tc"), query.tc);
    object.insert(QStringLiteral("via"), query.via);
    object.insert(QStringLiteral("ms"), query.ms);
    if (!query.tcpError.isEmpty())
        object.insert(QStringLiteral("tcp_error"), query.tcpError);
    return object;
}

ProbeResult DnsProbe::conclude() const
{
    const QString resolver = target().address.toString();
    QJsonObject evidence;
    evidence.insert(QStringLiteral("resolver"), resolver);
    evidence.insert(QStringLiteral("port"), target().port);
    evidence.insert(QStringLiteral("transport"), QStringLiteral("udp"));
    QJsonArray queries;
    const Query *hijack = nullptr;
    bool anyAnswer = false;
    qint64 lastMs = -1;
    for (const Query &query : m_queries) {
        anyAnswer = anyAnswer || query.answered;
        if (query.hijackTest) {
            hijack = &query;
            continue;
        }
        queries.append(queryEvidence(query));
        if (query.answered)
            lastMs = qMax(lastMs, query.ms);
    }
    evidence.insert(QStringLiteral("queries"), queries);
    if (hijack) {
        QJsonObject test = queryEvidence(*hijack);
        test.insert(QStringLiteral("hijacked"), hijack->answered && !hijack->addresses.isEmpty());
        evidence.insert(QStringLiteral("hijack_test"), test);
    }
    evidence.insert(QStringLiteral("sent"), m_sent);
    evidence.insert(QStringLiteral("received"), m_received);
    evidence.insert(QStringLiteral("ignored"), m_ignored);
    evidence.insert(QStringLiteral("icmp_port_unreachable"), m_icmpRefused);

    auto make = [&](Verdict verdict, Reason reason, const QString &detail, const QString &remediation = QString()) {
        ProbeResult r = ProbeResult::make(verdict, reason, detail);
        r.evidence = evidence;
        r.remediation = remediation;
        r.latencyMs = (verdict == Verdict::Pass || verdict == Verdict::Warn) ? lastMs : -1;
        return r;
    };

    if (!anyAnswer) {
        if (m_icmpRefused)
            return make(Verdict::Fail, Reason::Refused,
                        tr("Nothing answers DNS at %1 port %2: the laptop got ICMP port unreachable (no DNS server "
                           "there, or a firewall rejects UDP %2).")
                            .arg(resolver)
                            .arg(target().port));
        return make(Verdict::Fail, Reason::NoResponse,
                    tr("The resolver %1 did not answer any DNS query on UDP port %2 within %3 ms.")
                        .arg(resolver)
                        .arg(target().port)
                        .arg(config().timeoutMs));
    }

    // Per name: resolved when A or AAAA gave an address; otherwise why not.
    QStringList failures, warnings, resolvedAddresses;
    Reason failReason = Reason::Ok;
    Reason warnReason = Reason::Ok;
    int names = 0;
    for (qsizetype i = 0; i < m_queries.size(); ++i) {
        const Query &query = m_queries.at(i);
        if (query.hijackTest)
            continue;
        if (m_rootQuery) {
            ++names;
            if (!query.answered) {
                failures << tr("the root NS query got no answer");
                failReason = Reason::NoResponse;
            } else if (query.rcode != DnsRcode::NoError || query.otherAnswers.isEmpty()) {
                failures << tr("the root NS query got %1 without records").arg(dnsRcodeName(query.rcode));
                failReason = query.rcode == DnsRcode::Refused ? Reason::Refused : Reason::DnsFail;
            }
            continue;
        }
        if (query.type != DnsType::A)
            continue;
        // The A query and its AAAA sibling, which follows it.
        const Query *aaaa = nullptr;
        if (i + 1 < m_queries.size() && m_queries.at(i + 1).name == query.name &&
            m_queries.at(i + 1).type == DnsType::AAAA)
            aaaa = &m_queries.at(i + 1);
        ++names;
        QStringList addresses = query.addresses;
        if (aaaa)
            addresses += aaaa->addresses;
        resolvedAddresses += addresses;
        auto outcome = [](const Query *q) -> QString {
            if (!q->answered)
                return QStringLiteral("no answer");
            return dnsRcodeName(q->rcode);
        };
        auto reasonOf = [](const Query *q) {
            if (!q->answered)
                return Reason::NoResponse;
            return q->rcode == DnsRcode::Refused ? Reason::Refused : Reason::DnsFail;
        };
        if (addresses.isEmpty()) {
            const bool nx = query.rcode == DnsRcode::NxDomain || (aaaa && aaaa->rcode == DnsRcode::NxDomain);
            const Query *culprit = (query.answered && query.rcode != DnsRcode::NoError) || !aaaa ? &query : aaaa;
            if (nx)
                failures << tr("%1 does not exist (NXDOMAIN)").arg(query.name);
            else if (query.answered && query.rcode == DnsRcode::NoError && aaaa && aaaa->answered &&
                     aaaa->rcode == DnsRcode::NoError)
                failures << tr("%1 has no A or AAAA record").arg(query.name);
            else
                failures << tr("%1: A %2, AAAA %3").arg(query.name, outcome(&query), aaaa ? outcome(aaaa) : QString());
            if (failReason == Reason::Ok)
                failReason = nx ? Reason::DnsFail : reasonOf(culprit);
            continue;
        }
        for (const Query *q : {&query, aaaa}) {
            if (!q)
                continue;
            if (!q->answered || (q->rcode != DnsRcode::NoError && q->rcode != DnsRcode::NxDomain)) {
                warnings << tr("%1 %2: %3").arg(q->name, dnsTypeName(q->type), outcome(q));
                if (warnReason == Reason::Ok)
                    warnReason = reasonOf(q);
            }
            if (q->tc && !q->tcpError.isEmpty()) {
                warnings << tr("%1 %2: the answer was truncated and the retry over TCP failed (%3)")
                                .arg(q->name, dnsTypeName(q->type), q->tcpError);
                if (warnReason == Reason::Ok)
                    warnReason = Reason::Refused;
            }
        }
    }

    const bool hijacked = hijack && hijack->answered && !hijack->addresses.isEmpty();
    bool portal = false;
    if (hijacked) {
        for (const QString &address : hijack->addresses)
            portal = portal || resolvedAddresses.contains(address);
    }

    if (!failures.isEmpty()) {
        QString detail = tr("The resolver %1 answers, but does not resolve what the gateway needs: %2.")
                             .arg(resolver, failures.mid(0, 4).join(QStringLiteral("; ")));
        if (failures.size() > 4)
            detail += u' ' + tr("(%1 names in all.)").arg(failures.size());
        if (hijacked)
            detail += u' ' + tr("It also gives addresses to names that do not exist (%1 for %2).")
                                 .arg(hijack->addresses.join(QStringLiteral(", ")), hijack->name);
        return make(Verdict::Fail, failReason, detail,
                    tr("Make sure the resolver %1 (the one the gateway will use) resolves the ThingPark names; if it "
                       "serves only some networks, allow the gateway's.")
                        .arg(resolver));
    }
    if (hijacked && portal) {
        return make(Verdict::Fail, Reason::WrongService,
                    tr("The resolver %1 answers every name with the same address: %2 came back for %3, a name that "
                       "cannot exist, and for the ThingPark names too. A captive portal or DNS interception answers "
                       "instead of a real resolver.")
                        .arg(resolver, hijack->addresses.join(QStringLiteral(", ")), hijack->name),
                    tr("Give the gateway a resolver that answers truthfully (no captive portal or DNS redirection "
                       "on its network), or authorise the gateway on the portal."));
    }
    if (hijacked) {
        return make(Verdict::Warn, Reason::WrongService,
                    tr("The resolver %1 resolves the %2 names the gateway needs, but it invents addresses for names "
                       "that do not exist (%3 for %4): it rewrites NXDOMAIN answers. A mistyped name would not fail "
                       "cleanly.")
                        .arg(resolver)
                        .arg(names)
                        .arg(hijack->addresses.join(QStringLiteral(", ")), hijack->name),
                    tr("Prefer a resolver for the gateway that answers NXDOMAIN for names that do not exist (turn off "
                       "\"search assist\" or NXDOMAIN redirection)."));
    }
    if (!warnings.isEmpty()) {
        return make(Verdict::Warn, warnReason,
                    tr("The resolver %1 resolves the %2 names the gateway needs, with problems: %3.")
                        .arg(resolver)
                        .arg(names)
                        .arg(warnings.mid(0, 4).join(QStringLiteral("; "))));
    }
    return make(Verdict::Pass, Reason::Ok,
                m_rootQuery ? tr("The resolver %1 answers DNS queries (root NS).").arg(resolver)
                            : tr("The resolver %1 resolves the %2 names the gateway needs.").arg(resolver).arg(names));
}

} // namespace tpready
