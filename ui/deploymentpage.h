// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QWizardPage>

#include "core/catalog/vocabulary.h"

class QRadioButton;

namespace tpready {

/// Page 2: ThingPark SaaS or self-hosted ThingPark Enterprise. Decides whether page 3 is the platform list or the
/// TPE address(es).
class DeploymentPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentPage)

public:
    explicit DeploymentPage(QWidget *parent = nullptr);
    ~DeploymentPage() override;

    Deployment deployment() const;
    void setDeployment(Deployment deployment);

    int nextId() const override;

signals:
    void deploymentChanged(tpready::Deployment deployment);

private:
    QRadioButton *m_saas;
    QRadioButton *m_selfHosted;
};

} // namespace tpready
