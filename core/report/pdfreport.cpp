// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "pdfreport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>
#include <QTimeZone>
#include <algorithm>
#include <functional>

#include "core/report/changerequest.h"
#include "core/report/readiness.h"
#include "core/report/report.h"
#include "core/report/reportfiles.h"
#include "core/report/verdicticon.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class PdfReportText
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportText)
};

constexpr int kDpi = 300;
constexpr qreal kMarginMm = 16;
constexpr int kMaxEvidenceLines = 80;
constexpr int kMaxEvidenceLine = 400;

qreal pt(qreal points)
{
    return points * kDpi / 72.0;
}

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kHeaderFill(0xe8, 0xe8, 0xe8);

QColor verdictColor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QColor(0x1e, 0x7b, 0x34);
    case Verdict::Fail:
        return QColor(0xb0, 0x1c, 0x1c);
    case Verdict::Warn:
        return QColor(0xa8, 0x5a, 0x00);
    case Verdict::Info:
        return QColor(0x1c, 0x4f, 0x9c);
    case Verdict::Skipped:
        break;
    }
    return kMuted;
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return PdfReportText::tr("PASS");
    case Verdict::Fail:
        return PdfReportText::tr("FAIL");
    case Verdict::Warn:
        return PdfReportText::tr("WARN");
    case Verdict::Info:
        return PdfReportText::tr("INFO");
    case Verdict::Skipped:
        return PdfReportText::tr("SKIPPED");
    }
    return {};
}

/// A shape per verdict, so that a black-and-white print tells them apart without colour.
void drawVerdictIcon(QPainter *painter, const QRectF &box, Verdict verdict)
{
    tpready::drawVerdictIcon(painter, box, verdict, verdictColor(verdict), Qt::white);
}

