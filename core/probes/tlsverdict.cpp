// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlsverdict.h"

#include "core/probes/textframing.h"
#include "core/probes/tlstext.h"

namespace tpready {
namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

bool isPlaintextError(const QString &text)
{
    static const char *const signs[] = {"wrong version number", "packet length too long", "unknown protocol",
                                        "record layer failure", "http request",           "unexpected record"};
    for (const char *sign : signs) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ProbeResult verdict(Verdict verdict, Reason reason, const QString &detail, const QString &remediation = {})
{
    ProbeResult r = ProbeResult::make(verdict, reason, detail);
    r.remediation = remediation;
    return r;
}

/// The handshake did not complete and no client-certificate demand explains it.
ProbeResult handshakeFailure(const TlsObservation &o)
{
    const QString endpoint = tlsEndpoint(o.target);
    const QString name = o.serverName();
    const ClientCaHelloAnswer &hello = o.clientCaHello;
    if (hello.flight && hello.flight->status == TlsServerFlight::Status::NotTls && !hello.received.isEmpty()) {
        const QString foreign = recogniseForeignProtocol(hello.received);
        return verdict(Verdict::Fail, Reason::WrongService,
                       foreign.isEmpty()
                           ? TlsText::tr("%1 does not speak TLS: it answered our ClientHello with \"%2\".")
                                 .arg(endpoint, printable(hello.received, 80))
                           : TlsText::tr("%1 does not speak TLS: it answered with %2 (\"%3\"), as a web server, "
                                         "proxy or captive portal would.")
                                 .arg(endpoint, foreign, printable(hello.received, 80)));
    }
    if (isPlaintextError(o.socketError)) {
        return verdict(Verdict::Fail, Reason::WrongService,
                       TlsText::tr("%1 answered, but not with TLS (%2): plaintext, a web server or a captive portal "
                                   "holds the port.")
                           .arg(endpoint, o.socketError));
    }
    if (o.socketErrorCode == QAbstractSocket::RemoteHostClosedError && o.fatalAlert < 0) {
        return verdict(Verdict::Fail, Reason::ConnectionCut,
                       TlsText::tr("%1 accepted the TCP connection, then closed or reset it during the TLS handshake, "
                                   "after our ClientHello (server name %2) and before the server's certificate: "
                                   "typical of an application-aware firewall, an IPS or a proxy that filters TLS by "
                                   "server name, or of a server that turns this client away.")
                           .arg(endpoint, name),
                       TlsText::tr("Allow TLS to %1 from the gateway's LAN as an application, server name %2 "
                                   "included, in the application-aware firewall, IPS or proxy: it cuts the connection "
                                   "as soon as the TLS handshake starts.")
                           .arg(endpoint, name));
    }
    if (o.fatalAlert >= 0) {
        QString detail = TlsText::tr("The TLS server at %1 refused the handshake with alert %2 (%3).")
                             .arg(endpoint, tlsAlertName(o.fatalAlert))
                             .arg(o.fatalAlert);
        if (hello.flight && hello.flight->status == TlsServerFlight::Status::Alert)
            detail += u' ' + TlsText::tr("A TLS 1.2 hello was refused too (alert %1), so whether it demands a client "
                                         "certificate cannot be seen.")
                                 .arg(tlsAlertName(hello.flight->alertDescription));
        return verdict(Verdict::Fail, Reason::Error, detail);
    }
    return verdict(Verdict::Fail, Reason::Error,
                   TlsText::tr("The TLS handshake with %1 failed: %2.").arg(endpoint, o.socketError));
}

/// The handshake completed, or the server demanded a client certificate: what the chain and the demand say.
ProbeResult trustVerdict(const TlsObservation &o, const TlsAssessment &a)
{
    const QString endpoint = tlsEndpoint(o.target);
    const QString name = o.serverName();
    const QString leafIssuer = a.chain.isEmpty() ? QString() : certificateDisplayName(a.chain.constFirst(), true);
    const QString exempt = TlsText::tr("Exempt %1 (TCP %2) from SSL/TLS inspection on the proxy or firewall: the "
                                       "base station accepts only ThingPark's own certificate and authenticates with "
                                       "its own client certificate, which inspection breaks.")
                               .arg(name)
                               .arg(o.target.port);

    if (!a.inspectionProduct.isEmpty()) {
        const QString detail =
            isInspectionProduct(a.inspectionProduct)
                ? TlsText::tr("The certificate chain presented for %1 names \"%2\", which is how %3 signs the "
                              "certificates of its TLS inspection: a device in the path decrypts the traffic and "
                              "presents its own certificate instead of the server's (issuer \"%4\").")
                      .arg(endpoint, a.inspectionName, a.inspectionProduct, leafIssuer)
                : TlsText::tr("The certificate chain presented for %1 names \"%2\": \"%3\" is a word that TLS "
                              "inspection devices put in the certificates they sign. A device in the path decrypts "
                              "the traffic and presents its own certificate instead of the server's (issuer \"%4\").")
                      .arg(endpoint, a.inspectionName, a.inspectionProduct, leafIssuer);
        return verdict(Verdict::Fail, Reason::TlsIntercepted, detail, exempt);
    }
    if (a.localAnchor) {
        return verdict(Verdict::Fail, Reason::TlsIntercepted,
                       TlsText::tr("The certificate chain presented for %1 (issuer \"%2\") validates only through "
                                   "\"%3\", a root certificate added on this laptop (%4) rather than shipped with the "
                                   "operating system: typical of TLS inspection by a corporate proxy or security "
                                   "software. If that root is your organisation's own CA for this server, give it as "
                                   "the private CA (Run options in the wizard, --ca on the command line) and run "
                                   "again.")
                           .arg(endpoint, leafIssuer, a.anchor->name,
                                a.anchor->origin.where.isEmpty() ? TlsText::tr("not in the distribution's bundle")
                                                                 : a.anchor->origin.where),
                       exempt);
    }
    if (mtlsFrontEndImpersonated(o, a)) {
        return verdict(Verdict::Fail, Reason::TlsIntercepted,
                       TlsText::tr("%1 is the SLRC's mTLS front end, which demands a client certificate, but the "
                                   "server that answered did not demand one and presented an untrusted certificate "
                                   "(issuer \"%2\"): a device in the path terminates TLS in the server's place.")
                           .arg(endpoint, leafIssuer),
                       exempt);
    }
    if (a.expired || a.notYetValid) {
        const QString laptopClock = isoUtc(o.laptopClock);
        const QString subject = certificateDisplayName(a.dated, false);
        const QString detail =
            a.expired ? TlsText::tr("The certificate \"%1\" presented by %2 expired on %3 (valid from %4); the "
                                    "laptop's clock reads %5.")
                            .arg(subject, endpoint, isoUtc(a.dated.expiryDate()), isoUtc(a.dated.effectiveDate()),
                                 laptopClock)
                      : TlsText::tr("The certificate \"%1\" presented by %2 is not valid before %3 (until %4); the "
                                    "laptop's clock reads %5.")
                            .arg(subject, endpoint, isoUtc(a.dated.effectiveDate()), isoUtc(a.dated.expiryDate()),
                                 laptopClock);
        return verdict(Verdict::Fail, Reason::TlsUntrusted, detail,
                       TlsText::tr("If the laptop's clock is right, the operator of %1 must renew its certificate; if "
                                   "the clock is wrong, set it right (and make sure the gateway reaches its NTP "
                                   "server) and run again.")
                           .arg(name));
    }
    const bool demanded = o.clientCertificate == ClientCertificateDemand::Demanded;
    if (a.chainKnown() && !a.verified) {
        QStringList problems;
        for (const QSslError &error : a.errors)
            problems << error.errorString();
        QString detail = TlsText::tr("The certificate chain presented by %1 (issuer \"%2\") is not trusted: %3.")
                             .arg(endpoint, leafIssuer, problems.join(QStringLiteral("; ")));
        if (demanded)
            detail += u' ' + TlsText::tr("The server does demand a client certificate, as ThingPark's front end "
                                         "does: if it uses a private CA, give that CA (Run options in the wizard, "
                                         "--ca on the command line).");
        return verdict(Verdict::Fail, Reason::TlsUntrusted, detail,
                       TlsText::tr("If %1 uses a private CA (self-hosted ThingPark), run again with that CA's "
                                   "certificate (Run options in the wizard, --ca on the command line); otherwise a "
                                   "device in the path presents its own certificate: exempt %1 "
                                   "from TLS inspection.")
                           .arg(name));
    }
    const QString certificateText = a.chain.isEmpty()
                                        ? TlsText::tr("chain not seen")
                                        : TlsText::tr("certificate \"%1\" issued by \"%2\", valid until %3")
                                              .arg(certificateDisplayName(a.chain.constFirst(), false), leafIssuer,
                                                   isoUtc(a.chain.constFirst().expiryDate()));
    if (demanded) {
        const QString how = o.clientCertificateSignal.startsWith(QLatin1String("tls13"))
                                ? TlsText::tr("alert certificate_required after the TLS 1.3 handshake")
                                : TlsText::tr("a CertificateRequest in its TLS 1.2 handshake");
        QString detail = a.verified ? TlsText::tr("%1 presented a verified certificate (%2) and then demanded a "
                                                  "client certificate (%3): this is the mTLS front end the base "
                                                  "station authenticates to, and it is reachable.")
                                          .arg(endpoint, certificateText, how)
                                    : TlsText::tr("%1 demanded a client certificate (%2): a TLS front end with "
                                                  "client authentication answers there and is reachable; its chain "
                                                  "could not be checked (%3).")
                                          .arg(endpoint, how, certificateText);
        const ClientCaHelloAnswer &hello = o.clientCaHello;
        if (hello.flight && !hello.flight->acceptableCaNames.isEmpty())
            detail += u' ' + TlsText::tr("Client certificates accepted from: %1.")
                                 .arg(hello.flight->acceptableCaNames.join(QStringLiteral("; ")));
        return verdict(Verdict::Pass, Reason::TlsClientCertRequired, detail);
    }
    if (!o.handshakeDone)
        return handshakeFailure(o);
    if (o.failedAfterHandshake) {
        const QString how = o.fatalAlert >= 0 ? TlsText::tr("alert %1").arg(tlsAlertName(o.fatalAlert)) : o.socketError;
        return verdict(Verdict::Warn, Reason::Error,
                       TlsText::tr("%1 completed a verified TLS handshake (%2), then the session ended with %3: the "
                                   "path works, but the server turned this client away for a reason it did not say.")
                           .arg(endpoint, certificateText, how));
    }
    QString detail = TlsText::tr("TLS handshake with %1 verified: %2, %3, %4.")
                         .arg(endpoint, o.protocolName, o.cipher, certificateText);
    if (isMtlsFrontEnd(o.target) && o.clientCertificate == ClientCertificateDemand::NotDemanded)
        detail += u' ' + TlsText::tr("It did not demand a client certificate, although the SLRC's front end "
                                     "normally does.");
    if (o.closedAfterHandshake)
        detail += u' ' + TlsText::tr("The server closed the session right after the handshake.");
    return verdict(Verdict::Pass, Reason::Ok, detail);
}

} // namespace

QString tlsEndpoint(const ProbeTarget &target)
{
    return TlsText::tr("%1 port %2")
        .arg(target.host.isEmpty() ? target.address.toString() : target.host)
        .arg(target.port);
}

ProbeResult tlsVerdict(const TlsObservation &observation, const TlsAssessment &assessment)
{
    const TlsObservation &o = observation;
    switch (o.ending) {
    case TlsEnding::Concluded:
        if (o.handshakeDone || o.clientCertificate == ClientCertificateDemand::Demanded)
            return trustVerdict(o, assessment);
        return handshakeFailure(o);
    case TlsEnding::NoTlsAnswer:
        return verdict(Verdict::Fail, Reason::ConnectionStalled,
                       TlsText::tr("%1 accepted the TCP connection, but the TLS handshake did not complete within %2 "
                                   "ms (no TLS answer to our ClientHello): an application-aware firewall or an IPS "
                                   "holds the handshake, a transparent proxy holds the port, or the path drops the "
                                   "server's large certificate packets (a path-MTU black hole).")
                           .arg(tlsEndpoint(o.target))
                           .arg(o.timeoutMs));
    case TlsEnding::RootsNotLoaded:
        return verdict(Verdict::Fail, Reason::Error,
                       TlsText::tr("The laptop's trusted root certificates could not be loaded within %1 ms, so the "
                                   "TLS check of %2 did not start.")
                           .arg(o.rootsCapMs)
                           .arg(tlsEndpoint(o.target)));
    case TlsEnding::SpokeFirst: {
        // TLS servers wait for the client's hello: a server that speaks first is something else.
        const QString foreign = recogniseForeignProtocol(o.received);
        return verdict(Verdict::Fail, Reason::WrongService,
                       TlsText::tr("%1 does not speak TLS: it sent %2 (\"%3\") before any TLS handshake.")
                           .arg(tlsEndpoint(o.target), foreign.isEmpty() ? TlsText::tr("data") : foreign,
                                printable(o.received, 80)));
    }
    case TlsEnding::SessionClosed:
        return verdict(Verdict::Fail, Reason::WrongService,
                       TlsText::tr("The verified TLS session with %1 was closed by the server before the expected "
                                   "answer.")
                           .arg(tlsEndpoint(o.target)));
    case TlsEnding::SessionFailed:
        return verdict(Verdict::Fail, Reason::Error,
                       TlsText::tr("The TLS session with %1 failed: %2.").arg(tlsEndpoint(o.target), o.socketError));
    }
    return handshakeFailure(o);
}

} // namespace tpready
