// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "streamprobe.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QTcpSocket>

#include "core/probes/tcpconnect.h"

namespace tpready {
StreamProbe::StreamProbe(ProbeTarget target, ProbeConfig config, QObject *parent)
    : Probe(std::move(target), std::move(config), parent)
{}

StreamProbe::~StreamProbe() = default;

void StreamProbe::begin()
{
    m_connector = new TcpConnector(clock(), this);
    connect(m_connector, &TcpConnector::connected, this, &StreamProbe::onConnectorConnected);
    connect(m_connector, &TcpConnector::failed, this, &StreamProbe::onConnectorFailed);
    m_connector->connectTo(target().address, target().port);
}

void StreamProbe::stop()
{
    if (m_connector)
        m_connector->abort();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

qint64 StreamProbe::connectedForMs() const
{
    return m_connectedAt < 0 ? 0 : elapsedMs() - m_connectedAt;
}

QTcpSocket *StreamProbe::createSocket()
{
    return new QTcpSocket(this);
}

void StreamProbe::onConnectorConnected()
{
    m_connectMs = m_connector->connectMs();
    m_connectedAt = elapsedMs();
    QTcpSocket *socket = createSocket();
    socket->setProxy(QNetworkProxy::NoProxy);
    socket->setReadBufferSize(kMaxRead);
    if (!socket->setSocketDescriptor(m_connector->takeDescriptor())) {
        finish(result(Verdict::Fail, Reason::Error,
                      tr("The connection succeeded but could not be used: %1.").arg(socket->errorString())));
        return;
    }
    m_socket = socket;
    connect(socket, &QTcpSocket::readyRead, this, [this] {
        if (!isFinished())
            onReadyRead();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (!isFinished())
            onDisconnected();
    });
    onConnected();
}

void StreamProbe::onConnectorFailed(Reason reason, const QString &detail, int systemError)
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("connect_error"), systemError);
    ProbeResult failure = ProbeResult::make(
        Verdict::Fail, reason, tr("TCP %1 to %2: %3.").arg(target().port).arg(target().address.toString(), detail));
    failure.evidence = evidence;
    finish(failure);
}

void StreamProbe::onDisconnected()
{
    finish(result(
        Verdict::Fail, Reason::WrongService,
        tr("The TCP connection to port %1 was accepted, then closed without the expected answer.").arg(target().port)));
}

ProbeResult StreamProbe::deadlineResult()
{
    if (!isConnected()) {
        return ProbeResult::make(Verdict::Fail, Reason::Timeout,
                                 tr("TCP %1 to %2: nothing answered within %3 ms (packets silently dropped).")
                                     .arg(target().port)
                                     .arg(target().address.toString())
                                     .arg(config().timeoutMs));
    }
    return silentResult();
}

QJsonObject StreamProbe::baseEvidence() const
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("tcp_connect_ms"), m_connectMs);
    return evidence;
}

ProbeResult StreamProbe::result(Verdict verdict, Reason reason, const QString &detail,
                                const QJsonObject &evidence) const
{
    ProbeResult r = ProbeResult::make(verdict, reason, detail);
    r.evidence = mergedEvidence(baseEvidence(), evidence);
    if (reason == Reason::Ok || reason == Reason::TlsClientCertRequired)
        r.latencyMs = elapsedMs();
    else if (m_connectMs >= 0)
        r.latencyMs = m_connectMs;
    return r;
}

} // namespace tpready
