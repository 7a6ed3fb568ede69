// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "systemfile.h"

#include <QFile>

namespace tpready {

QByteArray readSystemFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(kSystemFileMax);
}

} // namespace tpready
