// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace tpready {

/// Bytes from a stranger, made printable for evidence and messages: control characters escaped, at most
/// @p maxBytes kept.
QString printable(const QByteArray &bytes, int maxBytes = 200);

/// What the first bytes of an unexpected answer look like ("an HTTP response", "a TLS record"...), or an empty
/// string when they look like nothing known.
QString recogniseForeignProtocol(const QByteArray &bytes);

} // namespace tpready
