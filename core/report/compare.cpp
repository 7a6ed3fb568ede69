// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "compare.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include "core/report/gatewayview.h"
#include "core/report/report.h"

namespace tpready {
namespace {

/// The translation context of the comparison's sentences.
class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(CompareText)
};

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray listToJson(const QList<ComparedCheck> &list)
{
    QJsonArray array;
    for (const ComparedCheck &check : list) {
        QJsonObject object;
        object.insert(QStringLiteral("check"), check.key);
        object.insert(QStringLiteral("flow"), check.flowId);
        object.insert(QStringLiteral("requirement"), toToken(check.requirement));
        object.insert(QStringLiteral("before"), check.before ? QJsonValue(toToken(*check.before)) : QJsonValue());
        object.insert(QStringLiteral("before_reason"),
                      check.before ? QJsonValue(toToken(check.beforeReason)) : QJsonValue());
        object.insert(QStringLiteral("after"), check.after ? QJsonValue(toToken(*check.after)) : QJsonValue());
        object.insert(QStringLiteral("after_reason"),
                      check.after ? QJsonValue(toToken(check.afterReason)) : QJsonValue());
        array.append(object);
    }
    return array;
}

bool listFromJson(const QJsonValue &value, QList<ComparedCheck> *list)
{
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        ComparedCheck check;
        check.key = object.value(QStringLiteral("check")).toString();
        check.flowId = object.value(QStringLiteral("flow")).toString();
        check.requirement = object.value(QStringLiteral("requirement")).toString() == u"optional"
                                ? Requirement::Optional
                                : Requirement::Must;
        for (const auto &[name, verdict, reasonName, reason] :
             {std::tuple{u"before", &check.before, u"before_reason", &check.beforeReason},
              std::tuple{u"after", &check.after, u"after_reason", &check.afterReason}}) {
            const QJsonValue v = object.value(QString::fromUtf16(name));
            if (v.isNull() || v.isUndefined())
                continue;
            *verdict = verdictFromToken(v.toString());
            const auto r = reasonFromToken(object.value(QString::fromUtf16(reasonName)).toString());
            if (!*verdict || !r)
                return false;
            *reason = *r;
        }
        if (check.key.isEmpty())
            return false;
        list->append(check);
    }
    return true;
}

void appendSection(QString *text, const QString &title, const QList<ComparedCheck> &list)
{
    *text += QStringLiteral("%1 (%2)\n").arg(title).arg(list.size());
    for (const ComparedCheck &check : list) {
        const QString before =
            check.before ? toToken(*check.before) + u' ' + toToken(check.beforeReason) : CompareText::tr("absent");
        const QString after =
            check.after ? toToken(*check.after) + u' ' + toToken(check.afterReason) : CompareText::tr("absent");
        *text += QStringLiteral("  %1  %2  %3 -> %4\n")
                     .arg(comparedCheckLabel(check).leftJustified(44), toToken(check.requirement).leftJustified(8),
                          before, after);
    }
}

} // namespace

QString selectionTokens(const QJsonObject &selection)
{
    const QString deployment = selection.value(QStringLiteral("deployment")).toString();
    QString where = selection.value(QStringLiteral("platform")).toString();
    if (where.isEmpty()) {
        QStringList hosts;
        for (const QJsonValue &value : selection.value(QStringLiteral("tpe")).toArray())
            hosts << value.toString();
        where = hosts.join(u',');
    }
    return QStringLiteral("%1 %2 %3").arg(deployment, where, selection.value(QStringLiteral("transport")).toString());
}

QString comparedCheckLabel(const ComparedCheck &check)
{
    // flow protocol host transport port
    const QStringList parts = check.key.split(u' ');
    if (parts.size() != 5)
        return check.key;
    const QString host = parts.at(2) == u"-" ? CompareText::tr("(local network)") : parts.at(2);
    const QString port = parts.at(4) == u"-" ? parts.at(1).toUpper() : parts.at(3).toUpper() + u'/' + parts.at(4);
    return QStringLiteral("%1 %2 %3").arg(parts.at(0), host, port);
}

