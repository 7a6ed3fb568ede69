// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QJsonObject>
#include <QList>

#include "core/catalog/catalog.h"

namespace tpready {

class CatalogFile;

/// Reads a `tpready-catalog/1` catalog file (one deployment's tables of flows, with their tunnels) into @p tables.
/// The first problem fails @p file.
void readTables(const QJsonObject &root, CatalogFile *file, QList<FlowTable> *tables);

} // namespace tpready
