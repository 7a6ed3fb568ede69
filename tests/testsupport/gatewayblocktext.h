// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QStringList>

namespace tpready::testing {

/// What a result block's sum covers: @p lines (from "format" on) and its "lines N" line, each ended by a newline.
inline QByteArray gatewayBlockBody(QStringList lines)
{
    lines << QStringLiteral("lines %1").arg(lines.size() + 1);
    return (lines.join(u'\n') + u'\n').toUtf8();
}

/// The block as the gateway script prints it: @p body between the BEGIN and END lines, with the sum line
/// "sum KIND SUM".
inline QByteArray gatewayBlock(const QByteArray &body, const QByteArray &kind, const QByteArray &sum)
{
    return "-----BEGIN TPREADY GATEWAY RESULTS-----\n" + body + "sum " + kind + ' ' + sum +
           "\n-----END TPREADY GATEWAY RESULTS-----\n";
}

/// The block of @p lines summed with SHA-256, as a gateway with sha256sum prints it.
inline QByteArray gatewayBlock(const QStringList &lines)
{
    const QByteArray body = gatewayBlockBody(lines);
    return gatewayBlock(body, "sha256", QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

} // namespace tpready::testing
