// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "checkspage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "core/env/envadvice.h"
#include "core/report/report.h"
#include "core/report/uplink.h"
#include "core/runner/reportbuilder.h"
#include "core/settings.h"
#include "ui/checkdetails.h"
#include "ui/checkfiltermodel.h"
#include "ui/checktablemodel.h"
#include "ui/fieldmessage.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;

namespace tpready {

namespace {

constexpr int kTickMs = 100;

QString seconds(qint64 ms)
{
    return ChecksPage::tr("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
}

QTextBrowser *textPane(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *browser = new QTextBrowser(parent);
    browser->setObjectName(objectName);
    browser->setAccessibleName(accessibleName);
    browser->setOpenLinks(false);
    // Keyboard users can select and copy the evidence.
    browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    browser->setTabChangesFocus(true);
    // Hex dumps and long banners wrap instead of scrolling sideways.
    browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return browser;
}

} // namespace

ChecksPage::ChecksPage(Settings *settings, QWidget *parent)
    : QWizardPage(parent), m_settings(settings), m_model(new CheckTableModel(this)),
      m_filter(new CheckFilterModel(this)), m_progress(new QProgressBar(this)), m_progressLabel(new QLabel(this)),
      m_cancel(new QPushButton(tr("&Cancel run"), this)), m_pathWarning(nullptr), m_optionsLabel(new QLabel(this)),
      m_filterCombo(new QComboBox(this)), m_rerunSelected(new QPushButton(tr("Re-run &selected"), this)),
      m_rerunFailed(new QPushButton(tr("Re-run fai&led"), this)),
      m_runAgain(new QPushButton(tr("Run &all again"), this)), m_options(new QPushButton(tr("Run &options…"), this)),
      m_gatewayCheck(new QPushButton(tr("Check from the &gateway…"), this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_table(new QTableView), m_tabs(new QTabWidget),
      m_details(nullptr), m_environment(nullptr), m_ticker(new QTimer(this))
{
    setTitle(tr("Checks"));
    setSubTitle(tr("Each flow is checked from this laptop with a protocol-level proof. Select a row to see what was "
                   "sent, what came back and what to ask IT."));
    setButtonText(QWizard::NextButton, tr("&Report >"));
    setButtonText(QWizard::CancelButton, tr("Close"));

    m_filter->setSourceModel(m_model);

    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setAccessibleName(tr("Checks done"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressLabel->setWordWrap(true);
    m_cancel->setObjectName(u"cancelRunButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the run"));
    m_cancel->setToolTip(tr("Stop every check now (Escape); those not finished are marked skipped."));

    m_filterCombo->setObjectName(u"filterCombo"_s);
    m_filterCombo->setAccessibleName(tr("Show"));
    m_filterCombo->addItem(tr("All checks"), static_cast<int>(CheckFilterModel::Filter::All));
    m_filterCombo->addItem(tr("Failed"), static_cast<int>(CheckFilterModel::Filter::Failed));
    m_filterCombo->addItem(tr("MUST only"), static_cast<int>(CheckFilterModel::Filter::MustOnly));
    m_filterCombo->setToolTip(tr("Failed: the failed checks, and those still running."));
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filterCombo);
    m_rerunSelected->setObjectName(u"rerunSelectedButton"_s);
    m_rerunSelected->setAccessibleName(tr("Re-run selected"));
    m_rerunSelected->setToolTip(tr("Run the selected checks again."));
    m_rerunFailed->setObjectName(u"rerunFailedButton"_s);
    m_rerunFailed->setAccessibleName(tr("Re-run failed"));
    m_rerunFailed->setToolTip(tr("Run every failed check again, for instance after IT changed a rule."));
    m_runAgain->setObjectName(u"runAgainButton"_s);
    m_runAgain->setAccessibleName(tr("Run all again"));
    m_options->setObjectName(u"runOptionsButton"_s);
    m_options->setAccessibleName(tr("Run options"));
    m_options->setToolTip(tr("Time allowed per check, and a private CA for a self-hosted TPE."));
    m_gatewayCheck->setObjectName(u"gatewayCheckButton"_s);
    m_gatewayCheck->setAccessibleName(tr("Check from the gateway"));
    m_gatewayCheck->setToolTip(tr("A script to run on the gateway's own shell, and a box for what it prints: both "
                                  "views side by side."));
    m_optionsLabel->setObjectName(u"runOptionsLabel"_s);
    m_optionsLabel->setTextFormat(Qt::PlainText);

    m_table->setParent(m_splitter);
    m_table->setObjectName(u"checkTable"_s);
    m_table->setAccessibleName(tr("Checks"));
    m_table->setModel(m_filter);
    m_table->setColumnHidden(CheckTableModel::section(CheckTableModel::Column::Gateway), true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CheckTableModel::section(CheckTableModel::Column::Host), QHeaderView::Stretch);

    m_pathWarning = new FieldMessage(m_table, this);
    m_pathWarning->setObjectName(u"pathWarning"_s);
    m_pathWarning->setMinimumHeight(0);
    m_pathWarning->setVisible(false);

    m_tabs->setParent(m_splitter);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setAccessibleName(tr("Details and network"));
    m_details = textPane(u"detailsView"_s, tr("Details of the selected check"), m_tabs);
    m_environment = textPane(u"environmentView"_s, tr("This laptop's network"), m_tabs);
    m_tabs->tabBar()->setAccessibleName(tr("Details or network"));
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_environment, tr("This laptop's net&work"));
    m_splitter->setObjectName(u"checksSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_tabs);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressLabel, 2);
    progressRow->addWidget(m_cancel);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(filterLabel);
    actionRow->addWidget(m_filterCombo);
    actionRow->addSpacing(12);
    actionRow->addWidget(m_rerunSelected);
    actionRow->addWidget(m_rerunFailed);
    actionRow->addWidget(m_runAgain);
    actionRow->addStretch(1);
    actionRow->addWidget(m_optionsLabel);
    actionRow->addWidget(m_options);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_pathWarning);
    layout->addLayout(actionRow);
    layout->addWidget(m_splitter, 1);
    m_uplink = new QLabel(this);
    m_uplink->setObjectName(u"uplinkLabel"_s);
    m_uplink->setWordWrap(true);
    m_uplink->setTextFormat(Qt::RichText);
    m_uplink->setVisible(false);
    layout->addWidget(m_uplink);
    m_gatewayStatus = new QLabel(this);
    m_gatewayStatus->setObjectName(u"gatewayStatusLabel"_s);
    m_gatewayStatus->setWordWrap(true);
    m_gatewayStatus->setTextFormat(Qt::PlainText);
    auto *gatewayRow = new QHBoxLayout;
    gatewayRow->addWidget(m_gatewayCheck);
    gatewayRow->addWidget(m_gatewayStatus, 1);
    layout->addLayout(gatewayRow);

    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &ChecksPage::updateProgress);
    connect(m_cancel, &QPushButton::clicked, this, &ChecksPage::cancelRun);
    connect(m_runAgain, &QPushButton::clicked, this, &ChecksPage::runAgain);
    connect(m_rerunSelected, &QPushButton::clicked, this, &ChecksPage::rerunSelected);
    connect(m_rerunFailed, &QPushButton::clicked, this, &ChecksPage::rerunFailed);
    connect(m_options, &QPushButton::clicked, this, &ChecksPage::showOptions);
    connect(m_gatewayCheck, &QPushButton::clicked, this, &ChecksPage::gatewayCheckRequested);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setFilter(static_cast<CheckFilterModel::Filter>(m_filterCombo->currentData().toInt()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChecksPage::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChecksPage::updateState);
    connect(m_filter, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_table->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateDetails();
            });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ChecksPage::updateDetails);
    setRunSettings(runSettings());
    updateState();
    updateDetails();
    onEnvironmentReady();
}

ChecksPage::~ChecksPage()
{
    discardRun();
}

RunSettings ChecksPage::runSettings() const
{
    return m_settings ? loadRunSettings(*m_settings) : RunSettings();
}

void ChecksPage::setRunSettings(const RunSettings &settings)
{
    if (m_settings)
        storeRunSettings(m_settings, settings);
    QStringList parts{tr("%1 per check").arg(seconds(settings.timeoutMs))};
    if (!settings.caFile.isEmpty())
        parts << tr("CA %1").arg(QFileInfo(settings.caFile).fileName());
    const int overrides = static_cast<int>(settings.resolveOverrides.split(u'\n', Qt::SkipEmptyParts).size());
    if (overrides > 0)
        parts << tr("resolve overrides: %1").arg(overrides);
    m_optionsLabel->setText(parts.join(u", "));
}

void ChecksPage::setProbeFactory(ProbeFactory factory)
{
    m_factory = std::move(factory);
}

void ChecksPage::setEnvironmentCapture(EnvironmentCapture capture)
{
    m_capture = std::move(capture);
}

void ChecksPage::startRun(const Plan &plan)
{
    m_plan = plan;
    createSession();
}

void ChecksPage::createSession()
{
    discardRun();
    if (!m_plan)
        return;
    QString error;
    // With a settings file edited by hand to hold a CA that is gone, the run goes on without it, and says so.
    RunSettings settings = runSettings();
    auto options = makeRunOptions(settings, &error);
    if (!options) {
        settings.caFile.clear();
        settings.resolveOverrides.clear();
        options = makeRunOptions(settings, &error);
    }
    options->factory = m_factory;
    m_session = new CheckSession(*m_plan, *options, this);
    if (m_capture)
        m_session->setEnvironmentCapture(m_capture);
    connect(m_session, &CheckSession::started, this, &ChecksPage::onStarted);
    connect(m_session, &CheckSession::checkFinished, this, &ChecksPage::updateProgress);
    connect(m_session, &CheckSession::finished, this, &ChecksPage::onFinished);
    connect(m_session, &CheckSession::environmentReady, this, &ChecksPage::onEnvironmentReady);
    m_model->setSession(m_session);
    m_progress->setRange(0, qMax(1, static_cast<int>(m_session->checks().size())));
    m_cancelled = false;
    m_session->start();
    onEnvironmentReady();
    updateDetails();
    if (!error.isEmpty()) {
        // Said where the options are, and kept there until the options change.
        m_optionsLabel->setText(tr("options not used: %1").arg(error));
        m_optionsLabel->setToolTip(error);
    }
}

void ChecksPage::discardRun()
{
    if (!m_session)
        return;
    CheckSession *session = m_session;
    m_session = nullptr;
    session->disconnect(this);
    session->cancel();
    m_model->setSession(nullptr);
    // Deleted now, not later: the probes' sockets close here, and nothing of this run can call back.
    delete session;
    m_ticker->stop();
    updateState();
    updateProgress();
    updateDetails();
    emit completeChanged();
}

void ChecksPage::onStarted()
{
    m_cancelled = false;
    if (m_session && m_session->isRunning())
        m_ticker->start();
    updateState();
    updateProgress();
    emit completeChanged();
}

void ChecksPage::onFinished()
{
    m_ticker->stop();
    const QString uplink = m_session ? uplinkHtml(uplinkQuality(m_session->report(SiteInfo()))) : QString();
    m_uplink->setText(uplink);
    m_uplink->setVisible(!uplink.isEmpty());
    onEnvironmentReady(); // the clock offset comes from the NTP checks
    updateState();
    updateProgress();
    updateDetails();
    // The first failure is what the installer will want to read: show it, without taking the focus.
    if (!m_table->currentIndex().isValid()) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (index.data(CheckTableModel::VerdictRole).toInt() == static_cast<int>(Verdict::Fail)) {
                m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
                break;
            }
        }
    }
    emit completeChanged();
    emit runFinished();
}

