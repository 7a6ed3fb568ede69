// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "espprobe.h"

#include <QCoreApplication>
#include <QTimer>

namespace tpready {

EspProbe::~EspProbe() = default;

void EspProbe::begin()
{
    QTimer::singleShot(0, this, [this] { finish(notTestable()); });
}

ProbeResult EspProbe::deadlineResult()
{
    return notTestable();
}

ProbeResult EspProbe::notTestable() const
{
    ProbeResult result = ProbeResult::make(
        Verdict::Info, Reason::NotTestable,
        QCoreApplication::translate("EspProbe",
                                    "ESP (IP protocol 50) to %1 cannot be tested from a laptop: it needs administrator "
                                    "rights and an established IPsec tunnel.")
            .arg(target().host));
    result.evidence.insert(QStringLiteral("ip_protocol"), 50);
    result.evidence.insert(QStringLiteral("sent"), QStringLiteral("nothing"));
    return result;
}

} // namespace tpready
