// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "checkdetails.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

#include "core/catalog/planexport.h"
#include "core/report/changerequest.h"
#include "core/report/uplink.h"
#include "ui/statusicon.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class CheckDetailsText
{
    Q_DECLARE_TR_FUNCTIONS(CheckDetailsText)
};

constexpr int kMaxDepth = 6;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// The evidence keys shown first, in this order: what was sent and came back, then what the proof found.
const QStringList &leadingKeys()
{
    static const QStringList keys{
        QStringLiteral("sent"),
        QStringLiteral("sent_hex"),
        QStringLiteral("sent_header_hex"),
        QStringLiteral("sent_bytes"),
        QStringLiteral("request"),
        QStringLiteral("received"),
        QStringLiteral("received_hex"),
        QStringLiteral("received_bytes"),
        QStringLiteral("identification"),
        QStringLiteral("chain"),
        QStringLiteral("issuer"),
        QStringLiteral("tls_version"),
        QStringLiteral("nat"),
        QStringLiteral("nat_detection"),
        QStringLiteral("nat_detected"),
        QStringLiteral("clock_offset_ms"),
        QStringLiteral("stratum"),
        QStringLiteral("delay_ms"),
    };
    return keys;
}

QString valueHtml(const QJsonValue &value, int depth);

QString objectHtml(const QJsonObject &object, int depth)
{
    if (object.isEmpty())
        return QStringLiteral("{}");
    QStringList keys;
    if (depth == 0) {
        for (const QString &key : leadingKeys()) {
            if (object.contains(key))
                keys << key;
        }
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!keys.contains(it.key()) && !(depth == 0 && it.key() == u"dns"))
            keys << it.key();
    }
    if (depth == 0 && object.contains(QStringLiteral("dns")))
        keys << QStringLiteral("dns");
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const QString &key : std::as_const(keys)) {
        html += QStringLiteral("<tr><td valign=\"top\"><tt>%1</tt></td><td valign=\"top\">%2</td></tr>")
                    .arg(esc(key), valueHtml(object.value(key), depth + 1));
    }
    return html + QStringLiteral("</table>");
}

QString valueHtml(const QJsonValue &value, int depth)
{
    if (depth > kMaxDepth)
        return QStringLiteral("\u2026");
    switch (value.type()) {
    case QJsonValue::Object:
        return objectHtml(value.toObject(), depth);
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QStringLiteral("[]");
        bool scalars = true;
        for (const QJsonValue &item : array)
            scalars = scalars && !item.isObject() && !item.isArray();
        if (scalars) {
            QStringList items;
            for (const QJsonValue &item : array)
                items << valueHtml(item, depth + 1);
            return items.join(QStringLiteral(", "));
        }
        // A list of objects (a certificate chain): numbered, one table each.
        QString html;
        for (qsizetype i = 0; i < array.size(); ++i)
            html += QStringLiteral("<p><b>#%1</b></p>%2").arg(i).arg(valueHtml(array.at(i), depth + 1));
        return html;
    }
    case QJsonValue::String:
        // Banners and hex dumps keep their line breaks and wrap anywhere.
        return QStringLiteral("<span style=\"white-space: pre-wrap\"><tt>%1</tt></span>").arg(esc(value.toString()));
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number)) ? QString::number(static_cast<qint64>(number))
                                                                          : QString::number(number, 'g', 10);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString row(const QString &label, const QString &valueHtmlText)
{
    return QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td valign=\"top\">%2</td></tr>")
        .arg(esc(label), valueHtmlText);
}

} // namespace

QString evidenceHtml(const QJsonObject &evidence)
{
    return objectHtml(evidence, 0);
}

