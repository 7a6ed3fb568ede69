// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

#include "core/report/gatewayview.h"
#include "core/report/report.h"

namespace tpready {

/// The largest text a result block is read from (a pasted terminal session included).
inline constexpr qsizetype kMaxGatewayText = 1024 * 1024;

/// Reads the result block a gateway script printed out of @p text: whatever surrounds its BEGIN and END lines (a
/// terminal's prompt, the progress line) is ignored. The block is refused, with one sentence in @p error, when it is
/// missing, cut short (no END line, fewer lines than it counts), changed (its sum does not match: SHA-256, MD5 or
/// POSIX cksum, as the base station could compute), of another format, or has a line that is not its own.
std::optional<GatewayView> parseGatewayBlock(const QByteArray &text, QString *error);

/// Merges @p view into @p report when it was made for the same plan (its digest and every check): returns an empty
/// string then, else one sentence and leaves @p report unchanged.
QString mergeGatewayView(Report *report, const GatewayView &view);

/// POSIX cksum's CRC (ISO/IEC 8802-3 polynomial, the length appended), as `cksum` prints it.
quint32 posixCksum(const QByteArray &data);

} // namespace tpready
