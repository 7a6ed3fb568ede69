// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QWizard>

#include "core/catalog/catalog.h"
#include "core/settings.h"

namespace tpready {

/// The installer's wizard (DESIGN.md "The wizard").
class Wizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Wizard)

public:
    Wizard(const Catalog &catalog, Settings *settings, QWidget *parent = nullptr);
    ~Wizard() override;

private:
    Catalog m_catalog;
    Settings *m_settings;
};

} // namespace tpready
