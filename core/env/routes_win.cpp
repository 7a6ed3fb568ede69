// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "routes.h"

#include "core/env/adapters_win.h"

namespace tpready {

// The gateways GetAdaptersAddresses gives each adapter (GAA_FLAG_INCLUDE_GATEWAYS, Windows Vista and later) are the
// next hops of its default routes. IfIndex numbers the adapter for IPv4, Ipv6IfIndex for IPv6; QNetworkInterface
// numbers interfaces with the same index.
DefaultRoutes systemDefaultRoutes()
{
    DefaultRoutes routes;
    routes.source = QStringLiteral("GetAdaptersAddresses");
    forEachUpAdapter(AF_UNSPEC,
                     GAA_FLAG_INCLUDE_GATEWAYS | GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST |
                         GAA_FLAG_SKIP_DNS_SERVER,
                     [&routes](const IP_ADAPTER_ADDRESSES &adapter) {
                         for (auto *gateway = adapter.FirstGatewayAddress; gateway; gateway = gateway->Next) {
                             const QString text = adapterAddressText(gateway->Address);
                             if (text.isEmpty())
                                 continue;
                             if (!routes.gateways.contains(text))
                                 routes.gateways << text;
                             const bool ipv6 = gateway->Address.lpSockaddr->sa_family == AF_INET6;
                             const int index = static_cast<int>(ipv6 ? adapter.Ipv6IfIndex : adapter.IfIndex);
                             if (index > 0 && !routes.interfaceIndexes.contains(index))
                                 routes.interfaceIndexes << index;
                         }
                     });
    return routes;
}

} // namespace tpready
