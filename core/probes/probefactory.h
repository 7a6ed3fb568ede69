// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "probe.h"

namespace tpready {

/// The probe that proves a target's protocol, owned by @p parent; nullptr for a protocol without a probe.
Probe *createProbe(const ProbeTarget &target, const ProbeConfig &config, QObject *parent);

} // namespace tpready
