// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tpready {

/// The laptop's default routes, as the operating system gives them. One back-end per system, chosen in CMake:
/// routes_linux.cpp (/proc/net/route), routes_win.cpp (GetAdaptersAddresses), routes_other.cpp (none yet).
struct DefaultRoutes
{
    QStringList gateways;        ///< the next hops of the default routes
    QList<int> interfaceIndexes; ///< the interfaces that carry one, as QNetworkInterface::index() numbers them
    QString source;              ///< where they were read; empty when this system has no back-end
};

DefaultRoutes systemDefaultRoutes();

} // namespace tpready
