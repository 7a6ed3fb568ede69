// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>
#include <QStringList>

#include "core/catalog/plan.h"
#include "core/report/gatewayview.h"

namespace tpready {

/// The seconds each network step of a gateway script may take (a connection, a handshake, a lookup).
inline constexpr int kGatewayStepSeconds = 5;

/// The total deadline of a gateway script, in seconds: its names, then its checks (all at once), each bounded.
int gatewayScriptDeadlineSeconds();

/// The plan's digest (16 hex digits over its check keys, sorted): a gateway's results are merged into a report of
/// the same plan only.
QString gatewayPlanDigest(const QStringList &checkKeys);
/// The check keys of a plan, in plan order.
QStringList gatewayCheckKeys(const Plan &plan);
/// Whether @p view was made by the script of @p plan (its digest is the plan's).
bool gatewayViewIsFor(const GatewayView &view, const Plan &plan);

/// The POSIX sh script that checks @p plan from the base station itself, with BusyBox applets (nc, nslookup, ping;
/// nc -u, openssl, ntpd -w or ntpdate -q when present). Read-only, bounded in time, contacting only the plan's hosts
/// and the base station's resolver; it ends by printing one result block (tpready-gateway/1). See docs/GATEWAY.md.
QString gatewayScript(const Plan &plan);

/// @p script wrapped for pasting into an interactive shell: `sh <<'END' ... END`, so that nothing of it runs in the
/// login shell itself.
QString gatewayScriptForPasting(const QString &script);

} // namespace tpready
