// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "probe.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>

class QTcpSocket;
class QTimer;
class QUdpSocket;

namespace tpready {

/// DNS (UDP/53 to a resolver, the check's host): asks the resolver itself, not the laptop's system resolver, for
/// the A and AAAA records of every name of the plan (the root's NS records when the plan has no name), with a DNS
/// client of its own (core/probes/dnsmessage.h) so that RCODE, TC, AA and TTL are seen. It also asks for a random
/// name under ".invalid" (RFC 6761: it never exists): an address for it means the resolver invents answers
/// (NXDOMAIN rewriting, a captive portal, DNS interception). A truncated (TC) answer is asked again over TCP/53.
class DnsProbe final : public Probe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsProbe)

public:
    DnsProbe(ProbeTarget target, ProbeConfig config, QObject *parent = nullptr);
    ~DnsProbe() override;

    /// The most plan names the probe asks for (two queries each).
    static constexpr int kMaxNames = 32;

protected:
    void begin() override;
    void stop() override;
    ProbeResult deadlineResult() override;

private:
    struct Query
    {
        QString name;
        quint16 type = 0;
        quint16 id = 0;
        bool hijackTest = false;
        QByteArray bytes;
        int attempts = 0;
        bool answered = false; ///< a matching response arrived (over UDP or TCP)
        bool done = false;     ///< answered, and any TCP retry is over
        qint64 ms = -1;        ///< from the first send to the answer
        int rcode = -1;
        bool aa = false;
        bool tc = false;
        QString via; ///< "udp" or "tcp"
        QStringList addresses;
        QStringList cnames;
        QStringList otherAnswers; ///< NS and other records, "TYPE value"
        qint64 minTtl = -1;
        QString tcpError; ///< why the TCP retry failed
        QTcpSocket *tcp = nullptr;
        QByteArray tcpBuffer;
    };

    void sendPending();
    void onReadyRead();
    void onSocketError();
    void store(Query &query, const QByteArray &message, const QString &via);
    void startTcp(int index);
    void onTcpReadyRead(int index);
    void endTcp(int index, const QString &error);
    void checkDone();
    ProbeResult conclude() const;
    QJsonObject queryEvidence(const Query &query) const;

    QUdpSocket *m_socket = nullptr;
    QTimer *m_retransmit = nullptr;
    QList<int> m_schedule; ///< when the tries go out, from the start (datagramRetrySchedule())
    int m_round = 0;       ///< the entry of m_schedule sent last
    QElapsedTimer m_retryClock;
    /// Arms the timer for the next retry, if any is left.
    void scheduleRetry();
    QList<Query> m_queries;
    Stopwatch m_clock;
    int m_sent = 0;
    int m_received = 0;
    int m_ignored = 0;
    bool m_icmpRefused = false;
    bool m_rootQuery = false;
};

} // namespace tpready
