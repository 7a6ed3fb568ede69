// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;
class QUdpSocket;

namespace tpready {

/// A DNS resolver to ask: an address and a port (53 but in tests).
struct DnsServerAddress
{
    QHostAddress address;
    quint16 port = 53;
};

/// The laptop's configured resolvers (systemDnsServers()) on port 53.
QList<DnsServerAddress> systemDnsServerAddresses();

/// How one host name was resolved, or why not.
struct NameResolution
{
    enum class Outcome
    {
        Resolved,
        NxDomain,    ///< a resolver said the name does not exist
        NoAddress,   ///< the name exists without an A or AAAA record
        ServFail,    ///< the resolvers answered SERVFAIL (they could not get an answer upstream)
        Refused,     ///< the resolvers answered REFUSED (they do not serve this laptop)
        Silent,      ///< no resolver answered within the deadline
        Unreachable, ///< every resolver was unreachable (ICMP error, no route) and the system resolver failed
        SystemError, ///< only the system resolver was asked and it failed
    };
    Outcome outcome = Outcome::Silent;
    QList<QHostAddress> addresses;
    QString error;  ///< a sentence fragment ("the name does not exist (NXDOMAIN from 10.0.0.1)"); empty when resolved
    QString server; ///< the resolver whose answer decided ("10.0.0.1"), or "system" for the system resolver
    qint64 ms = -1; ///< from start() to the outcome
    QJsonObject evidence; ///< queries, tries and answers per resolver, the system resolver's outcome
};

/// Resolves one host name as the base station will, through the resolvers of the LAN, and survives a lossy link:
/// an A and an AAAA query go to every configured resolver at once and are sent again with backoff (after 0.5, 1.5,
/// 3.5, 7.5 s...) within the deadline, each try with the same id, so that a late answer to an earlier try still
/// counts. Addresses from the first resolver in the configured order win; a later resolver's wait kPreferMs for the
/// earlier ones (a captive portal listed second does not decide when the first answers truly). The system resolver
/// (getaddrinfo: hosts file, search domains, mDNS) is asked too, once ours gave no address or stayed silent for
/// kSystemDelayMs; the first addresses from either win. A final negative answer (NXDOMAIN, no address) gives the system
/// resolver a short grace, then ends the lookup; SERVFAIL and REFUSED are asked again once, as the next resolver would
/// be. Names without a dot and names under .local are left to the system resolver alone.
class NameResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameResolver)

public:
    NameResolver(QString host, QList<DnsServerAddress> servers, int deadlineMs, QObject *parent = nullptr);
    ~NameResolver() override;

    /// Whether the system resolver is asked too (on by default; tests turn it off to keep every query local).
    void setSystemResolver(bool on) { m_systemAsked = on; }
    /// Starts the lookup; finished() follows exactly once, never from within start().
    void start();
    /// Stops without finished().
    void abort();
    const NameResolution &result() const { return m_result; }

    /// When the tries go out, in ms after the first, within @p deadlineMs (always at least the first, at 0).
    static QList<int> retrySchedule(int deadlineMs);
    /// How long the system resolver may still answer after our resolvers said the name has no address.
    static constexpr int kSystemGraceMs = 500;
    /// How long our resolvers may stay silent before the system resolver is asked too.
    static constexpr int kSystemDelayMs = 1500;
    /// How long an answer from a resolver waits for the resolvers configured before it, when they have not answered.
    static constexpr int kPreferMs = 1000;

signals:
    void finished();

private:
    struct Query
    {
        quint16 type = 0;
        quint16 id = 0;
        QByteArray bytes;
        int tries = 0;
        int rcode = -1;     ///< the latest answer's RCODE (-1: none yet)
        int failures = 0;   ///< SERVFAIL / REFUSED answers so far
        bool final = false; ///< NOERROR or NXDOMAIN came, or the server failed twice
        qint64 ms = -1;     ///< first send to the answer
        QList<QHostAddress> addresses;
    };
    struct Server
    {
        DnsServerAddress address;
        QUdpSocket *socket = nullptr;
        QList<Query> queries;
        QString sendError; ///< why a send failed (ICMP error, no route); the server is then out
        int ignored = 0;   ///< datagrams that answered nothing we asked
    };

    void sendTries();
    void startSystemLookup();
    void onDatagrams(int serverIndex);
    void onSystemResult(const QList<QHostAddress> &addresses, bool notFound, const QString &error);
    void evaluate();
    void conclude(NameResolution::Outcome outcome, const QList<QHostAddress> &addresses, const QString &server,
                  const QString &error);
    /// Concludes with what is known: addresses, else the most telling failure (the deadline, or all have spoken).
    void decide();
    QJsonObject evidence() const;

    QString m_host;
    QString m_name; ///< normalised (ACE, lower case)
    QList<Server> m_servers;
    QList<int> m_schedule;
    int m_nextTry = 0;
    int m_deadlineMs;
    QTimer *m_tryTimer = nullptr;
    QTimer *m_deadline = nullptr;
    QTimer *m_grace = nullptr;
    QTimer *m_systemTimer = nullptr;
    QTimer *m_prefer = nullptr;
    QElapsedTimer m_clock;
    int m_lookupId = -1;
    bool m_systemAsked = true;
    bool m_systemDone = false;
    bool m_systemStarted = false;
    bool m_graceStarted = false;
    bool m_preferExpired = false;
    bool m_systemNotFound = false;
    QString m_systemError;
    qint64 m_systemMs = -1;
    bool m_done = false;
    NameResolution m_result;
};

} // namespace tpready
