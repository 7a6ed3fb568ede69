// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "probe.h"

namespace tpready {

/// ESP (IP protocol 50) cannot be proven from a laptop: sending it needs raw sockets (administrator rights), and
/// a server silently discards ESP for an unknown security association (RFC 4303 3.4.2) anyway. The result is
/// `info` / `not-testable`; the run ties it to the IKE probe's NAT finding afterwards (core/runner/correlate.h).
class EspProbe final : public Probe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EspProbe)

public:
    using Probe::Probe;
    ~EspProbe() override;

protected:
    void begin() override;
    ProbeResult deadlineResult() override;

private:
    ProbeResult notTestable() const;
};

} // namespace tpready
