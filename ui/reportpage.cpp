// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "reportpage.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "core/env/envadvice.h"
#include "core/gateway/gatewayblock.h"
#include "core/report/changerequest.h"
#include "core/report/reportfiles.h"
#include "core/report/uplink.h"
#include "core/runner/session.h"
#include "core/settings.h"
#include "ui/checkdetails.h"
#include "ui/fieldmessage.h"
#include "ui/statusicon.h"

using namespace Qt::StringLiterals;

namespace tpready {

namespace {

constexpr int kVerdictIconSize = 40;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString slug(const QString &text)
{
    QString slug = text.toLower();
    slug.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.left(40);
}

QString changeRequestHtml(const Report &report)
{
    const ChangeRequest request = changeRequest(report);
    if (request.isEmpty())
        return u"<p>%1</p>"_s.arg(esc(ReportPage::tr("No change is needed: every flow that was tested got through.")));
    QString html;
    if (request.rules.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(ReportPage::tr("No firewall rule is missing, but the following needs "
                                                      "attention.")));
    }
    // One table per action, numbered on across them, each under the sentence IT's ticket would carry.
    const QString network = laptopNetwork(report.environment);
    int number = 0;
    for (const ChangeAction action : kChangeActions) {
        const QList<FirewallRule> rules = request.rulesFor(action);
        if (rules.isEmpty())
            continue;
        html += u"<p><b>%1</b></p>"_s.arg(esc(changeGroupHeading(action, network, report.environment.dnsServers)));
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"_s;
        for (const QString &title : {ReportPage::tr("#"), ReportPage::tr("Destination"), ReportPage::tr("Addresses"),
                                     ReportPage::tr("Protocol/port"), ReportPage::tr("Direction"),
                                     ReportPage::tr("Flow"), ReportPage::tr("Requirement"), ReportPage::tr("Found")})
            html += u"<th align=\"left\">%1</th>"_s.arg(esc(title));
        html += u"</tr>"_s;
        for (const FirewallRule &rule : rules) {
            const QStringList cells{
                QString::number(++number),
                rule.host.isEmpty() ? ReportPage::tr("(local network)") : rule.host,
                rule.addresses.join(u", "),
                changeRuleService(rule),
                rule.direction == Direction::Bidirectional ? ReportPage::tr("both ways") : ReportPage::tr("outbound"),
                rule.flowIds.join(u", "),
                rule.requirement == Requirement::Must ? ReportPage::tr("MUST") : ReportPage::tr("OPTIONAL"),
                rule.reasons.join(u", "),
            };
            html += u"<tr>"_s;
            for (int i = 0; i < cells.size(); ++i) {
                const bool bold = i == 6 && rule.requirement == Requirement::Must;
                html += bold ? u"<td><b>%1</b></td>"_s.arg(esc(cells.at(i))) : u"<td>%1</td>"_s.arg(esc(cells.at(i)));
            }
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    if (!request.actions.isEmpty()) {
        if (!request.rules.isEmpty())
            html += u"<p><b>%1</b></p>"_s.arg(esc(ReportPage::tr("Also")));
        html += u"<ul>"_s;
        for (const QString &action : request.actions)
            html += u"<li>%1</li>"_s.arg(esc(action));
        html += u"</ul>"_s;
    }
    return html;
}

} // namespace

ReportPage::ReportPage(Settings *settings, QWidget *parent)
    : QWizardPage(parent), m_settings(settings), m_verdictIcon(new QLabel(this)), m_verdict(new QLabel(this)),
      m_explanation(new QLabel(this)), m_requestTitle(new QLabel(tr("Firewall change re&quest"), this)),
      m_request(new QTextBrowser(this)), m_pathWarning(nullptr), m_caveat(new QLabel(laptopCaveat(), this)),
      m_copy(new QPushButton(tr("&Copy change request"), this)),
      m_exportJson(new QPushButton(tr("Export &JSON…"), this)), m_exportPdf(new QPushButton(tr("Export &PDF…"), this)),
      m_openFolder(new QPushButton(tr("&Open folder"), this)), m_status(new QLabel(this)),
      m_compare(new QPushButton(tr("Compare with an &earlier report…"), this)), m_views(new QLabel(this))
{
    setTitle(tr("Report"));
    setSubTitle(tr("The verdict for this site, what to ask IT, and the report to send to support."));
    setButtonText(QWizard::CancelButton, tr("Close"));

    m_verdictIcon->setObjectName(u"verdictIcon"_s);
    m_verdictIcon->setFixedSize(kVerdictIconSize, kVerdictIconSize);
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_verdict->setTextFormat(Qt::PlainText);
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.7);
    m_verdict->setFont(big);
    m_explanation->setObjectName(u"verdictExplanation"_s);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);

