// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace tpready {

class FieldMessage;

/// Page 3 for self-hosted: the address of each TPE node; two or more addresses is a high-availability TPE.
class TpePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TpePage)

public:
    explicit TpePage(QWidget *parent = nullptr);
    ~TpePage() override;

    /// The addresses as typed, split on commas and white space.
    QStringList hosts() const;
    /// The field's text as typed (what is remembered).
    QString hostsText() const;
    void setHostsText(const QString &text);
    /// Why the input is not accepted, or an empty string.
    QString problem() const;

    bool isComplete() const override;
    int nextId() const override;

signals:
    void changed();

private:
    void updateMessage();

    QLineEdit *m_hosts;
    FieldMessage *m_message;
    QLabel *m_status;
};

} // namespace tpready
