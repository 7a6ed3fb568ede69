// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The ICMP probe's fallback on every system: the system's ping program, run with fixed arguments and no shell, its
// output read by core/probes/icmpecho.h.
#include "icmpprobe.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include "core/probes/discardprocess.h"
#include "core/probes/icmpecho.h"
#include "core/probes/textframing.h"

namespace tpready {
namespace {

/// Where the ping program is: the system directories first, then PATH.
QString findPing(const QString &name)
{
    if (name.contains(u'/') || name.contains(u'\\'))
        return QFileInfo(name).isExecutable() ? name : QString();
#ifdef Q_OS_WIN
    const QString found = QStandardPaths::findExecutable(
        name, {QString::fromLocal8Bit(qgetenv("SystemRoot")) + QStringLiteral("\\System32")});
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
#else
    const QString found = QStandardPaths::findExecutable(name, {QStringLiteral("/bin"), QStringLiteral("/usr/bin"),
                                                                QStringLiteral("/sbin"), QStringLiteral("/usr/sbin")});
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
#endif
}

} // namespace

void IcmpProbe::startPing()
{
    m_methodUsed = QStringLiteral("ping");
    const PingFlavor flavor = nativePingFlavor();
    QString program;
    QStringList arguments;
    // As many echoes, 0.2 s apart, as end well within the deadline (one for a deadline under 0.9 s).
    m_pingEchoes = qBound(1, 1 + (config().timeoutMs - 700) / 200, kEchoes);
    if (!pingCommand(flavor, target().address, config().timeoutMs, m_pingEchoes, &program, &arguments)) {
        QTimer::singleShot(0, this, [this] {
            finish(
                ProbeResult::make(Verdict::Fail, Reason::Error,
                                  tr("%1 is not an IP address that can be pinged.").arg(target().address.toString())));
        });
        return;
    }
    const QString path = findPing(m_pingProgram.isEmpty() ? program : m_pingProgram);
    m_command = QStringList{program} + arguments;
    if (path.isEmpty()) {
        QTimer::singleShot(0, this, [this, program] {
            finish(notTestable(m_socketError.isEmpty()
                                   ? tr("no %1 program was found").arg(program)
                                   : tr("the ICMP socket is not allowed (%1) and no %2 program was found")
                                         .arg(m_socketError, program)));
        });
        return;
    }
    m_process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setReadChannel(QProcess::StandardOutput);
    connect(m_process, &QProcess::finished, this, &IcmpProbe::onPingFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !isFinished())
            finish(notTestable(tr("the ping program could not be started: %1").arg(m_process->errorString())));
    });
    m_sendClock.start(clock());
    m_process->start(path, arguments, QIODevice::ReadOnly);
}

void IcmpProbe::stopPing()
{
    discardProcess(m_process, this);
    m_process = nullptr;
}

void IcmpProbe::onPingFinished(int exitCode, QProcess::ExitStatus status)
{
    if (isFinished())
        return;
    const QByteArray output = m_process->readAll().left(64 * 1024);
    QJsonObject evidence = baseEvidence();
    evidence.insert(QStringLiteral("exit_code"), status == QProcess::NormalExit ? exitCode : -1);
    evidence.insert(QStringLiteral("output"), printable(output, 400));
    if (status != QProcess::NormalExit) {
        ProbeResult r = ProbeResult::make(Verdict::Fail, Reason::Error, tr("The ping program crashed."));
        r.evidence = evidence;
        finish(r);
        return;
    }
    const PingOutcome outcome = parsePingOutput(nativePingFlavor(), exitCode, output);
    const QString address = target().address.toString();
    ProbeResult r;
    switch (outcome.status) {
    case PingOutcome::Status::Reply: {
        if (outcome.rtts.isEmpty()) {
            // A reply without a time (some localised Windows outputs): proof, but no figures.
            evidence.insert(QStringLiteral("ttl"), outcome.ttl >= 0 ? QJsonValue(outcome.ttl) : QJsonValue());
            evidence.insert(QStringLiteral("received"), outcome.line);
            r = ProbeResult::make(Verdict::Pass, Reason::Ok, tr("%1 answered the ping.").arg(address));
            r.latencyMs = m_sendClock.elapsedMs();
            break;
        }
        EchoSeries series;
        series.rttMs = outcome.rtts;
        series.sent = outcome.transmitted > 0 ? outcome.transmitted
                                              : (nativePingFlavor() == PingFlavor::Iputils ? m_pingEchoes : 1);
        series.sent = qMax(series.sent, series.received());
        m_ttl = outcome.ttl;
        r = seriesResult(series);
        r.evidence.insert(QStringLiteral("received"), outcome.line);
        r.evidence.insert(QStringLiteral("exit_code"), exitCode);
        r.evidence.insert(QStringLiteral("output"), printable(output, 400));
        finish(r);
        return;
    }
    case PingOutcome::Status::Unreachable:
        evidence.insert(QStringLiteral("received"), outcome.line);
        r = ProbeResult::make(
            Verdict::Fail, Reason::Unreachable,
            tr("The ping to %1 says the destination is unreachable: \"%2\".").arg(address, outcome.line));
        break;
    case PingOutcome::Status::Timeout:
        r = ProbeResult::make(Verdict::Fail, Reason::Timeout, tr("No ICMP echo reply from %1.").arg(address));
        break;
    case PingOutcome::Status::Error:
        r = ProbeResult::make(
            Verdict::Fail, Reason::Error,
            tr("The ping program could not test %1: \"%2\" (exit code %3).").arg(address, outcome.line).arg(exitCode));
        break;
    }
    r.evidence = evidence;
    finish(r);
}

} // namespace tpready
