// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ntpprobe.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <cmath>

#include "core/probes/bytes.h"
#include "core/probes/textframing.h"

namespace tpready {
namespace {

constexpr int kMaxHexBytes = 96; ///< received bytes kept as hex (an NTP reply is 48, with extensions more)
constexpr double kPoorRootMs = 1000.0;

double roundMs(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

} // namespace

NtpProbe::~NtpProbe() = default;

QList<int> NtpProbe::requestSchedule(int timeoutMs)
{
    return datagramRetrySchedule(timeoutMs, kAttempts);
}

QList<int> NtpProbe::schedule() const
{
    return requestSchedule(config().timeoutMs);
}

QByteArray NtpProbe::datagramFor(int index)
{
    Q_UNUSED(index)
    if (!m_mono.isValid())
        m_mono.start(clock());
    quint64 transmit = 0;
    do {
        transmit = QRandomGenerator::system()->generate64();
    } while (transmit == 0 || m_transmit.contains(transmit));
    const QByteArray request = buildNtpRequest(transmit);
    m_transmit << transmit;
    m_t1UnixUs << clock().utcMicroseconds();
    m_sentMonoNs << m_mono.elapsedNs();
    m_sent << request;
    return request;
}

QJsonObject NtpProbe::requestEvidence() const
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("sent_bytes"), m_sent.isEmpty() ? 0 : m_sent.constFirst().size());
    if (!m_sent.isEmpty())
        evidence.insert(QStringLiteral("sent_hex"), plainHex(m_sent.constLast()));
    evidence.insert(QStringLiteral("request"), QStringLiteral("SNTP client, LI 0, VN 4, mode 3, random transmit"));
    return evidence;
}

void NtpProbe::onDatagram(const QByteArray &data)
{
    const NtpReply reply = parseNtpReply(data, m_transmit);
    if (reply.isAnswer()) {
        answer(data, reply);
        return;
    }
    keepUnproven(data, kMaxHexBytes, reply.problem, m_sent.contains(data));
}