QTextOption wrapping(Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextOption option(alignment);
    // Words where possible; long host names and digests break anywhere rather than being clipped.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

/// Text laid out at a width: its lines, so that a paragraph can continue on the next page.
class WrappedText
{
public:
    WrappedText(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
                Qt::Alignment alignment = Qt::AlignLeft)
        : m_layout(text, font, device)
    {
        m_layout.setTextOption(wrapping(alignment));
        m_layout.beginLayout();
        qreal y = 0;
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        m_layout.endLayout();
        m_height = y;
    }
    qreal height() const { return m_height; }
    int lineCount() const { return m_layout.lineCount(); }
    qreal lineHeight(int i) const { return m_layout.lineAt(i).height(); }
    void draw(QPainter *painter, const QPointF &origin) const { m_layout.draw(painter, origin); }
    void drawLine(QPainter *painter, int i, const QPointF &origin) const
    {
        const QTextLine line = m_layout.lineAt(i);
        line.draw(painter, origin - QPointF(0, line.y()));
    }

private:
    QTextLayout m_layout;
    qreal m_height = 0;
};

struct Column
{
    QString title;
    qreal weight = 1;
    bool verdict = false; ///< draws an icon before the text
};

struct Row
{
    QStringList cells;
    std::optional<Verdict> verdict;
};

/// Lays out the report on pages: a running header and a "page X of Y" footer, paragraphs that continue across
/// pages, table rows that never split (the header row is repeated on each page). Run once to count the pages
/// (no painter), then again to paint.
class Pager
{
public:
    Pager(QPdfWriter *writer, QPainter *painter, QString headerLeft, QString footerLeft, int totalPages)
        : m_writer(writer), m_painter(painter), m_headerLeft(std::move(headerLeft)),
          m_footerLeft(std::move(footerLeft)), m_totalPages(totalPages)
    {
        const QRectF page = writer->pageLayout().paintRectPixels(kDpi);
        m_width = page.width();
        m_height = page.height();
        m_bodyTop = pt(26);
        m_bodyBottom = m_height - pt(26);
        m_y = m_bodyTop;
        decorate();
    }

    QPaintDevice *device() const { return m_writer; }
    QPainter *painter() const { return m_painter; }
    qreal width() const { return m_width; }
    int pageCount() const { return m_page; }
    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }
    qreal remaining() const { return m_bodyBottom - m_y; }

    /// Starts a new page unless @p height still fits on this one.
    bool ensure(qreal height)
    {
        if (height <= remaining() || m_y <= m_bodyTop + 1)
            return false;
        newPage();
        return true;
    }

    void newPage()
    {
        if (m_painter)
            m_writer->newPage();
        ++m_page;
        m_y = m_bodyTop;
        decorate();
    }

    static QFont font(qreal points, bool bold = false)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    void heading(const QString &text, qreal points = 13)
    {
        const WrappedText wrapped(text, font(points, true), m_width, device());
        ensure(wrapped.height() + pt(60)); // keep a heading with the first lines of what follows it
        advance(pt(6));
        if (m_painter) {
            m_painter->setPen(kText);
            wrapped.draw(m_painter, QPointF(0, m_y));
        }
        advance(wrapped.height() + pt(3));
        if (m_painter) {
            m_painter->setPen(QPen(kRule, pt(0.6)));
            m_painter->drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        }
        advance(pt(5));
    }

    void paragraph(const QString &text, const QFont &f, qreal indent = 0, const QColor &color = kText)
    {
        const WrappedText wrapped(text, f, m_width - indent, device());
        for (int i = 0; i < wrapped.lineCount(); ++i) {
            ensure(wrapped.lineHeight(i));
            if (m_painter) {
                m_painter->setPen(color);
                wrapped.drawLine(m_painter, i, QPointF(indent, m_y));
            }
            advance(wrapped.lineHeight(i));
        }
        advance(pt(3));
    }

    /// A fixed-width font: digests and addresses read better, and a digest fits on one line.
    static QFont monoFont(qreal points)
    {
        QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        f.setFamily(QStringLiteral("DejaVu Sans Mono"));
        f.setPointSizeF(points);
        return f;
    }

    /// Key/value rows; the values of the keys in @p monoKeys use the fixed-width font.
    void keyValues(const QList<std::pair<QString, QString>> &pairs, const QStringList &monoKeys = {})
    {
        const qreal keyWidth = m_width * 0.26;
        const QFont keyFont = font(9, true);
        const QFont valueFont = font(9);
        for (const auto &[key, value] : pairs) {
            const WrappedText k(key, keyFont, keyWidth - pt(6), device());
            const WrappedText v(value.isEmpty() ? QStringLiteral("\u2014") : value,
                                monoKeys.contains(key) ? monoFont(7.5) : valueFont, m_width - keyWidth, device());
            const qreal h = qMax(k.height(), v.height()) + pt(3);
            ensure(h);
            if (m_painter) {
                m_painter->setPen(kMuted);
                k.draw(m_painter, QPointF(0, m_y));
                m_painter->setPen(kText);
                v.draw(m_painter, QPointF(keyWidth, m_y));
            }
            advance(h);
        }
        advance(pt(4));
    }

    /// Adjusts the columns' widths (first given by their weights) to what they hold. Every column first gets the
    /// width of its widest word, title included (titles in other languages are longer than in English; a port such
    /// as UDP/4500 or a host name must not be broken), taken from columns wider than their own widest word. If the
    /// page is too narrow for that, the titles and verdict labels still fit whole, and long data (host names) wraps.
    void fitWords(const QList<Column> &columns, const QList<Row> &rows, QList<qreal> *widths, const QFont &headerFont,
                  const QFont &cellFont, qreal pad, qreal iconSize) const
    {
        const QFontMetricsF headerMetrics(headerFont, device());
        const QFontMetricsF cellMetrics(cellFont, device());
        auto widestWord = [](const QString &text, const QFontMetricsF &metrics) {
            qreal widest = 0;
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                widest = qMax(widest, metrics.horizontalAdvance(word));
            return widest;
        };
        QList<qreal> minimum;     // what the column must have: its title's words, its verdict labels
        QList<qreal> comfortable; // what its data needs not to wrap inside a word
        for (int i = 0; i < columns.size(); ++i) {
            const Column &column = columns.at(i);
            const qreal extra = 2 * pad + pt(0.5) + (column.verdict ? iconSize + pad : 0);
            qreal word = widestWord(column.title, headerMetrics) - (column.verdict ? iconSize + pad : 0);
            if (column.verdict) {
                for (const Verdict verdict :
                     {Verdict::Pass, Verdict::Fail, Verdict::Warn, Verdict::Info, Verdict::Skipped})
                    word = qMax(word, cellMetrics.horizontalAdvance(verdictText(verdict)));
            }
            qreal data = word;
            for (const Row &row : rows) {
                if (i < row.cells.size())
                    data = qMax(data, widestWord(row.cells.at(i), cellMetrics));
            }
            minimum << word + extra;
            comfortable << qMax(word, data) + extra;
        }
        // Moves width from the columns above their target to those below it, keeping the total: the smallest needs
        // are met first (a port, an address, a reason stay whole), the widest cell (a very long host name) wraps.
        auto rebalance = [widths](const QList<qreal> &target) {
            qreal spare = 0;
            QList<int> needy;
            for (int i = 0; i < widths->size(); ++i) {
                spare += qMax<qreal>(0, widths->at(i) - target.at(i));
                if (target.at(i) > widths->at(i))
                    needy << i;
            }
            std::sort(needy.begin(), needy.end(),
                      [&](int a, int b) { return target.at(a) - widths->at(a) < target.at(b) - widths->at(b); });
            const QList<qreal> before = *widths;
            qreal given = 0;
            for (const int i : std::as_const(needy)) {
                const qreal share = qMin(target.at(i) - widths->at(i), spare - given);
                (*widths)[i] += share;
                given += share;
            }
            if (given <= 0)
                return;
            for (int i = 0; i < widths->size(); ++i) {
                const qreal surplus = before.at(i) - target.at(i);
                if (surplus > 0)
                    (*widths)[i] -= given * surplus / spare;
            }
        };
        rebalance(comfortable);
        rebalance(minimum);
        for (int i = 0; i < widths->size(); ++i)
            (*widths)[i] = qMax(widths->at(i), minimum.at(i));
    }

    void table(const QList<Column> &columns, const QList<Row> &rows, qreal points = 8)
    {
        qreal total = 0;
        for (const Column &c : columns)
            total += c.weight;
        QList<qreal> widths;
        for (const Column &c : columns)
            widths << m_width * c.weight / total;
        const qreal pad = pt(2.5);
        const QFont headerFont = font(points, true);
        const QFont cellFont = font(points);
        const qreal iconSize = pt(points + 1);
        fitWords(columns, rows, &widths, headerFont, cellFont, pad, iconSize);

        auto rowHeight = [&](const QStringList &cells, const QFont &f, const QList<Column> &cols) {
            qreal h = 0;
            for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
                const qreal inner = widths.at(i) - 2 * pad - (cols.at(i).verdict ? iconSize + pad : 0);
                h = qMax(h, WrappedText(cells.at(i), f, inner, device()).height());
            }
            return h + 2 * pad;
        };
        QStringList titles;
        for (const Column &c : columns)
            titles << c.title;
        const qreal headerHeight = rowHeight(titles, headerFont, QList<Column>(columns.size()));

        auto drawRow = [&](const QStringList &cells, const QFont &f, qreal h, bool header,
                           std::optional<Verdict> verdict) {
            if (!m_painter)
                return;
            if (header) {
                m_painter->fillRect(QRectF(0, m_y, m_width, h), kHeaderFill);
            }
            qreal x = 0;
            for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
                qreal textX = x + pad;
                if (!header && columns.at(i).verdict && verdict) {
                    drawVerdictIcon(m_painter, QRectF(textX, m_y + pad, iconSize, iconSize), *verdict);
                    textX += iconSize + pad;
                }
                const qreal inner = x + widths.at(i) - pad - textX;
                const WrappedText text(cells.at(i), f, inner, device());
                m_painter->setPen(!header && columns.at(i).verdict && verdict ? verdictColor(*verdict) : kText);
                text.draw(m_painter, QPointF(textX, m_y + pad));
                x += widths.at(i);
            }
            m_painter->setPen(QPen(kRule, pt(0.4)));
            m_painter->drawLine(QPointF(0, m_y + h), QPointF(m_width, m_y + h));
        };

        ensure(headerHeight + pt(24));
        drawRow(titles, headerFont, headerHeight, true, std::nullopt);
        advance(headerHeight);
        for (const Row &row : rows) {
            const qreal h = rowHeight(row.cells, cellFont, columns);
            if (ensure(h)) {
                drawRow(titles, headerFont, headerHeight, true, std::nullopt);
                advance(headerHeight);
            }
            drawRow(row.cells, cellFont, h, false, row.verdict);
            advance(h);
        }
        advance(pt(8));
    }

