// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "clientcahello.h"

#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTcpSocket>

#include "core/probes/tcpconnect.h"

namespace tpready {

ClientCaHello::ClientCaHello(qint64 maxRead, QObject *parent) : QObject(parent), m_maxRead(maxRead) {}

ClientCaHello::~ClientCaHello() = default;

void ClientCaHello::start(const QHostAddress &address, quint16 port, const QString &host)
{
    if (m_started)
        return;
    m_started = true;
    m_host = host;
    m_connector = new TcpConnector(this);
    connect(m_connector, &TcpConnector::connected, this, &ClientCaHello::onConnected);
    connect(m_connector, &TcpConnector::failed, this, [this](Reason, const QString &detail, int) {
        m_answer.failure = detail;
        end();
    });
    m_connector->connectTo(address, port);
}

void ClientCaHello::onConnected()
{
    m_socket = new QTcpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_socket->setReadBufferSize(m_maxRead);
    if (!m_socket->setSocketDescriptor(m_connector->takeDescriptor())) {
        m_answer.failure = m_socket->errorString();
        end();
        return;
    }
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { onData(false); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { onData(true); });
    QByteArray random(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
    m_socket->write(buildTls12ClientHello(m_host, random));
}

void ClientCaHello::onData(bool closed)
{
    if (m_done)
        return;
    m_answer.received += m_socket->read(m_maxRead - m_answer.received.size());
    m_answer.flight = parseTlsServerFlight(m_answer.received);
    if (closed && m_answer.flight->status == TlsServerFlight::Status::Incomplete)
        m_answer.closedEarly = true;
    if (closed || m_answer.flight->status != TlsServerFlight::Status::Incomplete ||
        m_answer.received.size() >= m_maxRead)
        end();
}

void ClientCaHello::end()
{
    if (m_done)
        return;
    m_done = true;
    stop();
    emit done();
}

void ClientCaHello::stop()
{
    if (m_connector)
        m_connector->abort();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

} // namespace tpready
