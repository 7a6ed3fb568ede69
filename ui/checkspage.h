// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QWizardPage>
#include <memory>

#include "core/catalog/plan.h"
#include "core/report/gatewayview.h"
#include "core/runner/session.h"
#include "ui/runoptionsdialog.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace tpready {

class CheckFilterModel;
class CheckTableModel;
class FieldMessage;
class Settings;

/// Page 6: runs the plan's checks from this laptop and shows them live, one row per check, with a progress bar and
/// the elapsed time; the run can be cancelled, one or several rows or all failed rows run again, the rows filtered;
/// the selected row's details (sentence, remediation, evidence) and the laptop's network sit below the table.
///
/// The run is a CheckSession, the very code `tpready check` uses. Nothing blocks the GUI thread: probes are
/// asynchronous, and the network snapshot is taken on a worker thread. Leaving the page with Back, or closing the
/// wizard, cancels the run and deletes it at once: its sockets close and no callback reaches the page any more.
class ChecksPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksPage)

public:
    /// @p settings may be null: the defaults are used and nothing is remembered.
    explicit ChecksPage(Settings *settings, QWidget *parent = nullptr);
    ~ChecksPage() override;

    /// Starts a run of @p plan with the remembered run options (a run in progress is dropped first).
    void startRun(const Plan &plan);
    /// Cancels the run and forgets it.
    void discardRun();
    /// Cancels the run, which stays on the page (Cancel run, Escape).
    void cancelRun();
    /// The run shown, or null.
    CheckSession *session() const { return m_session; }
    const CheckTableModel *model() const { return m_model; }
    const CheckFilterModel *filterModel() const { return m_filter; }

    /// The run options in force for the next run.
    RunSettings runSettings() const;
    void setRunSettings(const RunSettings &settings);

    /// Tests: probes from @p factory instead of the real ones (empty: the real ones), and a stand-in for the
    /// network snapshot. Both apply from the next run.
    void setProbeFactory(ProbeFactory factory);
    void setEnvironmentCapture(EnvironmentCapture capture);

    bool isComplete() const override;
    int nextId() const override;
    void cleanupPage() override;

    /// Shows the gateway's own results beside the laptop's (the Gateway column, the details); none hides them.
    void setGatewayView(const std::optional<GatewayView> &view);

signals:
    /// The run (or a re-run) ended.
    void runFinished();
    /// "Check from the gateway…" was pressed.
    void gatewayCheckRequested();

private:
    void createSession();
    void onStarted();
    void onFinished();
    void onEnvironmentReady();
    void updateState();
    void updateProgress();
    void updateDetails();
    void runAgain();
    void rerunSelected();
    void rerunFailed();
    void showOptions();
    QList<int> selectedChecks() const;
    QList<int> failedChecks() const;

    Settings *m_settings;
    std::optional<Plan> m_plan;
    ProbeFactory m_factory;
    EnvironmentCapture m_capture;
    CheckSession *m_session = nullptr;
    CheckTableModel *m_model;
    CheckFilterModel *m_filter;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_cancel;
    FieldMessage *m_pathWarning;
    QLabel *m_uplink = nullptr; ///< the uplink's loss, round trip and path MTU, once the run has ended
    QLabel *m_optionsLabel;
    QComboBox *m_filterCombo;
    QPushButton *m_rerunSelected;
    QPushButton *m_rerunFailed;
    QPushButton *m_runAgain;
    QPushButton *m_options;
    QPushButton *m_gatewayCheck;
    QLabel *m_gatewayStatus = nullptr; ///< what the Gateway column holds, once results were merged
    QSplitter *m_splitter;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QTextBrowser *m_details;
    QTextBrowser *m_environment;
    QTimer *m_ticker;
    bool m_cancelled = false;
};

} // namespace tpready
