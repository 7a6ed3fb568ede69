// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The headers precompiled for the tests (TPREADY_PCH): Qt Core's and Qt Test's, then Qt Network's and Qt Widgets' for
// the tests that link them.
#pragma once

#include "qtcore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef QT_NETWORK_LIB
#include "core.h"
#endif
#ifdef QT_WIDGETS_LIB
#include "widgets.h"
#endif
