// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tpready {

/// Caps that keep a hostile or broken server from making the parser (or the probe) hold too much.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024; ///< status line + headers + blank line
    int maxHeaders = 100;
    qsizetype maxBody = 64 * 1024; ///< body bytes kept; more makes the response TooLarge (headers still valid)
};

/// An HTTP/1.x response as far as it has arrived (RFC 9112).
struct HttpResponse
{
    enum class Status
    {
        Incomplete, ///< read more (or, once the connection closed, the response was cut short)
        Complete,   ///< status line, headers and the whole body
        Invalid,    ///< not HTTP/1.x, or a grammar error (see problem)
        TooLarge,   ///< headers beyond maxHeaderBytes, or a body beyond maxBody (then body holds the first part)
    };
    enum class Framing
    {
        None,          ///< 1xx, 204, 304: no body by definition
        ContentLength, ///< Content-Length
        Chunked,       ///< Transfer-Encoding: chunked
        UntilClose,    ///< neither: the body ends when the server closes
    };
    Status status = Status::Incomplete;
    QString problem;
    bool headersComplete = false;
    QByteArray version; ///< "HTTP/1.1"
    int code = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names as sent, values trimmed
    Framing framing = Framing::UntilClose;
    qint64 contentLength = -1; ///< declared, when Content-Length framing
    QByteArray body;           ///< decoded (chunks joined), at most maxBody bytes
    qsizetype headerBytes = 0; ///< where the body (or, after 101, the upgraded protocol) starts in the input
    qsizetype consumed = 0;    ///< bytes of the input the response used, when Complete

    /// The first header named @p name (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
    /// Whether the comma-separated header @p name lists @p token (case-insensitive), as Connection: Upgrade.
    bool headerHasToken(const QByteArray &name, const QByteArray &token) const;
    /// "HTTP/1.1 200 OK", printable and bounded.
    QString statusLine() const;
};

/// Whether a response carries a web page (Content-Type text/html, or a body that starts like one): what captive
/// portals and proxies answer with, where CUPS and an LNS answer binary or JSON.
bool looksLikeHtml(const HttpResponse &response);

/// Parses the bytes a server sent so far. @p closed says the connection ended (which completes an until-close body).
/// @p bodyless is true for a response to HEAD. Never reads past @p data; work bounded by its size and @p limits.
HttpResponse parseHttpResponse(const QByteArray &data, bool closed = false, bool bodyless = false,
                               const HttpLimits &limits = {});

} // namespace tpready
