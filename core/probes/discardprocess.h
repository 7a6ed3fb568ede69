// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

class QObject;
class QProcess;

namespace tpready {

/// Lets go of @p process without waiting for it: cuts its connections to @p owner (so nothing is reported twice),
/// kills it if it still runs, and deletes it once the system reports its end. Never blocks: QProcess's destructor
/// and waitForFinished() would, on the GUI thread. The process is no longer @p owner's child afterwards, so the
/// owner may be deleted at once.
void discardProcess(QProcess *process, const QObject *owner);

} // namespace tpready
