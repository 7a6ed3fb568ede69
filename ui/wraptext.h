// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>

namespace tpready {

/// @p text for display in a narrow, word-wrapped cell or label. Inside a word of at most @p maxWordLength
/// characters the line-break opportunities are removed: Qt would otherwise break "TCP/3003" after the slash,
/// "LRC:2404" after the colon and "lrc1-tpe-eu" after a hyphen. A longer word (a cipher list such as
/// "esp=aes128gcm128,aes256gcm128") may instead break after its commas and equals signs, where Qt would not break
/// it at all.
/// Adds invisible WORD JOINER and ZERO WIDTH SPACE characters: for display only, never for the clipboard.
QString keepWordsTogether(const QString &text, int maxWordLength);

} // namespace tpready
