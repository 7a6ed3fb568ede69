// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The evidence and wrong-service text made of any server's bytes: printable() and recogniseForeignProtocol().
#include "tests/fuzz/fuzztarget.h"

#include "core/probes/textframing.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(textframing)
{
    for (const int maxBytes : {0, 1, 80, 200, 400}) {
        const QString text = printable(input, maxBytes);
        // Bounded: each kept byte becomes at most a few characters ("\\xff"), plus a marker for the rest.
        TPREADY_FUZZ_ASSERT(text.size() <= 8 * maxBytes + 64);
    }
    recogniseForeignProtocol(input);
    recogniseForeignProtocol(input.left(3));
}
