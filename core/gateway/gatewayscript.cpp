// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "gatewayscript.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

#include "core/catalog/hostnames.h"
#include "core/catalog/planexport.h"
#include "core/probes/cupsresponse.h"
#include "core/probes/iec104frame.h"
#include "core/probes/ikerequest.h"
#include "core/probes/ntppacket.h"
#include "core/probes/tlsrecord.h"
#include "core/probes/websocketframe.h"

namespace tpready {
namespace {

/// The shell's part, kept as a file of its own (resources/gateway) so that it reads as a script.
QString scriptTemplate()
{
    QFile file(QStringLiteral(":/gateway/gateway-check.sh"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/// @p bytes as a printf format of octal escapes only: no character of it is special to the shell or to printf.
QString printfOctal(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() * 4);
    for (const char c : bytes)
        out += QStringLiteral("\\%1").arg(static_cast<uchar>(c), 3, 8, QLatin1Char('0'));
    return out;
}

QString hostHeader(const QString &host, quint16 port)
{
    const QString name = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    return port == 443 ? name : QStringLiteral("%1:%2").arg(name).arg(port);
}

/// The names the plan's checks need resolved, in plan order: every host that is not an IP literal, but the
/// resolvers' own.
QStringList planNames(const Plan &plan)
{
    QStringList names;
    for (const PlannedFlow &flow : plan.flows) {
        if (flow.flow.protocol == Protocol::Dns)
            continue;
        for (const Check &check : flow.checks) {
            if (!check.host.isEmpty() && !isIpLiteral(check.host) && !names.contains(check.host))
                names << check.host;
        }
    }
    return names;
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

/// Why a check cannot be made from a shell, in the result's words.
QString untestedReason(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Esp:
        return QStringLiteral("ESP (IP protocol 50) cannot be sent from a shell: not tested here");
    case Protocol::Dhcp:
        return QStringLiteral("DHCP is not probed: a request would take an address from the site's pool");
    default:
        return QStringLiteral("not tested here");
    }
}

} // namespace

int gatewayScriptDeadlineSeconds()
{
    // Names: one bounded lookup (step + 1); checks: all at once, each bounded (step + 2); a second of slack.
    return (kGatewayStepSeconds + 1) + (kGatewayStepSeconds + 2) + 1;
}

QStringList gatewayCheckKeys(const Plan &plan)
{
    QStringList keys;
    for (const PlannedFlow &flow : plan.flows) {
        for (const Check &check : flow.checks)
            keys << gatewayCheckKey(flow.flow.id, flow.flow.protocol, check.host, check.transport, check.port);
    }
    return keys;
}

bool gatewayViewIsFor(const GatewayView &view, const Plan &plan)
{
    return view.plan == gatewayPlanDigest(gatewayCheckKeys(plan));
}

QString gatewayPlanDigest(const QStringList &checkKeys)
{
    QStringList sorted = checkKeys;
    sorted.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(sorted.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString gatewayScript(const Plan &plan)
{
    const QStringList keys = gatewayCheckKeys(plan);
    const QStringList names = planNames(plan);
    QStringList hosts;
    for (const PlannedFlow &flow : plan.flows) {
        for (const Check &check : flow.checks) {
            if (!check.host.isEmpty() && !hosts.contains(check.host))
                hosts << check.host;
        }
    }

    QString files = QStringLiteral("tp_plan_files() {\n");
    QString checks = QStringLiteral("tp_plan_checks() {\n");
    const QString testFr = printfOctal(iec104UFrame(Iec104Function::TestFrAct));
    files += QStringLiteral("    printf '%1' >\"$TP_DIR/testfr\"\n").arg(testFr);
    int index = 0;
    for (const PlannedFlow &flow : plan.flows) {
        const Protocol protocol = flow.flow.protocol;
        for (const Check &check : flow.checks) {
            ++index;
            const QString n = QString::number(index);
            files += QStringLiteral("    echo '%1' >\"$TP_DIR/key.%2\"\n").arg(keys.at(index - 1), n);
            const QString host = shellQuote(check.host);
            const QString port = QString::number(check.port);
            QString call;
            switch (protocol) {
            case Protocol::Ssh:
            case Protocol::Sftp:
                call = QStringLiteral("tp_tcp %1 %2 %3 /dev/null '^SSH-' SSH").arg(n, host, port);
                break;
            case Protocol::Ftp:
                call = QStringLiteral("tp_tcp %1 %2 %3 /dev/null '^220' FTP").arg(n, host, port);
                break;
            case Protocol::Iec104:
                call = QStringLiteral("tp_tcp %1 %2 %3 \"$TP_DIR/testfr\" '(^| )68 04 83 00 00 00' iec104")
                           .arg(n, host, port);
                break;
            case Protocol::Tls:
            case Protocol::Iec104Tls:
            case Protocol::SftpTls:
            case Protocol::Https:
            case Protocol::Wss: {
                QByteArray random(32, '\0');
                QRandomGenerator::global()->generate(random.begin(), random.end());
                const QString sni = isIpLiteral(check.host) ? QString() : check.host;
                files += QStringLiteral("    printf '%1' >\"$TP_DIR/hello.%2\"\n")
                             .arg(printfOctal(buildTls12ClientHello(sni, random)), n);
                QString http = QStringLiteral("-");
                const QByteArray header = hostHeader(check.host, check.port).toUtf8();
                const QByteArray agent = QByteArrayLiteral("tpready-gateway/") + TPREADY_VERSION;
                QByteArray request;
                if (protocol == Protocol::Wss) {
                    request = buildWebSocketUpgradeRequest(QByteArrayLiteral("/router-info"), header,
                                                           QByteArrayLiteral("dHByZWFkeS1nYXRld2F5IQ=="), agent);
                } else if (protocol == Protocol::Https) {
                    request = buildCupsUpdateInfoRequest(header, QStringLiteral("https://") + QString::fromUtf8(header),
                                                         QStringLiteral("::1"), agent);
                }
                if (!request.isEmpty()) {
                    files += QStringLiteral("    printf '%1' >\"$TP_DIR/http.%2\"\n").arg(printfOctal(request), n);
                    http = QStringLiteral("\"$TP_DIR/http.%1\"").arg(n);
                }
                call = QStringLiteral("tp_tls %1 %2 %3 \"$TP_DIR/hello.%1\" %4").arg(n, host, port, http);
                break;
            }
            case Protocol::Icmp:
                call = QStringLiteral("tp_icmp %1 %2").arg(n, host);
                break;
            case Protocol::Ntp: {
                quint64 transmit = 0;
                while (transmit == 0)
                    transmit = QRandomGenerator::global()->generate64();
                const QByteArray request = buildNtpRequest(transmit);
                files += QStringLiteral("    printf '%1' >\"$TP_DIR/ntp.%2\"\n").arg(printfOctal(request), n);
                call = QStringLiteral("tp_ntp %1 %2 \"$TP_DIR/ntp.%1\" %3")
                           .arg(n, host, QString::fromLatin1(request.mid(40, 8).toHex()));
                break;
            }
            case Protocol::Ike: {
                QByteArray spi(8, '\0');
                while (spi == QByteArray(8, '\0'))
                    QRandomGenerator::global()->generate(spi.begin(), spi.end());
                IkeSaInitRequest request;
                request.initiatorSpi = spi;
                request.proposals = thingParkIkeProposals();
                request.keGroup = request.proposals.constFirst().dhGroup;
                request.keData = ikeEphemeralEcpPublicKey(request.keGroup);
                QByteArray nonce(32, '\0');
                QRandomGenerator::global()->generate(nonce.begin(), nonce.end());
                request.nonce = nonce;
                request.natDetection = false; // the base station's own address is not known here
                QByteArray message = request.keData.isEmpty() ? QByteArray() : buildIkeSaInit(request);
                if (message.isEmpty()) {
                    call =
                        QStringLiteral("tp_untested %1 - 'no IKE request could be made (no key from OpenSSL)'").arg(n);
                    break;
                }
                if (check.port == 4500)
                    message = ikeWithNonEspMarker(message);
                files += QStringLiteral("    printf '%1' >\"$TP_DIR/ike.%2\"\n").arg(printfOctal(message), n);
                call = QStringLiteral("tp_ike %1 %2 %3 \"$TP_DIR/ike.%1\" %4")
                           .arg(n, host, port, QString::fromLatin1(spi.toHex()));
                break;
            }
            case Protocol::Dns:
                call = check.host.isEmpty()
                           ? QStringLiteral("tp_untested %1 - 'no resolver is known for the plan'").arg(n)
                           : QStringLiteral("tp_dns %1 %2").arg(n, host);
                break;
            case Protocol::Esp:
            case Protocol::Dhcp:
                call = QStringLiteral("tp_untested %1 - %2").arg(n, shellQuote(untestedReason(protocol)));
                break;
            }
            checks += QStringLiteral("    %1 &\n").arg(call);
        }
    }
    files += QStringLiteral("}\n");
    checks += QStringLiteral("}\n");

    const Selection &selection = plan.selection;
    const QString where = selection.deployment == Deployment::Saas ? selection.platform : selection.tpeHosts.join(u',');
    QString script = scriptTemplate();
    const QString deadline = QString::number(gatewayScriptDeadlineSeconds());
    script.replace(QStringLiteral("@PLAN_FUNCTIONS@"),
                   QStringLiteral("TP_NAMES=%1\n\n").arg(shellQuote(names.join(u' '))) + files + u'\n' + checks);
    script.replace(QStringLiteral("@SELECTION_TOKENS@"),
                   QStringLiteral("%1 %2 %3").arg(toToken(selection.deployment), where, toToken(selection.transport)));
    script.replace(QStringLiteral("@SELECTION@"), selectionSummary(plan));
    script.replace(QStringLiteral("@HOSTS@"), hosts.join(QStringLiteral(", ")));
    script.replace(QStringLiteral("@VERSION@"), QStringLiteral(TPREADY_VERSION));
    script.replace(QStringLiteral("@PLAN@"), gatewayPlanDigest(keys));
    script.replace(QStringLiteral("@COUNT@"), QString::number(keys.size()));
    script.replace(QStringLiteral("@DEADLINE@"), deadline);
    script.replace(QStringLiteral("@TIMEOUT@"), QString::number(kGatewayStepSeconds));
    return script;
}

QString gatewayScriptForPasting(const QString &script)
{
    return QStringLiteral("sh <<'TPREADY_GATEWAY_CHECK'\n") + script + QStringLiteral("TPREADY_GATEWAY_CHECK\n");
}

} // namespace tpready
