// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "discardprocess.h"

#include <QCoreApplication>
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
    // Owned by the application from now on: deleted when it ends, or as soon as the program is gone, whichever comes
    // first (a command-line run may end before the killed program is reaped).
    process->setParent(QCoreApplication::instance());
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QObject::connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError error) {
        // A program that never started reports no end.
        if (error == QProcess::FailedToStart)
            process->deleteLater();
    });
    process->kill();
}

} // namespace tpready