    QFont bold = m_requestTitle->font();
    bold.setBold(true);
    m_requestTitle->setFont(bold);
    m_requestTitle->setBuddy(m_request);
    m_request->setObjectName(u"changeRequestView"_s);
    m_request->setAccessibleName(tr("Firewall change request"));
    m_request->setOpenLinks(false);
    m_request->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_request->setTabChangesFocus(true);
    m_request->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    m_pathWarning = new FieldMessage(m_request, this);
    m_pathWarning->setObjectName(u"reportPathWarning"_s);
    m_pathWarning->setMinimumHeight(0);
    m_pathWarning->setVisible(false);
    m_caveat->setObjectName(u"caveatLabel"_s);
    m_caveat->setTextFormat(Qt::PlainText);
    m_caveat->setWordWrap(true);

    m_copy->setObjectName(u"copyChangeRequestButton"_s);
    m_copy->setAccessibleName(tr("Copy change request"));
    m_copy->setToolTip(tr("Copy the change request to the clipboard as text, for an e-mail or a ticket."));
    m_exportJson->setObjectName(u"exportJsonButton"_s);
    m_exportJson->setAccessibleName(tr("Export JSON"));
    m_exportJson->setToolTip(tr("Save the whole report as JSON (schema tpready-report/1), for support."));
    m_exportPdf->setObjectName(u"exportPdfButton"_s);
    m_exportPdf->setAccessibleName(tr("Export PDF"));
    m_exportPdf->setToolTip(tr("Save the report as PDF, and its JSON beside it: the PDF prints the JSON's digest."));
    m_openFolder->setObjectName(u"openFolderButton"_s);
    m_openFolder->setAccessibleName(tr("Open folder"));
    m_openFolder->setToolTip(tr("Open the folder the report was saved in."));
    m_openFolder->setEnabled(false);
    m_status->setObjectName(u"exportStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Export status"));

    auto *verdictGrid = new QGridLayout;
    verdictGrid->setColumnStretch(1, 1);
    verdictGrid->addWidget(m_verdictIcon, 0, 0, 2, 1, Qt::AlignTop);
    verdictGrid->addWidget(m_verdict, 0, 1);
    verdictGrid->addWidget(m_explanation, 1, 1);

    m_compare->setObjectName(u"compareButton"_s);
    m_compare->setAccessibleName(tr("Compare with an earlier report"));
    m_compare->setToolTip(tr("Open an earlier JSON report of this site: what was fixed, what still fails, what newly "
                             "fails. The PDF gets a section for it."));
    m_views->setObjectName(u"viewsLabel"_s);
    m_views->setWordWrap(true);
    m_views->setTextFormat(Qt::RichText);
    m_views->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addSpacing(12);
    buttons->addWidget(m_exportJson);
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(verdictGrid);
    layout->addWidget(m_pathWarning);
    layout->addWidget(m_requestTitle);
    layout->addWidget(m_request, 1);
    m_uplink = new QLabel(this);
    m_uplink->setObjectName(u"reportUplinkLabel"_s);
    m_uplink->setWordWrap(true);
    m_uplink->setTextFormat(Qt::RichText);
    m_uplink->setVisible(false);
    layout->addWidget(m_uplink);
    layout->addWidget(m_views);
    layout->addWidget(m_caveat);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, &ReportPage::copyChangeRequest);
    connect(m_exportJson, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(m_openFolder, &QPushButton::clicked, this, &ReportPage::openFolder);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QString filter = tr("JSON report (*.json)");
        const QString folder = m_settings ? m_settings->string(Settings::Key::ExportDirectory) : QString();
        const QString path = m_openChooser ? m_openChooser(folder, filter)
                                           : QFileDialog::getOpenFileName(this, tr("Earlier report"), folder, filter);
        if (path.isEmpty())
            return;
        const QString problem = compareWith(path);
        m_status->setText(problem.isEmpty() ? tr("Compared with %1.").arg(QFileInfo(path).fileName()) : problem);
    });
}