QString checkDetailsHtml(const CheckRecord &check, CheckRun::State state, const QString &afterStatusHtml)
{
    const QString host = check.host.isEmpty() ? CheckDetailsText::tr("(local network)") : check.host;
    QString where = QStringLiteral("%1 %2").arg(host, serviceLabel(check));
    if (!check.result.address.isEmpty() && check.result.address != check.host)
        where += QStringLiteral(" [%1]").arg(check.result.address);
    QString html = QStringLiteral("<p><b>%1</b> %2 \u00b7 %3 \u00b7 %4</p>")
                       .arg(esc(check.flowId), esc(requirementLabel(check.requirement)),
                            esc(toToken(check.protocol).toUpper()), esc(where));
    if (state != CheckRun::State::Done) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(state == CheckRun::State::Running
                                 ? CheckDetailsText::tr("This check is running.")
                                 : CheckDetailsText::tr("This check is waiting for its turn.")));
        return html;
    }
    QString status = statusWord(state, check.result.verdict);
    if (check.result.reason != Reason::Ok)
        status += QStringLiteral(" (%1)").arg(toToken(check.result.reason));
    if (check.result.latencyMs >= 0)
        status += QStringLiteral(", ") + CheckDetailsText::tr("%1 ms").arg(check.result.latencyMs);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += row(CheckDetailsText::tr("Status"), esc(status));
    html += row(CheckDetailsText::tr("What happened"), esc(check.result.detail));
    const QString remediation = check.result.remediation;
    if (!remediation.isEmpty())
        html += row(CheckDetailsText::tr("What to ask IT"), esc(remediation));
    html += QStringLiteral("</table>");
    html += afterStatusHtml;
    if (!check.result.evidence.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(CheckDetailsText::tr("Evidence"))) +
                evidenceHtml(check.result.evidence);
    return html;
}

QString environmentHtml(const Environment &environment, bool captured)
{
    if (!captured)
        return QStringLiteral("<p>%1</p>").arg(esc(CheckDetailsText::tr("Reading this laptop's network settings…")));
    const InterfaceInfo *primary = environment.primaryInterface();
    auto interfaceText = [](const InterfaceInfo &iface) {
        QString text = QStringLiteral("%1 (%2)").arg(iface.name, iface.kind);
        if (!iface.addresses.isEmpty())
            text += QStringLiteral(": ") + iface.addresses.join(QStringLiteral(", "));
        return text;
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += row(CheckDetailsText::tr("Interface"),
                esc(primary ? interfaceText(*primary) : CheckDetailsText::tr("none with an address")));
    html += row(
        CheckDetailsText::tr("Default gateway"),
        esc(environment.defaultGatewaysUnavailable()
                ? CheckDetailsText::tr("not available on this system")
                : (environment.defaultGateways.isEmpty() ? CheckDetailsText::tr("none found")
                                                         : environment.defaultGateways.join(QStringLiteral(", ")))));
    html += row(CheckDetailsText::tr("DNS servers"),
                esc(environment.dnsServers.isEmpty() ? CheckDetailsText::tr("none found")
                                                     : environment.dnsServers.join(QStringLiteral(", "))));
    html += row(CheckDetailsText::tr("Proxy"),
                esc(environment.proxy.isEmpty() ? CheckDetailsText::tr("unknown") : environment.proxy));
    QString clock = CheckDetailsText::tr("not measured (no NTP check answered)");
    if (environment.clockOffsetMs) {
        const qint64 offset = *environment.clockOffsetMs;
        clock = offset == 0  ? CheckDetailsText::tr("0 ms against %1").arg(environment.clockSource)
                : offset > 0 ? CheckDetailsText::tr("+%1 ms against %2 (this laptop's clock is ahead)")
                                   .arg(offset)
                                   .arg(environment.clockSource)
                             : CheckDetailsText::tr("%1 ms against %2 (this laptop's clock is behind)")
                                   .arg(offset)
                                   .arg(environment.clockSource);
    }
    html += row(CheckDetailsText::tr("Clock offset"), esc(clock));
    if (!environment.dhcp.isEmpty())
        html += row(CheckDetailsText::tr("DHCP"), esc(environment.dhcp));
    QStringList others;
    for (const InterfaceInfo &iface : environment.interfaces) {
        if (&iface != primary && iface.up)
            others << esc(interfaceText(iface));
    }
    if (!others.isEmpty())
        html += row(CheckDetailsText::tr("Other interfaces"), others.join(QStringLiteral("<br>")));
    if (!environment.os.isEmpty())
        html += row(CheckDetailsText::tr("System"), esc(environment.os));
    return html + QStringLiteral("</table>");
}

QString uplinkHtml(const UplinkQuality &uplink)
{
    const QStringList lines = uplinkLines(uplink);
    if (lines.isEmpty())
        return {};
    QString html = QStringLiteral("<b>") + esc(CheckDetailsText::tr("Uplink")) + QStringLiteral("</b>");
    for (const QString &line : lines)
        html += QStringLiteral("<br>") + esc(line);
    for (const UplinkHost &host : uplink.hosts) {
        for (const QString &warning : host.warnings)
            html +=
                QStringLiteral("<br><span style=\"color:#9a6700\">\u26a0 ") + esc(warning) + QStringLiteral("</span>");
    }
    return html;
}

} // namespace tpready
