// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "httpresponse.h"

#include "core/probes/textframing.h"

namespace tpready {
namespace {

bool isTokenChar(char c)
{
    if (c >= '0' && c <= '9')
        return true;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

HttpResponse invalid(HttpResponse response, const QString &problem)
{
    response.status = HttpResponse::Status::Invalid;
    response.problem = problem;
    return response;
}

/// Finds the end of the line starting at @p from: index of '\n', or -1. Accepts bare LF as well as CRLF.
qsizetype lineEnd(const QByteArray &data, qsizetype from, qsizetype limit)
{
    const qsizetype nl = data.indexOf('\n', from);
    if (nl < 0 || nl >= limit)
        return -1;
    return nl;
}

QByteArray lineAt(const QByteArray &data, qsizetype from, qsizetype nl)
{
    QByteArray line = data.mid(from, nl - from);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

/// Decodes a chunked body from @p pos. Returns false on a grammar error (sets @p problem).
bool decodeChunked(const QByteArray &data, qsizetype pos, bool closed, const HttpLimits &limits, HttpResponse *response)
{
    Q_UNUSED(closed)
    while (true) {
        const qsizetype nl = lineEnd(data, pos, data.size());
        if (nl < 0) {
            if (data.size() - pos > 1024) {
                response->problem = QStringLiteral("chunk size line too long");
                return false;
            }
            return true; // incomplete
        }
        QByteArray sizeLine = lineAt(data, pos, nl);
        const qsizetype semicolon = sizeLine.indexOf(';');
        if (semicolon >= 0)
            sizeLine.truncate(semicolon);
        sizeLine = sizeLine.trimmed();
        if (sizeLine.isEmpty() || sizeLine.size() > 15) {
            response->problem = QStringLiteral("bad chunk size \"%1\"").arg(printable(sizeLine, 40));
            return false;
        }
        bool ok = false;
        const qint64 size = sizeLine.toLongLong(&ok, 16);
        if (!ok || size < 0) {
            response->problem = QStringLiteral("bad chunk size \"%1\"").arg(printable(sizeLine, 40));
            return false;
        }
        pos = nl + 1;
        if (size == 0) {
            // Trailer section, then an empty line.
            int trailers = 0;
            while (true) {
                const qsizetype end = lineEnd(data, pos, data.size());
                if (end < 0)
                    return true; // incomplete
                const QByteArray trailer = lineAt(data, pos, end);
                pos = end + 1;
                if (trailer.isEmpty()) {
                    response->status = HttpResponse::Status::Complete;
                    response->consumed = pos;
                    return true;
                }
                if (++trailers > limits.maxHeaders) {
                    response->problem = QStringLiteral("too many trailer lines");
                    return false;
                }
            }
        }
        const qint64 available = data.size() - pos;
        const qint64 room = limits.maxBody - response->body.size();
        response->body += data.mid(pos, static_cast<qsizetype>(qMin(qMin(available, size), qMax<qint64>(room, 0))));
        if (response->body.size() >= limits.maxBody && size > room) {
            response->status = HttpResponse::Status::TooLarge;
            return true;
        }
        if (available < size + 1)
            return true; // the chunk (or its line end) has not all arrived
        pos += size;
        // The chunk data ends with CRLF (accept a bare LF).
        if (data.at(pos) == '\r') {
            if (data.size() - pos < 2)
                return true;
            if (data.at(pos + 1) != '\n') {
                response->problem = QStringLiteral("chunk not followed by CRLF");
                return false;
            }
            pos += 2;
        } else if (data.at(pos) == '\n') {
            pos += 1;
        } else {
            response->problem = QStringLiteral("chunk not followed by CRLF");
            return false;
        }
    }
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool HttpResponse::headerHasToken(const QByteArray &name, const QByteArray &token) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> parts = header.second.split(',');
        for (const QByteArray &part : parts) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QString HttpResponse::statusLine() const
{
    if (code == 0)
        return {};
    return printable(version + ' ' + QByteArray::number(code) + (reason.isEmpty() ? QByteArray() : ' ' + reason), 200);
}

bool looksLikeHtml(const HttpResponse &response)
{
    if (response.header("Content-Type").toLower().contains("html"))
        return true;
    const QByteArray start = response.body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head") ||
           start.startsWith("<body");
}

HttpResponse parseHttpResponse(const QByteArray &data, bool closed, bool bodyless, const HttpLimits &limits)
{
    HttpResponse response;
    // Status line.
    const qsizetype headerLimit = qMin<qsizetype>(data.size(), limits.maxHeaderBytes);
    if (!data.startsWith("HTTP/") && data.size() >= 5)
        return invalid(response, QStringLiteral("not an HTTP response"));
    if (data.size() < 5 && !QByteArrayLiteral("HTTP/").startsWith(data))
        return invalid(response, QStringLiteral("not an HTTP response"));
    qsizetype nl = lineEnd(data, 0, headerLimit);
    if (nl < 0) {
        if (data.size() >= limits.maxHeaderBytes) {
            response.status = HttpResponse::Status::TooLarge;
            response.problem = QStringLiteral("status line longer than %1 bytes").arg(limits.maxHeaderBytes);
        }
        return response;
    }
    const QByteArray status = lineAt(data, 0, nl);
    // HTTP-version SP 3DIGIT [SP reason-phrase]
    if (status.size() < 12 || !status.startsWith("HTTP/1.") || status.at(8) != ' ')
        return invalid(response, QStringLiteral("bad status line \"%1\"").arg(printable(status, 80)));
    response.version = status.left(8);
    const QByteArray code = status.mid(9, 3);
    for (const char c : code) {
        if (c < '0' || c > '9')
            return invalid(response, QStringLiteral("bad status code in \"%1\"").arg(printable(status, 80)));
    }
    response.code = code.toInt();
    if (response.code < 100)
        return invalid(response, QStringLiteral("bad status code %1").arg(response.code));
    if (status.size() > 12) {
        if (status.at(12) != ' ')
            return invalid(response, QStringLiteral("bad status line \"%1\"").arg(printable(status, 80)));
        response.reason = status.mid(13).left(200);
    }

    // Header fields.
    qsizetype pos = nl + 1;
    while (true) {
        nl = lineEnd(data, pos, headerLimit);
        if (nl < 0) {
            if (data.size() >= limits.maxHeaderBytes) {
                response.status = HttpResponse::Status::TooLarge;
                response.problem = QStringLiteral("headers longer than %1 bytes").arg(limits.maxHeaderBytes);
            }
            return response;
        }
        const QByteArray line = lineAt(data, pos, nl);
        pos = nl + 1;
        if (line.isEmpty())
            break;
        if (line.at(0) == ' ' || line.at(0) == '\t')
            return invalid(response, QStringLiteral("obsolete header line folding"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return invalid(response, QStringLiteral("bad header line \"%1\"").arg(printable(line, 80)));
        const QByteArray name = line.left(colon);
        for (const char c : name) {
            if (!isTokenChar(c))
                return invalid(response, QStringLiteral("bad header name \"%1\"").arg(printable(name, 80)));
        }
        if (response.headers.size() >= limits.maxHeaders) {
            response.status = HttpResponse::Status::TooLarge;
            response.problem = QStringLiteral("more than %1 header fields").arg(limits.maxHeaders);
            return response;
        }
        response.headers.append({name, line.mid(colon + 1).trimmed()});
    }
    response.headersComplete = true;
    response.headerBytes = pos;

    // Body framing (RFC 9112 6.3).
    const bool noBody =
        bodyless || (response.code >= 100 && response.code < 200) || response.code == 204 || response.code == 304;
    const QByteArray transferEncoding = response.header("Transfer-Encoding").trimmed().toLower();
    if (noBody) {
        response.framing = HttpResponse::Framing::None;
    } else if (!transferEncoding.isNull()) {
        response.framing =
            transferEncoding.endsWith("chunked") ? HttpResponse::Framing::Chunked : HttpResponse::Framing::UntilClose;
    } else {
        QByteArray declared;
        for (const auto &header : std::as_const(response.headers)) {
            if (header.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
                continue;
            if (!declared.isNull() && declared != header.second)
                return invalid(response, QStringLiteral("conflicting Content-Length headers"));
            declared = header.second;
        }
        if (!declared.isNull()) {
            bool ok = false;
            const qint64 length = declared.toLongLong(&ok);
            if (!ok || length < 0 || declared.size() > 15 || declared.startsWith('+'))
                return invalid(response, QStringLiteral("bad Content-Length \"%1\"").arg(printable(declared, 40)));
            response.framing = HttpResponse::Framing::ContentLength;
            response.contentLength = length;
        } else {
            response.framing = HttpResponse::Framing::UntilClose;
        }
    }

    switch (response.framing) {
    case HttpResponse::Framing::None:
        response.status = HttpResponse::Status::Complete;
        response.consumed = pos;
        return response;
    case HttpResponse::Framing::ContentLength: {
        const qint64 available = data.size() - pos;
        response.body = data.mid(pos, static_cast<qsizetype>(qMin(qMin(available, response.contentLength),
                                                                  static_cast<qint64>(limits.maxBody))));
        if (response.contentLength > limits.maxBody && available >= limits.maxBody) {
            response.status = HttpResponse::Status::TooLarge;
            response.problem = QStringLiteral("a body of %1 bytes").arg(response.contentLength);
        } else if (available >= response.contentLength) {
            response.status = HttpResponse::Status::Complete;
            response.consumed = pos + static_cast<qsizetype>(response.contentLength);
        }
        return response;
    }
    case HttpResponse::Framing::Chunked:
        if (!decodeChunked(data, pos, closed, limits, &response))
            return invalid(response, response.problem);
        if (response.status == HttpResponse::Status::TooLarge)
            response.problem = QStringLiteral("a chunked body beyond %1 bytes").arg(limits.maxBody);
        return response;
    case HttpResponse::Framing::UntilClose:
        response.body = data.mid(pos, limits.maxBody);
        if (data.size() - pos > limits.maxBody) {
            response.status = HttpResponse::Status::TooLarge;
            response.problem = QStringLiteral("a body beyond %1 bytes").arg(limits.maxBody);
        } else if (closed) {
            response.status = HttpResponse::Status::Complete;
            response.consumed = data.size();
        }
        return response;
    }
    return response;
}

} // namespace tpready
