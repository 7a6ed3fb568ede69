// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QJsonObject>
#include <QString>

#include "core/env/environment.h"
#include "core/report/report.h"
#include "core/runner/runner.h"

namespace tpready {

struct UplinkQuality;

/// The details pane of one check, as HTML for a QTextBrowser: the check, its status, the human sentence, the
/// remediation sentence and the evidence. Every text that came from the network is escaped.
QString checkDetailsHtml(const CheckRecord &check, CheckRun::State state, const QString &afterStatusHtml = QString());

/// A probe's evidence as nested HTML tables, what was sent and what came back first, then the certificate chain,
/// the NAT finding and the clock, then everything else by key; the DNS resolution last.
QString evidenceHtml(const QJsonObject &evidence);

/// The laptop's network as the probe engine saw it: the interface carrying the default route (kind and addresses),
/// the default gateways, DNS servers, proxy and clock offset, then the other interfaces. @p captured false: the
/// snapshot is still being taken.
QString environmentHtml(const Environment &environment, bool captured);

/// The uplink's figures per host and its warnings, for a label (empty when no ICMP check got replies).
QString uplinkHtml(const UplinkQuality &uplink);

} // namespace tpready
