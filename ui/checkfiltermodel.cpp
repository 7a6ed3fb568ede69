// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "checkfiltermodel.h"

#include "core/runner/runner.h"
#include "ui/checktablemodel.h"

namespace tpready {

CheckFilterModel::CheckFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Rows come and go as their results arrive.
    setDynamicSortFilter(true);
}

CheckFilterModel::~CheckFilterModel() = default;

void CheckFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool CheckFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Failed: {
        const QVariant verdict = index.data(CheckTableModel::VerdictRole);
        return !verdict.isValid() || verdict.toInt() == static_cast<int>(Verdict::Fail);
    }
    case Filter::MustOnly:
        return index.data(CheckTableModel::RequirementRole).toInt() == static_cast<int>(Requirement::Must);
    }
    return true;
}

} // namespace tpready
