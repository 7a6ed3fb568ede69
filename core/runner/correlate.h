// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QList>

#include "core/catalog/plan.h"
#include "core/env/environment.h"

namespace tpready {

struct CheckRun;

/// Conclusions that need several checks at once, drawn when a run ends:
/// - ESP is tied to the IKE probes' NAT finding for the same host (behind NAT, ESP travels in UDP 4500);
/// - IKE that answers on UDP 500 and not on UDP 4500 is explained: the tunnel would start, then stall;
/// - TLS servers of one role that should share an issuer but do not: the odd ones are flagged as intercepted;
/// - ICMP that failed while the same host answered on TCP or UDP: only ICMP is blocked;
/// - a path-MTU black hole found by ICMP explains the TCP sessions to that address that stalled or were cut.
void correlate(const Plan &plan, QList<CheckRun> *checks);

/// When the laptop is set to use a web proxy (@p environment), TCP checks that failed on the direct path (timeout,
/// refused) become `proxy-required`: the laptop gets out only through the proxy, which the base station cannot use.
/// The network's own answer stays in the evidence ("network_reason"), and the remediation is left for the report to
/// write for the new reason. It needs the laptop's snapshot, which arrives after the probes: makeReport()
/// (core/runner/reportbuilder.h) draws it on its own copy of the checks.
void applyProxyConclusion(const Environment &environment, QList<CheckRun> *checks);

} // namespace tpready
