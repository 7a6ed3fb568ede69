// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probefactory.h"

#include <algorithm>

#include "core/probes/dhcpprobe.h"
#include "core/probes/dnsprobe.h"
#include "core/probes/espprobe.h"
#include "core/probes/ftpprobe.h"
#include "core/probes/httpsprobe.h"
#include "core/probes/icmpprobe.h"
#include "core/probes/iec104probe.h"
#include "core/probes/iec104tlsprobe.h"
#include "core/probes/ikeprobe.h"
#include "core/probes/ntpprobe.h"
#include "core/probes/sftptlsprobe.h"
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
    case Protocol::Ike:
        return new IkeProbe(target, config, parent);
    case Protocol::Ntp:
        return new NtpProbe(target, config, parent);
    case Protocol::Dhcp:
        return new DhcpProbe(target, config, parent);
    case Protocol::Dns:
        return new DnsProbe(target, config, parent);
    case Protocol::Icmp:
        return new IcmpProbe(target, config, parent);
    case Protocol::Ftp:
        return new FtpProbe(target, config, parent);
    case Protocol::Iec104:
        return new Iec104Probe(target, config, parent);
    case Protocol::Tls:
        return new TlsProbe(target, config, parent);
    case Protocol::Iec104Tls:
        return new Iec104TlsProbe(target, config, parent);
    case Protocol::SftpTls:
        return new SftpTlsProbe(target, config, parent);
    case Protocol::Https:
        return new HttpsProbe(target, config, parent);
    case Protocol::Wss:
        return new WssProbe(target, config, parent);
    }
    // Every protocol has its probe: the switch has no default, and -Werror=switch (CMakeLists.txt) makes a protocol
    // without a case here a compile error.
    return nullptr;
}

void warmUpProbes(const QList<Protocol> &protocols, const ProbeConfig &config)
{
    if (std::any_of(protocols.cbegin(), protocols.cend(), isTlsProtocol))
        TlsProbe::warmUp(config);
}

} // namespace tpready
