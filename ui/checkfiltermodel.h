// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QSortFilterProxyModel>

namespace tpready {

/// Shows the rows of a CheckTableModel that a filter keeps, in plan order.
class CheckFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckFilterModel)

public:
    enum class Filter
    {
        All,
        /// Failed checks, and those not done yet (a failed check being run again stays in view).
        Failed,
        /// Checks of MUST flows.
        MustOnly,
    };
    Q_ENUM(Filter)

    explicit CheckFilterModel(QObject *parent = nullptr);
    ~CheckFilterModel() override;

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = Filter::All;
};

} // namespace tpready
