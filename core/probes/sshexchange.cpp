// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "sshexchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "core/probes/bytes.h"
#include "core/probes/textframing.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class SshText
{
    Q_DECLARE_TR_FUNCTIONS(SshText)
};

QJsonObject plainEvidence(const QByteArray &received)
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("received"), printable(received, 300));
    evidence.insert(QStringLiteral("received_bytes"), received.size());
    return evidence;
}

} // namespace

SshExchange readSshExchange(const QByteArray &received)
{
    SshExchange exchange;
    exchange.id = parseSshIdentification(received);
    exchange.foreign = recogniseForeignProtocol(received);
    return exchange;
}

QByteArray sshClientIdentification()
{
    return QByteArrayLiteral("SSH-2.0-tpready_") + QByteArrayLiteral(TPREADY_VERSION) + "\r\n";
}

std::optional<ProbeResult> judgeSsh(const SshExchange &exchange, const QByteArray &received, bool closed, quint16 port)
{
    const SshIdentification &id = exchange.id;
    QJsonObject evidence = plainEvidence(received);
    if (!id.preLines.isEmpty())
        evidence.insert(QStringLiteral("lines_before_identification"), QJsonArray::fromStringList(id.preLines));
    switch (id.status) {
    case SshIdentification::Status::Found:
        evidence.insert(QStringLiteral("identification"), id.line);
        evidence.insert(QStringLiteral("protocol_version"), id.protoVersion);
        evidence.insert(QStringLiteral("software"), id.software);
        evidence.insert(QStringLiteral("sent"),
                        QStringLiteral("SSH-2.0-tpready_%1\\r\\n").arg(QStringLiteral(TPREADY_VERSION)));
        return ProbeResult::make(Verdict::Pass, Reason::Ok,
                                 SshText::tr("An SSH server answered on port %1: %2.").arg(port).arg(id.line),
                                 evidence);
    case SshIdentification::Status::Unsupported:
        evidence.insert(QStringLiteral("identification"), id.line);
        return ProbeResult::make(Verdict::Fail, Reason::WrongService,
                                 SshText::tr("An SSH server answered on port %1 but speaks protocol %2, not SSH 2: %3.")
                                     .arg(port)
                                     .arg(id.protoVersion, id.line),
                                 evidence);
    case SshIdentification::Status::Invalid:
    case SshIdentification::Status::WrongService:
        return ProbeResult::make(
            Verdict::Fail, Reason::WrongService,
            exchange.foreign.isEmpty()
                ? SshText::tr("Port %1 answered, but not with an SSH identification line: \"%2\".")
                      .arg(port)
                      .arg(printable(received, 80))
                : SshText::tr("Port %1 answered with %2 instead of an SSH identification line: \"%3\".")
                      .arg(port)
                      .arg(exchange.foreign, printable(received, 80)),
            evidence);
    case SshIdentification::Status::Incomplete:
        break;
    }
    if (!closed)
        return std::nullopt;
    return ProbeResult::make(
        Verdict::Fail, Reason::WrongService,
        received.isEmpty()
            ? SshText::tr("The TCP connection to port %1 was accepted, then closed without any SSH "
                          "identification.")
                  .arg(port)
            : SshText::tr("Port %1 closed the connection after \"%2\", without an SSH identification line.")
                  .arg(port)
                  .arg(printable(received, 80)),
        evidence);
}

ProbeResult sshSilentResult(const QByteArray &received, quint16 port, int timeoutMs)
{
    return ProbeResult::make(
        Verdict::Fail, Reason::WrongService,
        received.isEmpty()
            ? SshText::tr("The TCP connection to port %1 was accepted but no SSH identification came within "
                          "%2 ms: something other than an SSH server (a transparent proxy?) holds the port.")
                  .arg(port)
                  .arg(timeoutMs)
            : SshText::tr("Port %1 sent \"%2\" but no SSH identification line within %3 ms.")
                  .arg(port)
                  .arg(printable(received, 80))
                  .arg(timeoutMs),
        plainEvidence(received));
}

std::optional<ProbeResult> judgeSshInTls(const SshExchange &exchange, const QByteArray &received, bool closed,
                                         const QString &endpoint)
{
    const SshIdentification &id = exchange.id;
    QJsonObject evidence;
    evidence.insert(QStringLiteral("inner_protocol"), QStringLiteral("ssh"));
    evidence.insert(QStringLiteral("received"), printable(received, 300));
    switch (id.status) {
    case SshIdentification::Status::Found:
        evidence.insert(QStringLiteral("identification"), id.line);
        evidence.insert(QStringLiteral("software"), id.software);
        return ProbeResult::make(
            Verdict::Pass, Reason::Ok,
            SshText::tr("An SSH server answered inside the verified TLS session with %1: %2.").arg(endpoint, id.line),
            evidence);
    case SshIdentification::Status::Unsupported:
    case SshIdentification::Status::Invalid:
    case SshIdentification::Status::WrongService:
        return ProbeResult::make(
            Verdict::Fail, Reason::WrongService,
            SshText::tr("The verified TLS session with %1 carries %2 instead of an SSH 2 server: \"%3\".")
                .arg(endpoint, exchange.foreign.isEmpty() ? SshText::tr("something else") : exchange.foreign,
                     printable(received, 80)),
            evidence);
    case SshIdentification::Status::Incomplete:
        break;
    }
    if (!closed)
        return std::nullopt;
    return ProbeResult::make(
        Verdict::Fail, Reason::WrongService,
        SshText::tr("The verified TLS session with %1 was closed without an SSH identification.").arg(endpoint),
        evidence);
}

ProbeResult sshInTlsSilentResult(const QByteArray &received, const QString &endpoint, int timeoutMs)
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("inner_protocol"), QStringLiteral("ssh"));
    evidence.insert(QStringLiteral("received_hex"), spacedHex(received));
    return ProbeResult::make(
        Verdict::Fail, Reason::WrongService,
        SshText::tr("The TLS session with %1 is verified, but no SSH identification came within %2 ms: no "
                    "SSH server behind the TLS front end.")
            .arg(endpoint)
            .arg(timeoutMs),
        evidence);
}

} // namespace tpready
