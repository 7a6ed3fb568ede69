// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "streamprobe.h"

#include <QByteArray>

namespace tpready {

/// SSH and SFTP (TCP/22): proof is an RFC 4253 identification line `SSH-2.0-...` from the server, then its
/// SSH_MSG_KEXINIT packet (about 1 KB: what an application-aware firewall or a path-MTU black hole stops). The probe
/// sends its own identification once the server's arrived, and closes when the KEXINIT is in: no key exchange, no
/// authentication. The exchange is read and judged by sshexchange.h, shared with SftpTlsProbe.
class SshProbe final : public StreamProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshProbe)

public:
    using StreamProbe::StreamProbe;
    ~SshProbe() override;

protected:
    void onConnected() override;
    void onReadyRead() override;
    void onDisconnected() override;
    ProbeResult silentResult() override;

private:
    void evaluate(bool closed);
    QByteArray m_received;
    bool m_identificationSent = false;
};

} // namespace tpready
