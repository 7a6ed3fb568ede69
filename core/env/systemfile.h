// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace tpready {

/// The most read of a system file (resolv.conf, a DHCP lease, /proc/net/route): a bound, whatever the file claims.
constexpr qint64 kSystemFileMax = 256 * 1024;

/// The first kSystemFileMax bytes of @p path; empty when it cannot be read (absent on this system, no right).
QByteArray readSystemFile(const QString &path);

} // namespace tpready
