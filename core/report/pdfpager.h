// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextLayout>
#include <optional>
#include <utility>

#include "core/probes/proberesult.h"

class QPaintDevice;
class QPainter;
class QPdfWriter;

/// The page engine of the PDF report: text that continues from page to page, key/value rows and tables whose rows
/// never split. It knows no report: core/report/pdfreport.cpp lays one out with it, and gives it every word.
namespace tpready::pdf {

/// The resolution pages are laid out at, in dots per inch.
inline constexpr int kDpi = 300;

/// A length in points (1/72 inch) in device pixels.
inline qreal pt(qreal points)
{
    return points * kDpi / 72.0;
}

/// The inks: body text, secondary text, rules, the fill of a table's header row.
inline const QColor kText(0x1a, 0x1a, 0x1a);
inline const QColor kMuted(0x55, 0x55, 0x55);
inline const QColor kRule(0xb0, 0xb0, 0xb0);
inline const QColor kHeaderFill(0xe8, 0xe8, 0xe8);

/// The ink of a verdict's icon and word on paper.
QColor verdictColor(Verdict verdict);

/// A shape per verdict (core/report/verdicticon.h) in its ink, so that a black-and-white print tells them apart
/// without colour.
void drawVerdict(QPainter *painter, const QRectF &box, Verdict verdict);

/// Text laid out at a width: its lines, so that a paragraph can continue on the next page.
class WrappedText
{
public:
    WrappedText(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
                Qt::Alignment alignment = Qt::AlignLeft);
    qreal height() const { return m_height; }
    int lineCount() const { return m_layout.lineCount(); }
    qreal lineHeight(int i) const { return m_layout.lineAt(i).height(); }
    void draw(QPainter *painter, const QPointF &origin) const { m_layout.draw(painter, origin); }
    void drawLine(QPainter *painter, int i, const QPointF &origin) const;

private:
    QTextLayout m_layout;
    qreal m_height = 0;
};

/// A column of a table.
struct Column
{
    QString title;
    qreal weight = 1;     ///< its share of the page's width before fitting the words
    bool verdict = false; ///< draws the row's verdict icon before the text
    QStringList labels{}; ///< what a cell may hold that must stay on one line (a verdict column: every verdict's word)
};

struct Row
{
    QStringList cells;
    std::optional<Verdict> verdict;
};

/// What surrounds the body of every page.
struct PageFrame
{
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
    QString pageNumber; ///< the footer's right side: "%1" the page, "%2" the number of pages
};

/// Lays out the report on pages: a running header and a "page X of Y" footer, paragraphs that continue across
/// pages, table rows that never split (the header row is repeated on each page). Run once to count the pages
/// (no painter), then again to paint.
class Pager
{
public:
    Pager(QPdfWriter *writer, QPainter *painter, PageFrame frame, int totalPages);

    QPaintDevice *device() const;
    QPainter *painter() const { return m_painter; }
    qreal width() const { return m_width; }
    int pageCount() const { return m_page; }
    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }
    qreal remaining() const { return m_bodyBottom - m_y; }

    /// Starts a new page unless @p height still fits on this one.
    bool ensure(qreal height);
    void newPage();

    static QFont font(qreal points, bool bold = false);
    /// A fixed-width font: digests and addresses read better, and a digest fits on one line.
    static QFont monoFont(qreal points);

    void heading(const QString &text, qreal points = 13);
    void paragraph(const QString &text, const QFont &f, qreal indent = 0, const QColor &color = kText);
    /// Key/value rows; the values of the keys in @p monoKeys use the fixed-width font.
    void keyValues(const QList<std::pair<QString, QString>> &pairs, const QStringList &monoKeys = {});
    void table(const QList<Column> &columns, const QList<Row> &rows, qreal points = 8);

private:
    /// Adjusts the columns' widths (first given by their weights) to what they hold. Every column first gets the
    /// width of its widest word, title included (titles in other languages are longer than in English; a port such
    /// as UDP/4500 or a host name must not be broken), taken from columns wider than their own widest word. If the
    /// page is too narrow for that, the titles and verdict labels still fit whole, and long data (host names) wraps.
    void fitWords(const QList<Column> &columns, const QList<Row> &rows, QList<qreal> *widths, const QFont &headerFont,
                  const QFont &cellFont, qreal pad, qreal iconSize) const;
    void decorate();

    QPdfWriter *m_writer;
    QPainter *m_painter;
    PageFrame m_frame;
    int m_totalPages;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_bodyTop = 0;
    qreal m_bodyBottom = 0;
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace tpready::pdf
