// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "adapters_win.h"

#include <QHostAddress>

namespace tpready {

bool forEachUpAdapter(ULONG family, ULONG flags, const std::function<void(const IP_ADAPTER_ADDRESSES &)> &visit)
{
    // The size the system asks for can grow between two calls (an adapter appears): try a few times.
    ULONG size = 16 * 1024;
    QByteArray buffer;
    ULONG result = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 3 && result == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(static_cast<qsizetype>(size));
        result = GetAdaptersAddresses(family, flags, nullptr, reinterpret_cast<IP_ADAPTER_ADDRESSES *>(buffer.data()),
                                      &size);
    }
    if (result != NO_ERROR)
        return false;
    for (auto *adapter = reinterpret_cast<const IP_ADAPTER_ADDRESSES *>(buffer.constData()); adapter;
         adapter = adapter->Next) {
        if (adapter->OperStatus == IfOperStatusUp && adapter->IfType != IF_TYPE_SOFTWARE_LOOPBACK)
            visit(*adapter);
    }
    return true;
}

QString adapterAddressText(const SOCKET_ADDRESS &address)
{
    if (!address.lpSockaddr)
        return {};
    QHostAddress host(address.lpSockaddr);
    if (host.isNull())
        return {};
    host.setScopeId(QString());
    return host.toString();
}

} // namespace tpready
