// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QString>

#include "core/probes/ikepacket.h"

namespace tpready {

// IKEv2 values as evidence and sentences show them: strongSwan's proposal names, the IANA registry's names.

/// strongSwan-style name of a proposal: "aes128-sha256-ecp256".
QString ikeProposalName(const IkeProposal &proposal);
/// Name of a notify type ("COOKIE"), or its number as text.
QString ikeNotifyName(quint16 type);
/// Short name of a payload type ("SA", "KE", "N"), or its number as text.
QString ikePayloadName(quint8 type);
/// Short machine name of a response kind ("full", "cookie", "invalid-ke"...), stable for evidence.
QString toToken(IkeResponse::Kind kind);

} // namespace tpready
