// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "tlsprobe.h"

namespace tpready {

struct HttpResponse;

/// WSS to a Basics Station LNS endpoint: TLS as TlsProbe, then the WebSocket upgrade `GET /router-info` (checked
/// per RFC 6455, Sec-WebSocket-Accept included) and one text frame {"router": <dummy id>}; the server's text frame
/// with "router" and "uri"/"muxs" or "error" is a genuine LNS INFOS reply. A valid 101 alone is already proof;
/// 401/403 means the endpoint wants a token; 404, 2xx, redirects and web pages are `wrong-service`; 407 is
/// `proxy-required`. The upgrade and the frames are done here over the TLS socket (no QWebSocket), bounded.
class WssProbe final : public TlsProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WssProbe)

public:
    using TlsProbe::TlsProbe;
    ~WssProbe() override;

protected:
    void startApplication() override;
    void onApplicationData(bool closed) override;
    ProbeResult applicationSilentResult() override;

private:
    QJsonObject upgradeEvidence(const HttpResponse &response) const;
    ProbeResult judgeRefusedUpgrade(const HttpResponse &response) const;
    void onUpgraded(const HttpResponse &response, bool closed);
    void readFrames(bool closed);
    ProbeResult upgradedResult(const QString &note) const;
    QByteArray randomMask() const;

    QByteArray m_key;
    bool m_upgraded = false;
    qsizetype m_framesStart = 0;
    QByteArray m_message;
    bool m_inMessage = false;
    int m_messageOpcode = -1;
    int m_frames = 0;
    int m_closeCode = -1;
    QJsonObject m_upgradeEvidence;
};

} // namespace tpready
