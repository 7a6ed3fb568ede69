// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QList>

#include "core/catalog/plan.h"

namespace tpready {

struct CheckRun;

/// Conclusions that need several checks at once, drawn when a run ends:
/// - ESP is tied to the IKE probes' NAT finding for the same host (behind NAT, ESP travels in UDP 4500);
/// - TLS servers of one role that should share an issuer but do not: the odd ones are flagged as intercepted;
/// - ICMP that failed while the same host answered on TCP or UDP: only ICMP is blocked.
void correlate(const Plan &plan, QList<CheckRun> *checks);

} // namespace tpready
