// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "proberesult.h"

#include <QHostAddress>
#include <QObject>

#include "core/clock.h"

class QSocketNotifier;

namespace tpready {

/// A non-blocking TCP connect that tells why it failed from the system's error code: a reset or ICMP
/// port-unreachable (`refused`), no route or ICMP host/network unreachable (`unreachable`), nothing at all
/// (the caller's deadline: `timeout`). Qt's own socket errors lump the last two together and are translated,
/// so they cannot be told apart reliably. The connected descriptor is then handed to a QTcpSocket/QSslSocket,
/// which never goes through a proxy that way.
class TcpConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpConnector)

public:
    explicit TcpConnector(QObject *parent = nullptr);
    /// A connector that times the connect on @p clock, which must outlive it.
    TcpConnector(const Clock &clock, QObject *parent);
    ~TcpConnector() override;

    /// Starts connecting. Emits connected() or failed() later, never from inside this call.
    void connectTo(const QHostAddress &address, quint16 port);
    /// Gives up: closes the descriptor, emits nothing more.
    void abort();
    /// The connected descriptor, now owned by the caller (0 or -1 style invalid value before connected()).
    qintptr takeDescriptor();
    /// Milliseconds the connect took (valid after connected()).
    qint64 connectMs() const { return m_connectMs; }

signals:
    void connected();
    /// @p reason is Refused, Unreachable or Error; @p systemError is errno / WSA error code.
    void failed(tpready::Reason reason, const QString &detail, int systemError);

private:
    void onWritable();
    void fail(int systemError);
    void closeDescriptor();

    qintptr m_fd;
    QSocketNotifier *m_notifier = nullptr;
    const Clock &m_timeSource;
    Stopwatch m_clock;
    qint64 m_connectMs = -1;
    quint64 m_generation = 0; ///< outcomes queued before an abort() are dropped
};

/// A sentence for a failed connect, naming the system error (e.g. "connection refused (RST)").
QString describeConnectError(Reason reason, int systemError);

} // namespace tpready
