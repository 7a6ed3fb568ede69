// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "readiness.h"

#include <QCoreApplication>

#include "core/tokentable.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class ReadinessText
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessText)
};

constexpr TokenTable<Readiness, 3> kReadiness{{
    {Readiness::Ready, u"ready"},
    {Readiness::ReadyWithWarnings, u"ready-with-warnings"},
    {Readiness::NotReady, u"not-ready"},
}};

} // namespace

QString toToken(Readiness value)
{
    return tokenOf(kReadiness, value);
}

std::optional<Readiness> readinessFromToken(QStringView token)
{
    return valueOf(kReadiness, token);
}

QString readinessLabel(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return ReadinessText::tr("Ready");
    case Readiness::ReadyWithWarnings:
        return ReadinessText::tr("Ready with warnings");
    case Readiness::NotReady:
        break;
    }
    return ReadinessText::tr("Not ready");
}

QString readinessHeadline(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return ReadinessText::tr("READY");
    case Readiness::ReadyWithWarnings:
        return ReadinessText::tr("READY WITH WARNINGS");
    case Readiness::NotReady:
        break;
    }
    return ReadinessText::tr("NOT READY");
}

Verdict readinessShape(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return Verdict::Pass;
    case Readiness::ReadyWithWarnings:
        return Verdict::Warn;
    case Readiness::NotReady:
        break;
    }
    return Verdict::Fail;
}

} // namespace tpready
