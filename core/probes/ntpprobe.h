// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "datagramprobe.h"

#include <QByteArray>
#include <QList>

#include "core/probes/ntppacket.h"

namespace tpready {

/// NTP on UDP 123 (flows i17, n1, n3): proof is a mode-4 reply from the queried address and port that echoes the
/// random Transmit value of one of our SNTP requests in its Origin field. Up to 3 requests to the one server,
/// spread over the deadline; the first answer ends the probe.
///
/// Verdicts, as a support engineer reads them:
/// - synchronised server (stratum 1-15, LI not 3): `pass` / `ok`, with offset and delay;
/// - but the laptop's clock is more than kSkewThresholdMs off: `warn` / `clock-skew`;
/// - kiss-o'-death DENY or RSTR: `fail` / `refused` (refused by server policy: the gateway would be refused too);
/// - kiss-o'-death RATE: `warn` / `ok`: the path works, but the server rate-limits this address, and the gateway
///   sharing the site's public address may be limited as well;
/// - unsynchronised server (LI 3, stratum 16, kiss INIT or STEP) or another kiss code: `warn` / `ok`: the path
///   works, but this server would not set the gateway's clock.
class NtpProbe final : public DatagramProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NtpProbe)

public:
    using DatagramProbe::DatagramProbe;
    ~NtpProbe() override;

    /// Beyond 10 s the laptop's clock is "wrong": not for the gateway (it has its own NTP) but for this run.
    /// Certificate validity (notBefore/notAfter) is judged against the laptop's clock, a freshly issued
    /// certificate can be seconds old, and the report's timestamps must line up with server-side logs (IKE,
    /// haproxy) for support to find the attempts; an OS that synchronises its clock stays well within 1 s, so
    /// 10 s means the laptop is not synchronised at all, often because this very network blocks NTP.
    static constexpr double kSkewThresholdMs = 10000.0;
    static constexpr int kAttempts = 3;

    /// When each request goes out, in ms after the first: 3 requests, min(2000, timeout / 3) apart.
    static QList<int> requestSchedule(int timeoutMs);

protected:
    QList<int> schedule() const override;
    QByteArray datagramFor(int index) override;
    void onDatagram(const QByteArray &data) override;
    ProbeResult refusedResult() override;
    ProbeResult silentResult() override;

private:
    void answer(const QByteArray &datagram, const NtpReply &reply);
    QJsonObject requestEvidence() const;
    /// What to do about a server that answers but is not synchronised itself.
    QString unsynchronisedRemediation() const;

    QList<quint64> m_transmit;  ///< the random Transmit value of each request
    QList<qint64> m_t1UnixUs;   ///< wall clock at each send
    QList<qint64> m_sentMonoNs; ///< monotonic clock at each send (m_mono)
    QList<QByteArray> m_sent;
    Stopwatch m_mono;
};

} // namespace tpready
