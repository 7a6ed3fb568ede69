// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "tlsprobe.h"

#include "core/probes/iec104exchange.h"

namespace tpready {

/// IEC 104 over TLS (`iec104-tls`, the SLRC's TCP 3002): TLS as TlsProbe, then, inside the verified session, the
/// exchange of Iec104Probe: TESTFR act, proven by TESTFR con (never STARTDT).
class Iec104TlsProbe final : public TlsProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Iec104TlsProbe)

public:
    using TlsProbe::TlsProbe;
    ~Iec104TlsProbe() override;

protected:
    void startApplication() override;
    void onApplicationData(bool closed) override;
    ProbeResult applicationSilentResult() override;

private:
    Iec104ExchangeReader m_reader{false}; ///< frames are not bounded inside TLS: the TLS probe reads up to kMaxRead
};

} // namespace tpready
