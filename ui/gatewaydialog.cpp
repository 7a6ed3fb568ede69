// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "gatewaydialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/gateway/gatewayblock.h"
#include "core/gateway/gatewayscript.h"

namespace tpready {

GatewayDialog::GatewayDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent), m_script(gatewayScriptForPasting(gatewayScript(plan))), m_plan(plan),
      m_scriptView(new QPlainTextEdit(this)), m_results(new QPlainTextEdit(this)),
      m_copy(new QPushButton(tr("&Copy the script"), this)), m_copyStatus(new QLabel(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Check from the gateway"));
    auto *layout = new QVBoxLayout(this);
    auto *steps = new QLabel(
        tr("<p>The laptop is not the base station: run the same checks from the gateway itself.</p>"
           "<ol><li>Open a shell on the gateway (<tt>ssh</tt>), paste this script and press Enter. It is "
           "read-only, contacts only the hosts of this plan, and takes at most %1 seconds.</li>"
           "<li>Copy the block it prints, from its BEGIN line to its END line, into the box below.</li></ol>")
            .arg(gatewayScriptDeadlineSeconds()),
        this);
    steps->setWordWrap(true);
    layout->addWidget(steps);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_scriptView->setReadOnly(true);
    m_scriptView->setPlainText(m_script);
    m_scriptView->setFont(mono);
    m_scriptView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_scriptView->setAccessibleName(tr("Gateway script"));
    layout->addWidget(m_scriptView, 2);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addWidget(m_copyStatus, 1);
    layout->addLayout(copyRow);
    auto *pasteLabel = new QLabel(tr("The gateway's &results (paste the block here):"), this);
    pasteLabel->setBuddy(m_results);
    layout->addWidget(pasteLabel);
    m_results->setFont(mono);
    m_results->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_results->setTabChangesFocus(true);
    m_results->setAccessibleName(tr("Gateway results"));
    m_results->setPlaceholderText(QStringLiteral("-----BEGIN TPREADY GATEWAY RESULTS-----\n…\n"
                                                 "-----END TPREADY GATEWAY RESULTS-----"));
    layout->addWidget(m_results, 1);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge the results"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GatewayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GatewayDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &GatewayDialog::copyScript);
    connect(m_results, &QPlainTextEdit::textChanged, m_error, &QLabel::hide);
    resize(760, 620);
}

GatewayDialog::~GatewayDialog() = default;

void GatewayDialog::setResultsText(const QString &text)
{
    m_results->setPlainText(text);
}

QString GatewayDialog::problem() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void GatewayDialog::copyScript()
{
    QGuiApplication::clipboard()->setText(m_script);
    m_copyStatus->setText(tr("Copied: paste it into the gateway's shell."));
}

void GatewayDialog::accept()
{
    QString error;
    auto view = parseGatewayBlock(m_results->toPlainText().toUtf8(), &error);
    if (view && !gatewayViewIsFor(*view, m_plan))
        error = tr("These results are for another selection (%1): make the script again from this page and run it "
                   "on the gateway.")
                    .arg(view->selection);
    if (!error.isEmpty()) {
        m_error->setText(tr("Refused, nothing merged: %1").arg(error));
        m_error->show();
        return;
    }
    m_accepted = view;
    QDialog::accept();
}

} // namespace tpready
