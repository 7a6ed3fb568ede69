// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "routes.h"

#include <QNetworkInterface>

#include "core/env/environment.h"
#include "core/env/systemfile.h"

namespace tpready {

DefaultRoutes systemDefaultRoutes()
{
    DefaultRoutes routes;
    routes.source = QStringLiteral("/proc/net/route");
    const QByteArray text = readSystemFile(routes.source);
    routes.gateways = parseProcNetRoute(text);
    const QStringList names = defaultRouteInterfaces(text);
    for (const QString &name : names) {
        const int index = QNetworkInterface::interfaceIndexFromName(name);
        if (index > 0)
            routes.interfaceIndexes << index;
    }
    return routes;
}

} // namespace tpready
