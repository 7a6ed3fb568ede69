// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>

#include "core/probes/proberesult.h"
#include "core/probes/tlsassessment.h"

namespace tpready {

/// "host port 443", for the TLS family's sentences.
QString tlsEndpoint(const ProbeTarget &target);

/// The verdict of a TLS probe from what it saw and the assessment of it: verdict, reason, detail and remediation
/// (no evidence: tlsEvidence(); no latency: the probe's clock). Pure: the same observation always gives the same
/// sentences, in the language of the moment.
///
/// A verified handshake is `pass`/`ok`; a server that requires a client certificate is `pass`/
/// `tls-client-cert-required`; an untrusted or expired chain is `fail`/`tls-untrusted`; signs of TLS inspection are
/// `fail`/`tls-intercepted`; plaintext on the port, or silence, is `wrong-service`; a connection cut during the
/// handshake is `refused`.
ProbeResult tlsVerdict(const TlsObservation &observation, const TlsAssessment &assessment);

} // namespace tpready
