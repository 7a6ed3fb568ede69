// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QWizardPage>

class QLineEdit;
class QPlainTextEdit;

namespace tpready {

/// Page 1: which site this is (name, operator, notes), all optional.
class SitePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitePage)

public:
    explicit SitePage(QWidget *parent = nullptr);
    ~SitePage() override;

    QString siteName() const;
    void setSiteName(const QString &name);
    QString operatorName() const;
    void setOperatorName(const QString &name);
    QString notes() const;
    void setNotes(const QString &notes);

    int nextId() const override;

signals:
    /// The user changed a field.
    void changed();

private:
    QLineEdit *m_siteName;
    QLineEdit *m_operator;
    QPlainTextEdit *m_notes;
};

} // namespace tpready
