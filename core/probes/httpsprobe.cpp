// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "httpsprobe.h"

#include <QJsonObject>
#include <QSslSocket>

#include "core/probes/bytes.h"
#include "core/probes/cupsresponse.h"
#include "core/probes/httpresponse.h"
#include "core/probes/textframing.h"

namespace tpready {
namespace {

/// Body bytes kept: well under what the probe reads in all (kMaxRead), so a large CUPS update is judged from its
/// first part and Content-Length instead of waiting for bytes that are never read.
HttpLimits limits()
{
    HttpLimits limits;
    limits.maxBody = 32 * 1024;
    return limits;
}

} // namespace

HttpsProbe::~HttpsProbe() = default;

void HttpsProbe::startApplication()
{
    m_cupsUri = QStringLiteral("https://") + QString::fromUtf8(hostHeader());
    if (target().port == 443)
        m_cupsUri += QStringLiteral(":443");
    sslSocket()->write(buildCupsUpdateInfoRequest(hostHeader(), m_cupsUri, config().routerId,
                                                  QByteArrayLiteral("tpready/") + QByteArrayLiteral(TPREADY_VERSION)));
}

QJsonObject HttpsProbe::httpEvidence(const HttpResponse &response) const
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("http_request"), QStringLiteral("POST /update-info"));
    evidence.insert(QStringLiteral("request_body"),
                    QString::fromUtf8(cupsUpdateInfoBody(m_cupsUri, config().routerId)));
    evidence.insert(QStringLiteral("received_bytes"), applicationBytes().size());
    if (response.code) {
        evidence.insert(QStringLiteral("http_status"), response.code);
        evidence.insert(QStringLiteral("status_line"), response.statusLine());
    }
    const QByteArray contentType = response.header("Content-Type");
    if (!contentType.isNull())
        evidence.insert(QStringLiteral("content_type"), printable(contentType, 100));
    const QByteArray location = response.header("Location");
    if (!location.isNull())
        evidence.insert(QStringLiteral("location"), printable(location, 300));
    const QByteArray server = response.header("Server");
    if (!server.isNull())
        evidence.insert(QStringLiteral("server_header"), printable(server, 100));
    if (response.headersComplete) {
        evidence.insert(QStringLiteral("body_bytes"), response.contentLength >= 0
                                                          ? response.contentLength
                                                          : static_cast<qint64>(response.body.size()));
        if (contentType.toLower().startsWith("application/octet-stream"))
            evidence.insert(QStringLiteral("body_hex"), spacedHex(response.body, 64));
        else
            evidence.insert(QStringLiteral("body_preview"), printable(response.body, 200));
    } else {
        evidence.insert(QStringLiteral("received"), printable(applicationBytes(), 200));
    }
    return evidence;
}

void HttpsProbe::onApplicationData(bool closed)
{
    const HttpResponse response = parseHttpResponse(applicationBytes(), closed, false, limits());
    if (response.status == HttpResponse::Status::Invalid ||
        (!response.headersComplete && response.status == HttpResponse::Status::TooLarge)) {
        const QString foreign = recogniseForeignProtocol(applicationBytes());
        finishApplication(
            Verdict::Fail, Reason::WrongService,
            tr("%1 completed a verified TLS handshake but did not answer our CUPS request with HTTP "
               "(%2): \"%3\".")
                .arg(endpoint(), foreign.isEmpty() ? response.problem : foreign, printable(applicationBytes(), 80)),
            httpEvidence(response));
        return;
    }
    if (response.status == HttpResponse::Status::Incomplete) {
        if (!closed)
            return;
        if (!response.headersComplete) {
            finishApplication(Verdict::Fail, Reason::WrongService,
                              applicationBytes().isEmpty()
                                  ? tr("%1 completed a verified TLS handshake, then closed the session without "
                                       "answering our CUPS request.")
                                        .arg(endpoint())
                                  : tr("%1 closed the session in the middle of its answer: \"%2\".")
                                        .arg(endpoint(), printable(applicationBytes(), 80)),
                              httpEvidence(response));
            return;
        }
    }
    finish(judge(response));
}

