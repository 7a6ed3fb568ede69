// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QColor>
#include <QRectF>

#include "core/probes/proberesult.h"

class QPainter;

namespace tpready {

/// Draws the icon of a verdict in the square centred on the left of @p box: a distinct shape per verdict (a ticked
/// ring for pass, a filled disc with a cross for fail, a triangle with "!" for warn, a ring with "i" for info, a
/// dotted ring with a dash for skipped), so that grey-scale prints and colour-blind readers tell them apart. The
/// PDF report and the wizard share it. @p contrast draws what lies on a filled shape (the cross of fail).
void drawVerdictIcon(QPainter *painter, const QRectF &box, Verdict verdict, const QColor &color,
                     const QColor &contrast);

} // namespace tpready
