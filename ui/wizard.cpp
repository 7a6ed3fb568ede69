// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "wizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QIcon>
#include <QKeyEvent>
#include <QMessageBox>
#include <QRadioButton>
#include <QScreen>

#include "core/env/dnsconfig.h"
#include "core/gateway/gatewayscript.h"
#include "ui/checkspage.h"
#include "ui/deploymentpage.h"
#include "ui/flowspage.h"
#include "ui/gatewaydialog.h"
#include "ui/platformpage.h"
#include "ui/reportpage.h"
#include "ui/sitepage.h"
#include "ui/tpepage.h"
#include "ui/transportpage.h"

using namespace Qt::StringLiterals;

namespace tpready {

namespace {
/// The size a first run opens at, when the screen has room; 1024 x 700 is the smallest the pages are laid out for.
constexpr QSize kPreferredSize(1180, 760);
} // namespace

Wizard::Wizard(const Catalog &catalog, Settings *settings, QWidget *parent)
    : QWizard(parent), m_catalog(catalog), m_settings(settings), m_laptopDnsServers(tpready::systemDnsServers()),
      m_sitePage(new SitePage), m_deploymentPage(new DeploymentPage), m_platformPage(new PlatformPage(m_catalog)),
      m_tpePage(new TpePage), m_transportPage(new TransportPage), m_flowsPage(new FlowsPage),
      m_checksPage(new ChecksPage(settings)), m_reportPage(new ReportPage(settings))
{
    setWindowTitle(tr("ThingPark readiness"));
    setObjectName(u"wizard"_s);
    // One look on every system, the one the tests lay out and check: Windows' default (AeroStyle) would draw into the
    // title bar and show the Back button as a bare arrow, without its text.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(Page_Site, m_sitePage);
    setPage(Page_Deployment, m_deploymentPage);
    setPage(Page_Platform, m_platformPage);
    setPage(Page_Tpe, m_tpePage);
    setPage(Page_Transport, m_transportPage);
    setPage(Page_Flows, m_flowsPage);
    setPage(Page_Checks, m_checksPage);
    setPage(Page_Report, m_reportPage);
    setStartId(Page_Site);
    // The About box takes the Help button's place, at the left of the wizard's buttons.
    setOption(QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("&About"));
    button(QWizard::HelpButton)->setObjectName(u"aboutButton"_s);

    // The wizard's own buttons carry mnemonics ("&Next >") and change words from page to page ("&Run the checks >"):
    // screen readers get the plain words.
    updateButtonNames();
    connect(this, &QWizard::currentIdChanged, this, &Wizard::updateButtonNames);
    button(QWizard::HelpButton)->setAccessibleName(tr("About tpready"));

    m_transportPage->setSystemDnsServers(m_laptopDnsServers);
    // Restored before the pages' change signals are connected: restoring writes nothing back.
    restoreChoices();
    restoreSize();

    // QWizard gives a new page's focus to its first control; on a page of choices the chosen one is better, where
    // the arrow keys change the choice and Return goes on.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        auto *focused = qobject_cast<QRadioButton *>(focusWidget());
        if (!focused || focused->isChecked())
            return;
        for (QRadioButton *radio : currentPage()->findChildren<QRadioButton *>()) {
            if (radio->isChecked() && radio->isEnabled()) {
                radio->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    });
    connect(this, &QWizard::helpRequested, this, &Wizard::showAbout);
    connect(m_deploymentPage, &DeploymentPage::deploymentChanged, m_transportPage, &TransportPage::setDeployment);
    connect(m_sitePage, &SitePage::changed, this, &Wizard::saveChoices);
    connect(m_deploymentPage, &DeploymentPage::deploymentChanged, this, &Wizard::saveChoices);
    connect(m_platformPage, &PlatformPage::changed, this, &Wizard::saveChoices);
    connect(m_tpePage, &TpePage::changed, this, &Wizard::saveChoices);
    connect(m_transportPage, &TransportPage::changed, this, &Wizard::saveChoices);
    connect(m_flowsPage, &FlowsPage::gatewayCheckRequested, this, &Wizard::checkFromGateway);
    connect(m_checksPage, &ChecksPage::gatewayCheckRequested, this, &Wizard::checkFromGateway);
}

GatewayDialog *Wizard::openGatewayDialog()
{
    const auto planned = plan();
    if (!planned)
        return nullptr;
    auto *dialog = new GatewayDialog(*planned, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setGatewayView(dialog->results()); });
    dialog->open();
    return dialog;
}

