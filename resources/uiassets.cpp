// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The icons live in the resource ":/icons"; this file only gives the library a translation unit.
namespace tpready {
int uiAssetsAnchor()
{
    return 0;
}
} // namespace tpready
