// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// HTTP/1.x responses: the CUPS answer (HTTPS probe) and the WebSocket upgrade answer (WSS probe), from a server or
// from whatever proxy or captive portal sits in the path.
#include "tests/fuzz/fuzztarget.h"

#include "core/probes/httpresponse.h"
#include "core/probes/websocketframe.h"

using namespace tpready;

namespace {

void check(const QByteArray &data, bool closed, bool bodyless, const HttpLimits &limits)
{
    const HttpResponse response = parseHttpResponse(data, closed, bodyless, limits);
    TPREADY_FUZZ_ASSERT(response.body.size() <= limits.maxBody);
    TPREADY_FUZZ_ASSERT(response.headers.size() <= limits.maxHeaders);
    TPREADY_FUZZ_ASSERT(response.headerBytes >= 0 && response.headerBytes <= data.size());
    if (response.status == HttpResponse::Status::Complete)
        TPREADY_FUZZ_ASSERT(response.consumed > 0 && response.consumed <= data.size());
    response.statusLine();
    response.header("Content-Type");
    response.headerHasToken("Connection", "upgrade");
    looksLikeHtml(response);
    if (response.headersComplete)
        checkWebSocketUpgrade(response, "dGhlIHNhbXBsZSBub25jZQ==");
}

} // namespace

TPREADY_FUZZ_TARGET(httpresponse)
{
    HttpLimits cups; // the HTTPS (CUPS) probe's
    cups.maxBody = 32 * 1024;
    HttpLimits tiny; // every cap reached early
    tiny.maxHeaderBytes = 96;
    tiny.maxHeaders = 3;
    tiny.maxBody = 16;
    for (const bool closed : {false, true}) {
        check(input, closed, false, cups);
        check(input, closed, false, HttpLimits());
        check(input, closed, true, tiny);
    }
    check(input.left(input.size() / 2), false, false, cups);
}
