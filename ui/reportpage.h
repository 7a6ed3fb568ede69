// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QPointer>
#include <QWizardPage>
#include <functional>

#include "core/report/report.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace tpready {

class CheckSession;
class FieldMessage;
class Settings;

/// Page 7: the run's verdict at a glance (ready, ready with warnings, not ready: a shape and a word), the firewall
/// change request with a Copy button, the laptop-versus-gateway caveat, and the exports: JSON, and PDF with its JSON
/// saved beside it (the digest printed in the PDF is that of the JSON), then the folder they went to.
class ReportPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    /// Asks where to save: the suggested path and the file filter in, the chosen path out (empty: cancelled).
    using FileChooser = std::function<QString(const QString &suggestedPath, const QString &filter)>;

    /// @p settings may be null: the export folder is then not remembered.
    explicit ReportPage(Settings *settings, QWidget *parent = nullptr);
    ~ReportPage() override;

    /// Shows the report of @p session for @p site, and follows it (the network snapshot may arrive later).
    void setSession(CheckSession *session, const SiteInfo &site);
    /// The report as shown now.
    const Report &report() const { return m_report; }

    /// Tests: replaces the save dialog.
    void setFileChooser(FileChooser chooser);
    /// Tests: replaces the open dialog of "Compare with an earlier report…".
    void setOpenFileChooser(FileChooser chooser);

    /// Merges the gateway's own results into the report (none: the laptop's alone).
    void setGatewayView(const std::optional<GatewayView> &view);
    /// Compares the report with the earlier one saved at @p path: the page and the PDF say what was fixed, still
    /// fails or newly fails. Returns an error sentence (nothing changes then) or an empty string.
    QString compareWith(const QString &path);

    /// Saves the report as JSON at @p path. Returns an error sentence or an empty string.
    QString exportJson(const QString &path);
    /// Saves the report as PDF at @p path, and the JSON it was made from beside it. Returns an error sentence or an
    /// empty string.
    QString exportPdf(const QString &path);
    /// The folder of the last export, or empty.
    QString lastExportFolder() const { return m_lastFolder; }

    int nextId() const override;

private:
    void refresh();
    void copyChangeRequest();
    void chooseAndExport(bool pdf);
    void openFolder();
    QString suggestedPath(const QString &suffix) const;
    void exported(const QStringList &paths);

    Settings *m_settings;
    QPointer<CheckSession> m_session;
    SiteInfo m_site;
    Report m_report;
    FileChooser m_chooser;
    QLabel *m_verdictIcon;
    QLabel *m_verdict;
    QLabel *m_explanation;
    QLabel *m_requestTitle;
    QTextBrowser *m_request;
    FieldMessage *m_pathWarning;
    QLabel *m_uplink = nullptr; ///< the uplink's figures and warnings
    QLabel *m_caveat;
    QPushButton *m_copy;
    QPushButton *m_exportJson;
    QPushButton *m_exportPdf;
    QPushButton *m_openFolder;
    QLabel *m_status;
    QPushButton *m_compare;
    QLabel *m_views; ///< the gateway's view and the comparison, when there are
    FileChooser m_openChooser;
    std::optional<GatewayView> m_gateway;
    std::optional<Report> m_earlier;
    QString m_lastFolder;
};

} // namespace tpready
