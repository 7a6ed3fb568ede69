// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "wizard.h"

namespace tpready {

Wizard::Wizard(const Catalog &catalog, Settings *settings, QWidget *parent)
    : QWizard(parent), m_catalog(catalog), m_settings(settings)
{
    setWindowTitle(tr("ThingPark readiness"));
}

Wizard::~Wizard() = default;

} // namespace tpready
