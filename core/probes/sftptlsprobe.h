// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "tlsprobe.h"

namespace tpready {

/// SFTP over TLS (`sftp-tls`, the SLRC's TCP 3003): TLS as TlsProbe, then, inside the verified session, the
/// exchange of SshProbe: the server's SSH identification, answered with ours (no key exchange).
class SftpTlsProbe final : public TlsProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SftpTlsProbe)

public:
    using TlsProbe::TlsProbe;
    ~SftpTlsProbe() override;

protected:
    void startApplication() override;
    void onApplicationData(bool closed) override;
    ProbeResult applicationSilentResult() override;
};

} // namespace tpready
