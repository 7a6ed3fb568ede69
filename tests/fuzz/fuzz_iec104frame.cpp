// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// IEC 60870-5-104 APDUs: what a server sends after our TESTFR act on TCP 2404 (in the clear or inside TLS).
#include "tests/fuzz/fuzztarget.h"

#include "core/probes/iec104frame.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(iec104frame)
{
    // APDU by APDU, as the probe reads them.
    qsizetype at = 0;
    while (at < input.size()) {
        const Iec104Parse parse = parseIec104Apdu(input.mid(at));
        if (parse.status != Iec104Parse::Status::Frame)
            break;
        TPREADY_FUZZ_ASSERT(parse.consumed > 0 && parse.consumed <= input.size() - at);
        describeIec104Apdu(parse.apdu);
        at += parse.consumed;
    }
    const Iec104TestReply reply = parseIec104TestReply(input);
    TPREADY_FUZZ_ASSERT(reply.apdus >= 0);
    parseIec104TestReply(input.left(input.size() / 2));
}