void Wizard::checkFromGateway()
{
    openGatewayDialog();
}

void Wizard::setGatewayView(const std::optional<GatewayView> &view)
{
    m_gateway = view;
    m_checksPage->setGatewayView(m_gateway);
    m_reportPage->setGatewayView(m_gateway);
}

Wizard::~Wizard() = default;

Selection Wizard::selection() const
{
    Selection selection;
    selection.deployment = m_deploymentPage->deployment();
    if (selection.deployment == Deployment::Saas)
        selection.platform = m_platformPage->platformId();
    else
        selection.tpeHosts = m_tpePage->hosts();
    selection.transport = m_transportPage->transport();
    selection.lrrVersion = m_transportPage->lrrVersion();
    selection.ntpServers = m_transportPage->ntpServers();
    selection.dnsServers = m_transportPage->dnsServers();
    return selection;
}

std::optional<Plan> Wizard::plan(QString *error) const
{
    QString problem;
    auto result = buildPlan(m_catalog, selection(), m_laptopDnsServers, &problem);
    if (error)
        *error = problem;
    return result;
}

QString Wizard::siteName() const
{
    return m_sitePage->siteName();
}

QString Wizard::siteOperator() const
{
    return m_sitePage->operatorName();
}

QString Wizard::siteNotes() const
{
    return m_sitePage->notes();
}

SiteInfo Wizard::siteInfo() const
{
    SiteInfo site;
    site.name = siteName();
    site.operatorName = siteOperator();
    site.notes = siteNotes();
    return site;
}

void Wizard::updateButtonNames()
{
    for (const WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                     QWizard::CancelButton, QWizard::CommitButton}) {
        QAbstractButton *wizardButton = button(which);
        QString name = wizardButton->text();
        name.remove(u'&').remove(u'<').remove(u'>');
        wizardButton->setAccessibleName(name.trimmed());
    }
}

void Wizard::initializePage(int id)
{
    if (id == Page_Transport)
        m_transportPage->setDeployment(m_deploymentPage->deployment());
    if (id == Page_Flows) {
        QString error;
        const auto planned = plan(&error);
        m_flowsPage->setPlan(planned, error);
    }
    if (id == Page_Checks) {
        if (const auto planned = plan()) {
            // Results from the gateway stay while the plan is the same one.
            if (m_gateway && !gatewayViewIsFor(*m_gateway, *planned))
                setGatewayView(std::nullopt);
            m_checksPage->startRun(*planned);
        }
    }
    if (id == Page_Report)
        m_reportPage->setSession(m_checksPage->session(), siteInfo());
    QWizard::initializePage(id);
}

