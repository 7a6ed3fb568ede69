// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "streamprobe.h"

#include <QByteArray>
#include <QStringList>

namespace tpready {

/// IEC 60870-5-104 (TCP/2404): right after connecting, the probe sends TESTFR act (68 04 43 00 00 00); proof is
/// the TESTFR con (68 04 83 00 00 00) a station answers even before STARTDT. The probe never sends STARTDT: that
/// would start the data transfer, and the station would then stall waiting for acknowledgements (see
/// shared/notes/probes.md section 5).
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
    QJsonObject evidence() const;

    QByteArray m_received;
    qsizetype m_parsed = 0; ///< bytes of m_received already taken by whole frames
    QStringList m_frames;   ///< valid frames received before the answer
};

} // namespace tpready
