// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QWizardPage>
#include <optional>

#include "core/catalog/plan.h"

class QLabel;
class QPushButton;
class QTableView;

namespace tpready {

class FlowTableModel;

/// Page 5: the flow table of the selection in the vendor's own wording, with MUST / OPTIONAL and the concrete hosts,
/// the destinations reached only through a tunnel, the rows left out for the LRR version, and copy buttons.
class FlowsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowsPage)

public:
    explicit FlowsPage(QWidget *parent = nullptr);
    ~FlowsPage() override;

    /// Shows @p plan, or @p error when there is none.
    void setPlan(const std::optional<Plan> &plan, const QString &error);
    const FlowTableModel *model() const { return m_model; }

    int nextId() const override;
    bool isComplete() const override;

signals:
    /// "Check from the gateway…" was pressed.
    void gatewayCheckRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void copyAsText();
    void copyAsCsv();
    void resizeColumns();

    FlowTableModel *m_model;
    QLabel *m_summary;
    QLabel *m_tableTitle;
    QTableView *m_table;
    QLabel *m_remarks;
    QLabel *m_error;
    QPushButton *m_copyText;
    QPushButton *m_copyCsv;
    QLabel *m_copyStatus;
    int m_sizedForWidth = -1;
};

} // namespace tpready
