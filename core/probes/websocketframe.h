// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace tpready {

struct HttpResponse;

/// A WebSocket opening request (RFC 6455 4.1) for @p path on @p hostHeader with the base64 @p key.
QByteArray buildWebSocketUpgradeRequest(const QByteArray &path, const QByteArray &hostHeader, const QByteArray &key,
                                        const QByteArray &userAgent);

/// The Sec-WebSocket-Accept a server must return for @p key (RFC 6455 4.2.2: base64(SHA-1(key + GUID))).
QByteArray webSocketAccept(const QByteArray &key);

/// Whether an HTTP response completes a WebSocket opening handshake for @p key (RFC 6455 4.1, client side):
/// status 101, Upgrade: websocket, Connection: Upgrade, the right Sec-WebSocket-Accept.
struct WebSocketUpgradeCheck
{
    bool ok = false;
    bool acceptValid = false; ///< Sec-WebSocket-Accept present and right
    QString problem;          ///< what is wrong, when not ok
};
WebSocketUpgradeCheck checkWebSocketUpgrade(const HttpResponse &response, const QByteArray &key);

enum class WebSocketOpcode
{
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xa,
};

/// A client frame (FIN set, masked with @p mask, 4 bytes, as RFC 6455 5.3 requires of clients).
QByteArray buildClientFrame(WebSocketOpcode opcode, const QByteArray &payload, const QByteArray &mask);
/// A client Close frame with a status code (1000 = normal closure).
QByteArray buildClientCloseFrame(quint16 code, const QByteArray &mask);

/// One frame from a server, parsed from the start of a buffer.
struct WebSocketFrame
{
    enum class Status
    {
        Incomplete, ///< more bytes needed
        Complete,
        Invalid,  ///< a protocol error (masked server frame, reserved bits, bad control frame...)
        TooLarge, ///< the payload length exceeds the caller's cap
    };
    Status status = Status::Incomplete;
    QString problem;
    bool fin = false;
    int opcode = -1;
    QByteArray payload;
    quint64 declaredLength = 0;
    qsizetype consumed = 0; ///< bytes of the input this frame used
    int closeCode = -1;     ///< for Close frames with a body
    QString closeReason;
};

/// Parses the frame at the start of @p data. Never reads past it; a payload longer than @p maxPayload is refused.
WebSocketFrame parseServerFrame(const QByteArray &data, qsizetype maxPayload = 64 * 1024);

/// A Basics Station router-info (INFOS) reply (LNS protocol, "Discovery"): a JSON object with "router" and either
/// "uri" (+ "muxs") or "error".
struct RouterInfoReply
{
    enum class Kind
    {
        NotJson,    ///< not a JSON object
        Unexpected, ///< a JSON object without router + (uri | error)
        Muxs,       ///< router + uri: the LNS accepted the router and names its MUXS endpoint
        Error,      ///< router + error: a genuine LNS that refuses this router (expected for a dummy id)
    };
    Kind kind = Kind::NotJson;
    QString router;
    QString muxs;
    QString uri;
    QString error;
    bool uriUsable = false; ///< ws:// or wss:// with an explicit port and path, as Station requires
    QString problem;
};

/// Interprets the text of the server's first message. Bounded by @p text's size.
RouterInfoReply parseRouterInfoReply(const QByteArray &text);

} // namespace tpready
