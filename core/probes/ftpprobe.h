// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "streamprobe.h"

#include <QByteArray>

class QTimer;

namespace tpready {

struct FtpGreeting;

/// FTP (TCP/21): proof is the server's RFC 959 greeting, `220` (single or multi-line, possibly after `120`).
/// The probe then says `QUIT` and records the `221` goodbye as evidence; it never logs in.
class FtpProbe final : public StreamProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FtpProbe)

public:
    using StreamProbe::StreamProbe;
    ~FtpProbe() override;

protected:
    void onConnected() override;
    void onReadyRead() override;
    void onDisconnected() override;
    ProbeResult silentResult() override;

private:
    void evaluateGreeting(bool closed);
    void evaluateQuit(bool closed);
    void finishReady();
    ProbeResult readyResult() const;
    QJsonObject evidence() const;

    enum class Stage
    {
        Greeting,
        Quitting,
    };
    Stage m_stage = Stage::Greeting;
    QByteArray m_received;     ///< the greeting bytes (bounded)
    QByteArray m_quitReceived; ///< what came after QUIT (bounded)
    QStringList m_replies;
    QString m_greetingText;
    qint64 m_greetingMs = -1;
    qint64 m_quitMs = -1;
    QTimer *m_quitTimer = nullptr;
};

} // namespace tpready
