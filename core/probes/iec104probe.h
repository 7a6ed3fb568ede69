// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "streamprobe.h"

#include <QByteArray>

#include "core/probes/iec104exchange.h"

namespace tpready {

/// IEC 60870-5-104 (TCP/2404): right after connecting, the probe sends TESTFR act (68 04 43 00 00 00); proof is
/// the TESTFR con (68 04 83 00 00 00) a station answers even before STARTDT. The probe never sends STARTDT: that
/// would start the data transfer, and the station would then stall waiting for acknowledgements of its I-frames.
/// The exchange is read and judged by iec104exchange.h, shared with Iec104TlsProbe.
class Iec104Probe final : public StreamProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Iec104Probe)

public:
    using StreamProbe::StreamProbe;
    ~Iec104Probe() override;

protected:
    void onConnected() override;
    void onReadyRead() override;
    void onDisconnected() override;
    ProbeResult silentResult() override;

private:
    void evaluate(bool closed);

    QByteArray m_received;
    Iec104ExchangeReader m_reader{true};
};

} // namespace tpready
