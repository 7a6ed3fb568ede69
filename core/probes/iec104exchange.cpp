// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "iec104exchange.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "core/probes/bytes.h"
#include "core/probes/iec104frame.h"
#include "core/probes/textframing.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class Iec104Text
{
    Q_DECLARE_TR_FUNCTIONS(Iec104Text)
};

/// The evidence of the probe in the clear: what was sent, what came back.
QJsonObject plainEvidence(const Iec104Exchange &exchange, const QByteArray &received)
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("sent"), iec104TestFrActHex());
    evidence.insert(QStringLiteral("sent_frame"), QStringLiteral("TESTFR act"));
    evidence.insert(QStringLiteral("received_hex"), spacedHex(received));
    evidence.insert(QStringLiteral("received_bytes"), received.size());
    if (!exchange.frames.isEmpty())
        evidence.insert(QStringLiteral("frames"), QJsonArray::fromStringList(exchange.frames));
    return evidence;
}

/// The application's part of the evidence inside TLS.
QJsonObject tlsEvidence(const QByteArray &received)
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("inner_protocol"), QStringLiteral("iec104"));
    evidence.insert(QStringLiteral("sent_hex"), iec104TestFrActHex());
    evidence.insert(QStringLiteral("received_hex"), spacedHex(received));
    return evidence;
}

} // namespace

const Iec104Exchange &Iec104ExchangeReader::read(const QByteArray &received)
{
    while (m_exchange.status == Iec104Exchange::Status::Waiting && m_parsed < received.size()) {
        const Iec104Parse parse = parseIec104Apdu(received.mid(m_parsed));
        if (parse.status == Iec104Parse::Status::Incomplete)
            break;
        if (parse.status == Iec104Parse::Status::Invalid) {
            m_exchange.status = Iec104Exchange::Status::NotIec104;
            m_exchange.invalidAt = m_parsed;
            m_exchange.problem = parse.error;
            break;
        }
        m_parsed += parse.consumed;
        const Iec104Apdu &apdu = parse.apdu;
        if (apdu.format == Iec104Apdu::Format::U && apdu.function == static_cast<quint8>(Iec104Function::TestFrCon)) {
            m_exchange.status = Iec104Exchange::Status::Confirmed;
            break;
        }
        ++m_otherFrames;
        if (m_exchange.frames.size() <= kIec104MaxOtherFrames)
            m_exchange.frames << describeIec104Apdu(apdu);
        if (m_boundFrames && m_otherFrames > kIec104MaxOtherFrames)
            m_exchange.status = Iec104Exchange::Status::TooManyFrames;
    }
    return m_exchange;
}

QString iec104TestFrActHex()
{
    return spacedHex(iec104UFrame(Iec104Function::TestFrAct));
}

std::optional<ProbeResult> judgeIec104(const Iec104Exchange &exchange, const QByteArray &received, bool closed,
                                       quint16 port, qint64 elapsedMs)
{
    const QString portText = QString::number(port);
    QJsonObject evidence = plainEvidence(exchange, received);
    switch (exchange.status) {
    case Iec104Exchange::Status::NotIec104: {
        evidence.insert(QStringLiteral("received"), printable(received, 200));
        const QByteArray rest = received.mid(exchange.invalidAt);
        const QString foreign =
            exchange.invalidAt == 0 && rest.at(0) != 0x68 ? recogniseForeignProtocol(rest) : QString();
        QString detail;
        if (!foreign.isEmpty())
            detail = Iec104Text::tr("Port %1 answered the IEC 104 TESTFR with %2: \"%3\".")
                         .arg(portText, foreign, printable(rest, 80));
        else if (rest.at(0) == 0x68)
            detail = Iec104Text::tr("Port %1 answered with bytes that look like IEC 104 but break its framing (%2): "
                                    "%3.")
                         .arg(portText, exchange.problem, spacedHex(rest, 16));
        else
            detail = Iec104Text::tr("Port %1 answered the IEC 104 TESTFR with bytes that are not IEC 104: %2.")
                         .arg(portText, spacedHex(rest, 16));
        return ProbeResult::make(Verdict::Fail, Reason::WrongService, detail, evidence);
    }
    case Iec104Exchange::Status::Confirmed:
        evidence.insert(QStringLiteral("answer"), QStringLiteral("TESTFR con"));
        evidence.insert(QStringLiteral("testfr_con_ms"), elapsedMs);
        return ProbeResult::make(
            Verdict::Pass, Reason::Ok,
            Iec104Text::tr("An IEC 104 station answered on port %1: TESTFR act was confirmed (TESTFR con).")
                .arg(portText),
            evidence);
    case Iec104Exchange::Status::TooManyFrames:
        return ProbeResult::make(Verdict::Fail, Reason::WrongService,
                                 Iec104Text::tr("Port %1 sent %2 IEC 104 frames but never confirmed the TESTFR.")
                                     .arg(portText)
                                     .arg(exchange.frames.size()),
                                 evidence);
    case Iec104Exchange::Status::Waiting:
        break;
    }
    if (received.size() >= kIec104MaxReceived) {
        return ProbeResult::make(Verdict::Fail, Reason::WrongService,
                                 Iec104Text::tr("Port %1 sent more than %2 bytes without a TESTFR con.")
                                     .arg(portText)
                                     .arg(kIec104MaxReceived),
                                 evidence);
    }
    if (!closed)
        return std::nullopt;
    evidence.insert(QStringLiteral("received"), printable(received, 200));
    if (received.isEmpty()) {
        // Connected, then cut at our TESTFR act: told apart from a refused or dropped connection.
        evidence.insert(QStringLiteral("cut_after_ms"), elapsedMs);
        return ProbeResult::make(
            Verdict::Fail, Reason::ConnectionCut,
            Iec104Text::tr("The TCP connection to port %1 was accepted, then closed without an answer to the IEC "
                           "104 TESTFR: an application-aware firewall, an IPS or a proxy that cuts IEC 104 "
                           "sessions after their first frame, or a station that accepts only the client addresses "
                           "it is configured for (this laptop may be refused where the gateway would be "
                           "accepted).")
                .arg(portText),
            evidence);
    }
    return ProbeResult::make(Verdict::Fail, Reason::WrongService,
                             Iec104Text::tr("Port %1 closed the connection after %2, without a TESTFR con.")
                                 .arg(portText, spacedHex(received, 16)),
                             evidence);
}

