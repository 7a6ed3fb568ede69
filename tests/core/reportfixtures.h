// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QJsonArray>
#include <QTimeZone>

#include "core/report/report.h"

namespace tpready::testing {

/// A report with @p count checks of every verdict, long host names and evidence, as a real run would give.
inline Report syntheticReport(int count)
{
    using namespace Qt::StringLiterals;
    Report report;
    report.toolVersion = QStringLiteral(TPREADY_VERSION);
    report.startedAt = QDateTime(QDate(2026, 11, 23), QTime(14, 5, 12), QTimeZone::utc());
    report.finishedAt = report.startedAt.addMSecs(4321);
    report.durationMs = 4321;
    report.selection = QJsonObject{{u"deployment"_s, u"saas"_s},
                                   {u"platform"_s, u"eu-prod"_s},
                                   {u"platform_name"_s, u"EU-PROD"_s},
                                   {u"tpe"_s, QJsonArray()},
                                   {u"transport"_s, u"lrr-ipsec"_s},
                                   {u"lrr_version"_s, u"2.8"_s},
                                   {u"ntp_servers"_s, QJsonArray{u"ntp.example.net"_s}},
                                   {u"dns_servers"_s, QJsonArray{u"192.0.2.53"_s}}};
    report.site = SiteInfo{u"Lyon \u2014 Part-Dieu rooftop"_s, u"\u00c9lodie Martin"_s,
                           u"Gateway on the 12th floor, switch port 7."_s, u"00-80-00-00-0a-00-1b-2c"_s};
    report.environment.os = u"Debian GNU/Linux 12"_s;
    report.environment.interfaces << InterfaceInfo{u"eth0"_s, u"ethernet"_s, {u"192.0.2.10/24"_s}, {}, true, true};
    report.environment.dnsServers = {u"192.0.2.53"_s};
    report.environment.proxy = u"none"_s;
    report.environment.clockOffsetMs = 12;
    report.environment.clockSource = u"ntp.example.net"_s;
    const Verdict verdicts[] = {Verdict::Pass, Verdict::Fail, Verdict::Warn, Verdict::Info, Verdict::Skipped};
    const Reason reasons[] = {Reason::Ok, Reason::Timeout, Reason::ClockSkew, Reason::NotTestable, Reason::Cancelled};
    for (int i = 0; i < count; ++i) {
        CheckRecord check;
        check.flowId = u"i%1"_s.arg(i);
        check.requirement = i % 4 == 3 ? Requirement::Optional : Requirement::Must;
        check.protocol = Protocol::Tls;
        check.direction = i % 2 ? Direction::Bidirectional : Direction::Unidirectional;
        check.toSystem = u"SLRC"_s;
        check.host =
            i % 7 == 0 ? u"a-very-long-host-name-that-must-wrap-and-never-clip-%1.eu-preprod.thingpark.example"_s.arg(i)
                       : u"slrc%1.eu.thingpark.com"_s.arg(i);
        check.port = static_cast<quint16>(3000 + i % 1000);
        check.transport = IpTransport::Tcp;
        check.result.verdict = verdicts[i % 5];
        check.result.reason = reasons[i % 5];
        check.result.address = u"198.51.100.%1"_s.arg(i % 250 + 1);
        check.address = check.result.address;
        check.result.latencyMs = i % 5 == 1 ? -1 : 10 + i;
        check.result.detail = u"Check %1 detail: what happened, in one sentence a person can read."_s.arg(i);
        check.result.remediation = check.result.verdict == Verdict::Fail
                                       ? u"Allow TCP %1 from the gateway's LAN to slrc%2."_s.arg(check.port).arg(i)
                                       : QString();
        check.result.evidence =
            QJsonObject{{u"tcp_connect_ms"_s, 5 + i},
                        {u"issuer"_s, u"Example Root CA"_s},
                        {u"chain"_s, QJsonArray{u"CN=slrc"_s, u"CN=Example Root CA"_s}},
                        {u"dns"_s, QJsonObject{{u"addresses"_s, QJsonArray{check.result.address}}, {u"ms"_s, 3}}}};
        report.checks << check;
    }
    return report;
}

} // namespace tpready::testing
