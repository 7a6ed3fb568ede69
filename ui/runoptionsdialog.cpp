// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "runoptionsdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/runner/runoptions.h"
#include "core/settings.h"
#include "ui/fieldmessage.h"

using namespace Qt::StringLiterals;

namespace tpready {

namespace {

QStringList overrideLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

QString caProblem(const QString &path)
{
    if (path.trimmed().isEmpty())
        return {};
    QString problem;
    if (loadCaCertificates(path.trimmed(), &problem).isEmpty())
        return RunOptionsDialog::tr("%1: %2.").arg(path.trimmed(), problem);
    return {};
}

} // namespace

QString checkResolveOverrides(const QString &text)
{
    for (const QString &line : overrideLines(text)) {
        QString host;
        QHostAddress address;
        if (!parseResolveOverride(line, &host, &address))
            return RunOptionsDialog::tr("'%1' is not HOST=IP (a host name, '=', an IP address).").arg(line.left(80));
    }
    return {};
}

RunSettings loadRunSettings(const Settings &settings)
{
    RunSettings runSettings;
    runSettings.timeoutMs = settings.value(Settings::Key::ProbeTimeoutMs).toInt();
    runSettings.caFile = settings.string(Settings::Key::CaFile);
    runSettings.resolveOverrides = settings.string(Settings::Key::ResolveOverrides);
    return runSettings;
}

void storeRunSettings(Settings *settings, const RunSettings &runSettings)
{
    settings->setValue(Settings::Key::ProbeTimeoutMs, runSettings.timeoutMs);
    settings->setValue(Settings::Key::CaFile, runSettings.caFile);
    settings->setValue(Settings::Key::ResolveOverrides, runSettings.resolveOverrides);
}

std::optional<RunOptions> makeRunOptions(const RunSettings &settings, QString *error)
{
    RunOptions options;
    options.probe.timeoutMs = qBound(kMinTimeoutMs, settings.timeoutMs, kMaxTimeoutMs);
    if (!settings.caFile.trimmed().isEmpty()) {
        QString problem;
        options.probe.extraCaCertificates = loadCaCertificates(settings.caFile.trimmed(), &problem);
        if (options.probe.extraCaCertificates.isEmpty()) {
            *error = RunOptionsDialog::tr("The CA file %1 cannot be used: %2.").arg(settings.caFile, problem);
            return std::nullopt;
        }
    }
    for (const QString &line : overrideLines(settings.resolveOverrides)) {
        QString host;
        QHostAddress address;
        if (!parseResolveOverride(line, &host, &address)) {
            *error = checkResolveOverrides(settings.resolveOverrides);
            return std::nullopt;
        }
        options.resolveOverrides.insert(host, address);
    }
    return options;
}

RunOptionsDialog::RunOptionsDialog(QWidget *parent)
    : QDialog(parent), m_timeout(new QSpinBox(this)), m_caFile(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)), m_caMessage(new FieldMessage(m_caFile, this)),
      m_overrides(new QPlainTextEdit), m_overridesMessage(nullptr),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Run options"));
    setObjectName(u"runOptionsDialog"_s);

    m_timeout->setObjectName(u"timeoutSpin"_s);
    m_timeout->setAccessibleName(tr("Time allowed per check"));
    m_timeout->setRange(kMinTimeoutMs, kMaxTimeoutMs);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setToolTip(tr("How long each check waits for an answer before it concludes that nothing answers."));

    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setAccessibleName(tr("Private CA file"));
    m_caFile->setPlaceholderText(tr("none: only the system's certificate authorities"));
    m_caFile->setClearButtonEnabled(true);
    m_browse->setObjectName(u"caBrowseButton"_s);
    m_browse->setAccessibleName(tr("Browse for a CA file"));
    m_caMessage->setObjectName(u"caFileMessage"_s);

    auto *timeoutLabel = new QLabel(tr("&Time per check:"), this);
    timeoutLabel->setBuddy(m_timeout);
    auto *caLabel = new QLabel(tr("&Private CA:"), this);
    caLabel->setBuddy(m_caFile);
    auto *caHint = new QLabel(tr("A self-hosted TPE whose certificates come from the company's own certificate "
                                 "authority: its certificate in PEM format."),
                              this);
    caHint->setWordWrap(true);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    auto *lab = new QGroupBox(tr("For test labs only"), this);
    lab->setObjectName(u"labGroup"_s);
    m_overrides->setParent(lab);
    m_overrides->setObjectName(u"resolveOverridesEdit"_s);
    m_overrides->setAccessibleName(tr("Resolve overrides"));
    m_overrides->setPlaceholderText(tr("one HOST=IP per line, e.g. slrc1.eu.thingpark.com=192.0.2.10"));
    m_overrides->setTabChangesFocus(true);
    m_overrides->setMaximumHeight(m_overrides->fontMetrics().height() * 5);
    m_overridesMessage = new FieldMessage(m_overrides, lab);
    m_overridesMessage->setObjectName(u"resolveOverridesMessage"_s);
    auto *overridesLabel =
        new QLabel(tr("&Resolve these hosts to these addresses instead of asking the resolver:"), lab);
    overridesLabel->setWordWrap(true);
    overridesLabel->setBuddy(m_overrides);
    auto *labLayout = new QVBoxLayout(lab);
    labLayout->addWidget(overridesLabel);
    labLayout->addWidget(m_overrides);
    labLayout->addWidget(m_overridesMessage);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(timeoutLabel, 0, 0);
    grid->addWidget(m_timeout, 0, 1, Qt::AlignLeft);
    grid->addWidget(caLabel, 1, 0);
    grid->addLayout(caRow, 1, 1);
    grid->addWidget(m_caMessage, 2, 1);
    grid->addWidget(caHint, 3, 1);

    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(lab);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &RunOptionsDialog::browseCaFile);
    connect(m_caFile, &QLineEdit::textChanged, this, &RunOptionsDialog::validate);
    connect(m_overrides, &QPlainTextEdit::textChanged, this, &RunOptionsDialog::validate);
    setSettings(RunSettings());
}

RunOptionsDialog::~RunOptionsDialog() = default;

void RunOptionsDialog::setSettings(const RunSettings &settings)
{
    m_timeout->setValue(settings.timeoutMs);
    m_caFile->setText(settings.caFile);
    m_overrides->setPlainText(settings.resolveOverrides);
    validate();
}

RunSettings RunOptionsDialog::settings() const
{
    RunSettings settings;
    settings.timeoutMs = m_timeout->value();
    settings.caFile = m_caFile->text().trimmed();
    settings.resolveOverrides = overrideLines(m_overrides->toPlainText()).join(u'\n');
    return settings;
}

void RunOptionsDialog::browseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Private CA certificate"), m_caFile->text(),
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void RunOptionsDialog::validate()
{
    m_caMessage->setMessage(caProblem(m_caFile->text()));
    m_overridesMessage->setMessage(checkResolveOverrides(m_overrides->toPlainText()));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_caMessage->message().isEmpty() && m_overridesMessage->message().isEmpty());
}

} // namespace tpready