ProbeResult HttpsProbe::judge(const HttpResponse &response) const
{
    const QJsonObject evidence = httpEvidence(response);
    const QString status = response.statusLine();
    const int code = response.code;
    if (code == 407) {
        return applicationResult(
            Verdict::Fail, Reason::ProxyRequired,
            tr("%1 answered \"%2\": a web proxy in the path wants the laptop to authenticate. The base "
               "station cannot use a proxy.")
                .arg(endpoint(), status),
            evidence);
    }
    if (code >= 300 && code < 400) {
        const QString location = printable(response.header("Location"), 200);
        return applicationResult(
            Verdict::Fail, Reason::WrongService,
            tr("%1 answered our CUPS request with a redirect (\"%2\") to %3: a captive portal or proxy "
               "login page, not CUPS.")
                .arg(endpoint(), status, location.isEmpty() ? tr("nowhere") : location),
            evidence);
    }
    if (code >= 200 && code < 300 && looksLikeHtml(response)) {
        return applicationResult(
            Verdict::Fail, Reason::WrongService,
            tr("%1 answered our CUPS request with a web page (\"%2\", %3) where CUPS answers binary: a "
               "captive portal or proxy page.")
                .arg(endpoint(), status, printable(response.header("Content-Type"), 60)),
            evidence);
    }
    if (code == 200 && response.header("Content-Type").toLower().startsWith("application/octet-stream")) {
        // The whole body, or the first part of a large one whose length Content-Length says (a chunked body
        // beyond the cap has no known length: its structure is then not judged).
        const bool cut = response.status == HttpResponse::Status::TooLarge;
        const bool knownTotal = response.framing == HttpResponse::Framing::ContentLength;
        CupsUpdateInfo info;
        if (!cut || knownTotal) {
            info = parseCupsUpdateInfo(response.body, cut ? response.contentLength : -1);
        } else {
            info.status = CupsUpdateInfo::Status::Incomplete;
            info.problem = tr("a chunked body larger than the %1 bytes kept").arg(response.body.size());
        }
        QJsonObject cups;
        static const char *const statuses[] = {"consistent", "incomplete", "inconsistent"};
        cups.insert(QStringLiteral("status"), QLatin1String(statuses[static_cast<int>(info.status)]));
        cups.insert(QStringLiteral("no_update"), info.noUpdate);
        if (!info.problem.isEmpty())
            cups.insert(QStringLiteral("problem"), info.problem);
        cups.insert(QStringLiteral("cups_uri"), info.cupsUri);
        cups.insert(QStringLiteral("tc_uri"), info.tcUri);
        cups.insert(QStringLiteral("cups_cred_len"), static_cast<qint64>(info.cupsCredLength));
        cups.insert(QStringLiteral("tc_cred_len"), static_cast<qint64>(info.tcCredLength));
        cups.insert(QStringLiteral("sig_len"), static_cast<qint64>(info.signatureLength));
        cups.insert(QStringLiteral("update_len"), static_cast<qint64>(info.updateLength));
        QJsonObject merged = evidence;
        merged.insert(QStringLiteral("cups"), cups);
        if (info.status == CupsUpdateInfo::Status::Consistent) {
            return applicationResult(
                Verdict::Pass, Reason::Ok,
                info.noUpdate ? tr("CUPS at %1 answered our update-info request: \"%2\" with the 14-byte \"no "
                                   "update\" body. The path to CUPS works.")
                                    .arg(endpoint(), status)
                              : tr("CUPS at %1 answered our update-info request: \"%2\" with a well-formed "
                                   "update-info body of %3 bytes. The path to CUPS works.")
                                    .arg(endpoint(), status)
                                    .arg(info.expectedLength),
                merged);
        }
        return applicationResult(Verdict::Pass, Reason::Ok,
                                 tr("%1 answered our update-info request through a verified TLS session (\"%2\"), "
                                    "so the path works, but the binary body is not a well-formed CUPS answer (%3).")
                                     .arg(endpoint(), status, info.problem),
                                 merged);
    }
    return applicationResult(
        Verdict::Pass, Reason::Ok,
        tr("%1 answered our update-info request through a verified TLS session: \"%2\". The path to "
           "CUPS works (a dummy station is refused, as expected).")
            .arg(endpoint(), status),
        evidence);
}

ProbeResult HttpsProbe::applicationSilentResult()
{
    const HttpResponse response = parseHttpResponse(applicationBytes(), true, false, limits());
    if (response.headersComplete && response.status != HttpResponse::Status::Invalid)
        return judge(response); // the status line and headers say enough
    QJsonObject evidence = tlsEvidence();
    const QJsonObject http = httpEvidence(response);
    for (auto it = http.begin(); it != http.end(); ++it)
        evidence.insert(it.key(), it.value());
    return result(Verdict::Fail, Reason::WrongService,
                  applicationBytes().isEmpty()
                      ? tr("%1 completed a verified TLS handshake but sent no HTTP answer to our CUPS request within "
                           "%2 ms.")
                            .arg(endpoint())
                            .arg(config().timeoutMs)
                      : tr("%1 began an answer (\"%2\") but did not finish it within %3 ms.")
                            .arg(endpoint(), printable(applicationBytes(), 80))
                            .arg(config().timeoutMs),
                  evidence);
}

} // namespace tpready
