// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "datagramprobe.h"

#include <QNetworkProxy>
#include <QTimer>
#include <QUdpSocket>

#include "core/probes/bytes.h"

namespace tpready {

QList<int> datagramRetrySchedule(int timeoutMs, int maxSends)
{
    const int base = qBound(100, timeoutMs / 5, 1000);
    const int margin = qMin(250, base); // a reply needs some time to come back before the deadline
    QList<int> at{0};
    int next = base;
    int gap = base;
    while (at.size() < maxSends && next + margin <= timeoutMs) {
        at << next;
        gap *= 2;
        next += gap;
    }
    return at;
}

DatagramProbe::DatagramProbe(ProbeTarget target, ProbeConfig config, QObject *parent)
    : Probe(std::move(target), std::move(config), parent)
{}

DatagramProbe::~DatagramProbe() = default;

void DatagramProbe::begin()
{
    m_schedule = schedule();
    if (m_schedule.isEmpty())
        m_schedule << 0;
    m_sendTimer = new QTimer(this);
    m_sendTimer->setSingleShot(true);
    m_sendTimer->setTimerType(Qt::PreciseTimer);
    connect(m_sendTimer, &QTimer::timeout, this, &DatagramProbe::sendNext);

    m_socket = new QUdpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QUdpSocket::connected, this, [this] {
        // Qt connects a UDP socket to an IP literal synchronously, inside connectToHost(): act afterwards.
        QMetaObject::invokeMethod(this, &DatagramProbe::onConnected, Qt::QueuedConnection);
    });
    connect(m_socket, &QUdpSocket::readyRead, this, &DatagramProbe::readOne);
    connect(m_socket, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // Reported from inside Qt's read/write calls: decide afterwards, never re-enter the socket here.
        const QString text = m_socket->errorString();
        QMetaObject::invokeMethod(
            this, [this, error, text] { onSocketError(error, text); }, Qt::QueuedConnection);
    });
    // connectToHost(QHostAddress) never resolves a name: the runner resolved it once for every probe.
    m_socket->connectToHost(target().address, target().port);
}

void DatagramProbe::stop()
{
    if (m_sendTimer)
        m_sendTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void DatagramProbe::onConnected()
{
    if (isFinished() || m_connected)
        return;
    m_connected = true;
    m_localAddress = m_socket->localAddress();
    m_localPort = m_socket->localPort();
    sendNext();
}

void DatagramProbe::sendNext()
{
    if (isFinished())
        return;
    const int index = attempts();
    if (index >= m_schedule.size())
        return;
    const QByteArray datagram = datagramFor(index);
    if (datagram.isEmpty()) {
        finish(result(Verdict::Fail, Reason::Error, tr("The request to send could not be built.")));
        return;
    }
    m_sentAt << elapsedMs();
    // A failed write is reported through errorOccurred (refused, unreachable...).
    m_socket->write(datagram);
    if (index + 1 < m_schedule.size()) {
        const qint64 due = m_sentAt.constFirst() + m_schedule.at(index + 1);
        m_sendTimer->start(static_cast<int>(qMax<qint64>(0, due - elapsedMs())));
    }
}

void DatagramProbe::readOne()
{
    if (isFinished())
        return;
    // Read without peeking first: QUdpSocket::hasPendingDatagrams() peeks, and a peek consumes the ICMP error that
    // readDatagram() would report as ConnectionRefusedError. One datagram per readyRead: Qt re-arms the notifier.
    QByteArray buffer(kMaxDatagram, Qt::Uninitialized);
    const qint64 n = m_socket->readDatagram(buffer.data(), buffer.size());
    if (n < 0)
        return; // an error (handled by onSocketError) or nothing after all
    buffer.truncate(n);
    ++m_received;
    onDatagram(buffer);
}

void DatagramProbe::onSocketError(int error, const QString &text)
{
    if (isFinished())
        return;
    switch (static_cast<QAbstractSocket::SocketError>(error)) {
    case QAbstractSocket::TemporaryError:
        return;
    case QAbstractSocket::ConnectionRefusedError:
        finish(refusedResult());
        return;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        if (!m_connected || attempts() == 0) {
            ProbeResult failure = result(Verdict::Fail, Reason::Unreachable,
                                         tr("UDP %1 to %2: the laptop has no route to this address (%3).")
                                             .arg(target().port)
                                             .arg(target().address.toString(), text));
            finish(failure);
        } else {
            finish(result(Verdict::Fail, Reason::Unreachable,
                          tr("UDP %1 to %2: an ICMP error came back for the request (%3): host or network "
                             "unreachable, a firewall that rejects it, or (on Windows) nothing listening on the port.")
                              .arg(target().port)
                              .arg(target().address.toString(), text)));
        }
        return;
    default:
        finish(result(
            Verdict::Fail, Reason::Error,
            tr("UDP %1 to %2 failed on the laptop: %3.").arg(target().port).arg(target().address.toString(), text)));
        return;
    }
}

ProbeResult DatagramProbe::refusedResult()
{
    return result(Verdict::Fail, Reason::Refused,
                  tr("UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but nothing listens on "
                     "this port or a firewall rejects the packets.")
                      .arg(target().port)
                      .arg(target().address.toString()));
}

ProbeResult DatagramProbe::deadlineResult()
{
    return silentResult();
}

qint64 DatagramProbe::sinceFirstSendMs() const
{
    return m_sentAt.isEmpty() ? 0 : elapsedMs() - m_sentAt.constFirst();
}

qint64 DatagramProbe::sinceLastSendMs() const
{
    return m_sentAt.isEmpty() ? 0 : elapsedMs() - m_sentAt.constLast();
}

QJsonObject DatagramProbe::baseEvidence() const
{
    QJsonObject evidence;
    if (!m_localAddress.isNull()) {
        evidence.insert(QStringLiteral("local_address"), m_localAddress.toString());
        evidence.insert(QStringLiteral("local_port"), m_localPort);
    }
    evidence.insert(QStringLiteral("attempts"), attempts());
    QJsonArray sentAt;
    for (qint64 at : m_sentAt)
        sentAt.append(at - m_sentAt.constFirst());
    evidence.insert(QStringLiteral("sent_at_ms"), sentAt);
    evidence.insert(QStringLiteral("datagrams_received"), m_received);
    return evidence;
}

ProbeResult DatagramProbe::result(Verdict verdict, Reason reason, const QString &detail,
                                  const QJsonObject &evidence) const
{
    ProbeResult r = ProbeResult::make(verdict, reason, detail);
    r.evidence = mergedEvidence(baseEvidence(), evidence);
    if (m_received > 0 && !m_sentAt.isEmpty())
        r.latencyMs = sinceFirstSendMs();
    return r;
}

bool DatagramProbe::keepUnproven(const QByteArray &data, int keepBytes, const QString &problem, bool echo)
{
    if (m_unproven)
        return false;
    Unproven first;
    first.head = data.left(keepBytes);
    first.head.detach(); // not a window onto the receive buffer
    first.size = static_cast<int>(data.size());
    first.problem = problem;
    first.afterMs = sinceFirstSendMs();
    first.echo = echo;
    m_unproven = first;
    return true;
}

void DatagramProbe::insertUnprovenEvidence(QJsonObject *evidence) const
{
    if (!m_unproven)
        return;
    evidence->insert(QStringLiteral("received_bytes"), m_unproven->size);
    evidence->insert(QStringLiteral("received_hex"), plainHex(m_unproven->head));
    evidence->insert(QStringLiteral("problem"), m_unproven->problem);
}

} // namespace tpready
