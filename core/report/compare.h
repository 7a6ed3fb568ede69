// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

#include "core/catalog/vocabulary.h"
#include "core/probes/proberesult.h"

namespace tpready {

struct Report;

/// The schema of `tpready compare --json` and of a report's `comparison` section.
inline constexpr char16_t kCompareSchema[] = u"tpready-compare/1";

/// One check seen in either report, matched by flow, protocol, host, transport and port.
struct ComparedCheck
{
    QString key; ///< gatewayCheckKey()
    QString flowId;
    Requirement requirement = Requirement::Must;
    std::optional<Verdict> before; ///< none: not in the earlier report
    std::optional<Verdict> after;  ///< none: not in the later report
    Reason beforeReason = Reason::Ok;
    Reason afterReason = Reason::Ok;
};

/// What changed between an earlier and a later report, with the verdict that counts in each (the gateway's where it
/// tested a check).
struct Comparison
{
    QString beforeStartedAt; ///< ISO 8601, as the reports say
    QString afterStartedAt;
    QString beforeSelection; ///< "saas eu-prod lrr-tls"
    QString afterSelection;
    QList<ComparedCheck> fixed;        ///< failed before, not now
    QList<ComparedCheck> stillFailing; ///< failed in both
    QList<ComparedCheck> newlyFailing; ///< tested and not failing before, failing now
    QList<ComparedCheck> notInBoth;    ///< in one report only, or not tested (skipped) in one of them
    int unchanged = 0;                 ///< tested in both, failing in neither

    bool sameSelection() const { return beforeSelection == afterSelection; }
};

Comparison compareReports(const Report &before, const Report &after);

/// The comparison as `tpready compare --json` prints it and a report's `comparison` section holds it.
QJsonObject comparisonToJson(const Comparison &comparison);
std::optional<Comparison> comparisonFromJson(const QJsonObject &object, QString *error);
/// The comparison for a terminal.
QString comparisonToText(const Comparison &comparison);
/// "i7a slrc1.eu.thingpark.com TCP/3001" from a key.
QString comparedCheckLabel(const ComparedCheck &check);
/// A report's selection in the words of a key: "saas eu-prod lrr-tls".
QString selectionTokens(const QJsonObject &selection);

} // namespace tpready
