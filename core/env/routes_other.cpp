// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "routes.h"

namespace tpready {

// No back-end on this system (macOS would read the routing socket, PF_ROUTE): the report says the default gateway
// is not available here rather than showing an empty list.
DefaultRoutes systemDefaultRoutes()
{
    return {};
}

} // namespace tpready
