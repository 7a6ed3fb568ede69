// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "probe.h"

#include <QProcess>
#include <QStringList>

#include "core/env/dhcpinfo.h"

namespace tpready {

/// DHCP cannot be tested without disturbing the network: a DHCP request from the laptop would take a lease (or,
/// with a forged MAC, the gateway's). The result is `info` / `not-testable`, with how the laptop got its own address
/// where the system tells (lease files, nmcli, macOS ipconfig getpacket, Windows adapter settings): an address
/// from a DHCP server on the gateway's network shows that the network has one.
class DhcpProbe final : public Probe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DhcpProbe)

public:
    using Probe::Probe;
    ~DhcpProbe() override;

    /// The command run besides the files (tests substitute a recorded one); empty program: none.
    void setCommand(const QString &program, const QStringList &arguments);

protected:
    void begin() override;
    void stop() override;
    ProbeResult deadlineResult() override;

private:
    void onCommandFinished(int exitCode, QProcess::ExitStatus status);
    ProbeResult infoResult() const;

    DhcpFinding m_finding;
    QProcess *m_process = nullptr;
    bool m_commandSet = false;
    QString m_program;
    QStringList m_arguments;
};

} // namespace tpready
