// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// NTP replies (RFC 5905) from UDP 123: validated against the Transmit values of our requests.
#include "tests/fuzz/fuzztarget.h"

#include <QDateTime>

#include "core/probes/ntppacket.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(ntppacket)
{
    // The Origin field (bytes 24-31) as one of our Transmit values reaches the checks behind the echo test; a fixed
    // value exercises the mismatch path.
    const quint64 echoed = fuzzNumber(input, 24, 8);
    for (const QList<quint64> &origins : {QList<quint64>{0x0123456789abcdefULL, echoed}, QList<quint64>{1}}) {
        const NtpReply reply = parseNtpReply(input, origins);
        if (reply.status == NtpReply::Status::Valid)
            TPREADY_FUZZ_ASSERT(input.size() >= kNtpPacketSize && reply.originIndex >= 0);
        ntpRefIdText(reply.packet.referenceId, reply.packet.stratum);
        ntpShortToMs(reply.packet.rootDelay);
        ntpShortToMs(reply.packet.rootDispersion);
        if (reply.isAnswer()) {
            // Any timestamps, any laptop clock: no overflow (UBSan) in the era arithmetic.
            const qint64 t1 =
                static_cast<qint64>(fuzzNumber(input, 0, 8) % 9'000'000'000'000'000ULL) - 4'500'000'000'000'000LL;
            for (const qint64 pivot : {QDateTime::currentMSecsSinceEpoch() * 1000, t1}) {
                computeNtpTiming(pivot, pivot + 1500, reply.packet.receive, reply.packet.transmit);
                ntpToUnixUs(reply.packet.transmit, pivot);
            }
        }
    }
}