private:
    void decorate()
    {
        if (!m_painter)
            return;
        const QFont small = font(7.5);
        m_painter->setFont(small);
        m_painter->setPen(kMuted);
        const qreal lineHeight = QFontMetricsF(small, m_writer).height();
        m_painter->drawText(QRectF(0, 0, m_width * 0.75, lineHeight), Qt::AlignLeft | Qt::AlignTop, m_headerLeft);
        m_painter->drawText(QRectF(0, 0, m_width, lineHeight), Qt::AlignRight | Qt::AlignTop,
                            PdfReportText::tr("ThingPark readiness report"));
        m_painter->setPen(QPen(kRule, pt(0.5)));
        m_painter->drawLine(QPointF(0, lineHeight + pt(3)), QPointF(m_width, lineHeight + pt(3)));
        const qreal footerY = m_height - lineHeight;
        m_painter->setPen(kMuted);
        m_painter->drawText(QRectF(0, footerY, m_width * 0.8, lineHeight), Qt::AlignLeft | Qt::AlignBottom,
                            m_footerLeft);
        m_painter->drawText(QRectF(0, footerY, m_width, lineHeight), Qt::AlignRight | Qt::AlignBottom,
                            PdfReportText::tr("page %1 of %2").arg(m_page).arg(m_totalPages));
    }

    QPdfWriter *m_writer;
    QPainter *m_painter;
    QString m_headerLeft;
    QString m_footerLeft;
    int m_totalPages;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_bodyTop = 0;
    qreal m_bodyBottom = 0;
    qreal m_y = 0;
    int m_page = 1;
};

