// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "sshprobe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTcpSocket>

#include "core/probes/sshbanner.h"
#include "core/probes/textframing.h"

namespace tpready {
SshProbe::~SshProbe() = default;

void SshProbe::onConnected()
{
    // The server speaks first (RFC 4253 4.2): wait for its identification.
}

void SshProbe::onReadyRead()
{
    m_received += socket()->read(kMaxRead - m_received.size());
    evaluate(false);
}

void SshProbe::onDisconnected()
{
    m_received += socket()->readAll().left(kMaxRead - m_received.size());
    evaluate(true);
}

void SshProbe::evaluate(bool closed)
{
    const SshIdentification id = parseSshIdentification(m_received);
    QJsonObject evidence;
    evidence.insert(QStringLiteral("received"), printable(m_received, 300));
    evidence.insert(QStringLiteral("received_bytes"), m_received.size());
    if (!id.preLines.isEmpty())
        evidence.insert(QStringLiteral("lines_before_identification"), QJsonArray::fromStringList(id.preLines));
    const QString foreign = recogniseForeignProtocol(m_received);

    switch (id.status) {
    case SshIdentification::Status::Found: {
        evidence.insert(QStringLiteral("identification"), id.line);
        evidence.insert(QStringLiteral("protocol_version"), id.protoVersion);
        evidence.insert(QStringLiteral("software"), id.software);
        evidence.insert(QStringLiteral("sent"),
                        QStringLiteral("SSH-2.0-tpready_%1\\r\\n").arg(QStringLiteral(TPREADY_VERSION)));
        // Identify ourselves before closing, so the server logs a clean client rather than a broken one.
        socket()->write(QByteArrayLiteral("SSH-2.0-tpready_") + QByteArrayLiteral(TPREADY_VERSION) + "\r\n");
        socket()->flush();
        finish(result(Verdict::Pass, Reason::Ok,
                      tr("An SSH server answered on port %1: %2.").arg(target().port).arg(id.line), evidence));
        return;
    }
    case SshIdentification::Status::Unsupported:
        evidence.insert(QStringLiteral("identification"), id.line);
        finish(result(Verdict::Fail, Reason::WrongService,
                      tr("An SSH server answered on port %1 but speaks protocol %2, not SSH 2: %3.")
                          .arg(target().port)
                          .arg(id.protoVersion, id.line),
                      evidence));
        return;
    case SshIdentification::Status::Invalid:
    case SshIdentification::Status::WrongService:
        finish(result(Verdict::Fail, Reason::WrongService,
                      foreign.isEmpty() ? tr("Port %1 answered, but not with an SSH identification line: \"%2\".")
                                              .arg(target().port)
                                              .arg(printable(m_received, 80))
                                        : tr("Port %1 answered with %2 instead of an SSH identification line: \"%3\".")
                                              .arg(target().port)
                                              .arg(foreign, printable(m_received, 80)),
                      evidence));
        return;
    case SshIdentification::Status::Incomplete:
        if (closed) {
            finish(result(Verdict::Fail, Reason::WrongService,
                          m_received.isEmpty()
                              ? tr("The TCP connection to port %1 was accepted, then closed without any SSH "
                                   "identification.")
                                    .arg(target().port)
                              : tr("Port %1 closed the connection after \"%2\", without an SSH identification "
                                   "line.")
                                    .arg(target().port)
                                    .arg(printable(m_received, 80)),
                          evidence));
        }
        return;
    }
}

ProbeResult SshProbe::silentResult()
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("received"), printable(m_received, 300));
    evidence.insert(QStringLiteral("received_bytes"), m_received.size());
    return result(Verdict::Fail, Reason::WrongService,
                  m_received.isEmpty()
                      ? tr("The TCP connection to port %1 was accepted but no SSH identification came within %2 ms: "
                           "something other than an SSH server (a transparent proxy?) holds the port.")
                            .arg(target().port)
                            .arg(config().timeoutMs)
                      : tr("Port %1 sent \"%2\" but no SSH identification line within %3 ms.")
                            .arg(target().port)
                            .arg(printable(m_received, 80))
                            .arg(config().timeoutMs),
                  evidence);
}

} // namespace tpready
