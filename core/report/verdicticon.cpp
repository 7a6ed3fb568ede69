// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "verdicticon.h"

#include <QPainter>
#include <QPainterPath>

namespace tpready {

void drawVerdictIcon(QPainter *painter, const QRectF &box, Verdict verdict, const QColor &color, const QColor &contrast)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal s = qMin(box.width(), box.height());
    const QRectF r(box.left(), box.center().y() - s / 2, s, s);
    QPen pen(color, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (verdict) {
    case Verdict::Pass: {
        painter->setPen(pen);
        painter->drawEllipse(r.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        QPainterPath tick;
        tick.moveTo(r.left() + s * 0.28, r.top() + s * 0.52);
        tick.lineTo(r.left() + s * 0.44, r.top() + s * 0.68);
        tick.lineTo(r.left() + s * 0.73, r.top() + s * 0.34);
        painter->drawPath(tick);
        break;
    }
    case Verdict::Fail: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(r);
        painter->setPen(QPen(contrast, s * 0.14, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(r.left() + s * 0.32, r.top() + s * 0.32),
                          QPointF(r.right() - s * 0.32, r.bottom() - s * 0.32));
        painter->drawLine(QPointF(r.right() - s * 0.32, r.top() + s * 0.32),
                          QPointF(r.left() + s * 0.32, r.bottom() - s * 0.32));
        break;
    }
    case Verdict::Warn: {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top() + s * 0.05);
        triangle.lineTo(r.right() - s * 0.03, r.bottom() - s * 0.08);
        triangle.lineTo(r.left() + s * 0.03, r.bottom() - s * 0.08);
        triangle.closeSubpath();
        painter->setPen(pen);
        painter->drawPath(triangle);
        painter->drawLine(QPointF(r.center().x(), r.top() + s * 0.38), QPointF(r.center().x(), r.top() + s * 0.62));
        painter->drawPoint(QPointF(r.center().x(), r.top() + s * 0.76));
        break;
    }
    case Verdict::Info: {
        painter->setPen(pen);
        painter->drawEllipse(r.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        painter->drawPoint(QPointF(r.center().x(), r.top() + s * 0.3));
        painter->drawLine(QPointF(r.center().x(), r.top() + s * 0.46), QPointF(r.center().x(), r.top() + s * 0.72));
        break;
    }
    case Verdict::Skipped: {
        pen.setStyle(Qt::DotLine);
        painter->setPen(pen);
        painter->drawEllipse(r.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        pen.setStyle(Qt::SolidLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(r.left() + s * 0.3, r.center().y()), QPointF(r.right() - s * 0.3, r.center().y()));
        break;
    }
    }
    painter->restore();
}

} // namespace tpready
