// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The catalog lives in the resource ":/catalog"; this file only gives the library a translation unit.
namespace tpready {
int catalogDataAnchor()
{
    return 0;
}
} // namespace tpready
