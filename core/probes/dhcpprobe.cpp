// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "dhcpprobe.h"

#include <QTimer>

#include "core/probes/discardprocess.h"

namespace tpready {
namespace {

constexpr int kCommandTimeoutMs = 2000;

} // namespace

DhcpProbe::~DhcpProbe()
{
    stop();
}

void DhcpProbe::setCommand(const QString &program, const QStringList &arguments)
{
    m_commandSet = true;
    m_program = program;
    m_arguments = arguments;
}

void DhcpProbe::begin()
{
    m_finding = readDhcpSources();
    if (!m_commandSet && !dhcpCommand(&m_program, &m_arguments))
        m_program.clear();
    if (m_program.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(infoResult()); });
        return;
    }
    m_process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    m_process->setProcessEnvironment(environment);
    connect(m_process, &QProcess::finished, this, &DhcpProbe::onCommandFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || isFinished())
            return;
        m_finding.commandError = m_process->errorString();
        finish(infoResult());
    });
    // The command only adds detail: never let it hold the check up for long.
    QTimer::singleShot(qMin(kCommandTimeoutMs, remainingMs()), this, [this] {
        if (isFinished())
            return;
        m_finding.commandError = QStringLiteral("%1 did not answer within %2 ms").arg(m_program).arg(kCommandTimeoutMs);
        finish(infoResult());
    });
    m_process->start(m_program, m_arguments, QIODevice::ReadOnly);
}

void DhcpProbe::stop()
{
    discardProcess(m_process, this);
    m_process = nullptr;
}

void DhcpProbe::onCommandFinished(int exitCode, QProcess::ExitStatus status)
{
    if (isFinished())
        return;
    addDhcpCommandOutput(&m_finding, m_program, m_arguments, status == QProcess::NormalExit ? exitCode : -1,
                         m_process->readAllStandardOutput().left(256 * 1024));
    finish(infoResult());
}

ProbeResult DhcpProbe::deadlineResult()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_finding.commandError =
            QStringLiteral("%1 did not answer within %2 ms").arg(m_program).arg(config().timeoutMs);
    return infoResult();
}

ProbeResult DhcpProbe::infoResult() const
{
    ProbeResult r = ProbeResult::make(Verdict::Info, Reason::NotTestable,
                                      tr("DHCP is not probed: a DHCP request from the laptop would take an address "
                                         "from the site's pool. %1")
                                          .arg(m_finding.summary()));
    r.evidence = m_finding.toJson();
    r.evidence.insert(QStringLiteral("sent"), QStringLiteral("nothing"));
    r.remediation = tr("Make sure the gateway's network has a DHCP server for it, or give the gateway a static "
                       "address, router and DNS server.");
    return r;
}

} // namespace tpready
