// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "pdfsections.h"

#include <QCoreApplication>

#include "core/report/compare.h"
#include "core/report/gatewayview.h"
#include "core/report/pdfpager.h"
#include "core/report/report.h"

namespace tpready::pdf {
namespace {

/// The translation context of these sections' sentences.
class PdfSectionText
{
    Q_DECLARE_TR_FUNCTIONS(PdfSectionText)
};

QString checkPlace(const CheckRecord &check)
{
    const QString host = check.host.isEmpty() ? PdfSectionText::tr("(local network)") : check.host;
    if (check.port == 0)
        return QStringLiteral("%1 %2").arg(host, toToken(check.transport).toUpper());
    return QStringLiteral("%1 %2/%3").arg(host, toToken(check.transport).toUpper()).arg(check.port);
}

} // namespace

void layOutGatewaySection(Pager &pager, const Report &report, const VerdictWords &verdicts)
{
    if (!report.gateway)
        return;
    const GatewayView &view = *report.gateway;
    pager.heading(PdfSectionText::tr("From the gateway"));
    pager.paragraph(PdfSectionText::tr("The base station ran the checks itself (tpready gateway-script) and its "
                                       "result block was merged. Where it tested a check, its verdict counts for the "
                                       "verdict above; the laptop alone said %1.")
                        .arg(readinessHeadline(report.laptopSummary().readiness)),
                    Pager::font(9.5));
    pager.keyValues({
        {PdfSectionText::tr("Gateway"), view.gateway},
        {PdfSectionText::tr("System"), view.system},
        {PdfSectionText::tr("Its resolvers"), view.resolvers.join(QStringLiteral(", "))},
        {PdfSectionText::tr("Its tools"), view.tools},
        {PdfSectionText::tr("Ran"), QStringLiteral("%1 \u2013 %2").arg(view.startedAt, view.finishedAt)},
        {PdfSectionText::tr("Block sum"), view.sum},
    });
    const QString note = resolverNote(view, selectionDnsServers(report.selection));
    if (!note.isEmpty())
        pager.paragraph(note, Pager::font(9.5, true));
    QList<Row> rows;
    QStringList notes;
    for (const CheckRecord &check : report.checks) {
        const GatewayRow *row = view.rowFor(check);
        if (!row)
            continue;
        Row line;
        line.cells << check.flowId << checkPlace(check) << verdicts.word(check.result.verdict)
                   << verdicts.word(row->verdict) << toToken(row->reason) << row->address;
        line.verdict = row->verdict;
        rows << line;
        const QString sentence = disagreementSentence(check, row);
        if (!sentence.isEmpty())
            notes << QStringLiteral("%1 %2: %3").arg(check.flowId, checkPlace(check), sentence);
    }
    pager.table({{PdfSectionText::tr("Flow"), 0.8},
                 {PdfSectionText::tr("Check"), 4.2},
                 {PdfSectionText::tr("Laptop"), 1.5},
                 {PdfSectionText::tr("Gateway"), 1.6, true, verdicts.all},
                 {PdfSectionText::tr("Reason"), 2.1},
                 {PdfSectionText::tr("Address"), 2.0}},
                rows);
    if (notes.isEmpty()) {
        pager.paragraph(PdfSectionText::tr("The two views agree wherever both tested a check."), Pager::font(9.5));
        return;
    }
    pager.paragraph(PdfSectionText::tr("Where the views disagree:"), Pager::font(9.5, true));
    for (const QString &line : std::as_const(notes))
        pager.paragraph(QStringLiteral("\u2022 ") + line, Pager::font(9), pt(6));
}

void layOutComparisonSection(Pager &pager, const Comparison &comparison, const VerdictWords &verdicts)
{
    pager.heading(PdfSectionText::tr("Since the earlier report"));
    pager.paragraph(PdfSectionText::tr("Compared with the report of %1 (%2).")
                        .arg(comparison.beforeStartedAt, comparison.beforeSelection),
                    Pager::font(9.5));
    if (!comparison.sameSelection())
        pager.paragraph(PdfSectionText::tr("The earlier report is for another selection: only the checks both "
                                           "reports share are compared."),
                        Pager::font(9.5));
    const auto group = [&pager, &verdicts](const QString &title, const QList<ComparedCheck> &list) {
        pager.paragraph(QStringLiteral("%1 (%2)").arg(title).arg(list.size()), Pager::font(9.5, true));
        if (list.isEmpty())
            return;
        QList<Row> rows;
        for (const ComparedCheck &check : list) {
            Row row;
            row.cells << comparedCheckLabel(check)
                      << (check.before ? verdicts.word(*check.before) + u' ' + toToken(check.beforeReason)
                                       : PdfSectionText::tr("absent"))
                      << (check.after ? verdicts.word(*check.after) + u' ' + toToken(check.afterReason)
                                      : PdfSectionText::tr("absent"));
            row.verdict = check.after;
            rows << row;
        }
        pager.table({{PdfSectionText::tr("Check"), 4.5},
                     {PdfSectionText::tr("Before"), 3.0},
                     {PdfSectionText::tr("Now"), 3.0, true, verdicts.all}},
                    rows);
    };
    group(PdfSectionText::tr("Newly failing"), comparison.newlyFailing);
    group(PdfSectionText::tr("Still failing"), comparison.stillFailing);
    group(PdfSectionText::tr("Fixed"), comparison.fixed);
    group(PdfSectionText::tr("Not checked in both"), comparison.notInBoth);
    pager.paragraph(PdfSectionText::tr("Unchanged and not failing: %1.").arg(comparison.unchanged), Pager::font(9.5));
}

} // namespace tpready::pdf
