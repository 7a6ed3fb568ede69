// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "core/report/gatewayview.h"
#include "core/runner/session.h"

namespace tpready {

/// The checks of a run, one row per check in plan order, filled live: each row changes as its check starts and
/// finishes, and every row once the run ends (the run's conclusions can amend any row). The session is not owned.
class CheckTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckTableModel)

public:
    enum class Column
    {
        Flow,
        Requirement,
        Protocol,
        Host,
        Address,
        Port,
        Status,
        Latency,
        Gateway, ///< the base station's own verdict, once its results were merged (hidden before)
    };
    Q_ENUM(Column)
    static constexpr int kColumnCount = 9;

    enum ItemRole
    {
        /// The check's CheckRun::State, as an int.
        StateRole = Qt::UserRole + 1,
        /// The check's Verdict as an int once it is done; invalid before.
        VerdictRole,
        /// The flow's Requirement, as an int.
        RequirementRole,
        /// The reason token ("timeout") once done; invalid before.
        ReasonRole,
        /// The index of the check in the session (the row in this model).
        CheckIndexRole,
    };

    explicit CheckTableModel(QObject *parent = nullptr);
    ~CheckTableModel() override;

    /// Shows @p session (may be null: no rows), and follows it.
    void setSession(CheckSession *session);
    /// The gateway's own results, shown in the Gateway column beside the laptop's (none: the column is empty).
    void setGatewayView(const std::optional<GatewayView> &view);
    const std::optional<GatewayView> &gatewayView() const { return m_gateway; }
    /// The gateway's result for the check of @p row, or null.
    const GatewayRow *gatewayRow(int row) const;
    CheckSession *session() const { return m_session; }

    static int section(Column column) { return static_cast<int>(column); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowChanged(int row);
    void allChanged();
    QString text(const CheckRun &check, Column column) const;

    QPointer<CheckSession> m_session;
    std::optional<GatewayView> m_gateway;
    int m_rows = 0;
};

} // namespace tpready
