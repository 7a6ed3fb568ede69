// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

// clang-format off
#include <winsock2.h>
#include <iphlpapi.h>
// clang-format on

namespace tpready {

/// Calls @p visit for every adapter that is up and not a loopback, as GetAdaptersAddresses (iphlpapi, no admin
/// rights) lists them for @p family (AF_INET, AF_INET6, AF_UNSPEC) with @p flags. False when the call failed.
bool forEachUpAdapter(ULONG family, ULONG flags, const std::function<void(const IP_ADAPTER_ADDRESSES &)> &visit);

/// A socket address of an adapter as text, without a scope; empty for none.
QString adapterAddressText(const SOCKET_ADDRESS &address);

} // namespace tpready
