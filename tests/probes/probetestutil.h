// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// Shared by the probe tests: an in-process TCP server that follows a script per connection, and helpers that run
// a probe to its end. Everything listens on 127.0.0.1 only.
#pragma once

#include "testsupport/prerequisite.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

#include "core/probes/probe.h"
#include "core/probes/sshpacket.h"

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>

#include <sys/socket.h>
#endif

namespace probetest {

/// Whether this Windows executable runs under Wine rather than Windows (Wine's ntdll exports wine_get_version);
/// false on every other system. Where the two differ, a test asserts each one's behaviour in its own branch.
inline bool underWine()
{
    return testsupport::underWine();
}

/// What an SSH server sends before any key is exchanged: its identification, then its SSH_MSG_KEXINIT (what the SSH
/// probe needs for a pass).
inline QByteArray sshServerOpening(const QByteArray &identification = QByteArrayLiteral("SSH-2.0-OpenSSH_9.2\r\n"))
{
    return identification + tpready::makeSshKexInitPacket({QStringLiteral("curve25519-sha256")},
                                                          {QStringLiteral("ssh-ed25519")},
                                                          {QStringLiteral("aes128-ctr")});
}

/// What a refused connection or a closed UDP port looks like where it cannot be told apart from silence. Windows
/// reports both as Linux does (WSAECONNREFUSED; WSAECONNRESET on the receive after the ICMP port unreachable), and
/// so does the probe: `refused`. Wine 8 reports neither through Qt's sockets: the probe waits for its deadline, and
/// says `timeout` (TCP) or `no-response` (UDP). docs/TESTING.md, "What Wine cannot prove".
inline bool wineBlursRefusal()
{
    return underWine();
}

/// One step of what the server does on a connection.
struct Step
{
    enum class Kind
    {
        Send,     ///< write bytes
        Wait,     ///< pause ms
        Drip,     ///< write bytes one at a time, ms apart
        Flood,    ///< write bytes again and again (up to ms * 1 KiB writes... see count) until the peer goes
        ReadUpTo, ///< wait until the client sent at least count bytes (or ms passed)
        Close,    ///< close gracefully (FIN)
        Reset,    ///< close with RST (SO_LINGER 0)
    };
    Kind kind = Kind::Send;
    QByteArray bytes;
    int ms = 0;
    int count = 0;

    static Step send(const QByteArray &b) { return {Kind::Send, b, 0, 0}; }
    static Step wait(int ms) { return {Kind::Wait, {}, ms, 0}; }
    static Step drip(const QByteArray &b, int ms) { return {Kind::Drip, b, ms, 0}; }
    static Step flood(const QByteArray &b, int times) { return {Kind::Flood, b, 0, times}; }
    static Step readUpTo(int count, int ms) { return {Kind::ReadUpTo, {}, ms, count}; }
    static Step close() { return {Kind::Close, {}, 0, 0}; }
    static Step reset() { return {Kind::Reset, {}, 0, 0}; }
};

/// A QTcpServer on 127.0.0.1 that plays a script on every connection and records what clients sent.
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QList<Step> script, QObject *parent = nullptr)
        : QObject(parent), m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    received += socket->readAll();
                    if (received.size() > 1024 * 1024)
                        received.truncate(1024 * 1024);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, this, [this] { ++disconnections; });
                run(socket, 0);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    bool isListening() const { return m_server.isListening(); }

    QByteArray received;
    int connections = 0;
    int disconnections = 0;
    qint64 bytesSent = 0;

private:
    void run(QPointer<QTcpSocket> socket, int index)
    {
        if (!socket || index >= m_script.size())
            return;
        const Step step = m_script.at(index);
        auto next = [this, socket, index](int delay) {
            QTimer::singleShot(delay, this, [this, socket, index] { run(socket, index + 1); });
        };
        switch (step.kind) {
        case Step::Kind::Send:
            bytesSent += socket->write(step.bytes);
            next(0);
            return;
        case Step::Kind::Wait:
            next(step.ms);
            return;
        case Step::Kind::Drip:
            drip(socket, step.bytes, 0, step.ms, index);
            return;
        case Step::Kind::Flood:
            flood(socket, step.bytes, step.count);
            return;
        case Step::Kind::ReadUpTo: {
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            waitRead(socket, step.count, step.ms, clock, index);
            return;
        }
        case Step::Kind::Close:
            socket->disconnectFromHost();
            return;
        case Step::Kind::Reset: {
#ifndef Q_OS_WIN
            const linger hard{1, 0};
            ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
#endif
            socket->abort();
            return;
        }
        }
    }

    void drip(QPointer<QTcpSocket> socket, QByteArray bytes, int at, int ms, int index)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (at >= bytes.size()) {
            run(socket, index + 1);
            return;
        }
        bytesSent += socket->write(bytes.mid(at, 1));
        socket->flush();
        QTimer::singleShot(ms, this, [=] { drip(socket, bytes, at + 1, ms, index); });
    }

    void flood(QPointer<QTcpSocket> socket, QByteArray bytes, int remaining)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState || remaining <= 0)
            return;
        // Keep the kernel buffer fed without growing ours: write again once most is gone.
        if (socket->bytesToWrite() < 64 * 1024) {
            bytesSent += socket->write(bytes);
            --remaining;
        }
        QTimer::singleShot(1, this, [=] { flood(socket, bytes, remaining); });
    }

    void waitRead(QPointer<QTcpSocket> socket, int count, int ms, std::shared_ptr<QElapsedTimer> clock, int index)
    {
        if (!socket)
            return;
        if (received.size() >= count || clock->elapsed() >= ms) {
            run(socket, index + 1);
            return;
        }
        QTimer::singleShot(5, this, [=] { waitRead(socket, count, ms, clock, index); });
    }

    QTcpServer m_server;
    QList<Step> m_script;
};

