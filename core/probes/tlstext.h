// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QCoreApplication>

namespace tpready {

/// The translation context of the TLS probes' sentences, shared by the files of their pure step
/// (tlsassessment.cpp, tlsverdict.cpp, tlsevidence.cpp; see CONTRIBUTING.md, "Translations").
class TlsText
{
    Q_DECLARE_TR_FUNCTIONS(TlsText)
};

} // namespace tpready
