// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "fieldmessage.h"

#include <QIcon>
#include <QPainter>
#include <QStyle>

namespace tpready {

namespace {
constexpr int kIconSpacing = 6;
}

FieldMessage::FieldMessage(QWidget *field, QWidget *parent) : QLabel(parent), m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line stays reserved, so the page does not jump while the user types.
    setMinimumHeight(fontMetrics().height());
}

FieldMessage::~FieldMessage() = default;

int FieldMessage::iconSize() const
{
    return fontMetrics().height();
}

void FieldMessage::setMessage(const QString &message)
{
    if (message == text())
        return;
    // The icon sits in the left margin, so the text wraps beside it and never under it.
    setContentsMargins(message.isEmpty() ? 0 : iconSize() + kIconSpacing, 0, 0, 0);
    setText(message);
    m_field->setAccessibleDescription(message);
}

void FieldMessage::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    if (text().isEmpty())
        return;
    const int size = iconSize();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    QPainter painter(this);
    icon.paint(&painter, QRect(0, 0, size, size), Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled);
}

} // namespace tpready
