// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "deploymentpage.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/wizard.h"

using namespace Qt::StringLiterals;

namespace tpready {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DeploymentPage::DeploymentPage(QWidget *parent)
    : QWizardPage(parent), m_saas(new QRadioButton(displayName(Deployment::Saas), this)),
      m_selfHosted(new QRadioButton(displayName(Deployment::SelfHosted), this))
{
    setTitle(tr("Deployment"));
    setSubTitle(tr("Where does the ThingPark core network that this base station connects to run?"));

    const QString saasText = tr("Actility runs ThingPark: the base station connects to one of its platforms "
                                "(EU, AU, US, Community or pre-production).");
    const QString selfHostedText = tr("ThingPark Enterprise runs on your own servers or cloud: the base station "
                                      "connects to the address(es) of your TPE node(s).");
    m_saas->setObjectName(u"saasRadio"_s);
    m_saas->setAccessibleName(displayName(Deployment::Saas));
    m_saas->setAccessibleDescription(saasText);
    m_selfHosted->setObjectName(u"selfHostedRadio"_s);
    m_selfHosted->setAccessibleName(displayName(Deployment::SelfHosted));
    m_selfHosted->setAccessibleDescription(selfHostedText);

    auto *group = new QButtonGroup(this);
    group->addButton(m_saas);
    group->addButton(m_selfHosted);
    m_saas->setChecked(true);

    // Each explanation sits under its button, indented to the button's text.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, m_saas) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, m_saas);
    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, indent);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_saas, 0, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(explanation(saasText, this), 1, 1);
    grid->setRowMinimumHeight(2, 12);
    grid->addWidget(m_selfHosted, 3, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(explanation(selfHostedText, this), 4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);

    connect(m_saas, &QRadioButton::toggled, this, [this] { emit deploymentChanged(deployment()); });
}

DeploymentPage::~DeploymentPage() = default;

Deployment DeploymentPage::deployment() const
{
    return m_selfHosted->isChecked() ? Deployment::SelfHosted : Deployment::Saas;
}

void DeploymentPage::setDeployment(Deployment deployment)
{
    (deployment == Deployment::SelfHosted ? m_selfHosted : m_saas)->setChecked(true);
}

int DeploymentPage::nextId() const
{
    return deployment() == Deployment::SelfHosted ? Wizard::Page_Tpe : Wizard::Page_Platform;
}

} // namespace tpready
