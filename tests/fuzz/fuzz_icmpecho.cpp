// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// What an ICMP datagram socket returns for our echo request (with or without the IPv4 header), and what the
// system ping prints when it is the fallback.
#include "tests/fuzz/fuzztarget.h"

#include "core/probes/icmpecho.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(icmpecho)
{
    // Sequence and cookie as the datagram carries them (without and with a 20-byte IPv4 header) reach the matching
    // code; fixed values exercise the not-ours path.
    for (const bool ipv6 : {false, true}) {
        for (const qsizetype at : {qsizetype(0), qsizetype(20)}) {
            const auto sequence = static_cast<quint16>(fuzzNumber(input, at + 6, 2));
            parseIcmpDatagram(input, ipv6, sequence, input.mid(at + 8, 8));
        }
        parseIcmpDatagram(input, ipv6, 1, QByteArray("tpready!"));
    }
    for (const PingFlavor flavor : {PingFlavor::Iputils, PingFlavor::MacOs, PingFlavor::Windows}) {
        for (const int exitCode : {0, 1, 2}) {
            const PingOutcome outcome = parsePingOutput(flavor, exitCode, input);
            TPREADY_FUZZ_ASSERT(outcome.line.size() <= 8 * 1024);
        }
    }
    internetChecksum(input);
}
