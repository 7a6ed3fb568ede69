// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "platformpage.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "core/catalog/catalog.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;

namespace tpready {

namespace {
const char *const kPlatformIdProperty = "platformId";
}

PlatformPage::PlatformPage(const Catalog &catalog, QWidget *parent)
    : QWizardPage(parent), m_group(new QButtonGroup(this))
{
    setTitle(tr("ThingPark SaaS platform"));
    setSubTitle(tr("Which platform is the base station provisioned on? The flow table uses its host names."));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setColumnStretch(1, 1);
    auto *platformHeader = new QLabel(tr("Platform"), this);
    auto *hostsHeader = new QLabel(tr("SLRC hosts"), this);
    QFont bold = platformHeader->font();
    bold.setBold(true);
    platformHeader->setFont(bold);
    hostsHeader->setFont(bold);
    grid->addWidget(platformHeader, 0, 0);
    grid->addWidget(hostsHeader, 0, 1);

    int row = 1;
    for (const Platform &platform : catalog.platforms()) {
        auto *button = new QRadioButton(platform.name, this);
        const QString hosts = platform.hostsFor(Role::Slrc).join(u", ");
        button->setObjectName(u"platformRadio_"_s + platform.id);
        button->setProperty(kPlatformIdProperty, platform.id);
        button->setAccessibleName(platform.name);
        button->setAccessibleDescription(tr("SLRC hosts: %1").arg(hosts));
        auto *hostsLabel = new QLabel(hosts, this);
        hostsLabel->setTextFormat(Qt::PlainText);
        hostsLabel->setWordWrap(true);
        hostsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_group->addButton(button);
        m_buttons << button;
        // The first line of the label sits level with the button's text.
        hostsLabel->setContentsMargins(0, (button->sizeHint().height() - hostsLabel->fontMetrics().height()) / 2, 0, 0);
        grid->addWidget(button, row, 0, Qt::AlignTop | Qt::AlignLeft);
        grid->addWidget(hostsLabel, row, 1, Qt::AlignTop);
        ++row;
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (!checked)
            return;
        emit completeChanged();
        emit changed();
    });
}

PlatformPage::~PlatformPage() = default;

QString PlatformPage::platformId() const
{
    const QAbstractButton *checked = m_group->checkedButton();
    return checked ? checked->property(kPlatformIdProperty).toString() : QString();
}

void PlatformPage::setPlatformId(const QString &id)
{
    for (QRadioButton *button : std::as_const(m_buttons)) {
        if (button->property(kPlatformIdProperty).toString() == id) {
            button->setChecked(true);
            return;
        }
    }
}

bool PlatformPage::isComplete() const
{
    return m_group->checkedButton() != nullptr;
}

int PlatformPage::nextId() const
{
    return Wizard::Page_Transport;
}

} // namespace tpready
