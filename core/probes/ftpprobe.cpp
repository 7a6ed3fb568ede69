// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ftpprobe.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTimer>

#include "core/probes/ftpgreeting.h"
#include "core/probes/textframing.h"

namespace tpready {
namespace {

/// How long the probe waits for the 221 after QUIT: evidence only, the proof is already there.
constexpr int kQuitWaitMs = 1500;

} // namespace

FtpProbe::~FtpProbe() = default;

void FtpProbe::onConnected()
{
    // The server speaks first (RFC 959 5.4: a reply on connection establishment).
}

void FtpProbe::onReadyRead()
{
    if (m_stage == Stage::Greeting) {
        m_received += socket()->read(qMax<qint64>(0, kMaxFtpGreetingBytes + 1 - m_received.size()));
        evaluateGreeting(false);
    } else {
        m_quitReceived += socket()->read(qMax<qint64>(0, kMaxFtpGreetingBytes - m_quitReceived.size()));
        evaluateQuit(false);
    }
}

void FtpProbe::onDisconnected()
{
    if (m_stage == Stage::Greeting) {
        m_received += socket()->readAll().left(kMaxFtpGreetingBytes + 1 - m_received.size());
        evaluateGreeting(true);
    } else {
        m_quitReceived += socket()->readAll().left(kMaxFtpGreetingBytes - m_quitReceived.size());
        evaluateQuit(true);
    }
}

QJsonObject FtpProbe::evidence() const
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("received"), printable(m_received, 300));
    evidence.insert(QStringLiteral("received_bytes"), m_received.size());
    if (!m_replies.isEmpty())
        evidence.insert(QStringLiteral("replies"), QJsonArray::fromStringList(m_replies));
    return evidence;
}

void FtpProbe::evaluateGreeting(bool closed)
{
    const FtpGreeting greeting = parseFtpGreeting(m_received);
    m_replies = greeting.replies;
    QJsonObject ev = evidence();
    const QString port = QString::number(target().port);
    switch (greeting.status) {
    case FtpGreeting::Status::Ready: {
        m_greetingMs = elapsedMs();
        m_greetingText = greeting.text;
        m_stage = Stage::Quitting;
        m_quitReceived = m_received.mid(greeting.consumed);
        m_received.truncate(greeting.consumed);
        // Say goodbye, so the server logs a clean session; the 221 is extra evidence, not the proof.
        socket()->write(QByteArrayLiteral("QUIT\r\n"));
        m_quitTimer = new QTimer(this);
        m_quitTimer->setSingleShot(true);
        connect(m_quitTimer, &QTimer::timeout, this, [this] {
            if (!isFinished())
                finishReady();
        });
        m_quitTimer->start(qMin(kQuitWaitMs, remainingMs()));
        if (!m_quitReceived.isEmpty() || closed)
            evaluateQuit(closed);
        return;
    }
    case FtpGreeting::Status::NotAvailable: {
        ev.insert(QStringLiteral("reply_code"), greeting.code);
        ev.insert(QStringLiteral("greeting"), greeting.text);
        ProbeResult r = result(Verdict::Fail, Reason::Refused,
                               tr("An FTP server answered on port %1 but refuses the session: \"421 %2\" (service not "
                                  "available). The network path works; the server turns clients away.")
                                   .arg(port, greeting.text),
                               ev);
        r.remediation =
            tr("The path to the FTP server is open. Ask the administrator of %1 why its FTP service answers "
               "421 (connection limit reached, client address not allowed, or service shutting down).")
                .arg(target().host);
        finish(r);
        return;
    }
    case FtpGreeting::Status::Broken: {
        // vsftpd says "500 OOPS: ..." and closes when its own configuration stops it. The port and the path are
        // fine, but no gateway can transfer a file: for a MUST flow that is a failure, of the server, not of the
        // network, and the remediation says so.
        ev.insert(QStringLiteral("reply_code"), greeting.code);
        ev.insert(QStringLiteral("greeting"), greeting.text);
        ev.insert(QStringLiteral("server_state"), QStringLiteral("misconfigured"));
        ProbeResult r = result(Verdict::Fail, Reason::Refused,
                               tr("An FTP server (vsftpd) answered on port %1 but cannot serve anyone: \"500 %2\". The "
                                  "network path works; the FTP server itself is misconfigured.")
                                   .arg(port, greeting.text),
                               ev);
        r.remediation = tr("Nothing to open in the network: the FTP server on %1 is broken. Ask its administrator to "
                           "fix the vsftpd configuration (the message above names the problem).")
                            .arg(target().host);
        finish(r);
        return;
    }
    case FtpGreeting::Status::WrongService: {
        const QString foreign = recogniseForeignProtocol(m_received);
        if (greeting.code != 0) {
            ev.insert(QStringLiteral("reply_code"), greeting.code);
            ev.insert(QStringLiteral("greeting"), greeting.text);
        }
        QString detail;
        if (greeting.code == 220)
            detail = tr("Port %1 greeted with \"220 %2\": a mail (SMTP) server, not an FTP server.")
                         .arg(port, greeting.text);
        else if (greeting.code != 0)
            detail = tr("Port %1 answered with reply code %2 (\"%3\") instead of an FTP greeting (220).")
                         .arg(port)
                         .arg(greeting.code)
                         .arg(greeting.text);
        else if (m_received.size() > kMaxFtpGreetingBytes)
            detail = tr("Port %1 sent more than %2 bytes without a complete FTP greeting: \"%3\".")
                         .arg(port)
                         .arg(kMaxFtpGreetingBytes)
                         .arg(printable(m_received, 80));
        else if (!foreign.isEmpty())
            detail = tr("Port %1 answered with %2 instead of an FTP greeting: \"%3\".")
                         .arg(port, foreign, printable(m_received, 80));
        else
            detail = tr("Port %1 answered, but not with an FTP greeting: \"%2\".").arg(port, printable(m_received, 80));
        finish(result(Verdict::Fail, Reason::WrongService, detail, ev));
        return;
    }
    case FtpGreeting::Status::Delayed:
    case FtpGreeting::Status::Incomplete:
        if (!closed)
            return;
        if (m_received.isEmpty()) {
            // Connected, then cut before the server's first words: not a refused or dropped connection.
            ev.insert(QStringLiteral("cut_after_ms"), connectedForMs());
            finish(result(Verdict::Fail, Reason::ConnectionCut,
                          tr("The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, "
                             "where an FTP server greets at once: a firewall, an IPS or a proxy that accepts the "
                             "connection and then cuts it, or a server that turns this address away.")
                              .arg(port)
                              .arg(connectedForMs()),
                          ev));
            return;
        }
        if (m_received.startsWith("220")) {
            ev.insert(QStringLiteral("cut_after_ms"), connectedForMs());
            finish(result(Verdict::Fail, Reason::ConnectionCut,
                          tr("An FTP server began its greeting on port %1 (\"%2\"), then the connection was closed "
                             "%3 ms after it opened, before the greeting was complete: an application-aware "
                             "firewall, an IPS or a proxy cuts FTP sessions after their first words.")
                              .arg(port, printable(m_received, 80))
                              .arg(connectedForMs()),
                          ev));
            return;
        }
        finish(result(Verdict::Fail, Reason::WrongService,
                      tr("Port %1 closed the connection after \"%2\", without an FTP greeting (220).")
                          .arg(port, printable(m_received, 80)),
                      ev));
        return;
    }
}

