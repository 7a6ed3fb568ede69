// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "iec104probe.h"

#include <QJsonArray>
#include <QTcpSocket>

#include "core/probes/iec104frame.h"
#include "core/probes/textframing.h"

namespace tpready {
namespace {

constexpr qsizetype kMaxKept = 4 * 1024; ///< what the probe reads at most: a TESTFR con is 6 bytes
constexpr int kMaxOtherFrames = 16;      ///< valid frames tolerated before the TESTFR con

QString hex(const QByteArray &bytes, int maxBytes = 64)
{
    QString text = QString::fromLatin1(bytes.left(maxBytes).toHex(' '));
    if (bytes.size() > maxBytes)
        text += QStringLiteral(" \u2026");
    return text;
}

} // namespace

Iec104Probe::~Iec104Probe() = default;

void Iec104Probe::onConnected()
{
    socket()->write(iec104UFrame(Iec104Function::TestFrAct));
}

void Iec104Probe::onReadyRead()
{
    m_received += socket()->read(qMax<qint64>(0, kMaxKept - m_received.size()));
    evaluate(false);
}

void Iec104Probe::onDisconnected()
{
    m_received += socket()->readAll().left(qMax<qint64>(0, kMaxKept - m_received.size()));
    evaluate(true);
}

QJsonObject Iec104Probe::evidence() const
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("sent"), hex(iec104UFrame(Iec104Function::TestFrAct)));
    evidence.insert(QStringLiteral("sent_frame"), QStringLiteral("TESTFR act"));
    evidence.insert(QStringLiteral("received_hex"), hex(m_received));
    evidence.insert(QStringLiteral("received_bytes"), m_received.size());
    if (!m_frames.isEmpty())
        evidence.insert(QStringLiteral("frames"), QJsonArray::fromStringList(m_frames));
    return evidence;
}

void Iec104Probe::evaluate(bool closed)
{
    const QString port = QString::number(target().port);
    while (m_parsed < m_received.size()) {
        const Iec104Parse parse = parseIec104Apdu(m_received.mid(m_parsed));
        if (parse.status == Iec104Parse::Status::Incomplete)
            break;
        if (parse.status == Iec104Parse::Status::Invalid) {
            QJsonObject ev = evidence();
            ev.insert(QStringLiteral("received"), printable(m_received, 200));
            const QByteArray rest = m_received.mid(m_parsed);
            const QString foreign = m_parsed == 0 && rest.at(0) != 0x68 ? recogniseForeignProtocol(rest) : QString();
            QString detail;
            if (!foreign.isEmpty())
                detail =
                    tr("Port %1 answered the IEC 104 TESTFR with %2: \"%3\".").arg(port, foreign, printable(rest, 80));
            else if (rest.at(0) == 0x68)
                detail = tr("Port %1 answered with bytes that look like IEC 104 but break its framing (%2): %3.")
                             .arg(port, parse.error, hex(rest, 16));
            else
                detail = tr("Port %1 answered the IEC 104 TESTFR with bytes that are not IEC 104: %2.")
                             .arg(port, hex(rest, 16));
            finish(result(Verdict::Fail, Reason::WrongService, detail, ev));
            return;
        }
        m_parsed += parse.consumed;
        const Iec104Apdu &apdu = parse.apdu;
        if (apdu.format == Iec104Apdu::Format::U && apdu.function == static_cast<quint8>(Iec104Function::TestFrCon)) {
            QJsonObject ev = evidence();
            ev.insert(QStringLiteral("answer"), QStringLiteral("TESTFR con"));
            ev.insert(QStringLiteral("testfr_con_ms"), elapsedMs());
            finish(result(
                Verdict::Pass, Reason::Ok,
                tr("An IEC 104 station answered on port %1: TESTFR act was confirmed (TESTFR con).").arg(port), ev));
            return;
        }
        m_frames << describeIec104Apdu(apdu);
        if (m_frames.size() > kMaxOtherFrames) {
            finish(result(
                Verdict::Fail, Reason::WrongService,
                tr("Port %1 sent %2 IEC 104 frames but never confirmed the TESTFR.").arg(port).arg(m_frames.size()),
                evidence()));
            return;
        }
    }
    if (m_received.size() >= kMaxKept) {
        finish(result(Verdict::Fail, Reason::WrongService,
                      tr("Port %1 sent more than %2 bytes without a TESTFR con.").arg(port).arg(kMaxKept), evidence()));
        return;
    }
    if (closed) {
        QJsonObject ev = evidence();
        ev.insert(QStringLiteral("received"), printable(m_received, 200));
        finish(result(
            Verdict::Fail, Reason::WrongService,
            m_received.isEmpty()
                ? tr("The TCP connection to port %1 was accepted, then closed without an answer to the IEC "
                     "104 TESTFR. Some stations accept only the client addresses they are configured for: "
                     "this laptop may be refused where the gateway would be accepted.")
                      .arg(port)
                : tr("Port %1 closed the connection after %2, without a TESTFR con.").arg(port, hex(m_received, 16)),
            ev));
    }
}

ProbeResult Iec104Probe::silentResult()
{
    const QString port = QString::number(target().port);
    QJsonObject ev = evidence();
    ev.insert(QStringLiteral("received"), printable(m_received, 200));
    if (m_received.isEmpty()) {
        return result(Verdict::Fail, Reason::WrongService,
                      tr("The TCP connection to port %1 was accepted but the IEC 104 TESTFR got no answer within %2 "
                         "ms. Something other than an IEC 104 station may hold the port; or the station accepts only "
                         "the client addresses it is configured for and ignores this laptop while it would answer "
                         "the gateway.")
                          .arg(port)
                          .arg(config().timeoutMs),
                      ev);
    }
    return result(
        Verdict::Fail, Reason::WrongService,
        tr("Port %1 sent %2 but no TESTFR con within %3 ms.").arg(port, hex(m_received, 16)).arg(config().timeoutMs),
        ev);
}

} // namespace tpready