/// A port on 127.0.0.1 where nothing listens (a connect is refused with RST).
inline quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

inline tpready::ProbeTarget loopbackTarget(tpready::Protocol protocol, quint16 port,
                                           tpready::IpTransport transport = tpready::IpTransport::Tcp)
{
    tpready::ProbeTarget target;
    target.flowId = QStringLiteral("t1");
    target.protocol = protocol;
    target.host = QStringLiteral("127.0.0.1");
    target.address = QHostAddress(QHostAddress::LocalHost);
    target.port = port;
    target.transport = transport;
    return target;
}

inline tpready::ProbeConfig quickConfig(int timeoutMs)
{
    tpready::ProbeConfig config;
    config.timeoutMs = timeoutMs;
    return config;
}

/// What one probe run gave: its result, how long it took, and how many times finished() came.
struct Run
{
    tpready::ProbeResult result;
    qint64 elapsedMs = -1;
    int finishedCount = 0;
};

/// Starts @p probe and waits for its end (the probe's own deadline plus slack), then a little more to catch a
/// second finished() or a late callback.
inline Run runProbe(tpready::Probe *probe, int settleMs = 150)
{
    Run run;
    QSignalSpy spy(probe, &tpready::Probe::finished);
    QElapsedTimer clock;
    clock.start();
    probe->start();
    const int limit = probe->config().timeoutMs + 3000;
    if (spy.isEmpty())
        spy.wait(limit);
    run.elapsedMs = clock.elapsed();
    if (!spy.isEmpty())
        run.result = spy.first().first().value<tpready::ProbeResult>();
    QTest::qWait(settleMs);
    run.finishedCount = static_cast<int>(spy.size());
    return run;
}

/// A real daemon the test starts in the foreground on 127.0.0.1, stopped by its PID when the object goes (also
/// when a test fails half-way).
class Daemon
{
public:
    Daemon() = default;
    Daemon(const Daemon &) = delete;
    Daemon &operator=(const Daemon &) = delete;
    ~Daemon() { stop(); }

    /// Starts @p program and waits until something accepts TCP connections on 127.0.0.1:@p port.
    bool start(const QString &program, const QStringList &arguments, quint16 port, int waitMs = 5000)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(3000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < waitMs) {
            if (m_process.state() != QProcess::Running)
                return false;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200)) {
                probe.abort();
                return true;
            }
            QTest::qWait(50);
        }
        return false;
    }

    qint64 pid() const { return m_process.processId(); }
    QByteArray output() { return m_process.readAll(); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        // SIGTERM to this PID first, so that the daemon reaps its per-connection children; SIGKILL if it lingers.
        m_process.terminate();
        if (!m_process.waitForFinished(2000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

private:
    QProcess m_process;
};

/// A program in @p dir that does nothing for 30 s (the shell replaced by sleep, so that killing it leaves nothing
/// behind): a ping or nmcli that hangs.
inline QString hangingProgram(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("hangs.sh"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\nexec sleep 30\n");
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

/// For a probe that runs a program: waits until the program runs, then calls @p stopProbe (a cancel, or deleting
/// the probe) and checks that it returned without waiting for the program to end (the system has not reported the
/// end yet), and that the program is killed all the same and its QProcess deleted once the end is reported.
inline void checkStopsWithoutWaiting(tpready::Probe *probe, const std::function<void()> &stopProbe)
{
    QPointer<QProcess> process;
    QTRY_VERIFY((process = probe->findChild<QProcess *>()) && process->state() == QProcess::Running);
    const qint64 pid = process->processId();
    QVERIFY(pid > 0);
    stopProbe();
    QVERIFY(process);
    QCOMPARE(process->state(), QProcess::Running);
    QTRY_VERIFY(process.isNull());
#ifndef Q_OS_WIN
    QVERIFY2(::kill(static_cast<pid_t>(pid), 0) != 0, "the program still runs");
#endif
}

/// A free TCP port on 127.0.0.1 for a daemon (it may be taken in between: tests retry once).
inline quint16 freePort()
{
    return closedPort();
}

} // namespace probetest
