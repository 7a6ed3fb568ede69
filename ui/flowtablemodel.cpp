// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "flowtablemodel.h"

#include <QFont>

#include "core/catalog/planexport.h"

namespace tpready {

FlowTableModel::FlowTableModel(QObject *parent) : QAbstractTableModel(parent) {}

FlowTableModel::~FlowTableModel() = default;

void FlowTableModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_columns = {Column::Id,         Column::Requirement, Column::FromSystem, Column::FromApplication, Column::Type,
                 Column::Protocol,   Column::DestPort,    Column::ToSystem,   Column::ToApplication,   Column::Hosts,
                 Column::Description};
    if (plan.selection.deployment == Deployment::SelfHosted)
        m_columns << Column::Standalone << Column::HighAvailability;
    endResetModel();
}

void FlowTableModel::clear()
{
    beginResetModel();
    m_plan.reset();
    m_columns.clear();
    endResetModel();
}

int FlowTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_plan)
        return 0;
    return static_cast<int>(m_plan->flows.size());
}

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString FlowTableModel::text(const PlannedFlow &planned, Column column) const
{
    const Flow &flow = planned.flow;
    switch (column) {
    case Column::Id:
        return flow.id;
    case Column::FromSystem:
        return flow.fromSystem;
    case Column::FromApplication:
        return flow.fromApplication;
    case Column::Type:
        return flow.type;
    case Column::Protocol:
        return flow.protocolLabel;
    case Column::DestPort:
        return flow.destPortLabel;
    case Column::ToSystem:
        return flow.toSystem;
    case Column::ToApplication:
        return flow.toApplication;
    case Column::Description: {
        QString text = flow.description;
        for (const QString &note : flow.notes)
            text += u'\n' + tr("Note: %1").arg(note);
        return text;
    }
    case Column::Standalone:
        return requirementLabel(flow.standalone);
    case Column::HighAvailability:
        return requirementLabel(flow.highAvailability);
    case Column::Requirement:
        return requirementLabel(planned.requirement);
    case Column::Hosts:
        return hostsSentence(planned, *m_plan, QStringLiteral("\n"));
    }
    return {};
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_plan)
        return {};
    const PlannedFlow &planned = m_plan->flows.at(index.row());
    const Column kind = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(planned, kind);
    case Qt::ToolTipRole: {
        if (kind == Column::Hosts) {
            QStringList checks;
            for (const Check &check : planned.checks)
                checks << checkLabel(check);
            return tr("Checks of flow %1:\n%2").arg(planned.flow.id, checks.join(u'\n'));
        }
        return text(planned, kind);
    }
    case Qt::FontRole: {
        // MUST stands out without relying on colour: the word itself, in bold; the flow id anchors the row.
        const bool bold = kind == Column::Id ||
                          (kind == Column::Requirement && planned.requirement == Requirement::Must) ||
                          (kind == Column::Standalone && planned.flow.standalone == Requirement::Must) ||
                          (kind == Column::HighAvailability && planned.flow.highAvailability == Requirement::Must);
        if (!bold)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignTop));
    case RequirementRole:
        return static_cast<int>(planned.requirement);
    case FlowIdRole:
        return planned.flow.id;
    case HostsRole:
        return distinctHosts(planned);
    default:
        return {};
    }
}

QString FlowTableModel::headerText(Column column) const
{
    // The vendor's column names; the line breaks keep narrow columns readable.
    switch (column) {
    case Column::Id:
        return tr("#");
    case Column::FromSystem:
        return tr("From\n(system)");
    case Column::FromApplication:
        return tr("From\n(application)");
    case Column::Type:
        return tr("Type");
    case Column::Protocol:
        return tr("Protocol");
    case Column::DestPort:
        return tr("Dest.\nPort");
    case Column::ToSystem:
        return tr("To\n(system)");
    case Column::ToApplication:
        return tr("To\n(application)");
    case Column::Description:
        return tr("Description");
    case Column::Standalone:
        return tr("STANDALONE");
    case Column::HighAvailability:
        return tr("HIGH\nAVAILABILITY");
    case Column::Requirement:
        return tr("Requirement");
    case Column::Hosts:
        return tr("Hosts");
    }
    return {};
}

QString FlowTableModel::headerToolTip(Column column) const
{
    switch (column) {
    case Column::Standalone:
        return tr("The vendor's requirement when the TPE has one node.");
    case Column::HighAvailability:
        return tr("The vendor's requirement when the TPE has two or more nodes (high availability).");
    case Column::Requirement:
        if (m_plan && m_plan->selection.deployment == Deployment::SelfHosted) {
            return m_plan->selection.highAvailability()
                       ? tr("MUST or OPTIONAL for this site: the HIGH AVAILABILITY column applies.")
                       : tr("MUST or OPTIONAL for this site: the STANDALONE column applies.");
        }
        return tr("MUST or OPTIONAL for this site, as the vendor page says.");
    case Column::Hosts:
        return tr("The hosts this site's base station must reach for this flow; the tooltip of a cell lists every "
                  "host and port.");
    default:
        return headerText(column).replace(u'\n', u' ');
    }
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return m_plan->flows.at(section).flow.id;
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column kind = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return headerText(kind);
    case Qt::AccessibleTextRole:
        return headerText(kind).replace(u'\n', u' ');
    case Qt::ToolTipRole:
        return headerToolTip(kind);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

} // namespace tpready
