// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// FTP replies (RFC 959 4.2): the greeting on TCP 21 and the answer to QUIT.
#include "tests/fuzz/fuzztarget.h"

#include "core/probes/ftpgreeting.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(ftpgreeting)
{
    for (const qsizetype size : {input.size(), input.size() / 2}) {
        const QByteArray data = input.left(size);
        const FtpGreeting greeting = parseFtpGreeting(data);
        TPREADY_FUZZ_ASSERT(greeting.consumed >= 0 && greeting.consumed <= data.size());
        const FtpReply reply = parseFtpReply(data);
        TPREADY_FUZZ_ASSERT(reply.consumed >= 0 && reply.consumed <= data.size());
        if (reply.status == FtpReply::Status::Complete) {
            TPREADY_FUZZ_ASSERT(reply.code >= 100 && reply.code <= 999);
            TPREADY_FUZZ_ASSERT(reply.lines.size() <= 64);
            // The probe reads the replies one after the other.
            parseFtpReply(data.mid(reply.consumed));
        }
    }
}
