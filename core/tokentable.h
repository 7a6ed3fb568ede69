// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>
#include <utility>

namespace tpready {

/// A fixed table of enum values and their stable tokens ("lrr-ipsec", "tls-untrusted").
template <typename E, std::size_t N>
using TokenTable = std::array<std::pair<E, const char16_t *>, N>;

template <typename E, std::size_t N>
QString tokenOf(const TokenTable<E, N> &table, E value)
{
    for (const auto &[e, token] : table) {
        if (e == value)
            return QString::fromUtf16(token);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const TokenTable<E, N> &table, QStringView token)
{
    for (const auto &[e, t] : table) {
        if (token == QStringView(t))
            return e;
    }
    return std::nullopt;
}

} // namespace tpready
