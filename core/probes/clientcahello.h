// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

#include "core/probes/tlsobservation.h"

class QTcpSocket;

namespace tpready {

class TcpConnector;

/// The client-CA hello: a second TCP connection to a TLS probe's target, on which a TLS 1.2-only ClientHello makes
/// the server answer in clear (a TLS 1.2 server flight is not encrypted). Its answer shows what the TLS session
/// could not: whether the server demands a client certificate (a CertificateRequest) and from which CAs, its chain
/// when the handshake ended early, or that no TLS server holds the port. Its evidence key is `tls12_probe`.
///
/// Only I/O: what came back is a ClientCaHelloAnswer, judged by the TLS probe's pure step.
class ClientCaHello final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCaHello)

public:
    /// Keeps at most @p maxRead bytes of the answer.
    explicit ClientCaHello(qint64 maxRead, QObject *parent = nullptr);
    ~ClientCaHello() override;

    /// Connects to @p address and @p port and sends the hello, with @p host as SNI (unless it is empty or an IP
    /// literal). Once; done() follows, never from inside this call.
    void start(const QHostAddress &address, quint16 port, const QString &host);
    /// Closes the connection: nothing is emitted any more.
    void stop();

    bool isStarted() const { return m_started; }
    /// The answer is complete, or the connection failed or was closed.
    bool isDone() const { return m_done; }
    /// What came back so far.
    const ClientCaHelloAnswer &answer() const { return m_answer; }

signals:
    /// isDone() became true. Once.
    void done();

private:
    void onConnected();
    void onData(bool closed);
    void end();

    qint64 m_maxRead;
    QString m_host;
    TcpConnector *m_connector = nullptr;
    QTcpSocket *m_socket = nullptr;
    ClientCaHelloAnswer m_answer;
    bool m_started = false;
    bool m_done = false;
};

} // namespace tpready
