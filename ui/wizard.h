// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QStringList>
#include <QWizard>
#include <optional>

#include "core/catalog/catalog.h"
#include "core/catalog/plan.h"
#include "core/report/report.h"
#include "core/settings.h"

namespace tpready {

class ChecksPage;
class DeploymentPage;
class FlowsPage;
class PlatformPage;
class GatewayDialog;
class ReportPage;
class SitePage;
class TpePage;
class TransportPage;

/// The installer's wizard (docs/ARCHITECTURE.md "The wizard"): site, deployment, platform or TPE address(es),
/// transport, the flow table, then the checks run live and the report. Every choice is remembered in Settings as soon
/// as it is made, and restored by the next wizard. Closing the wizard during a run cancels it.
class Wizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Wizard)

public:
    enum PageId
    {
        Page_Site,
        Page_Deployment,
        Page_Platform,
        Page_Tpe,
        Page_Transport,
        Page_Flows,
        Page_Checks,
        Page_Report,
    };
    Q_ENUM(PageId)

    /// @p settings may be null: nothing is then remembered.
    explicit Wizard(const Catalog &catalog, Settings *settings, QWidget *parent = nullptr);
    ~Wizard() override;

    /// What the pages say now (only the platform or only the TPE addresses, as the deployment asks).
    Selection selection() const;
    /// The plan of selection(), with the laptop's resolvers for the DNS flow; nullopt and @p error when the
    /// selection is not valid.
    std::optional<Plan> plan(QString *error = nullptr) const;
    const Catalog &catalog() const { return m_catalog; }
    /// The laptop's DNS resolvers, read once when the wizard starts.
    const QStringList &laptopDnsServers() const { return m_laptopDnsServers; }

    /// The site as typed on page 1 (trimmed), for the report.
    QString siteName() const;
    QString siteOperator() const;
    QString siteNotes() const;
    /// The site as the report names it.
    SiteInfo siteInfo() const;

    ChecksPage *checksPage() const { return m_checksPage; }
    ReportPage *reportPage() const { return m_reportPage; }

    /// "Check from the gateway…": opens the dialog with the script of the current plan (null when there is no plan);
    /// the results it accepts are shown on the checks page and merged into the report.
    GatewayDialog *openGatewayDialog();
    /// The gateway's results in force (none: the laptop's view alone).
    const std::optional<GatewayView> &gatewayView() const { return m_gateway; }

    void done(int result) override;

    /// The About box's text (rich text): name, version (the CMake project version, as in --version and the PDF),
    /// what the tool does, its licence and where the flows come from.
    static QString aboutText();

protected:
    void initializePage(int id) override;
    /// Escape during a run cancels the run (the window stays); otherwise it closes the wizard, as in any dialog.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void checkFromGateway();
    void setGatewayView(const std::optional<GatewayView> &view);

    void showAbout();
    void restoreChoices();
    void saveChoices();
    void restoreSize();
    void updateButtonNames();

    Catalog m_catalog;
    Settings *m_settings;
    QStringList m_laptopDnsServers;
    SitePage *m_sitePage;
    DeploymentPage *m_deploymentPage;
    PlatformPage *m_platformPage;
    TpePage *m_tpePage;
    TransportPage *m_transportPage;
    FlowsPage *m_flowsPage;
    ChecksPage *m_checksPage;
    ReportPage *m_reportPage;
    std::optional<GatewayView> m_gateway;
};

} // namespace tpready