void NtpProbe::answer(const QByteArray &datagram, const NtpReply &reply)
{
    const NtpPacket &p = reply.packet;
    const int index = reply.originIndex;
    const qint64 t1 = m_t1UnixUs.at(index);
    const qint64 t4 = t1 + (m_mono.elapsedNs() - m_sentMonoNs.at(index)) / 1000;

    QJsonObject evidence = requestEvidence();
    evidence.insert(QStringLiteral("received_bytes"), datagram.size());
    evidence.insert(QStringLiteral("received_hex"), plainHex(datagram.left(kMaxHexBytes)));
    evidence.insert(QStringLiteral("answered_request"), index + 1);
    evidence.insert(QStringLiteral("leap"), p.leap);
    evidence.insert(QStringLiteral("version"), p.version);
    evidence.insert(QStringLiteral("mode"), p.mode);
    evidence.insert(QStringLiteral("stratum"), p.stratum);
    evidence.insert(QStringLiteral("refid"), reply.refId);
    evidence.insert(QStringLiteral("poll"), p.poll);
    evidence.insert(QStringLiteral("precision"), p.precision);
    evidence.insert(QStringLiteral("root_delay_ms"), roundMs(ntpShortToMs(p.rootDelay)));
    evidence.insert(QStringLiteral("root_dispersion_ms"), roundMs(ntpShortToMs(p.rootDispersion)));
    evidence.insert(QStringLiteral("rtt_ms"), roundMs(static_cast<double>(t4 - t1) / 1000.0));
    evidence.insert(QStringLiteral("skew_threshold_ms"), kSkewThresholdMs);

    const QString where = tr("NTP on UDP %1 to %2").arg(target().port).arg(target().address.toString());
    const QString serverName = target().host.isEmpty() ? target().address.toString() : target().host;
    const QString versionNote =
        p.version != 4 ? u' ' + tr("The server answered with NTP version %1 to a version 4 request.").arg(p.version)
                       : QString();

    if (reply.status == NtpReply::Status::KissOfDeath) {
        evidence.insert(QStringLiteral("kiss_code"), reply.kissCode);
        if (reply.kissCode == u"DENY" || reply.kissCode == u"RSTR") {
            ProbeResult r =
                result(Verdict::Fail, Reason::Refused,
                       tr("%1: the server answered with the kiss code %2: it is reachable, but it refuses this "
                          "site's address by policy, so the gateway would be refused too.")
                           .arg(where, reply.kissCode),
                       evidence);
            r.remediation = tr("Ask the operator of %1 to allow the site's public address, or configure the gateway "
                               "with another NTP server.")
                                .arg(serverName);
            finish(r);
            return;
        }
        if (reply.kissCode == u"RATE") {
            ProbeResult r = result(Verdict::Warn, Reason::Ok,
                                   tr("%1: the path works (the server answered tpready's request), but with the kiss "
                                      "code RATE: it rate-limits this address. A gateway behind the same public "
                                      "address may be limited too, and would then not get the time.")
                                       .arg(where),
                                   evidence);
            r.remediation =
                tr("Run the check again in a few minutes. If the server keeps answering RATE, configure the "
                   "gateway with another NTP server or ask the operator of %1 about its rate limit.")
                    .arg(serverName);
            finish(r);
            return;
        }
        const bool notYet = reply.kissCode == u"INIT" || reply.kissCode == u"STEP";
        ProbeResult r =
            result(Verdict::Warn, Reason::Ok,
                   notYet ? tr("%1: the path works (the server answered tpready's request), but the server is not "
                               "synchronised itself (kiss code %2): it would not set the gateway's clock.")
                                .arg(where, reply.kissCode)
                          : tr("%1: the path works (the server answered tpready's request), but with the kiss code %2 "
                               "instead of the time: it would not set the gateway's clock.")
                                .arg(where, reply.kissCode),
                   evidence);
        r.remediation = unsynchronisedRemediation();
        finish(r);
        return;
    }

    if (reply.status == NtpReply::Status::Unsynchronised) {
        ProbeResult r = result(Verdict::Warn, Reason::Ok,
                               tr("%1: the path works (the server answered tpready's request), but the server says "
                                  "its own clock is not synchronised (leap indicator %2, stratum %3): it would not "
                                  "set the gateway's clock.")
                                       .arg(where)
                                       .arg(p.leap)
                                       .arg(p.stratum) +
                                   versionNote,
                               evidence);
        r.remediation = unsynchronisedRemediation();
        finish(r);
        return;
    }

    const NtpTiming timing = computeNtpTiming(t1, t4, p.receive, p.transmit);
    const double laptopMinusServer = -timing.offsetMs;
    evidence.insert(QStringLiteral("clock_offset_ms"), roundMs(laptopMinusServer));
    evidence.insert(QStringLiteral("delay_ms"), roundMs(timing.delayMs));
    evidence.insert(
        QStringLiteral("server_time"),
        QDateTime::fromMSecsSinceEpoch(ntpToUnixUs(p.transmit, t1) / 1000, Qt::UTC).toString(Qt::ISODateWithMs));
    QString quality;
    const double rootDelay = ntpShortToMs(p.rootDelay);
    const double rootDispersion = ntpShortToMs(p.rootDispersion);
    if (rootDelay > kPoorRootMs || rootDispersion > kPoorRootMs)
        quality = u' ' + tr("Its own distance to its reference is large (root delay %1 ms, root dispersion %2 ms): "
                            "its time is of poor quality.")
                             .arg(qRound(rootDelay))
                             .arg(qRound(rootDispersion));

    if (std::abs(laptopMinusServer) > kSkewThresholdMs) {
        const double seconds = std::abs(laptopMinusServer) / 1000.0;
        const QString amount = seconds < 120      ? tr("%1 s").arg(seconds, 0, 'f', 1)
                               : seconds < 7200   ? tr("%1 min").arg(qRound(seconds / 60))
                               : seconds < 172800 ? tr("%1 h").arg(qRound(seconds / 3600))
                                                  : tr("%1 days").arg(qRound(seconds / 86400));
        ProbeResult r = result(
            Verdict::Warn, Reason::ClockSkew,
            (laptopMinusServer > 0
                 ? tr("%1 works (stratum %2, delay %3 ms), but this laptop's clock is %4 ahead of the server's.")
                 : tr("%1 works (stratum %2, delay %3 ms), but this laptop's clock is %4 behind the server's."))
                    .arg(where)
                    .arg(p.stratum)
                    .arg(timing.delayMs, 0, 'f', 1)
                    .arg(amount) +
                u' ' +
                tr("Beyond %1 s, certificate validity checks made by this laptop and the report's timestamps cannot "
                   "be trusted.")
                    .arg(kSkewThresholdMs / 1000.0) +
                quality + versionNote,
            evidence);
        r.remediation = tr("Set this laptop's clock right (turn on automatic time synchronisation) and run the checks "
                           "again. The gateway does not use the laptop's clock, only its own NTP, which this check "
                           "shows is reachable.");
        finish(r);
        return;
    }

    finish(result(Verdict::Pass, Reason::Ok,
                  tr("%1: the server answered tpready's request (stratum %2, reference %3); the laptop's clock is %4 "
                     "ms off, round-trip delay %5 ms.")
                          .arg(where)
                          .arg(p.stratum)
                          .arg(reply.refId)
                          .arg(laptopMinusServer, 0, 'f', 1)
                          .arg(timing.delayMs, 0, 'f', 1) +
                      quality + versionNote,
                  evidence));
}

