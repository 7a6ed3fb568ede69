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

QJsonObject kexInitEvidence(const SshKexInit &kex)
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("bytes"), qint64(kex.bytes));
    evidence.insert(QStringLiteral("kex_algorithms"), QJsonArray::fromStringList(kex.kexAlgorithms));
    evidence.insert(QStringLiteral("host_key_algorithms"), QJsonArray::fromStringList(kex.hostKeyAlgorithms));
    evidence.insert(QStringLiteral("ciphers"), QJsonArray::fromStringList(kex.ciphers));
    return evidence;
}

} // namespace

SshExchange readSshExchange(const QByteArray &received)
{
    SshExchange exchange;
    exchange.id = parseSshIdentification(received);
    if (exchange.identified())
        exchange.kexInit = parseSshKexInit(received.mid(exchange.id.end));
    exchange.foreign = recogniseForeignProtocol(received);
    return exchange;
}

QByteArray sshClientIdentification()
{
    return QByteArrayLiteral("SSH-2.0-tpready_") + QByteArrayLiteral(TPREADY_VERSION) + "\r\n";
}

std::optional<ProbeResult> judgeSsh(const SshExchange &exchange, const QByteArray &received, bool closed, quint16 port,
                                    qint64 connectedMs)
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
        switch (exchange.kexInit.status) {
        case SshKexInit::Status::Found:
            evidence.insert(QStringLiteral("kexinit"), kexInitEvidence(exchange.kexInit));
            return ProbeResult::make(
                Verdict::Pass, Reason::Ok,
                SshText::tr("An SSH server answered on port %1: %2, then sent its key exchange offer (%3 bytes, "
                            "%4 first).")
                    .arg(port)
                    .arg(id.line)
                    .arg(exchange.kexInit.bytes)
                    .arg(exchange.kexInit.kexAlgorithms.constFirst()),
                evidence);
        case SshKexInit::Status::Invalid:
            evidence.insert(QStringLiteral("kexinit_problem"), exchange.kexInit.problem);
            return ProbeResult::make(
                Verdict::Fail, Reason::WrongService,
                SshText::tr("Port %1 sent an SSH identification (%2), then bytes that are not the SSH key exchange "
                            "(%3): something that imitates an SSH server, or rewrites the session, holds the port.")
                    .arg(port)
                    .arg(id.line, exchange.kexInit.problem),
                evidence);
        case SshKexInit::Status::Incomplete:
            break;
        }
        if (!closed)
            return std::nullopt;
        evidence.insert(QStringLiteral("cut_after_ms"), connectedMs);
        return ProbeResult::make(
            Verdict::Fail, Reason::ConnectionCut,
            SshText::tr("An SSH server identified itself on port %1 (%2), then the connection was closed %3 ms after "
                        "it opened, before the server's key exchange offer arrived (%4 bytes received): an "
                        "application-aware firewall, an IPS or a proxy cuts SSH sessions after their first words.")
                .arg(port)
                .arg(id.line)
                .arg(connectedMs)
                .arg(received.size()),
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
    if (received.isEmpty()) {
        evidence.insert(QStringLiteral("cut_after_ms"), connectedMs);
        return ProbeResult::make(
            Verdict::Fail, Reason::ConnectionCut,
            SshText::tr("The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an "
                        "SSH server sends its identification at once: a firewall, an IPS or a proxy that accepts the "
                        "connection and then cuts it, or a server that turns this address away.")
                .arg(port)
                .arg(connectedMs),
            evidence);
    }
    return ProbeResult::make(
        Verdict::Fail, Reason::WrongService,
        SshText::tr("Port %1 closed the connection after \"%2\", without an SSH identification line.")
            .arg(port)
            .arg(printable(received, 80)),
        evidence);
}

ProbeResult sshSilentResult(const QByteArray &received, quint16 port, qint64 connectedMs)
{
    QJsonObject evidence = plainEvidence(received);
    evidence.insert(QStringLiteral("silent_after_ms"), connectedMs);
    const SshExchange exchange = readSshExchange(received);
    if (exchange.identified()) {
        evidence.insert(QStringLiteral("identification"), exchange.id.line);
        return ProbeResult::make(
            Verdict::Fail, Reason::ConnectionStalled,
            SshText::tr("An SSH server identified itself on port %1 (%2), but its key exchange offer, sent right "
                        "after, did not arrive in the %3 ms the connection stayed open (%4 bytes received): an "
                        "application-aware firewall or an IPS holds SSH sessions after their first words, or the path "
                        "drops large packets (a path-MTU black hole).")
                .arg(port)
                .arg(exchange.id.line)
                .arg(connectedMs)
                .arg(received.size()),
            evidence);
    }
    if (received.isEmpty()) {
        return ProbeResult::make(
            Verdict::Fail, Reason::ConnectionStalled,
            SshText::tr("The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an SSH server "
                        "sends its identification at once: a transparent proxy or a port redirection holds the port, "
                        "or an application-aware firewall or an IPS holds the session.")
                .arg(port)
                .arg(connectedMs),
            evidence);
    }
    return ProbeResult::make(Verdict::Fail, Reason::WrongService,
                             SshText::tr("Port %1 sent \"%2\" but no SSH identification line in %3 ms.")
                                 .arg(port)
                                 .arg(printable(received, 80))
                                 .arg(connectedMs),
                             evidence);
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
