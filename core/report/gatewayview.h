// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/catalog/vocabulary.h"
#include "core/probes/proberesult.h"

namespace tpready {

struct CheckRecord;

/// The format line of a gateway result block, and the schema of the report's `gateway` section.
inline constexpr char16_t kGatewayFormat[] = u"tpready-gateway/1";

/// The key of a check, as a gateway script prints it and a report matches it: "i7a tls slrc1.eu.thingpark.com tcp
/// 3001" (host and port "-" when there is none).
QString gatewayCheckKey(const QString &flowId, Protocol protocol, const QString &host, IpTransport transport,
                        quint16 port);
QString gatewayCheckKey(const CheckRecord &check);

/// One check as the base station itself saw it.
struct GatewayRow
{
    QString key; ///< gatewayCheckKey()
    Verdict verdict = Verdict::Skipped;
    Reason reason = Reason::NotTestable;
    QString address; ///< what the base station contacted; empty when nothing
    QString detail;  ///< the script's own words
};

/// The base station's own results (`tpready gateway-script`), validated and matched to a report's checks.
struct GatewayView
{
    QString toolVersion; ///< of the tpready that wrote the script
    QString plan;        ///< the plan digest the script was made for
    QString selection;   ///< "saas eu-prod lrr-tls"
    QString gateway;     ///< the base station's host name
    QString system;      ///< uname -srm
    QStringList resolvers;
    QString tools; ///< "openssl=openssl ntp=no"
    QString startedAt;
    QString finishedAt;
    QString sum; ///< "sha256 <hex>": how the block was checked
    QList<GatewayRow> rows;

    const GatewayRow *rowFor(const CheckRecord &check) const;
};

/// How the two views of one check compare.
enum class ViewAgreement
{
    LaptopOnly,     ///< no gateway result for this check, or the gateway could not test it
    Agree,          ///< both passed, or both failed, or the same verdict
    GatewayBlocked, ///< passes from the laptop, fails from the gateway
    LaptopBlocked,  ///< fails from the laptop, passes from the gateway
    Differ,         ///< another difference (a warning on one side)
    OtherAddress,   ///< the same verdict, but the gateway reached another address (its resolver answers otherwise)
};

/// Whether the gateway tested this row (a verdict other than skipped).
bool gatewayTested(const GatewayRow *row);
/// The verdict that counts for a check: the gateway's where it tested the check, else the laptop's.
Verdict effectiveVerdict(const CheckRecord &check, const std::optional<GatewayView> &gateway);
ViewAgreement agreementOf(const CheckRecord &check, const GatewayRow *row);
/// The sentence that calls a disagreement out ("passes from the laptop, blocked from the gateway: ..."); empty when
/// the views agree or only one exists.
QString disagreementSentence(const CheckRecord &check, const GatewayRow *row);

/// How many checks the gateway tested, and how many of them disagree with the laptop (disagreementSentence()).
struct GatewayTally
{
    int tested = 0;
    int disagreements = 0;
};
GatewayTally gatewayTally(const GatewayView &view, const QList<CheckRecord> &checks);

/// A sentence when the gateway's resolvers are not the plan's DNS servers (@p planDnsServers: the report's
/// selection.dns_servers); empty when they are, or when either is unknown.
QString resolverNote(const GatewayView &view, const QStringList &planDnsServers);

QJsonObject gatewayViewToJson(const GatewayView &view, const QList<CheckRecord> &checks,
                              const QStringList &planDnsServers);
/// Reads the report's `gateway` section; nullopt and one sentence in @p error when it is malformed.
std::optional<GatewayView> gatewayViewFromJson(const QJsonObject &object, QString *error);

} // namespace tpready