QString formatTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = qAbs(offset) / 60;
    return QStringLiteral("%1 %2 (UTC%3%4:%5)")
        .arg(QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss")), local.timeZoneAbbreviation(), sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString portLabel(const CheckRecord &check)
{
    return serviceLabel(check);
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == static_cast<qint64>(d) ? QString::number(static_cast<qint64>(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

/// "key.sub: value" lines of an evidence object, bounded.
void flatten(const QJsonValue &value, const QString &prefix, QStringList *lines)
{
    if (lines->size() >= kMaxEvidenceLines)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), lines);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool scalars = true;
        for (const QJsonValue &item : array)
            scalars = scalars && !item.isObject() && !item.isArray();
        if (scalars) {
            QStringList items;
            for (const QJsonValue &item : array)
                items << jsonValueText(item);
            lines->append(
                QStringLiteral("%1: %2").arg(prefix, items.join(QStringLiteral(", "))).left(kMaxEvidenceLine));
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(array.at(i), QStringLiteral("%1[%2]").arg(prefix).arg(i), lines);
        return;
    }
    lines->append(QStringLiteral("%1: %2").arg(prefix, jsonValueText(value)).left(kMaxEvidenceLine));
}

QString selectionValue(const QJsonObject &selection, const char *key)
{
    const QJsonValue value = selection.value(QLatin1String(key));
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << jsonValueText(item);
        return items.join(QStringLiteral(", "));
    }
    return value.isNull() || value.isUndefined() ? QString() : jsonValueText(value);
}

void layOut(Pager &pager, const Report &report, const QString &digest)
{
    const Summary summary = report.summary();
    QPainter *painter = pager.painter();

    // Title and verdict.
    {
        const QFont titleFont = Pager::font(18, true);
        const WrappedText title(PdfReportText::tr("ThingPark readiness report"), titleFont, pager.width(),
                                pager.device());
        if (painter) {
            painter->setPen(kText);
            title.draw(painter, QPointF(0, pager.y()));
        }
        pager.advance(title.height() + pt(8));
        const QFont verdictFont = Pager::font(20, true);
        const Verdict headline = readinessShape(summary.readiness);
        const qreal iconSize = pt(26);
        const WrappedText verdict(readinessHeadline(summary.readiness), verdictFont, pager.width() - iconSize - pt(10),
                                  pager.device());
        if (painter) {
            drawVerdictIcon(painter, QRectF(0, pager.y(), iconSize, iconSize), headline);
            painter->setPen(verdictColor(headline));
            verdict.draw(painter, QPointF(iconSize + pt(10), pager.y() + (iconSize - verdict.height()) / 2));
        }
        pager.advance(qMax(iconSize, verdict.height()) + pt(6));
        QString explanation;
        switch (summary.readiness) {
        case Readiness::Ready:
            explanation = PdfReportText::tr("Every MUST flow was proven reachable from this site's network.");
            break;
        case Readiness::ReadyWithWarnings:
            explanation =
                PdfReportText::tr("No MUST flow failed, but some checks need attention: see the warnings below.");
            break;
        case Readiness::NotReady:
            explanation =
                PdfReportText::tr("%n MUST check(s) failed: the firewall change request below lists what to open.",
                                  nullptr, summary.mustFailures);
            break;
        }
        pager.paragraph(explanation, Pager::font(10));
        pager.paragraph(PdfReportText::tr("%1 pass, %2 fail, %3 warn, %4 info, %5 skipped, out of %6 checks.")
                            .arg(summary.pass)
                            .arg(summary.fail)
                            .arg(summary.warn)
                            .arg(summary.info)
                            .arg(summary.skipped)
                            .arg(report.checks.size()),
                        Pager::font(10));
    }

    pager.heading(PdfReportText::tr("Site and run"));
    pager.keyValues(
        {
            {PdfReportText::tr("Site"), report.site.name},
            {PdfReportText::tr("Operator"), report.site.operatorName},
            {PdfReportText::tr("Notes"), report.site.notes},
            {PdfReportText::tr("Gateway id"), report.site.gatewayId},
            {PdfReportText::tr("Started"), formatTime(report.startedAt)},
            {PdfReportText::tr("Duration"), PdfReportText::tr("%1 ms").arg(report.durationMs)},
            {PdfReportText::tr("Tool"), QStringLiteral("%1 %2").arg(report.toolName, report.toolVersion)},
            {PdfReportText::tr("Report SHA-256"), digest},
        },
        {PdfReportText::tr("Report SHA-256")});

    const QJsonObject &selection = report.selection;
    pager.heading(PdfReportText::tr("Selection"));
    const auto deployment = deploymentFromToken(selection.value(QStringLiteral("deployment")).toString());
    const auto transport = transportFromToken(selection.value(QStringLiteral("transport")).toString());
    QList<std::pair<QString, QString>> selectionRows;
    selectionRows << std::pair{PdfReportText::tr("Deployment"),
                               deployment ? displayName(*deployment) : selectionValue(selection, "deployment")};
    if (deployment == Deployment::SelfHosted) {
        selectionRows << std::pair{PdfReportText::tr("TPE"), selectionValue(selection, "tpe")};
        selectionRows << std::pair{PdfReportText::tr("TPE mode"),
                                   selection.value(QStringLiteral("high_availability")).toBool()
                                       ? PdfReportText::tr("high availability")
                                       : PdfReportText::tr("standalone")};
    } else {
        const QString name = selectionValue(selection, "platform_name");
        selectionRows << std::pair{PdfReportText::tr("Platform"),
                                   name.isEmpty()
                                       ? selectionValue(selection, "platform")
                                       : QStringLiteral("%1 (%2)").arg(name, selectionValue(selection, "platform"))};
    }
    selectionRows << std::pair{PdfReportText::tr("Transport"),
                               transport ? displayName(*transport) : selectionValue(selection, "transport")};
    if (!transport || isLrrTransport(*transport)) {
        const QString version = selectionValue(selection, "lrr_version");
        selectionRows << std::pair{PdfReportText::tr("LRR version"),
                                   version.isEmpty() ? PdfReportText::tr("current") : version};
    }
    selectionRows << std::pair{PdfReportText::tr("NTP servers"), selectionValue(selection, "ntp_servers")};
    selectionRows << std::pair{PdfReportText::tr("DNS servers"), selectionValue(selection, "dns_servers")};
    pager.keyValues(selectionRows);

    pager.heading(PdfReportText::tr("Checks"));
    QList<Row> rows;
    for (const CheckRecord &check : report.checks) {
        Row row;
        row.cells << check.flowId
                  << (check.requirement == Requirement::Must ? PdfReportText::tr("MUST")
                                                             : PdfReportText::tr("OPTIONAL"))
                  << toToken(check.protocol).toUpper()
                  << (check.host.isEmpty() ? PdfReportText::tr("(local network)") : check.host) << check.result.address
                  << portLabel(check) << verdictText(check.result.verdict) << toToken(check.result.reason)
                  << (check.result.latencyMs >= 0 ? PdfReportText::tr("%1 ms").arg(check.result.latencyMs) : QString());
        row.verdict = check.result.verdict;
        rows << row;
    }
    pager.table({{PdfReportText::tr("Flow"), 0.8},
                 {PdfReportText::tr("Req."), 1.55},
                 {PdfReportText::tr("Protocol"), 1.55},
                 {PdfReportText::tr("Host"), 3.0},
                 {PdfReportText::tr("Address"), 2.0},
                 {PdfReportText::tr("Port"), 1.25},
                 {PdfReportText::tr("Verdict"), 1.55, true},
                 {PdfReportText::tr("Reason"), 2.1},
                 {PdfReportText::tr("Latency"), 1.4}},
                rows);

    pager.heading(PdfReportText::tr("Firewall change request"));
    const ChangeRequest request = changeRequest(report);
    // The source IT can type into a rule: the network the laptop was on, when it is known (and not redacted).
    const QString network = laptopNetwork(report.environment);
    const QString source = network.isEmpty() ? PdfReportText::tr("the gateway's LAN") : network;
    QList<Row> rules;
    for (const FirewallRule &rule : request.rules) {
        Row row;
        row.cells << QString::number(rules.size() + 1) << source
                  << (rule.host.isEmpty() ? PdfReportText::tr("(local network)") : rule.host)
                  << rule.addresses.join(u' ') << rule.service
                  << (rule.direction == Direction::Bidirectional ? PdfReportText::tr("both ways")
                                                                 : PdfReportText::tr("outbound"))
                  << rule.flowIds.join(QStringLiteral(", "))
                  << (rule.requirement == Requirement::Must ? PdfReportText::tr("MUST") : PdfReportText::tr("OPTIONAL"))
                  << rule.reasons.join(QStringLiteral(", "));
        rules << row;
    }
    if (request.isEmpty()) {
        pager.paragraph(PdfReportText::tr("No change is needed: every flow that was tested got through."),
                        Pager::font(9.5));
    } else if (rules.isEmpty()) {
        pager.paragraph(PdfReportText::tr("No firewall rule is missing, but the following needs attention."),
                        Pager::font(9.5));
    } else {
        pager.paragraph(PdfReportText::tr(
                            "Allow the following from the gateway's LAN. Replies to these flows must be allowed back."),
                        Pager::font(9.5));
        pager.table({{PdfReportText::tr("#"), 0.45},
                     {PdfReportText::tr("Source"), 1.7},
                     {PdfReportText::tr("Destination"), 2.8},
                     {PdfReportText::tr("Addresses"), 2.3},
                     {PdfReportText::tr("Protocol/port"), 1.5},
                     {PdfReportText::tr("Direction"), 1.35},
                     {PdfReportText::tr("Flow"), 0.8},
                     {PdfReportText::tr("Req."), 1.45},
                     {PdfReportText::tr("Found"), 1.6}},
                    rules);
    }
    for (const QString &action : std::as_const(request.actions))
        pager.paragraph(QStringLiteral("\u2022 ") + action, Pager::font(9), pt(6));

    pager.heading(PdfReportText::tr("What this test can and cannot prove"));
    pager.paragraph(PdfReportText::tr(
                        "The checks ran from a laptop on the gateway's LAN. They prove what this network lets through "
                        "for that laptop. The gateway may still be treated differently: by its own address or MAC "
                        "address (port security, 802.1X, firewall rules per host), by another VLAN, by another NAT or "
                        "route, by its own DNS and clock. ESP (IP protocol 50) cannot be tested without the gateway's "
                        "credentials. Run the test on the gateway's own cable or VLAN for the closest result."),
                    Pager::font(9.5));

    pager.heading(PdfReportText::tr("Environment"));
    const Environment &env = report.environment;
    QList<std::pair<QString, QString>> envRows;
    envRows << std::pair{PdfReportText::tr("Operating system"), env.os};
    for (const InterfaceInfo &iface : env.interfaces) {
        QString text = QStringLiteral("%1 (%2%3): %4")
                           .arg(iface.name, iface.kind, iface.up ? QString() : PdfReportText::tr(", down"),
                                iface.addresses.join(QStringLiteral(", ")));
        if (iface.defaultRoute)
            text += u' ' + PdfReportText::tr("[default route]");
        envRows << std::pair{PdfReportText::tr("Interface"), text};
    }
    envRows << std::pair{PdfReportText::tr("Default gateway"), env.defaultGateways.join(QStringLiteral(", "))};
    envRows << std::pair{PdfReportText::tr("DNS servers"), env.dnsServers.join(QStringLiteral(", "))};
    envRows << std::pair{PdfReportText::tr("Proxy"), env.proxy};
    envRows << std::pair{PdfReportText::tr("Clock offset"),
                         env.clockOffsetMs
                             ? PdfReportText::tr("%1 ms (against %2)").arg(*env.clockOffsetMs).arg(env.clockSource)
                             : PdfReportText::tr("not measured")};
    envRows << std::pair{PdfReportText::tr("DHCP"), env.dhcp};
    pager.keyValues(envRows);

    pager.heading(PdfReportText::tr("Evidence"));
    for (const CheckRecord &check : report.checks) {
        const QString title =
            QStringLiteral("%1  %2 %3  \u2014  %4 (%5)")
                .arg(check.flowId, check.host.isEmpty() ? PdfReportText::tr("(local network)") : check.host,
                     portLabel(check), verdictText(check.result.verdict), toToken(check.result.reason));
        const WrappedText titleText(title, Pager::font(9, true), pager.width(), pager.device());
        pager.ensure(titleText.height() + pt(30));
        if (painter) {
            painter->setPen(verdictColor(check.result.verdict));
            titleText.draw(painter, QPointF(0, pager.y()));
        }
        pager.advance(titleText.height() + pt(2));
        pager.paragraph(check.result.detail, Pager::font(8.5), pt(8));
        if (!check.result.remediation.isEmpty())
            pager.paragraph(PdfReportText::tr("To do: %1").arg(check.result.remediation), Pager::font(8.5), pt(8));
        QStringList lines;
        flatten(check.result.evidence, QString(), &lines);
        if (lines.size() >= kMaxEvidenceLines)
            lines << PdfReportText::tr("(more evidence in the JSON report)");
        const QFont mono = Pager::monoFont(7.5);
        for (const QString &line : std::as_const(lines))
            pager.paragraph(line, mono, pt(8), kMuted);
        pager.advance(pt(4));
    }

    pager.heading(PdfReportText::tr("Integrity"));
    pager.paragraph(PdfReportText::tr("SHA-256 of the JSON report saved with this PDF:"), Pager::font(9));
    pager.paragraph(digest, Pager::monoFont(8));
    pager.paragraph(
        PdfReportText::tr("Compute it with 'sha256sum FILE.json' (or 'certutil -hashfile FILE.json SHA256' on Windows) "
                          "to check that both describe the same run."),
        Pager::font(9));
}

} // namespace