void Wizard::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Cancel) && currentId() == Page_Checks && m_checksPage->session() &&
        m_checksPage->session()->isRunning()) {
        m_checksPage->cancelRun();
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

void Wizard::done(int result)
{
    // Closing during a run: the probes stop now, before the window goes.
    m_checksPage->discardRun();
    m_reportPage->setSession(nullptr, siteInfo());
    saveChoices();
    if (m_settings) {
        m_settings->setValue(Settings::Key::WindowGeometry, saveGeometry());
        m_settings->sync();
    }
    QWizard::done(result);
}

QString Wizard::aboutText()
{
    return tr("<h3>tpready %1</h3>"
              "<p>ThingPark readiness: checks that this site's network lets a LoRaWAN base station reach Actility "
              "ThingPark, and writes a report that proves it.</p>"
              "<p>The flows are those of Actility's page “Authorizing base station flows to and from "
              "ThingPark”.</p>"
              "<p>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
              "<p>Qt %2</p>")
               .arg(QStringLiteral(TPREADY_VERSION).toHtmlEscaped(), QString::fromLatin1(qVersion())) +
           tr("<p><b>From the gateway itself.</b> The laptop is not the base station. On the flows or the checks "
              "page, <i>Check from the gateway…</i> gives a read-only script: paste it into the gateway's shell "
              "(ssh), then paste the block it prints back into the box below it. Each check then shows both views "
              "and where they disagree. On the report page, <i>Compare with an earlier report…</i> says what was "
              "fixed and what still or newly fails since an earlier visit.</p>");
}

void Wizard::showAbout()
{
    // Window-modal and not blocking: the wizard keeps its state, Escape or Return closes the box.
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About tpready"), aboutText(), QMessageBox::Close, this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    // The version can be selected and copied into a support request.
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64)); // app/main.cpp sets it
    box->open();
}

void Wizard::restoreChoices()
{
    if (!m_settings)
        return;
    m_sitePage->setSiteName(m_settings->string(Settings::Key::SiteName));
    m_sitePage->setOperatorName(m_settings->string(Settings::Key::SiteOperator));
    m_sitePage->setNotes(m_settings->string(Settings::Key::SiteNotes));
    const Deployment deployment =
        deploymentFromToken(m_settings->string(Settings::Key::Deployment)).value_or(Deployment::Saas);
    m_deploymentPage->setDeployment(deployment);
    m_platformPage->setPlatformId(m_settings->string(Settings::Key::Platform));
    m_tpePage->setHostsText(m_settings->string(Settings::Key::TpeHosts));
    m_transportPage->setDeployment(deployment);
    m_transportPage->setTransport(
        transportFromToken(m_settings->string(Settings::Key::Transport)).value_or(Transport::LrrIpsec));
    m_transportPage->setLrrVersionText(m_settings->string(Settings::Key::LrrVersion));
    m_transportPage->setNtpServersText(m_settings->string(Settings::Key::NtpServers));
    m_transportPage->setDnsServersText(m_settings->string(Settings::Key::DnsServers));
}

void Wizard::saveChoices()
{
    if (!m_settings)
        return;
    m_settings->setValue(Settings::Key::SiteName, m_sitePage->siteName());
    m_settings->setValue(Settings::Key::SiteOperator, m_sitePage->operatorName());
    m_settings->setValue(Settings::Key::SiteNotes, m_sitePage->notes());
    m_settings->setValue(Settings::Key::Deployment, toToken(m_deploymentPage->deployment()));
    // A platform that is not chosen keeps the remembered one (a self-hosted run does not forget the SaaS platform).
    const QString platform = m_platformPage->platformId();
    if (!platform.isEmpty())
        m_settings->setValue(Settings::Key::Platform, platform);
    m_settings->setValue(Settings::Key::TpeHosts, m_tpePage->hostsText());
    m_settings->setValue(Settings::Key::Transport, toToken(m_transportPage->transport()));
    m_settings->setValue(Settings::Key::LrrVersion, m_transportPage->lrrVersionText());
    m_settings->setValue(Settings::Key::NtpServers, m_transportPage->ntpServersText());
    m_settings->setValue(Settings::Key::DnsServers, m_transportPage->dnsServersText());
}

void Wizard::restoreSize()
{
    const QByteArray geometry =
        m_settings ? m_settings->value(Settings::Key::WindowGeometry).toByteArray() : QByteArray();
    if (!geometry.isEmpty() && restoreGeometry(geometry))
        return;
    QSize size = kPreferredSize;
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    resize(size.expandedTo(minimumSizeHint()));
}

} // namespace tpready
