// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// SSH identification (RFC 4253 4.2) and the binary packets after it up to the KEXINIT (sections 6, 7.1): what an SSH
// or SFTP server, or anything else, sends first on TCP 22; also the SFTP-over-TLS probe's decrypted bytes.
#include "tests/fuzz/fuzztarget.h"

#include "core/probes/sshbanner.h"
#include "core/probes/sshpacket.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(sshbanner)
{
    // The probe parses what arrived so far after every read: the whole input and a cut through it.
    for (const qsizetype size : {input.size(), input.size() / 2}) {
        const SshIdentification id = parseSshIdentification(input.left(size));
        if (id.status == SshIdentification::Status::Found)
            TPREADY_FUZZ_ASSERT(!id.protoVersion.isEmpty());
        TPREADY_FUZZ_ASSERT(id.line.size() <= 4 * 1024);
        if (id.status == SshIdentification::Status::Found) {
            TPREADY_FUZZ_ASSERT(id.end > 0 && id.end <= size);
            const SshKexInit kex = parseSshKexInit(input.left(size).mid(id.end));
            if (kex.status == SshKexInit::Status::Found)
                TPREADY_FUZZ_ASSERT(kex.bytes <= size - id.end && !kex.kexAlgorithms.isEmpty());
        }
        // The packets on their own, as if the identification had gone before.
        const SshKexInit raw = parseSshKexInit(input.left(size));
        if (raw.status == SshKexInit::Status::Invalid)
            TPREADY_FUZZ_ASSERT(!raw.problem.isEmpty());
    }
}