void ChecksPage::onEnvironmentReady()
{
    const bool captured = m_session && m_session->hasEnvironment();
    const Environment environment = m_session ? m_session->environment() : Environment();
    m_environment->setHtml(environmentHtml(environment, captured || !m_session));
    const QString warning = captured ? laptopPathWarning(environment) : QString();
    m_pathWarning->setMessage(warning);
    m_pathWarning->setVisible(!warning.isEmpty());
}

void ChecksPage::updateState()
{
    const bool running = m_session && m_session->isRunning();
    const bool hasRun = m_session != nullptr;
    m_cancel->setEnabled(running);
    m_runAgain->setEnabled(hasRun && !running);
    m_options->setEnabled(!running);
    bool anySelectedDone = false;
    if (m_session) {
        for (const int index : selectedChecks())
            anySelectedDone = anySelectedDone || m_session->checks().at(index).state == CheckRun::State::Done;
    }
    m_rerunSelected->setEnabled(anySelectedDone);
    const int failed = static_cast<int>(failedChecks().size());
    m_rerunFailed->setEnabled(failed > 0);
    m_rerunFailed->setText(failed > 0 ? tr("Re-run fai&led (%1)").arg(failed) : tr("Re-run fai&led"));
}

void ChecksPage::updateProgress()
{
    if (!m_session) {
        m_progress->setValue(0);
        m_progressLabel->clear();
        return;
    }
    const int total = static_cast<int>(m_session->checks().size());
    const int done = m_session->doneCount();
    m_progress->setValue(done);
    const QString elapsed = seconds(m_session->elapsedMs());
    if (m_session->isRunning()) {
        m_progressLabel->setText(tr("Checking: %1 of %2 done, %3").arg(done).arg(total).arg(elapsed));
        m_progress->setAccessibleDescription(m_progressLabel->text());
        updateState();
        return;
    }
    const Summary summary = m_session->summary();
    const QString counts = tr("%1 pass, %2 fail, %3 warning, %4 info, %5 skipped")
                               .arg(summary.pass)
                               .arg(summary.fail)
                               .arg(summary.warn)
                               .arg(summary.info)
                               .arg(summary.skipped);
    m_progressLabel->setText(m_cancelled ? tr("Cancelled after %1: %2.").arg(elapsed, counts)
                                         : tr("Finished in %1: %2.").arg(elapsed, counts));
    m_progress->setAccessibleDescription(m_progressLabel->text());
}

