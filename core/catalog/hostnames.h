// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>
#include <QStringList>

namespace tpready {

/// True for a DNS host name per RFC 1123 (labels of letters, digits and hyphens, 1-63 characters each,
/// 253 in all). An all-numeric dotted name is not a host name.
bool isValidHostName(const QString &name);

/// True for an IPv4 or IPv6 literal (IPv6 without brackets and without a zone).
bool isIpLiteral(const QString &text);

/// Checks one address the user typed (a TPE node, an NTP server). Returns an empty string when it is a host name or
/// an IP literal, else one sentence saying what is wrong with it, naming @p what ("TPE address", "NTP server").
QString checkHostInput(const QString &text, const QString &what);

/// Checks a DNS server the user typed: it must be an IP literal. Returns an empty string when valid.
QString checkDnsServerInput(const QString &text);

/// Splits a list typed by a user ("a, b c") on commas and white space.
QStringList splitHostList(const QString &text);

} // namespace tpready
