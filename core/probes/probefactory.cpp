// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probefactory.h"

#include "core/probes/espprobe.h"
#include "core/probes/httpsprobe.h"
#include "core/probes/sshprobe.h"
#include "core/probes/tlsprobe.h"
#include "core/probes/wssprobe.h"

namespace tpready {

Probe *createProbe(const ProbeTarget &target, const ProbeConfig &config, QObject *parent)
{
    switch (target.protocol) {
    case Protocol::Ssh:
    case Protocol::Sftp:
        return new SshProbe(target, config, parent);
    case Protocol::Esp:
        return new EspProbe(target, config, parent);
    case Protocol::Tls:
    case Protocol::Iec104Tls:
    case Protocol::SftpTls:
        return new TlsProbe(target, config, parent);
    case Protocol::Https:
        return new HttpsProbe(target, config, parent);
    case Protocol::Wss:
        return new WssProbe(target, config, parent);
    default:
        return nullptr;
    }
}

} // namespace tpready
