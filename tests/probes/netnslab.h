// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

// A loopback-only network namespace for one test, with real daemons inside (Linux, root). The test thread enters
// the namespace to run a probe and leaves it again; the namespace and every daemon started here are removed by
// the destructor, and daemons also die with the test process (parent-death signal), so nothing outlives a crash.

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace netnslab {

/// Why real-daemon tests cannot run here, or empty when they can.
inline QString unavailableReason(const QStringList &programs)
{
#ifdef Q_OS_LINUX
    if (::geteuid() != 0)
        return QStringLiteral("needs root to create a network namespace");
    for (const QString &program : programs) {
        if (program.startsWith(u'/') ? !QFile::exists(program) : QStandardPaths::findExecutable(program).isEmpty())
            return QStringLiteral("%1 is not installed").arg(program);
    }
    return {};
#else
    Q_UNUSED(programs)
    return QStringLiteral("network namespaces are Linux only");
#endif
}

/// Runs a short command, returns its exit code (-1 when it did not run or timed out).
inline int run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(2000);
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

class Lab
{
public:
    Lab() : m_name(QStringLiteral("tpready-udp-%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter())) {}
    Lab(const Lab &) = delete;
    Lab &operator=(const Lab &) = delete;

    ~Lab()
    {
        leave();
        for (QProcess *daemon : std::as_const(m_daemons))
            stop(daemon);
        qDeleteAll(m_daemons);
        if (m_created)
            run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("delete"), m_name});
    }

    const QString &name() const { return m_name; }

    /// Creates the namespace with only `lo`, up.
    bool create(QString *error)
    {
        QByteArray out;
        if (run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), m_name}, &out) != 0) {
            *error = QStringLiteral("ip netns add failed: %1").arg(QString::fromLocal8Bit(out));
            return false;
        }
        m_created = true;
        if (run(QStringLiteral("ip"),
                {QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                 QStringLiteral("up")},
                &out) != 0) {
            *error = QStringLiteral("ip link set lo up failed: %1").arg(QString::fromLocal8Bit(out));
            return false;
        }
        return true;
    }

    /// Starts a daemon inside the namespace (`ip netns exec`, which also gives it a private mount namespace).
    QProcess *startDaemon(const QStringList &command, const QStringList &environment = {})
    {
        auto *process = new QProcess;
        process->setProcessChannelMode(QProcess::MergedChannels);
        if (!environment.isEmpty()) {
            QStringList env = QProcess::systemEnvironment();
            env += environment;
            process->setEnvironment(env);
        }
#ifdef Q_OS_LINUX
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        process->start(QStringLiteral("ip"),
                       QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_name} + command);
        m_daemons << process;
        return process;
    }

    /// Stops one daemon started here (SIGTERM by its own PID, then SIGKILL).
    static void stop(QProcess *daemon)
    {
        if (daemon->state() == QProcess::NotRunning)
            return;
        daemon->terminate();
        if (!daemon->waitForFinished(5000)) {
            daemon->kill();
            daemon->waitForFinished(2000);
        }
    }

    /// Moves the calling thread into the namespace: sockets it creates from now on live there.
    bool enter()
    {
#ifdef Q_OS_LINUX
        if (m_home >= 0)
            return true;
        m_home = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
        const int target =
            ::open(QStringLiteral("/run/netns/%1").arg(m_name).toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        const bool ok = m_home >= 0 && target >= 0 && ::setns(target, CLONE_NEWNET) == 0;
        if (target >= 0)
            ::close(target);
        if (!ok)
            leave();
        return ok;
#else
        return false;
#endif
    }

    /// Back to the namespace the thread came from.
    void leave()
    {
#ifdef Q_OS_LINUX
        if (m_home < 0)
            return;
        ::setns(m_home, CLONE_NEWNET);
        ::close(m_home);
        m_home = -1;
#endif
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }

    QString m_name;
    bool m_created = false;
    int m_home = -1;
    QList<QProcess *> m_daemons;
};

} // namespace netnslab
