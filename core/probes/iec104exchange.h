// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/probes/proberesult.h"

namespace tpready {

/// What IEC 104 probes keep of a station's bytes: a TESTFR con is 6 bytes.
inline constexpr qsizetype kIec104MaxReceived = 4 * 1024;
/// Valid frames tolerated before the TESTFR con by the probe in the clear.
inline constexpr int kIec104MaxOtherFrames = 16;

/// What a station's bytes after our TESTFR act (68 04 43 00 00 00) prove, read APDU by APDU. The same reading for
/// IEC 104 in the clear (Iec104Probe) and inside TLS (Iec104TlsProbe); each words it for its own context.
struct Iec104Exchange
{
    enum class Status
    {
        Waiting,       ///< no TESTFR con yet, nothing wrong so far
        Confirmed,     ///< TESTFR con (68 04 83 00 00 00) arrived
        NotIec104,     ///< bytes that break IEC 104 framing, from invalidAt on
        TooManyFrames, ///< more than kIec104MaxOtherFrames other frames before any TESTFR con (when bounded)
    };
    Status status = Status::Waiting;
    QStringList frames;       ///< the valid frames before the answer, described (the first kIec104MaxOtherFrames + 1)
    qsizetype invalidAt = -1; ///< NotIec104: where the bytes stop being IEC 104
    QString problem;          ///< NotIec104: why (technical, English)
};

/// Reads a station's bytes as they arrive, without reading any byte twice. Pure: no I/O, no clock.
class Iec104ExchangeReader
{
public:
    /// @p boundFrames: more than kIec104MaxOtherFrames other frames end the exchange (TooManyFrames).
    explicit Iec104ExchangeReader(bool boundFrames) : m_boundFrames(boundFrames) {}
    /// Reads what @p received holds beyond what earlier calls read (it must start with what they were given).
    const Iec104Exchange &read(const QByteArray &received);

private:
    bool m_boundFrames;
    qsizetype m_parsed = 0;
    int m_otherFrames = 0;
    Iec104Exchange m_exchange;
};

/// The TESTFR act we send, as evidence shows it.
QString iec104TestFrActHex();

/// IEC 104 in the clear: the result @p exchange proves for the @p received bytes (connection @p closed or not), or
/// nullopt while more may come. Evidence included; @p elapsedMs is the time of the proof.
std::optional<ProbeResult> judgeIec104(const Iec104Exchange &exchange, const QByteArray &received, bool closed,
                                       quint16 port, qint64 elapsedMs);
/// IEC 104 in the clear: the deadline passed after @p received (read as @p exchange) without a TESTFR con.
ProbeResult iec104SilentResult(const Iec104Exchange &exchange, const QByteArray &received, quint16 port, int timeoutMs);

/// The verified TLS session an IEC 104 exchange runs in, for its sentences.
struct Iec104TlsSession
{
    QString endpoint;   ///< "host port 3002"
    QString tlsVersion; ///< "TLS 1.3"
    QString issuer;     ///< the leaf certificate's issuer
};
/// IEC 104 inside TLS: as judgeIec104(), with the application's part of the evidence (the TLS part is the probe's).
std::optional<ProbeResult> judgeIec104InTls(const Iec104Exchange &exchange, const QByteArray &received, bool closed,
                                            const Iec104TlsSession &session);
/// IEC 104 inside TLS: the deadline passed without a TESTFR con.
ProbeResult iec104InTlsSilentResult(const QByteArray &received, const QString &endpoint, int timeoutMs);

} // namespace tpready
