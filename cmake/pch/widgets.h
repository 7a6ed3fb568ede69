// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The headers precompiled for ui/ and for the tests that link Qt Widgets (TPREADY_PCH), on top of core.h.
#pragma once

#include "core.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWidget>
#include <QWizard>
#include <QWizardPage>