void FtpProbe::evaluateQuit(bool closed)
{
    const FtpReply reply = parseFtpReply(m_quitReceived);
    if (reply.status == FtpReply::Status::Complete || reply.status == FtpReply::Status::Invalid || closed) {
        if (reply.status == FtpReply::Status::Complete)
            m_quitMs = elapsedMs();
        finishReady();
    }
}

void FtpProbe::finishReady()
{
    finish(readyResult());
}

ProbeResult FtpProbe::readyResult() const
{
    QJsonObject ev = evidence();
    ev.insert(QStringLiteral("reply_code"), 220);
    ev.insert(QStringLiteral("greeting"), m_greetingText);
    ev.insert(QStringLiteral("greeting_ms"), m_greetingMs);
    ev.insert(QStringLiteral("sent"), QStringLiteral("QUIT\\r\\n"));
    ev.insert(QStringLiteral("quit_reply"), printable(m_quitReceived, 200));
    if (m_quitMs >= 0)
        ev.insert(QStringLiteral("quit_ms"), m_quitMs);
    ProbeResult r = result(
        Verdict::Pass, Reason::Ok,
        tr("An FTP server answered on port %1: \"220 %2\".").arg(QString::number(target().port), m_greetingText), ev);
    r.latencyMs = m_greetingMs;
    return r;
}

ProbeResult FtpProbe::silentResult()
{
    const QString port = QString::number(target().port);
    if (m_stage == Stage::Quitting)
        return readyResult();
    QJsonObject ev = evidence();
    const FtpGreeting greeting = parseFtpGreeting(m_received);
    if (greeting.status == FtpGreeting::Status::Delayed) {
        ev.insert(QStringLiteral("reply_code"), 120);
        ev.insert(QStringLiteral("greeting"), greeting.text);
        ProbeResult r = result(Verdict::Warn, Reason::Timeout,
                               tr("An FTP server answered on port %1 but only with \"120 %2\" (ready later): no 220 "
                                  "came within %3 ms. The network path works; the server is not ready yet.")
                                   .arg(port, greeting.text)
                                   .arg(config().timeoutMs),
                               ev);
        r.remediation = tr("Run the check again later, or ask the administrator of %1 why its FTP service is not "
                           "ready.")
                            .arg(target().host);
        return r;
    }
    if (m_received.isEmpty()) {
        ev.insert(QStringLiteral("silent_after_ms"), connectedForMs());
        return result(Verdict::Fail, Reason::ConnectionStalled,
                      tr("The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an FTP server "
                         "greets at once: a transparent proxy or a port redirection holds the port, or an "
                         "application-aware firewall or an IPS holds the session.")
                          .arg(port)
                          .arg(connectedForMs()),
                      ev);
    }
    return result(Verdict::Fail, Reason::WrongService,
                  tr("Port %1 sent \"%2\" but no complete FTP greeting within %3 ms.")
                      .arg(port, printable(m_received, 80))
                      .arg(config().timeoutMs),
                  ev);
}

} // namespace tpready
