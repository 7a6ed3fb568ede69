// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// WebSocket frames from a server (RFC 6455 5) after the upgrade, and the Basics Station router-info (INFOS) reply
// they carry.
#include "tests/fuzz/fuzztarget.h"

#include "core/probes/websocketframe.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(websocketframe)
{
    // Frame after frame, as the WSS probe reads them (its cap is 16 KiB per message).
    constexpr qsizetype kMaxMessage = 16 * 1024;
    qsizetype at = 0;
    QByteArray message;
    while (at < input.size()) {
        const WebSocketFrame frame = parseServerFrame(input.mid(at), kMaxMessage);
        if (frame.status != WebSocketFrame::Status::Complete)
            break;
        TPREADY_FUZZ_ASSERT(frame.consumed > 0 && frame.consumed <= input.size() - at);
        TPREADY_FUZZ_ASSERT(frame.payload.size() <= kMaxMessage);
        at += frame.consumed;
        message += frame.payload;
        if (message.size() > kMaxMessage)
            break;
        if (frame.fin) {
            parseRouterInfoReply(message);
            message.clear();
        }
    }
    parseServerFrame(input, 0);
    parseServerFrame(input, 8);
    // The INFOS reply on its own: JSON text from a hostile server.
    parseRouterInfoReply(input);
}