void ChecksPage::updateDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_session || !current.isValid()) {
        m_details->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(m_session ? tr("Select a check to see what was sent, what came back and what to "
                                                   "ask IT.")
                                              : QString()));
        return;
    }
    const int index = current.data(CheckTableModel::CheckIndexRole).toInt();
    const CheckRun &run = m_session->checks().at(index);
    // A row updated while it is read keeps its scroll position.
    const bool sameRow = m_details->property("checkIndex").toInt() == index;
    const int scroll = m_details->verticalScrollBar()->value();
    const CheckRecord record = makeCheckRecord(m_session->plan(), run);
    QString gatewayHtml;
    if (const GatewayRow *row = m_model->gatewayRow(index)) {
        gatewayHtml +=
            tr("<h4>From the gateway</h4><p>%1 (%2)%3: %4</p>")
                .arg(toToken(row->verdict).toUpper(), toToken(row->reason),
                     row->address.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(row->address.toHtmlEscaped()),
                     row->detail.toHtmlEscaped());
        const QString sentence = run.state == CheckRun::State::Done ? disagreementSentence(record, row) : QString();
        if (!sentence.isEmpty())
            gatewayHtml += QStringLiteral("<p><b>%1</b></p>").arg(sentence.toHtmlEscaped());
    }
    m_details->setHtml(checkDetailsHtml(record, run.state, gatewayHtml));
    m_details->setProperty("checkIndex", index);
    if (sameRow)
        m_details->verticalScrollBar()->setValue(scroll);
}

