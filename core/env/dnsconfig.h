// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QStringList>

namespace tpready {

/// The laptop's configured DNS resolvers, as IP literals, in the system's order, without duplicates.
/// Linux and macOS: /etc/resolv.conf (the systemd-resolved upstream list when resolv.conf points at its stub);
/// Windows: the DNS servers of the adapters that are up.
QStringList systemDnsServers();

/// The "nameserver" addresses of a resolv.conf text (IPv6 zone ids dropped, duplicates removed).
QStringList parseResolvConf(const QByteArray &text);

} // namespace tpready
