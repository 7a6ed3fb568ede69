// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QDialog>
#include <optional>

#include "core/catalog/plan.h"
#include "core/report/gatewayview.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tpready {

/// "Check from the gateway": the plan's gateway script to copy (wrapped for pasting into the base station's shell),
/// the two-line instructions, and a box where the result block it printed is pasted back. The block is validated
/// (not cut, not changed, for this plan) before it is accepted; a refused one says why and nothing is kept.
class GatewayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayDialog)

public:
    GatewayDialog(const Plan &plan, QWidget *parent = nullptr);
    ~GatewayDialog() override;

    /// The accepted results, once the dialog was accepted.
    const std::optional<GatewayView> &results() const { return m_accepted; }
    /// Pastes @p text into the results box (what a user does with Ctrl+V).
    void setResultsText(const QString &text);
    /// The text a user copies with the copy button.
    QString scriptText() const { return m_script; }
    QString problem() const;

    void accept() override;

private:
    void copyScript();

    QString m_script;
    Plan m_plan;
    QPlainTextEdit *m_scriptView;
    QPlainTextEdit *m_results;
    QPushButton *m_copy;
    QLabel *m_copyStatus;
    QLabel *m_error;
    std::optional<GatewayView> m_accepted;
};

} // namespace tpready
