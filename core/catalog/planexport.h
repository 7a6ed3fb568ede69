// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "plan.h"

#include <QJsonObject>
#include <QString>

namespace tpready {

/// The schema name of `tpready flows --json`.
inline constexpr char16_t kFlowsSchema[] = u"tpready-flows/1";

/// The "selection" object shared by the flows and report JSON contracts.
QJsonObject selectionToJson(const Plan &plan);
/// The whole plan as the `tpready-flows/1` document, a contract for scripts (docs/ARCHITECTURE.md, "Contracts").
QJsonObject planToFlowsJson(const Plan &plan);

/// One line naming the selection: "ThingPark SaaS, EU-PROD, LRR over IPsec, LRR version 2.8".
QString selectionSummary(const Plan &plan);
/// A check as a person reads it: "slrc1.eu.thingpark.com UDP/500", "DHCP (laptop's network)".
QString checkLabel(const Check &check);
/// The requirement column for a flow as the vendor words it ("MUST", "OPTIONAL").
QString requirementLabel(Requirement requirement);
/// The explanation of a tunnelled destination ("LRC ... is reached through i7a TCP/3001 ...").
QString tunnelSentence(const TunnelledDestination &destination);

/// The distinct hosts of a flow's checks, in plan order.
QStringList distinctHosts(const PlannedFlow &flow);
/// Where a flow goes, for a person: its hosts joined by @p separator, or a sentence for the host-less DHCP and DNS
/// rows; the laptop's resolvers are marked as such.
QString hostsSentence(const PlannedFlow &flow, const Plan &plan, const QString &separator);
/// Why a row of the vendor table is not in the plan ("only applicable to LRR version >= 2.8").
QString droppedSentence(const Flow &flow, const Plan &plan);

/// The plan as plain text for a terminal or the clipboard, in the vendor's wording.
QString planToText(const Plan &plan);
/// The plan as CSV (RFC 4180, one row per flow, every vendor column plus requirement and hosts).
QString planToCsv(const Plan &plan);

} // namespace tpready
