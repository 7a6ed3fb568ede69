// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "flowitemdelegate.h"

#include "ui/wraptext.h"

namespace tpready {

namespace {
/// Longer words are cipher lists and the like, which must still wrap inside them.
constexpr int kMaxJoinedWord = 24;
} // namespace

FlowItemDelegate::FlowItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

FlowItemDelegate::~FlowItemDelegate() = default;

QString FlowItemDelegate::displayText(const QString &text)
{
    return keepWordsTogether(text, kMaxJoinedWord);
}

QSize FlowItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // QTableView asks a row's height for the full column width but paints the cell one grid line narrower; wrap as
    // it paints, or the last line of a long cell is elided.
    QStyleOptionViewItem painted(option);
    if (painted.rect.isValid())
        painted.rect.setWidth(painted.rect.width() - 1);
    return QStyledItemDelegate::sizeHint(painted, index);
}

void FlowItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = displayText(option->text);
}

} // namespace tpready
