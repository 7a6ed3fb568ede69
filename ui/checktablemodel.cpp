// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "checktablemodel.h"

#include <QFont>

#include "core/catalog/planexport.h"
#include "core/report/changerequest.h"
#include "ui/statusicon.h"

namespace tpready {

CheckTableModel::CheckTableModel(QObject *parent) : QAbstractTableModel(parent) {}

CheckTableModel::~CheckTableModel() = default;

void CheckTableModel::setSession(CheckSession *session)
{
    beginResetModel();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_rows = session ? static_cast<int>(session->checks().size()) : 0;
    if (session) {
        connect(session, &CheckSession::checkStarted, this, &CheckTableModel::rowChanged);
        connect(session, &CheckSession::checkFinished, this, &CheckTableModel::rowChanged);
        connect(session, &CheckSession::started, this, &CheckTableModel::allChanged);
        connect(session, &CheckSession::finished, this, &CheckTableModel::allChanged);
        // A session deleted under the model leaves no dangling rows.
        connect(session, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows = 0;
            endResetModel();
        });
    }
    endResetModel();
}

int CheckTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : m_rows;
}

int CheckTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QString CheckTableModel::text(const CheckRun &check, Column column) const
{
    const bool done = check.state == CheckRun::State::Done;
    switch (column) {
    case Column::Flow:
        return check.target.flowId;
    case Column::Requirement:
        return requirementLabel(check.target.requirement);
    case Column::Protocol:
        return toToken(check.target.protocol).toUpper();
    case Column::Host:
        return check.target.host.isEmpty() ? tr("(local network)") : check.target.host;
    case Column::Address:
        if (done)
            return check.result.address;
        return check.target.address.isNull() ? QString() : check.target.address.toString();
    case Column::Port:
        return serviceLabel(check.target.transport, check.target.port);
    case Column::Status: {
        const QString word = statusWord(check.state, check.result.verdict);
        if (!done || check.result.reason == Reason::Ok)
            return word;
        return tr("%1 (%2)").arg(word, toToken(check.result.reason));
    }
    case Column::Latency:
        return done && check.result.latencyMs >= 0 ? tr("%1 ms").arg(check.result.latencyMs) : QString();
    case Column::Gateway: {
        // The row of this check: QList's elements are contiguous.
        const GatewayRow *row = gatewayRow(static_cast<int>(&check - m_session->checks().constData()));
        if (!row)
            return {};
        const QString word = statusWord(CheckRun::State::Done, row->verdict);
        return row->reason == Reason::Ok ? word : tr("%1 (%2)").arg(word, toToken(row->reason));
    }
    }
    return {};
}

void CheckTableModel::setGatewayView(const std::optional<GatewayView> &view)
{
    m_gateway = view;
    allChanged();
}

const GatewayRow *CheckTableModel::gatewayRow(int row) const
{
    if (!m_gateway || !m_session || row < 0 || row >= m_session->checks().size())
        return nullptr;
    const ProbeTarget &target = m_session->checks().at(row).target;
    const QString key = gatewayCheckKey(target.flowId, target.protocol, target.host, target.transport, target.port);
    for (const GatewayRow &gatewayRow : m_gateway->rows) {
        if (gatewayRow.key == key)
            return &gatewayRow;
    }
    return nullptr;
}

QVariant CheckTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const CheckRun &check = m_session->checks().at(index.row());
    const auto column = static_cast<Column>(index.column());
    const bool done = check.state == CheckRun::State::Done;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(check, column);
    case Qt::DecorationRole:
        if (column == Column::Status)
            return statusIcon(check.state, check.result.verdict);
        if (column == Column::Gateway) {
            if (const GatewayRow *row = gatewayRow(index.row()))
                return statusIcon(CheckRun::State::Done, row->verdict);
        }
        return {};
    case Qt::FontRole:
        if (column == Column::Requirement && check.target.requirement == Requirement::Must) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Status && done)
            return check.result.detail;
        if (column == Column::Gateway) {
            if (const GatewayRow *row = gatewayRow(index.row()))
                return row->detail;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Latency)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case StateRole:
        return static_cast<int>(check.state);
    case VerdictRole:
        return done ? QVariant(static_cast<int>(check.result.verdict)) : QVariant();
    case RequirementRole:
        return static_cast<int>(check.target.requirement);
    case ReasonRole:
        return done ? QVariant(toToken(check.result.reason)) : QVariant();
    case CheckIndexRole:
        return index.row();
    default:
        return {};
    }
}

QVariant CheckTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Flow:
        return tr("Flow");
    case Column::Requirement:
        return tr("Requirement");
    case Column::Protocol:
        return tr("Protocol");
    case Column::Host:
        return tr("Host");
    case Column::Address:
        return tr("Address");
    case Column::Port:
        return tr("Port");
    case Column::Status:
        return tr("Status");
    case Column::Latency:
        return tr("Latency");
    case Column::Gateway:
        return tr("Gateway");
    }
    return {};
}

void CheckTableModel::rowChanged(int row)
{
    if (row >= 0 && row < m_rows)
        emit dataChanged(index(row, 0), index(row, kColumnCount - 1));
}

void CheckTableModel::allChanged()
{
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, kColumnCount - 1));
}

} // namespace tpready
