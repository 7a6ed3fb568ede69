// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QSslSocket>
#include <QString>

namespace tpready {

/// The name of the TLS back-end every check uses: Qt's OpenSSL one, on every system (on Windows too, where Qt would
/// choose Schannel), so that the verdicts are the same everywhere.
inline QString tlsBackendName()
{
    return QStringLiteral("openssl");
}

/// Makes tlsBackendName() the active back-end: before any TLS socket exists (the application at start-up, the TLS
/// tests as their application is made). False when it cannot be loaded; QSslSocket::activeBackend() is then the one
/// in use.
inline bool selectTlsBackend()
{
    return QSslSocket::setActiveBackend(tlsBackendName());
}

} // namespace tpready
