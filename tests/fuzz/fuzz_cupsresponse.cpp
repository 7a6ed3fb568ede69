// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The binary body of a CUPS POST /update-info answer (Basics Station CUPS protocol).
#include "tests/fuzz/fuzztarget.h"

#include "core/probes/cupsresponse.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(cupsresponse)
{
    const CupsUpdateInfo whole = parseCupsUpdateInfo(input);
    if (whole.status == CupsUpdateInfo::Status::Consistent)
        TPREADY_FUZZ_ASSERT(whole.expectedLength == input.size());
    // A prefix of a longer body, as the probe judges large bodies (Content-Length known, body capped): any declared
    // length, from the input's own first bytes.
    const qint64 declared = static_cast<qint64>(fuzzNumber(input, 0, 4));
    for (const qint64 total : {qint64(input.size()), qint64(input.size()) + 1, declared, qint64(1) << 40})
        parseCupsUpdateInfo(input.left(qMin<qint64>(input.size(), total)), total);
}
