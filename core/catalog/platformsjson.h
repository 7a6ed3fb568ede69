// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QJsonObject>
#include <QList>

#include "core/catalog/catalog.h"

namespace tpready {

class CatalogFile;

/// Reads a `tpready-platforms/1` catalog file (the vendor page's per-platform FQDN list) into @p platforms. The
/// first problem fails @p file.
void readPlatforms(const QJsonObject &root, CatalogFile *file, QList<Platform> *platforms);

} // namespace tpready