void ChecksPage::cancelRun()
{
    if (!m_session || !m_session->isRunning())
        return;
    m_cancelled = true;
    m_session->cancel(); // finished() arrives before this returns
    updateProgress();
}

void ChecksPage::runAgain()
{
    createSession();
}

void ChecksPage::rerunSelected()
{
    if (m_session)
        m_session->rerun(selectedChecks());
}

void ChecksPage::rerunFailed()
{
    if (m_session)
        m_session->rerun(failedChecks());
}

void ChecksPage::showOptions()
{
    auto *dialog = new RunOptionsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(runSettings());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setRunSettings(dialog->settings());
        if (m_session && !m_session->isRunning())
            m_progressLabel->setText(tr("The new options apply from the next run: choose Run all again."));
    });
    dialog->open();
}

QList<int> ChecksPage::selectedChecks() const
{
    QList<int> indexes;
    if (!m_session)
        return indexes;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        indexes << row.data(CheckTableModel::CheckIndexRole).toInt();
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

QList<int> ChecksPage::failedChecks() const
{
    QList<int> indexes;
    if (!m_session)
        return indexes;
    const QList<CheckRun> &checks = m_session->checks();
    for (int i = 0; i < checks.size(); ++i) {
        if (checks.at(i).state == CheckRun::State::Done && checks.at(i).result.verdict == Verdict::Fail)
            indexes << i;
    }
    return indexes;
}

bool ChecksPage::isComplete() const
{
    return m_session && m_session->hasResults();
}

int ChecksPage::nextId() const
{
    return Wizard::Page_Report;
}

void ChecksPage::cleanupPage()
{
    // Back: the run stops here, and the next visit starts a new one for whatever the pages say then.
    discardRun();
    QWizardPage::cleanupPage();
}

void ChecksPage::setGatewayView(const std::optional<GatewayView> &view)
{
    m_model->setGatewayView(view);
    m_table->setColumnHidden(CheckTableModel::section(CheckTableModel::Column::Gateway), !view.has_value());
    m_gatewayStatus->setText(view ? tr("The gateway's own results (%1, %2) are in the Gateway column; the details "
                                       "say where they disagree with the laptop's.")
                                        .arg(view->gateway, view->finishedAt)
                                  : QString());
    updateDetails();
}

} // namespace tpready
