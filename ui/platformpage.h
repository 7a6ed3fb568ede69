// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QList>
#include <QWizardPage>

class QButtonGroup;
class QRadioButton;

namespace tpready {

class Catalog;

/// Page 3 for SaaS: the catalog's platforms, each shown with its SLRC hosts.
class PlatformPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformPage)

public:
    explicit PlatformPage(const Catalog &catalog, QWidget *parent = nullptr);
    ~PlatformPage() override;

    /// The chosen platform's id ("eu-prod"), empty when none is chosen.
    QString platformId() const;
    /// Chooses the platform @p id; an unknown id chooses nothing.
    void setPlatformId(const QString &id);

    bool isComplete() const override;
    int nextId() const override;

signals:
    void changed();

private:
    QButtonGroup *m_group;
    QList<QRadioButton *> m_buttons;
};

} // namespace tpready
