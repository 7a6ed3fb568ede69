// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tpepage.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "core/catalog/hostnames.h"
#include "core/catalog/plan.h"
#include "ui/fieldmessage.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;

namespace tpready {

TpePage::TpePage(QWidget *parent)
    : QWizardPage(parent), m_hosts(new QLineEdit(this)), m_message(new FieldMessage(m_hosts, this)),
      m_status(new QLabel(this))
{
    setTitle(tr("ThingPark Enterprise address"));
    setSubTitle(tr("Where does the base station reach your self-hosted ThingPark Enterprise (TPE)? Give the host "
                   "name or IP address the base station is configured with."));

    m_hosts->setObjectName(u"tpeHostsEdit"_s);
    m_hosts->setAccessibleName(tr("TPE addresses"));
    m_hosts->setPlaceholderText(tr("e.g. tpe.example.com, or 192.0.2.10, 192.0.2.11"));
    m_hosts->setClearButtonEnabled(true);
    m_message->setObjectName(u"tpeHostsMessage"_s);
    m_status->setObjectName(u"tpeStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height());

    auto *label = new QLabel(tr("&TPE address(es):"), this);
    label->setBuddy(m_hosts);
    // A grid rather than a form layout: it gives the word-wrapped message the height its text needs.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_hosts, 0, 1);
    grid->addWidget(m_message, 1, 1);
    grid->addWidget(m_status, 2, 1);

    auto *help = new QLabel(tr("Separate several addresses with commas or spaces. One address is a standalone "
                               "TPE. Two or more addresses, one per node, is a high-availability TPE: the vendor's "
                               "HIGH AVAILABILITY column then applies and every node is checked."),
                            this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(12);
    layout->addWidget(help);
    layout->addStretch(1);

    connect(m_hosts, &QLineEdit::textChanged, this, [this] {
        updateMessage();
        emit completeChanged();
        emit changed();
    });
    updateMessage();
}

TpePage::~TpePage() = default;

QStringList TpePage::hosts() const
{
    return splitHostList(m_hosts->text());
}

QString TpePage::hostsText() const
{
    return m_hosts->text();
}

void TpePage::setHostsText(const QString &text)
{
    m_hosts->setText(text);
}

QString TpePage::problem() const
{
    return checkHostList(hosts(), HostListKind::TpeNodes);
}

bool TpePage::isComplete() const
{
    return problem().isEmpty();
}

int TpePage::nextId() const
{
    return Wizard::Page_Transport;
}

void TpePage::updateMessage()
{
    const QString reason = problem();
    m_message->setMessage(reason);
    const auto count = hosts().size();
    if (!reason.isEmpty())
        m_status->clear();
    else if (count == 1)
        m_status->setText(tr("One node: a standalone TPE."));
    else
        m_status->setText(tr("%n nodes: a high-availability TPE.", nullptr, static_cast<int>(count)));
}

} // namespace tpready
