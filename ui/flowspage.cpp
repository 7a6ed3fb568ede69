// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "flowspage.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "core/catalog/planexport.h"
#include "ui/flowitemdelegate.h"
#include "ui/flowtablemodel.h"
#include "ui/wizard.h"
#include "ui/wraptext.h"

using namespace Qt::StringLiterals;

namespace tpready {

namespace {

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// How wide a column may get, in average character widths, before its text wraps at spaces; 0: as wide as its
/// longest line. A column is never narrower than its longest word, so nothing is cut.
int wrapCharacters(FlowTableModel::Column column)
{
    switch (column) {
    case FlowTableModel::Column::FromSystem:
    case FlowTableModel::Column::DestPort:
        return 8;
    case FlowTableModel::Column::FromApplication:
    case FlowTableModel::Column::ToApplication:
    case FlowTableModel::Column::Protocol:
    case FlowTableModel::Column::ToSystem:
        return 10;
    default:
        return 0;
    }
}

} // namespace

FlowsPage::FlowsPage(QWidget *parent)
    : QWizardPage(parent), m_model(new FlowTableModel(this)), m_summary(wrappedLabel(u"summaryLabel"_s, this)),
      m_tableTitle(wrappedLabel(u"tableTitleLabel"_s, this)), m_table(new QTableView(this)),
      m_remarks(wrappedLabel(u"remarksLabel"_s, this)), m_error(wrappedLabel(u"planErrorLabel"_s, this)),
      m_copyText(new QPushButton(tr("Copy as &text"), this)), m_copyCsv(new QPushButton(tr("Copy as &CSV"), this)),
      m_copyStatus(wrappedLabel(u"copyStatusLabel"_s, this))
{
    setTitle(tr("Flows to authorize"));
    setSubTitle(tr("The vendor's flow table for this choice, in its own wording, with the hosts of this site. Every "
                   "MUST flow has to be open for the base station to work."));
    setButtonText(QWizard::NextButton, tr("&Run the checks >"));

    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_table->setObjectName(u"flowTable"_s);
    m_table->setAccessibleName(tr("Flow table"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new FlowItemDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table, so keyboard users reach the buttons below it.
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);

    // Not selectable: the text carries word joiners; "Copy as text" gives the same sentences.
    m_remarks->setTextInteractionFlags(Qt::NoTextInteraction);
    m_error->setVisible(false);
    m_copyText->setObjectName(u"copyTextButton"_s);
    m_copyText->setAccessibleName(tr("Copy as text"));
    m_copyText->setToolTip(tr("Copy the flow table to the clipboard as plain text, for an e-mail or a ticket."));
    m_copyCsv->setObjectName(u"copyCsvButton"_s);
    m_copyCsv->setAccessibleName(tr("Copy as CSV"));
    m_copyCsv->setToolTip(tr("Copy the flow table to the clipboard as CSV, for a spreadsheet."));
    m_copyStatus->setAccessibleName(tr("Copy status"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyText);
    buttons->addWidget(m_copyCsv);
    buttons->addWidget(m_copyStatus, 1);
    auto *gatewayCheck = new QPushButton(tr("Check from the &gateway…"), this);
    gatewayCheck->setObjectName(u"gatewayCheckButton"_s);
    gatewayCheck->setAccessibleName(tr("Check from the gateway"));
    gatewayCheck->setToolTip(tr("A script that runs these checks on the gateway's own shell (BusyBox), and a box for "
                                "what it prints."));
    connect(gatewayCheck, &QPushButton::clicked, this, &FlowsPage::gatewayCheckRequested);
    buttons->addWidget(gatewayCheck);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tableTitle);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remarks);
    layout->addLayout(buttons);

    connect(m_copyText, &QPushButton::clicked, this, &FlowsPage::copyAsText);
    connect(m_copyCsv, &QPushButton::clicked, this, &FlowsPage::copyAsCsv);
}

FlowsPage::~FlowsPage() = default;

void FlowsPage::setPlan(const std::optional<Plan> &plan, const QString &error)
{
    m_copyStatus->clear();
    m_error->setVisible(!plan);
    m_copyText->setEnabled(plan.has_value());
    m_copyCsv->setEnabled(plan.has_value());
    if (!plan) {
        m_model->clear();
        m_summary->clear();
        m_tableTitle->clear();
        m_remarks->clear();
        m_error->setText(tr("No flow table for this choice: %1").arg(error));
        emit completeChanged();
        return;
    }

    m_model->setPlan(*plan);
    emit completeChanged();
    m_summary->setText(selectionSummary(*plan));
    const auto mustCount = std::count_if(plan->flows.cbegin(), plan->flows.cend(),
                                         [](const PlannedFlow &flow) { return flow.requirement == Requirement::Must; });
    const int flowCount = static_cast<int>(plan->flows.size());
    m_tableTitle->setText(tr("%1, %2: %3 MUST and %4 OPTIONAL flows, %5 checks.")
                              .arg(plan->tableSection, plan->tableTitle)
                              .arg(mustCount)
                              .arg(flowCount - mustCount)
                              .arg(plan->checkCount()));
    m_table->setAccessibleDescription(m_tableTitle->text());

    QStringList remarks;
    for (const TunnelledDestination &destination : plan->tunnels)
        remarks << u"\u2022 "_s + tunnelSentence(destination);
    for (const Flow &flow : plan->droppedFlows) {
        remarks << u"\u2022 "_s + droppedSentence(flow, *plan);
    }
    // Host names and ports stay whole on screen; "Copy as text" gives the same sentences without the joiners.
    m_remarks->setText(keepWordsTogether(remarks.join(u'\n'), 48));
    m_remarks->setAccessibleName(remarks.join(u' '));
    m_remarks->setVisible(!remarks.isEmpty());
    m_sizedForWidth = -1;
    resizeColumns();
    m_table->scrollToTop();
    // A selection made in the previous plan's table means nothing in this one.
    m_table->selectionModel()->clear();
}

int FlowsPage::nextId() const
{
    return Wizard::Page_Checks;
}

bool FlowsPage::isComplete() const
{
    return m_model->plan().has_value();
}

bool FlowsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize && m_table->width() != m_sizedForWidth)
        resizeColumns();
    return QWizardPage::eventFilter(watched, event);
}

