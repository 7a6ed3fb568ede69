// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "probe.h"

namespace tpready {

/// The probe that proves a target's protocol, owned by @p parent; nullptr for a protocol without a probe.
Probe *createProbe(const ProbeTarget &target, const ProbeConfig &config, QObject *parent);

/// Starts, on worker threads, what createProbe()'s probes for @p protocols will need and would otherwise load when
/// they first need it (the TLS family: the system trust store, ~0.2-0.4 s of CPU), so that it overlaps the run's
/// first round trips instead of following them. Call it from the thread that runs the probes.
void warmUpProbes(const QList<Protocol> &protocols, const ProbeConfig &config);

} // namespace tpready
