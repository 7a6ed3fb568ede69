// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <functional>
#include <optional>

#include "core/probes/probe.h"
#include "core/runner/nameresolver.h"

namespace tpready {

/// Creates the probe for a target; tests substitute their own.
using ProbeFactory = std::function<Probe *(const ProbeTarget &, const ProbeConfig &, QObject *parent)>;

/// Settings of a run. The command line (`--timeout-ms`, `--ca`, `--resolve`) and the wizard's run options dialog fill
/// them with the bounds and readers below, so both accept and refuse the same values.
struct RunOptions
{
    ProbeConfig probe;
    QHash<QString, QHostAddress> resolveOverrides; ///< `--resolve HOST=IP`, keys in lower case
    /// The resolvers names are asked of besides the system resolver; unset: the laptop's (systemDnsServers()).
    std::optional<QList<DnsServerAddress>> dnsServers;
    bool systemResolver = true; ///< ask the system resolver too (tests turn it off: their queries stay local)
    int maxParallel = 64;
    ProbeFactory factory; ///< empty: createProbe()
};

/// The deadlines a check may be given, in milliseconds (`--timeout-ms`, the wizard's time per check).
inline constexpr int kMinTimeoutMs = 100;
inline constexpr int kMaxTimeoutMs = 120000;

/// The largest private CA file accepted (`--ca`, the wizard's CA file).
inline constexpr qint64 kMaxCaFileSize = 4 * 1024 * 1024;

/// Reads the PEM certificates of a private CA file. Returns them, or an empty list and, in @p error, why (a
/// sentence fragment such as "no readable file there", to follow the file's name).
QList<QSslCertificate> loadCaCertificates(const QString &path, QString *error);

/// Parses one resolve override "HOST=IP" (`--resolve`, the wizard's lab overrides). Returns false when it is not a
/// host name, "=" and an IP address. @p host comes back in lower case.
bool parseResolveOverride(const QString &entry, QString *host, QHostAddress *address);

} // namespace tpready
