// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probefactory.h"

#include "core/probes/espprobe.h"
#include "core/probes/ikeprobe.h"
#include "core/probes/ntpprobe.h"
#include "core/probes/sshprobe.h"

namespace tpready {

Probe *createProbe(const ProbeTarget &target, const ProbeConfig &config, QObject *parent)
{
    switch (target.protocol) {
    case Protocol::Ssh:
    case Protocol::Sftp:
        return new SshProbe(target, config, parent);
    case Protocol::Esp:
        return new EspProbe(target, config, parent);
    case Protocol::Ike:
        return new IkeProbe(target, config, parent);
    case Protocol::Ntp:
        return new NtpProbe(target, config, parent);
    default:
        return nullptr;
    }
}

} // namespace tpready