void ReportPage::setOpenFileChooser(FileChooser chooser)
{
    m_openChooser = std::move(chooser);
}

void ReportPage::setGatewayView(const std::optional<GatewayView> &view)
{
    m_gateway = view;
    refresh();
}

QString ReportPage::compareWith(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > 32 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return tr("%1: not a report that can be read.").arg(QFileInfo(path).fileName());
    QString error;
    auto earlier = reportFromJson(file.readAll(), &error);
    if (!earlier)
        return tr("%1: %2.").arg(QFileInfo(path).fileName(), error);
    m_earlier = std::move(earlier);
    refresh();
    return {};
}

ReportPage::~ReportPage() = default;

void ReportPage::setSession(CheckSession *session, const SiteInfo &site)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_site = site;
    m_status->clear();
    if (session) {
        // A rerun from page 6 or a late network snapshot changes what the report says.
        connect(session, &CheckSession::environmentReady, this, &ReportPage::refresh);
        connect(session, &CheckSession::finished, this, &ReportPage::refresh);
    }
    refresh();
}

void ReportPage::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

int ReportPage::nextId() const
{
    return -1;
}

void ReportPage::refresh()
{
    if (!m_session) {
        // Nothing to report (the wizard is closing): no verdict at all rather than that of an empty run.
        m_report = Report();
        m_verdictIcon->clear();
        m_verdict->clear();
        m_explanation->clear();
        m_request->clear();
        m_uplink->clear();
        m_uplink->setVisible(false);
        m_pathWarning->setMessage(QString());
        m_pathWarning->setVisible(false);
        for (QPushButton *button : {m_copy, m_exportJson, m_exportPdf})
            button->setEnabled(false);
        return;
    }
    m_report = m_session->report(m_site);
    QStringList views;
    if (m_gateway) {
        const QString problem = mergeGatewayView(&m_report, *m_gateway);
        if (problem.isEmpty()) {
            const int disagreements = gatewayTally(*m_report.gateway, m_report.checks).disagreements;
            views << tr("<b>From the gateway</b> %1: merged; the verdict uses its view where it tested a check "
                        "(%n disagreement(s) with the laptop; the laptop alone: %2).",
                        nullptr, disagreements)
                         .arg(m_gateway->gateway.toHtmlEscaped(),
                              readinessLabel(m_report.laptopSummary().readiness).toHtmlEscaped());
            const QString note = resolverNote(*m_gateway, selectionDnsServers(m_report.selection));
            if (!note.isEmpty())
                views << note.toHtmlEscaped();
        } else {
            views << tr("The gateway's results were not merged: %1").arg(problem.toHtmlEscaped());
        }
    }
    if (m_earlier) {
        const Comparison comparison = compareReports(*m_earlier, m_report);
        m_report.comparison = comparison;
        views << tr("<b>Since the earlier report</b> (%1): %2 newly failing, %3 still failing, %4 fixed, %5 not "
                    "checked in both.")
                     .arg(comparison.beforeStartedAt.toHtmlEscaped())
                     .arg(comparison.newlyFailing.size())
                     .arg(comparison.stillFailing.size())
                     .arg(comparison.fixed.size())
                     .arg(comparison.notInBoth.size());
    }
    m_views->setText(views.join(QStringLiteral("<br>")));
    m_views->setVisible(!views.isEmpty());
    const Summary summary = m_report.summary();
    const qreal ratio = devicePixelRatioF();
    m_verdictIcon->setPixmap(readinessIcon(summary.readiness).pixmap(QSize(kVerdictIconSize, kVerdictIconSize), ratio));
    m_verdict->setText(readinessLabel(summary.readiness));
    m_verdictIcon->setAccessibleName(m_verdict->text());
    QString explanation;
    switch (summary.readiness) {
    case Readiness::Ready:
        explanation = tr("Every MUST flow was proven reachable from this site's network.");
        break;
    case Readiness::ReadyWithWarnings:
        explanation = summary.skipped > 0 && summary.mustFailed
                          ? tr("No MUST flow failed, but some were not checked (the run was cancelled): run the "
                               "checks again to be sure.")
                          : tr("No MUST flow failed, but some checks need attention: see below.");
        break;
    case Readiness::NotReady:
        explanation =
            summary.mustFailures == 1
                ? tr("One MUST check failed: the change request below says what to ask IT.")
                : tr("%1 MUST checks failed: the change request below says what to ask IT.").arg(summary.mustFailures);
        break;
    }
    explanation += u' ' + tr("%1 pass, %2 fail, %3 warning, %4 info, %5 skipped, out of %6 checks.")
                              .arg(summary.pass)
                              .arg(summary.fail)
                              .arg(summary.warn)
                              .arg(summary.info)
                              .arg(summary.skipped)
                              .arg(m_report.checks.size());
    m_explanation->setText(explanation);
    m_verdict->setAccessibleDescription(explanation);
    m_request->setHtml(changeRequestHtml(m_report));
    const QString uplink = uplinkHtml(uplinkQuality(m_report));
    m_uplink->setText(uplink);
    m_uplink->setVisible(!uplink.isEmpty());
    const QString warning =
        m_session && m_session->hasEnvironment() ? laptopPathWarning(m_report.environment) : QString();
    m_pathWarning->setMessage(warning);
    m_pathWarning->setVisible(!warning.isEmpty());
    const bool hasReport = m_session && m_session->hasResults();
    m_copy->setEnabled(hasReport);
    m_exportJson->setEnabled(hasReport);
    m_exportPdf->setEnabled(hasReport);
}

