// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "tlsprobe.h"

namespace tpready {

struct HttpResponse;

/// HTTPS to a Basics Station CUPS endpoint: TLS as TlsProbe, then `POST /update-info` with a dummy station (never
/// real credentials or a real EUI). Any HTTP answer from the verified server proves the path; a 200
/// application/octet-stream body whose length fields add up (the Basics Station
/// CUPS response: URI lengths on 1 byte, credential lengths on 2, signature and update lengths on 4, little-endian) is
/// the strongest proof. Proxy and portal answers fail: 407 (`proxy-required`), redirects and web pages
/// (`wrong-service`).
class HttpsProbe final : public TlsProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpsProbe)

public:
    using TlsProbe::TlsProbe;
    ~HttpsProbe() override;

protected:
    void startApplication() override;
    void onApplicationData(bool closed) override;
    ProbeResult applicationSilentResult() override;

private:
    QJsonObject httpEvidence(const HttpResponse &response) const;
    ProbeResult judge(const HttpResponse &response) const;
    QString m_cupsUri;
};

} // namespace tpready
