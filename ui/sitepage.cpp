// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "sitepage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "ui/wizard.h"

using namespace Qt::StringLiterals;

namespace tpready {

namespace {
constexpr int kMaxNameLength = 200;
}

SitePage::SitePage(QWidget *parent)
    : QWizardPage(parent), m_siteName(new QLineEdit(this)), m_operator(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this))
{
    setTitle(tr("Site"));
    setSubTitle(tr("Which site is this? Everything on this page is optional: it names the site in the report, so "
                   "support knows where the results come from."));

    m_siteName->setObjectName(u"siteNameEdit"_s);
    m_siteName->setMaxLength(kMaxNameLength);
    m_siteName->setPlaceholderText(tr("e.g. Warehouse 3, Lyon"));
    m_siteName->setAccessibleName(tr("Site name"));
    m_siteName->setClearButtonEnabled(true);

    m_operator->setObjectName(u"operatorEdit"_s);
    m_operator->setMaxLength(kMaxNameLength);
    m_operator->setPlaceholderText(tr("who is installing, e.g. Jane Doe, Acme Networks"));
    m_operator->setAccessibleName(tr("Operator"));
    m_operator->setClearButtonEnabled(true);

    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setPlaceholderText(tr("e.g. gateway on the roof, uplink through the customer's firewall"));
    m_notes->setAccessibleName(tr("Notes"));
    // Tab moves on to the next control: the notes must not trap keyboard users.
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *siteLabel = new QLabel(tr("Site na&me:"), this);
    siteLabel->setBuddy(m_siteName);
    auto *operatorLabel = new QLabel(tr("&Operator:"), this);
    operatorLabel->setBuddy(m_operator);
    auto *notesLabel = new QLabel(tr("No&tes:"), this);
    notesLabel->setBuddy(m_notes);
    form->addRow(siteLabel, m_siteName);
    form->addRow(operatorLabel, m_operator);
    form->addRow(notesLabel, m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);

    connect(m_siteName, &QLineEdit::textChanged, this, &SitePage::changed);
    connect(m_operator, &QLineEdit::textChanged, this, &SitePage::changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &SitePage::changed);
}

SitePage::~SitePage() = default;

QString SitePage::siteName() const
{
    return m_siteName->text().trimmed();
}

void SitePage::setSiteName(const QString &name)
{
    m_siteName->setText(name);
}

QString SitePage::operatorName() const
{
    return m_operator->text().trimmed();
}

void SitePage::setOperatorName(const QString &name)
{
    m_operator->setText(name);
}

QString SitePage::notes() const
{
    return m_notes->toPlainText();
}

void SitePage::setNotes(const QString &notes)
{
    if (notes != m_notes->toPlainText())
        m_notes->setPlainText(notes);
}

int SitePage::nextId() const
{
    return Wizard::Page_Deployment;
}

} // namespace tpready