void ReportPage::copyChangeRequest()
{
    refresh();
    QGuiApplication::clipboard()->setText(changeRequestText(m_report));
    m_status->setText(tr("Copied the change request to the clipboard."));
}

QString ReportPage::suggestedPath(const QString &suffix) const
{
    QString folder = m_settings ? m_settings->string(Settings::Key::ExportDirectory) : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QDateTime when = m_report.startedAt.isValid() ? m_report.startedAt : QDateTime::currentDateTimeUtc();
    QString name = u"tpready"_s;
    const QString site = slug(m_site.name);
    if (!site.isEmpty())
        name += u'-' + site;
    name += u'-' + when.toLocalTime().toString(u"yyyyMMdd-HHmm"_s) + suffix;
    return QDir(folder).filePath(name);
}

void ReportPage::chooseAndExport(bool pdf)
{
    refresh();
    const QString suggested = suggestedPath(pdf ? u".pdf"_s : u".json"_s);
    const QString filter = pdf ? tr("PDF report (*.pdf)") : tr("JSON report (*.json)");
    QString path =
        m_chooser ? m_chooser(suggested, filter)
                  : QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export JSON"), suggested, filter);
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? u".pdf"_s : u".json"_s;
    if (QFileInfo(path).suffix().isEmpty() && !writesThrough(path)) // /dev/null stays /dev/null
        path += suffix;
    const QString problem = pdf ? exportPdf(path) : exportJson(path);
    if (!problem.isEmpty())
        m_status->setText(tr("Not saved: %1").arg(problem));
}

QString ReportPage::exportJson(const QString &path)
{
    refresh();
    const QString problem = writeReportFiles(m_report, path);
    if (problem.isEmpty())
        exported({path});
    return problem;
}

QString ReportPage::exportPdf(const QString &path)
{
    refresh();
    // A device or a pipe gets the PDF alone: nothing can be saved beside it.
    const QString jsonPath = writesThrough(path) ? QString() : jsonBeside(path);
    if (!jsonPath.isEmpty() && QFileInfo(jsonPath).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return tr("%1 is not a PDF file name.").arg(path);
    // One report, one set of bytes: the PDF prints the digest of exactly the JSON saved beside it.
    const QString problem = writeReportFiles(m_report, jsonPath, path);
    if (problem.isEmpty())
        exported(jsonPath.isEmpty() ? QStringList{path} : QStringList{path, jsonPath});
    return problem;
}

void ReportPage::exported(const QStringList &paths)
{
    m_lastFolder = QFileInfo(paths.constFirst()).absolutePath();
    if (m_settings)
        m_settings->setValue(Settings::Key::ExportDirectory, m_lastFolder);
    QStringList names;
    for (const QString &path : paths)
        names << QDir::toNativeSeparators(QFileInfo(path).fileName());
    m_status->setText(tr("Saved %1 in %2.").arg(names.join(tr(" and ")), QDir::toNativeSeparators(m_lastFolder)));
    m_openFolder->setEnabled(true);
}

void ReportPage::openFolder()
{
    if (!m_lastFolder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFolder));
}

} // namespace tpready