Comparison compareReports(const Report &before, const Report &after)
{
    Comparison comparison;
    comparison.beforeStartedAt = isoUtc(before.startedAt);
    comparison.afterStartedAt = isoUtc(after.startedAt);
    comparison.beforeSelection = selectionTokens(before.selection);
    comparison.afterSelection = selectionTokens(after.selection);
    QHash<QString, const CheckRecord *> earlier;
    for (const CheckRecord &check : before.checks)
        earlier.insert(gatewayCheckKey(check), &check);
    QSet<QString> seen;
    const auto makeEntry = [](const QString &key, const CheckRecord &check) {
        ComparedCheck entry;
        entry.key = key;
        entry.flowId = check.flowId;
        entry.requirement = check.requirement;
        return entry;
    };
    for (const CheckRecord &check : after.checks) {
        const QString key = gatewayCheckKey(check);
        seen.insert(key);
        ComparedCheck entry = makeEntry(key, check);
        entry.after = effectiveVerdict(check, after.gateway);
        entry.afterReason = check.result.reason;
        if (after.gateway && gatewayTested(after.gateway->rowFor(check)))
            entry.afterReason = after.gateway->rowFor(check)->reason;
        const CheckRecord *old = earlier.value(key);
        if (old) {
            entry.before = effectiveVerdict(*old, before.gateway);
            entry.beforeReason = old->result.reason;
            if (before.gateway && gatewayTested(before.gateway->rowFor(*old)))
                entry.beforeReason = before.gateway->rowFor(*old)->reason;
        }
        if (!entry.before || *entry.before == Verdict::Skipped || *entry.after == Verdict::Skipped) {
            comparison.notInBoth << entry;
            continue;
        }
        const bool failedBefore = *entry.before == Verdict::Fail;
        const bool failsNow = *entry.after == Verdict::Fail;
        if (failedBefore && failsNow)
            comparison.stillFailing << entry;
        else if (failedBefore)
            comparison.fixed << entry;
        else if (failsNow)
            comparison.newlyFailing << entry;
        else
            ++comparison.unchanged;
    }
    for (const CheckRecord &check : before.checks) {
        const QString key = gatewayCheckKey(check);
        if (seen.contains(key))
            continue;
        ComparedCheck entry = makeEntry(key, check);
        entry.before = effectiveVerdict(check, before.gateway);
        entry.beforeReason = check.result.reason;
        comparison.notInBoth << entry;
    }
    return comparison;
}

QJsonObject comparisonToJson(const Comparison &comparison)
{
    QJsonObject object;
    object.insert(QStringLiteral("schema"), QString::fromUtf16(kCompareSchema));
    object.insert(QStringLiteral("before"), QJsonObject{{QStringLiteral("started_at"), comparison.beforeStartedAt},
                                                        {QStringLiteral("selection"), comparison.beforeSelection}});
    object.insert(QStringLiteral("after"), QJsonObject{{QStringLiteral("started_at"), comparison.afterStartedAt},
                                                       {QStringLiteral("selection"), comparison.afterSelection}});
    object.insert(QStringLiteral("same_selection"), comparison.sameSelection());
    object.insert(QStringLiteral("fixed"), listToJson(comparison.fixed));
    object.insert(QStringLiteral("still_failing"), listToJson(comparison.stillFailing));
    object.insert(QStringLiteral("newly_failing"), listToJson(comparison.newlyFailing));
    object.insert(QStringLiteral("not_in_both"), listToJson(comparison.notInBoth));
    object.insert(QStringLiteral("unchanged"), comparison.unchanged);
    return object;
}

std::optional<Comparison> comparisonFromJson(const QJsonObject &object, QString *error)
{
    if (object.value(QStringLiteral("schema")).toString() != QString::fromUtf16(kCompareSchema)) {
        *error = CompareText::tr("report key comparison.schema is not %1").arg(QString::fromUtf16(kCompareSchema));
        return std::nullopt;
    }
    Comparison comparison;
    const QJsonObject before = object.value(QStringLiteral("before")).toObject();
    const QJsonObject after = object.value(QStringLiteral("after")).toObject();
    comparison.beforeStartedAt = before.value(QStringLiteral("started_at")).toString();
    comparison.beforeSelection = before.value(QStringLiteral("selection")).toString();
    comparison.afterStartedAt = after.value(QStringLiteral("started_at")).toString();
    comparison.afterSelection = after.value(QStringLiteral("selection")).toString();
    comparison.unchanged = object.value(QStringLiteral("unchanged")).toInt();
    if (!listFromJson(object.value(QStringLiteral("fixed")), &comparison.fixed) ||
        !listFromJson(object.value(QStringLiteral("still_failing")), &comparison.stillFailing) ||
        !listFromJson(object.value(QStringLiteral("newly_failing")), &comparison.newlyFailing) ||
        !listFromJson(object.value(QStringLiteral("not_in_both")), &comparison.notInBoth)) {
        *error = CompareText::tr("report key comparison holds a check with an unknown verdict or reason");
        return std::nullopt;
    }
    return comparison;
}

QString comparisonToText(const Comparison &comparison)
{
    QString text = CompareText::tr("Earlier report: %1 (%2)\nLater report:   %3 (%4)\n")
                       .arg(comparison.beforeStartedAt, comparison.beforeSelection, comparison.afterStartedAt,
                            comparison.afterSelection);
    if (!comparison.sameSelection())
        text += CompareText::tr("The two reports are for different selections: only the checks they share are "
                                "compared.\n");
    text += u'\n';
    appendSection(&text, CompareText::tr("Newly failing"), comparison.newlyFailing);
    appendSection(&text, CompareText::tr("Still failing"), comparison.stillFailing);
    appendSection(&text, CompareText::tr("Fixed"), comparison.fixed);
    appendSection(&text, CompareText::tr("Not checked in both"), comparison.notInBoth);
    text += CompareText::tr("Unchanged and not failing: %1\n").arg(comparison.unchanged);
    return text;
}

} // namespace tpready
