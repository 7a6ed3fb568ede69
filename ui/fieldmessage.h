// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QLabel>

namespace tpready {

/// The reason an input is not accepted, shown next to its field behind a warning icon. The reason also becomes the
/// field's accessible description, so a screen reader announces it with the field. One QLabel, so word wrapping and
/// height-for-width work as for any label.
class FieldMessage final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);
    ~FieldMessage() override;

    /// Shows @p message, or nothing when it is empty.
    void setMessage(const QString &message);
    QString message() const { return text(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int iconSize() const;

    QWidget *m_field;
};

} // namespace tpready
