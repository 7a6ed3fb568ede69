// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "discardprocess.h"

#include <QProcess>

namespace tpready {

void discardProcess(QProcess *process, const QObject *owner)
{
    if (!process)
        return;
    process->disconnect(owner);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    process->setParent(nullptr);
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QObject::connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError error) {
        // A program that never started reports no end.
        if (error == QProcess::FailedToStart)
            process->deleteLater();
    });
    process->kill();
}

} // namespace tpready