QPageSize defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QString reportDigest(const QByteArray &reportJson)
{
    return QString::fromLatin1(QCryptographicHash::hash(reportJson, QCryptographicHash::Sha256).toHex());
}

QString renderPdfReport(const Report &report, const QByteArray &reportJson, QIODevice *device,
                        const PdfOptions &options)
{
    const QString digest = reportDigest(reportJson);
    QPdfWriter writer(device);
    writer.setResolution(kDpi);
    writer.setCreator(QStringLiteral("tpready %1").arg(report.toolVersion));
    writer.setTitle(PdfReportText::tr("ThingPark readiness report: %1")
                        .arg(report.site.name.isEmpty() ? PdfReportText::tr("unnamed site") : report.site.name));
    // The paper is the reader's region's (the system locale), whatever language the report is written in.
    writer.setPageLayout(QPageLayout(options.pageSize.value_or(defaultPageSize(QLocale::system())),
                                     QPageLayout::Portrait, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));

    const QString headerLeft =
        QStringLiteral("%1 \u2014 %2")
            .arg(report.site.name.isEmpty() ? PdfReportText::tr("unnamed site") : report.site.name,
                 formatTime(report.startedAt));
    const QString footerLeft =
        QStringLiteral("tpready %1 \u2014 SHA-256 %2\u2026").arg(report.toolVersion, digest.left(16));
    // First pass: count the pages. Second: paint them, now that "page X of Y" is known.
    Pager counter(&writer, nullptr, headerLeft, footerLeft, 0);
    layOut(counter, report, digest);
    const int pages = counter.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return PdfReportText::tr("the PDF could not be started");
    Pager pager(&writer, &painter, headerLeft, footerLeft, pages);
    layOut(pager, report, digest);
    painter.end();
    if (pager.pageCount() != pages)
        return PdfReportText::tr("the PDF layout was not stable (%1 pages, then %2)").arg(pages).arg(pager.pageCount());
    return {};
}

QString writePdfReport(const Report &report, const QByteArray &reportJson, const QString &path,
                       const PdfOptions &options)
{
    if (QFileInfo(path).isDir())
        return PdfReportText::tr("cannot write %1: it is a directory").arg(path);
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const QString problem = renderPdfReport(report, reportJson, &pdf, options);
    if (!problem.isEmpty())
        return PdfReportText::tr("cannot write %1: %2").arg(path, problem);
    // Whole or not at all, never over a device: the one writer of report files.
    return writeAtomically(path, pdf.data());
}

} // namespace tpready
