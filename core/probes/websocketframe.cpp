// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "websocketframe.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "core/probes/bytes.h"
#include "core/probes/httpresponse.h"
#include "core/probes/textframing.h"

namespace tpready {
namespace {

QString jsonText(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString().left(512);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

} // namespace

QByteArray buildWebSocketUpgradeRequest(const QByteArray &path, const QByteArray &hostHeader, const QByteArray &key,
                                        const QByteArray &userAgent)
{
    return QByteArrayLiteral("GET ") + path + QByteArrayLiteral(" HTTP/1.1\r\nHost: ") + hostHeader +
           QByteArrayLiteral("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ") + key +
           QByteArrayLiteral("\r\nSec-WebSocket-Version: 13\r\nUser-Agent: ") + userAgent +
           QByteArrayLiteral("\r\n\r\n");
}

QByteArray webSocketAccept(const QByteArray &key)
{
    return QCryptographicHash::hash(QByteArray(key + QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11")),
                                    QCryptographicHash::Sha1)
        .toBase64();
}

WebSocketUpgradeCheck checkWebSocketUpgrade(const HttpResponse &response, const QByteArray &key)
{
    WebSocketUpgradeCheck check;
    const QByteArray accept = response.header("Sec-WebSocket-Accept");
    check.acceptValid = !accept.isEmpty() && accept == webSocketAccept(key);
    if (response.code != 101) {
        check.problem = QStringLiteral("status %1 instead of 101 Switching Protocols").arg(response.code);
        return check;
    }
    if (response.header("Upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) != 0) {
        check.problem = QStringLiteral("Upgrade header \"%1\" instead of \"websocket\"")
                            .arg(printable(response.header("Upgrade"), 60));
        return check;
    }
    if (!response.headerHasToken("Connection", "upgrade")) {
        check.problem = QStringLiteral("Connection header \"%1\" without \"Upgrade\"")
                            .arg(printable(response.header("Connection"), 60));
        return check;
    }
    if (accept.isEmpty()) {
        check.problem = QStringLiteral("no Sec-WebSocket-Accept header");
        return check;
    }
    if (!check.acceptValid) {
        check.problem = QStringLiteral("Sec-WebSocket-Accept \"%1\" does not match our key (expected \"%2\")")
                            .arg(printable(accept, 60), QString::fromLatin1(webSocketAccept(key)));
        return check;
    }
    check.ok = true;
    return check;
}

QByteArray buildClientFrame(WebSocketOpcode opcode, const QByteArray &payload, const QByteArray &mask)
{
    QByteArray frame;
    frame.append(static_cast<char>(0x80 | static_cast<int>(opcode)));
    const qsizetype length = payload.size();
    if (length < 126) {
        frame.append(static_cast<char>(0x80 | length));
    } else if (length <= 0xffff) {
        frame.append(static_cast<char>(0x80 | 126));
        putU16(frame, static_cast<quint32>(length));
    } else {
        frame.append(static_cast<char>(0x80 | 127));
        putU64(frame, static_cast<quint64>(length));
    }
    QByteArray key = mask.left(4);
    key.append(QByteArray(4 - key.size(), '\0'));
    frame += key;
    for (qsizetype i = 0; i < length; ++i)
        frame.append(static_cast<char>(payload.at(i) ^ key.at(i % 4)));
    return frame;
}

QByteArray buildClientCloseFrame(quint16 code, const QByteArray &mask)
{
    QByteArray body;
    putU16(body, code);
    return buildClientFrame(WebSocketOpcode::Close, body, mask);
}

WebSocketFrame parseServerFrame(const QByteArray &data, qsizetype maxPayload)
{
    WebSocketFrame frame;
    ByteReader r(data);
    const quint8 b0 = r.u8();
    const quint8 b1 = r.u8();
    if (!r.ok())
        return frame;
    frame.fin = (b0 & 0x80) != 0;
    frame.opcode = b0 & 0x0f;
    auto invalid = [&frame](const QString &problem) {
        frame.status = WebSocketFrame::Status::Invalid;
        frame.problem = problem;
        return frame;
    };
    if (b0 & 0x70)
        return invalid(QStringLiteral("reserved bits set (no extension was negotiated)"));
    const int op = frame.opcode;
    if (!(op <= 0x2 || (op >= 0x8 && op <= 0xa)))
        return invalid(QStringLiteral("reserved opcode 0x%1").arg(op, 0, 16));
    if (b1 & 0x80)
        return invalid(QStringLiteral("a masked frame from the server (RFC 6455 5.1 forbids it)"));
    quint64 length = b1 & 0x7f;
    if (length == 126) {
        length = r.u16();
        if (!r.ok())
            return frame;
    } else if (length == 127) {
        length = r.u64();
        if (!r.ok())
            return frame;
        if (length >> 63)
            return invalid(QStringLiteral("a 64-bit length with the top bit set"));
    }
    frame.declaredLength = length;
    if (op >= 0x8 && (length > 125 || !frame.fin))
        return invalid(QStringLiteral("a fragmented or oversized control frame"));
    if (length > static_cast<quint64>(maxPayload)) {
        frame.status = WebSocketFrame::Status::TooLarge;
        frame.problem = QStringLiteral("a frame of %1 bytes").arg(length);
        return frame;
    }
    if (static_cast<quint64>(r.remaining()) < length)
        return frame;
    frame.payload = r.bytes(static_cast<qsizetype>(length));
    frame.consumed = r.pos();
    if (op == static_cast<int>(WebSocketOpcode::Close)) {
        if (length == 1)
            return invalid(QStringLiteral("a Close frame with a 1-byte body"));
        if (length >= 2) {
            frame.closeCode = ByteReader(frame.payload).u16();
            frame.closeReason = printable(frame.payload.mid(2), 123);
        }
    }
    frame.status = WebSocketFrame::Status::Complete;
    return frame;
}

RouterInfoReply parseRouterInfoReply(const QByteArray &text)
{
    RouterInfoReply reply;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        reply.problem = error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not an object");
        return reply;
    }
    const QJsonObject object = document.object();
    reply.router = jsonText(object, "router");
    reply.muxs = jsonText(object, "muxs");
    reply.uri = jsonText(object, "uri");
    reply.error = jsonText(object, "error");
    const bool hasRouter = object.contains(QLatin1String("router"));
    if (hasRouter && object.contains(QLatin1String("error"))) {
        reply.kind = RouterInfoReply::Kind::Error;
    } else if (hasRouter && !reply.uri.isEmpty()) {
        reply.kind = RouterInfoReply::Kind::Muxs;
    } else {
        reply.kind = RouterInfoReply::Kind::Unexpected;
        reply.problem = QStringLiteral("neither router + uri nor router + error");
    }
    if (!reply.uri.isEmpty()) {
        const QUrl url(reply.uri, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        reply.uriUsable =
            url.isValid() && (scheme == u"ws" || scheme == u"wss") && url.port() > 0 && !url.path().isEmpty();
    }
    return reply;
}

} // namespace tpready
