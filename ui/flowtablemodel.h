// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <optional>

#include "core/catalog/plan.h"

namespace tpready {

/// The flow table of a plan, one row per planned flow, in the vendor page's own wording. A row reads as the installer
/// needs it: the flow, whether this site MUST open it, the vendor's columns from "From (system)" to "To (application)"
/// in the vendor's order, the concrete hosts of that destination, then the vendor's description (with its notes).
/// Self-hosted plans end with the vendor's STANDALONE and HIGH AVAILABILITY columns.
class FlowTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowTableModel)

public:
    enum class Column
    {
        Id,
        Requirement,
        FromSystem,
        FromApplication,
        Type,
        Protocol,
        DestPort,
        ToSystem,
        ToApplication,
        Hosts,
        Description,
        Standalone,
        HighAvailability,
    };
    Q_ENUM(Column)

    enum ItemRole
    {
        /// The tpready::Requirement of the row for this site, as an int.
        RequirementRole = Qt::UserRole + 1,
        /// The vendor's flow id ("i7a").
        FlowIdRole,
        /// The row's distinct hosts as a QStringList (empty strings left out).
        HostsRole,
    };

    explicit FlowTableModel(QObject *parent = nullptr);
    ~FlowTableModel() override;

    void setPlan(const Plan &plan);
    void clear();
    const std::optional<Plan> &plan() const { return m_plan; }

    /// The column kind shown at @p section.
    Column column(int section) const { return m_columns.at(section); }
    /// The section showing @p column, or -1 when this plan does not show it (STANDALONE for SaaS).
    int section(Column column) const { return static_cast<int>(m_columns.indexOf(column)); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const PlannedFlow &flow, Column column) const;
    QString headerText(Column column) const;
    QString headerToolTip(Column column) const;

    std::optional<Plan> m_plan;
    QList<Column> m_columns;
};

} // namespace tpready