QString NtpProbe::unsynchronisedRemediation() const
{
    return tr("Configure the gateway with an NTP server that is synchronised, or have %1 fixed: TLS and IPsec "
              "certificates are checked against the gateway's clock.")
        .arg(target().host.isEmpty() ? target().address.toString() : target().host);
}

ProbeResult NtpProbe::refusedResult()
{
    return result(Verdict::Fail, Reason::Refused,
                  tr("NTP on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no NTP "
                     "server listens on it, or a firewall rejects the packets.")
                      .arg(target().port)
                      .arg(target().address.toString()),
                  requestEvidence());
}

ProbeResult NtpProbe::silentResult()
{
    QJsonObject evidence = requestEvidence();
    const QString where = tr("NTP on UDP %1 to %2").arg(target().port).arg(target().address.toString());
    if (const Unproven *first = unproven()) {
        insertUnprovenEvidence(&evidence);
        const QString foreign = recogniseForeignProtocol(first->head);
        QString what;
        if (first->echo)
            what = tr("the request came back unchanged (an echo service or a loop, not an NTP server)");
        else if (!foreign.isEmpty())
            what = foreign;
        else
            what = tr("%1 bytes that are not a valid reply to tpready's request (%2)")
                       .arg(first->size)
                       .arg(first->problem);
        ProbeResult r = result(
            Verdict::Fail, Reason::WrongService,
            tr("%1: something answered, but not an NTP server replying to tpready's request: %2.").arg(where, what),
            evidence);
        r.latencyMs = first->afterMs;
        return r;
    }
    evidence.insert(QStringLiteral("received_bytes"), 0);
    return result(Verdict::Fail, Reason::NoResponse,
                  tr("%1: tpready sent %2 request(s) within %3 ms and nothing came back. Something drops the packets "
                     "or the replies (a firewall silently discarding UDP %4), or the server ignores this address. "
                     "tpready sends from a random port: a firewall that allows NTP only from source port 123 could "
                     "still let a gateway through whose NTP client uses that port.")
                      .arg(where)
                      .arg(attempts())
                      .arg(config().timeoutMs)
                      .arg(target().port),
                  evidence);
}

} // namespace tpready
