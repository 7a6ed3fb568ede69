// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QStyledItemDelegate>

namespace tpready {

/// Draws the flow table's word-wrapped cells: short words such as "TCP/3003" stay on one line, and a row's height is
/// computed for the width the cell is painted at, so no line of a long description is lost.
class FlowItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowItemDelegate)

public:
    explicit FlowItemDelegate(QObject *parent = nullptr);
    ~FlowItemDelegate() override;

    /// A cell's text as the delegate lays it out (see keepWordsTogether).
    static QString displayText(const QString &text);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace tpready
