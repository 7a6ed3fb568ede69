// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "pdfpager.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

#include "core/report/verdicticon.h"

namespace tpready::pdf {
namespace {

QTextOption wrapping(Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextOption option(alignment);
    // Words where possible; long host names and digests break anywhere rather than being clipped.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

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

void drawVerdict(QPainter *painter, const QRectF &box, Verdict verdict)
{
    drawVerdictIcon(painter, box, verdict, verdictColor(verdict), Qt::white);
}

WrappedText::WrappedText(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
                         Qt::Alignment alignment)
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

void WrappedText::drawLine(QPainter *painter, int i, const QPointF &origin) const
{
    const QTextLine line = m_layout.lineAt(i);
    line.draw(painter, origin - QPointF(0, line.y()));
}

Pager::Pager(QPdfWriter *writer, QPainter *painter, PageFrame frame, int totalPages)
    : m_writer(writer), m_painter(painter), m_frame(std::move(frame)), m_totalPages(totalPages)
{
    const QRectF page = writer->pageLayout().paintRectPixels(kDpi);
    m_width = page.width();
    m_height = page.height();
    m_bodyTop = pt(26);
    m_bodyBottom = m_height - pt(26);
    m_y = m_bodyTop;
    decorate();
}

QPaintDevice *Pager::device() const
{
    return m_writer;
}

bool Pager::ensure(qreal height)
{
    if (height <= remaining() || m_y <= m_bodyTop + 1)
        return false;
    newPage();
    return true;
}

void Pager::newPage()
{
    if (m_painter)
        m_writer->newPage();
    ++m_page;
    m_y = m_bodyTop;
    decorate();
}

QFont Pager::font(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void Pager::heading(const QString &text, qreal points)
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

void Pager::paragraph(const QString &text, const QFont &f, qreal indent, const QColor &color)
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

QFont Pager::monoFont(qreal points)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setFamily(QStringLiteral("DejaVu Sans Mono"));
    f.setPointSizeF(points);
    return f;
}

void Pager::keyValues(const QList<std::pair<QString, QString>> &pairs, const QStringList &monoKeys)
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

void Pager::fitWords(const QList<Column> &columns, const QList<Row> &rows, QList<qreal> *widths,
                     const QFont &headerFont, const QFont &cellFont, qreal pad, qreal iconSize) const
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
        for (const QString &label : column.labels)
            word = qMax(word, cellMetrics.horizontalAdvance(label));
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

void Pager::table(const QList<Column> &columns, const QList<Row> &rows, qreal points)
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

    auto drawRow = [&](const QStringList &cells, const QFont &f, qreal h, bool header, std::optional<Verdict> verdict) {
        if (!m_painter)
            return;
        if (header) {
            m_painter->fillRect(QRectF(0, m_y, m_width, h), kHeaderFill);
        }
        qreal x = 0;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            qreal textX = x + pad;
            if (!header && columns.at(i).verdict && verdict) {
                drawVerdict(m_painter, QRectF(textX, m_y + pad, iconSize, iconSize), *verdict);
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

void Pager::decorate()
{
    if (!m_painter)
        return;
    const QFont small = font(7.5);
    m_painter->setFont(small);
    m_painter->setPen(kMuted);
    const qreal lineHeight = QFontMetricsF(small, m_writer).height();
    m_painter->drawText(QRectF(0, 0, m_width * 0.75, lineHeight), Qt::AlignLeft | Qt::AlignTop, m_frame.headerLeft);
    m_painter->drawText(QRectF(0, 0, m_width, lineHeight), Qt::AlignRight | Qt::AlignTop, m_frame.headerRight);
    m_painter->setPen(QPen(kRule, pt(0.5)));
    m_painter->drawLine(QPointF(0, lineHeight + pt(3)), QPointF(m_width, lineHeight + pt(3)));
    const qreal footerY = m_height - lineHeight;
    m_painter->setPen(kMuted);
    m_painter->drawText(QRectF(0, footerY, m_width * 0.8, lineHeight), Qt::AlignLeft | Qt::AlignBottom,
                        m_frame.footerLeft);
    m_painter->drawText(QRectF(0, footerY, m_width, lineHeight), Qt::AlignRight | Qt::AlignBottom,
                        m_frame.pageNumber.arg(m_page).arg(m_totalPages));
}

} // namespace tpready::pdf
