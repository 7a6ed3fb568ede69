// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace tpready {

/// The verdict of one check (its token is a report check's `verdict`).
enum class Verdict
{
    Pass,
    Fail,
    Warn,
    Info,    ///< cannot be tested from a laptop, explained
    Skipped, ///< not asked for, or cancelled
};

/// Why a check ended as it did: machine-readable and stable (its token is a report check's `reason`).
enum class Reason
{
    Ok,
    DnsFail,
    Timeout,     ///< no answer: a silent drop
    Refused,     ///< RST / ICMP unreachable
    Unreachable, ///< no route
    TlsUntrusted,
    TlsIntercepted,
    TlsClientCertRequired, ///< expected for SLRC: counts as reachable
    WrongService,          ///< something answered, but not the protocol expected
    NoResponse,            ///< UDP sent, nothing back
    ConnectionCut,         ///< connected, then reset or closed before the application protocol proved itself
    ConnectionStalled,     ///< connected, then silence before the application protocol proved itself
    ClockSkew,
    ProxyRequired,
    NotTestable,
    Cancelled,
    Error,
};

QString toToken(Verdict value);
QString toToken(Reason value);
std::optional<Verdict> verdictFromToken(QStringView token);
std::optional<Reason> reasonFromToken(QStringView token);

/// What a probe found out about one check.
struct ProbeResult
{
    Verdict verdict = Verdict::Skipped;
    Reason reason = Reason::Error;
    qint64 latencyMs = -1; ///< from the first packet sent to the proof; -1 when nothing answered
    QString address;       ///< the IP address actually contacted, empty when none
    QString detail;        ///< one human sentence: what happened
    QString remediation;   ///< what to ask the site's IT; empty lets the report write the generic one
    QJsonObject evidence;  ///< protocol-specific: what was sent, what came back

    static ProbeResult make(Verdict verdict, Reason reason, const QString &detail, const QJsonObject &evidence = {})
    {
        ProbeResult result;
        result.verdict = verdict;
        result.reason = reason;
        result.detail = detail;
        result.evidence = evidence;
        return result;
    }
};

} // namespace tpready

Q_DECLARE_METATYPE(tpready::ProbeResult)