ProbeResult iec104SilentResult(const Iec104Exchange &exchange, const QByteArray &received, quint16 port, int timeoutMs)
{
    const QString portText = QString::number(port);
    QJsonObject evidence = plainEvidence(exchange, received);
    evidence.insert(QStringLiteral("received"), printable(received, 200));
    if (received.isEmpty()) {
        evidence.insert(QStringLiteral("silent_after_ms"), timeoutMs);
        return ProbeResult::make(
            Verdict::Fail, Reason::ConnectionStalled,
            Iec104Text::tr("The TCP connection to port %1 was accepted but the IEC 104 TESTFR got no answer "
                           "within %2 ms: an application-aware firewall or an IPS holds the session, a "
                           "transparent proxy or a port redirection holds the port, or the station accepts only "
                           "the client addresses it is configured for and ignores this laptop while it would "
                           "answer the gateway.")
                .arg(portText)
                .arg(timeoutMs),
            evidence);
    }
    return ProbeResult::make(Verdict::Fail, Reason::WrongService,
                             Iec104Text::tr("Port %1 sent %2 but no TESTFR con within %3 ms.")
                                 .arg(portText, spacedHex(received, 16))
                                 .arg(timeoutMs),
                             evidence);
}

std::optional<ProbeResult> judgeIec104InTls(const Iec104Exchange &exchange, const QByteArray &received, bool closed,
                                            const Iec104TlsSession &session)
{
    QJsonObject evidence = tlsEvidence(received);
    switch (exchange.status) {
    case Iec104Exchange::Status::Confirmed:
        evidence.insert(QStringLiteral("testfr_con"), true);
        return ProbeResult::make(
            Verdict::Pass, Reason::Ok,
            Iec104Text::tr("IEC 104 answered inside the verified TLS session with %1: TESTFR act was "
                           "confirmed by TESTFR con (%2, certificate issued by \"%3\").")
                .arg(session.endpoint, session.tlsVersion, session.issuer),
            evidence);
    case Iec104Exchange::Status::NotIec104: {
        const QString foreign = recogniseForeignProtocol(received);
        return ProbeResult::make(
            Verdict::Fail, Reason::WrongService,
            Iec104Text::tr("The verified TLS session with %1 carries something other than IEC 104: %2 "
                           "(\"%3\").")
                .arg(session.endpoint, foreign.isEmpty() ? exchange.problem : foreign, printable(received, 80)),
            evidence);
    }
    case Iec104Exchange::Status::Waiting:
    case Iec104Exchange::Status::TooManyFrames: // never: the reader inside TLS does not bound frames
        break;
    }
    if (!closed)
        return std::nullopt;
    return ProbeResult::make(
        Verdict::Fail, Reason::WrongService,
        Iec104Text::tr("The verified TLS session with %1 was closed without a TESTFR con to our TESTFR act.")
            .arg(session.endpoint),
        evidence);
}

ProbeResult iec104InTlsSilentResult(const QByteArray &received, const QString &endpoint, int timeoutMs)
{
    return ProbeResult::make(
        Verdict::Fail, Reason::WrongService,
        Iec104Text::tr("The TLS session with %1 is verified, but no TESTFR con answered our TESTFR act "
                       "within %2 ms: no IEC 104 server behind the TLS front end.")
            .arg(endpoint)
            .arg(timeoutMs),
        tlsEvidence(received));
}

} // namespace tpready
