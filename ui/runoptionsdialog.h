// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QDialog>

#include "core/runner/runoptions.h"

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tpready {

class FieldMessage;
class Settings;

/// The run options the command line has that an installer may need, as the wizard keeps them.
struct RunSettings
{
    int timeoutMs = 5000;     ///< each check's deadline (`--timeout-ms`)
    QString caFile;           ///< a private CA's PEM file (`--ca`), empty for none
    QString resolveOverrides; ///< lab only: "HOST=IP" lines (`--resolve`)
};

/// The run settings remembered in @p settings (`run/timeoutMs`, `run/caFile`, `run/resolveOverrides`).
RunSettings loadRunSettings(const Settings &settings);
/// Remembers @p runSettings in @p settings, for the next run and the next wizard.
void storeRunSettings(Settings *settings, const RunSettings &runSettings);

/// Turns run settings into a Runner's options, as `tpready check` turns its options. Returns nullopt and one sentence
/// in @p error when the CA file or an override is not valid.
std::optional<RunOptions> makeRunOptions(const RunSettings &settings, QString *error);

/// Checks the overrides text ("HOST=IP" per line, blank lines ignored). Returns an empty string or one sentence.
QString checkResolveOverrides(const QString &text);

/// "Run options": the per-check timeout, a private CA file for a self-hosted TPE, and, for labs, resolve overrides.
/// OK stays disabled while an entry is not valid; the reason shows under the field.
class RunOptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunOptionsDialog)

public:
    explicit RunOptionsDialog(QWidget *parent = nullptr);
    ~RunOptionsDialog() override;

    void setSettings(const RunSettings &settings);
    RunSettings settings() const;

private:
    void browseCaFile();
    void validate();

    QSpinBox *m_timeout;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    FieldMessage *m_caMessage;
    QPlainTextEdit *m_overrides;
    FieldMessage *m_overridesMessage;
    QDialogButtonBox *m_buttons;
};

} // namespace tpready
