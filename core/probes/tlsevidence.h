// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QJsonObject>
#include <QSsl>
#include <QString>

#include "core/probes/tlsassessment.h"

namespace tpready {

/// Everything known about the TLS layer, for the evidence of every result of the TLS family: the chain, the
/// verification, the trust anchor, signs of inspection, the client-certificate demand, alerts, the client-CA hello
/// (`tls12_probe`). Pure.
QJsonObject tlsEvidence(const TlsObservation &observation, const TlsAssessment &assessment);

/// A session's protocol as the TLS record layer names it (tlsVersionName(): "TLS 1.3", "TLS 1.2").
QString tlsProtocolName(QSsl::SslProtocol protocol);

} // namespace tpready