void FlowsPage::copyAsText()
{
    if (!m_model->plan())
        return;
    QGuiApplication::clipboard()->setText(planToText(*m_model->plan()));
    m_copyStatus->setText(
        tr("Copied the %n flows of the table to the clipboard as text.", nullptr, m_model->rowCount()));
}

void FlowsPage::copyAsCsv()
{
    if (!m_model->plan())
        return;
    QGuiApplication::clipboard()->setText(planToCsv(*m_model->plan()));
    m_copyStatus->setText(
        tr("Copied the %n flows of the table to the clipboard as CSV.", nullptr, m_model->rowCount()));
}

void FlowsPage::resizeColumns()
{
    const int columns = m_model->columnCount();
    const int descriptionSection = m_model->section(FlowTableModel::Column::Description);
    if (descriptionSection < 0)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const QFont baseFont = m_table->font();
    const int characterWidth = QFontMetrics(baseFont).averageCharWidth();
    // The item delegate's text margins, as the style draws them, plus a pixel of slack on each side.
    const int margin = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 2);
    // The narrowest a cell can be: its longest unbreakable piece, as the delegate wraps it.
    auto narrowest = [](const QFontMetrics &metrics, const QString &text) {
        return metrics.boundingRect(QRect(0, 0, 1, 1 << 20), Qt::TextWordWrap, FlowItemDelegate::displayText(text))
            .width();
    };
    int used = 0;
    int minimumDescription = 18 * characterWidth;
    for (int section = 0; section < columns; ++section) {
        const FlowTableModel::Column kind = m_model->column(section);
        int narrowestText = 0;
        int longestLine = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, section);
            const QVariant font = index.data(Qt::FontRole);
            const QFontMetrics metrics(font.isValid() ? font.value<QFont>().resolve(baseFont) : baseFont);
            const QString text = index.data().toString();
            narrowestText = std::max(narrowestText, narrowest(metrics, text));
            if (kind == FlowTableModel::Column::Hosts) {
                // Host names stay on one line each; the sentences of the DNS and DHCP rows wrap at their spaces.
                for (const QString &host : index.data(FlowTableModel::HostsRole).toStringList())
                    longestLine = std::max(longestLine, metrics.horizontalAdvance(host));
            } else {
                for (const QString &line : text.split(u'\n'))
                    longestLine = std::max(longestLine, metrics.horizontalAdvance(line));
            }
        }
        if (section == descriptionSection) {
            minimumDescription = std::max(minimumDescription, narrowestText + margin);
            continue;
        }
        const int wrap = wrapCharacters(kind) * characterWidth;
        const int text = std::max(narrowestText, wrap > 0 ? std::min(longestLine, wrap) : longestLine);
        const int width = std::max(header->sectionSizeHint(section), text + margin);
        header->resizeSection(section, width);
        used += width;
    }
    // The description takes what is left, but stays readable: below that the table scrolls sideways. What is left
    // does not depend on the scroll bars of the moment (a width that makes the vertical one come and go would loop):
    // room for a vertical scroll bar is always kept.
    m_sizedForWidth = m_table->width();
    const int available = m_table->maximumViewportSize().width() -
                          m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    header->resizeSection(descriptionSection, std::max(minimumDescription, available - used));
}

} // namespace tpready
