// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "routes.h"

#include <QFile>
#include <QNetworkInterface>

#include "core/env/environment.h"

namespace tpready {

DefaultRoutes systemDefaultRoutes()
{
    DefaultRoutes routes;
    routes.source = QStringLiteral("/proc/net/route");
    QFile file(routes.source);
    if (!file.open(QIODevice::ReadOnly))
        return routes;
    const QByteArray text = file.read(256 * 1024);
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
