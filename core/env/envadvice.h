// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>

#include "core/env/environment.h"

namespace tpready {

/// What may make the laptop's results differ from the gateway's, said as one warning: a VPN that is up (the checks
/// may then test the VPN's path, not the site's), or a default route over Wi-Fi while the base station will be wired
/// (Wi-Fi is often another VLAN, with other firewall rules). Empty when there is nothing to say.
QString laptopPathWarning(const Environment &environment);

} // namespace tpready
