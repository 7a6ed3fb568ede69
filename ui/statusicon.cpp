// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "statusicon.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>

#include "core/report/verdicticon.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class StatusIconText
{
    Q_DECLARE_TR_FUNCTIONS(StatusIconText)
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// Paints a status at any size: crisp at 2x, and in the palette in force when it is painted.
class StatusIconEngine final : public QIconEngine
{
public:
    StatusIconEngine(CheckRun::State state, Verdict verdict) : m_state(state), m_verdict(verdict) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.left() + (rect.width() - side) / 2.0, rect.top() + (rect.height() - side) / 2.0, side,
                         side);
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.5);
        if (m_state == CheckRun::State::Done) {
            const QColor contrast = isDark(palette) ? palette.color(QPalette::Base) : QColor(Qt::white);
            drawVerdictIcon(painter, box, m_verdict, verdictColor(m_verdict, palette), contrast);
        } else {
            painter->setRenderHint(QPainter::Antialiasing);
            const qreal inset = side * 0.12;
            const QRectF ring = box.adjusted(inset, inset, -inset, -inset);
            if (m_state == CheckRun::State::Pending) {
                QPen pen(palette.color(QPalette::PlaceholderText), side * 0.1, Qt::DotLine, Qt::RoundCap);
                painter->setPen(pen);
                painter->drawEllipse(ring);
            } else {
                // Running: three quarters of a ring, like a spinner caught in motion.
                QPen pen(palette.color(QPalette::Highlight), side * 0.14, Qt::SolidLine, Qt::RoundCap);
                if (isDark(palette))
                    pen.setColor(pen.color().lighter(150));
                painter->setPen(pen);
                painter->drawArc(ring, 90 * 16, -270 * 16);
            }
        }
        painter->restore();
    }

    QIconEngine *clone() const override { return new StatusIconEngine(m_state, m_verdict); }

    // Qt asks for the device pixels it needs (size x scale) and sets the pixmap's ratio itself: painting at the
    // size asked is crisp at any scale.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QString key() const override { return QStringLiteral("tpready-status"); }

private:
    CheckRun::State m_state;
    Verdict m_verdict;
};

} // namespace

QColor verdictColor(Verdict verdict, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (verdict) {
    case Verdict::Pass:
        return dark ? QColor(0x5c, 0xc9, 0x73) : QColor(0x1e, 0x7b, 0x34);
    case Verdict::Fail:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x1c, 0x1c);
    case Verdict::Warn:
        return dark ? QColor(0xf0, 0xa6, 0x40) : QColor(0xa8, 0x5a, 0x00);
    case Verdict::Info:
        return dark ? QColor(0x7f, 0xb0, 0xff) : QColor(0x1c, 0x4f, 0x9c);
    case Verdict::Skipped:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QIcon statusIcon(CheckRun::State state, Verdict verdict)
{
    return QIcon(new StatusIconEngine(state, verdict));
}

QString statusWord(CheckRun::State state, Verdict verdict)
{
    switch (state) {
    case CheckRun::State::Pending:
        return StatusIconText::tr("Waiting");
    case CheckRun::State::Running:
        return StatusIconText::tr("Checking");
    case CheckRun::State::Done:
        break;
    }
    switch (verdict) {
    case Verdict::Pass:
        return StatusIconText::tr("Pass");
    case Verdict::Fail:
        return StatusIconText::tr("Fail");
    case Verdict::Warn:
        return StatusIconText::tr("Warning");
    case Verdict::Info:
        return StatusIconText::tr("Info");
    case Verdict::Skipped:
        return StatusIconText::tr("Skipped");
    }
    return {};
}

QIcon readinessIcon(Readiness readiness)
{
    return statusIcon(CheckRun::State::Done, readinessShape(readiness));
}

} // namespace tpready
