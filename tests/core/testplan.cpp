// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors

// The plan for every deployment x transport x platform (or TPE) combination, with each check computed here from the
// rules and the hand transcription of the vendor page (vendorpage.h), never from the catalog; invalid selections;
// the tpready-flows/1 JSON shape, the CSV and text exports; the resolv.conf parser.

#include "vendorpage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "core/catalog/catalog.h"
#include "core/catalog/plan.h"
#include "core/catalog/planexport.h"
#include "core/env/dnsconfig.h"

using namespace tpready;
using namespace Qt::StringLiterals;

namespace {

const QString kSourceCatalogDir = QStringLiteral(TPREADY_SOURCE_DIR "/resources/catalog");
/// The laptop's resolvers as core/env would report them, for the combinations.
const QStringList kSystemDns{u"192.0.2.53"_s, u"2001:db8::53"_s};

/// "host|port|transport", host empty when unknown, port "-" when none.
QString checkText(const Check &check)
{
    return check.host + u'|' + (check.port ? QString::number(check.port) : u"-"_s) + u'|' + toToken(check.transport);
}

QStringList checkTexts(const QList<Check> &checks)
{
    QStringList texts;
    for (const Check &check : checks)
        texts << checkText(check);
    return texts;
}

struct Options
{
    QStringList tpe;
    QStringList ntp;
    QStringList dns;
    QStringList systemDns;
};

/// The hosts a row's "To (system)" resolves to, by the rules of the vendor page (docs/ARCHITECTURE.md "Selection →
/// plan").
QStringList expectedHosts(const vendorpage::Row &row, const vendorpage::PlatformRow *platform, const Options &options)
{
    const QString &to = row.toSystem;
    if (to == u"SLRC")
        return platform->slrc; // both SLRC hosts
    if (to == u"SUPPORT")
        return platform->support; // both SUPPORT hosts
    if (to == u"SLRC (LNS-BRIDGE)")
        return platform->lnsBridge;
    if (to == u"PROXY_HTTP")
        return platform->proxyHttp;
    if (to == u"TPE")
        return options.tpe;
    if (to == u"NTP service")
        return options.ntp.isEmpty() ? QStringList{u"pool.ntp.org"_s} : options.ntp;
    if (to == u"DNS service") {
        if (!options.dns.isEmpty())
            return options.dns;
        if (!options.systemDns.isEmpty())
            return options.systemDns;
        return {QString()}; // one check without a host
    }
    if (to == u"DHCP service")
        return {QString()};
    qFatal("vendorpage row with an unexpected destination");
    return {};
}

/// One check per host and port, host-major: slrc1:500, slrc1:4500, slrc2:500, slrc2:4500.
QStringList expectedChecks(const vendorpage::Row &row, const vendorpage::PlatformRow *platform, const Options &options)
{
    QStringList checks;
    const QStringList ports = row.ports.split(u' ');
    for (const QString &host : expectedHosts(row, platform, options)) {
        for (const QString &port : ports) {
            const QString transport = port.section(u'/', 0, 0);
            const QString number = port.section(u'/', 1, 1);
            checks << host + u'|' + number + u'|' + transport;
        }
    }
    return checks;
}

/// The page's LRR version condition: rows marked "only applicable to LRR version >= 2.8" do not apply to older LRRs.
bool expectedDropped(const vendorpage::Row &row, const QString &lrrVersion)
{
    if (row.minLrrVersion.isEmpty() || lrrVersion.isEmpty())
        return false;
    static const QHash<QString, bool> olderThan28{{u"2.7"_s, true}, {u"2.8"_s, false}};
    Q_ASSERT(row.minLrrVersion == u"2.8" && olderThan28.contains(lrrVersion));
    return olderThan28.value(lrrVersion);
}

Selection makeSelection(const QString &deployment, const QString &platform, const QStringList &tpe,
                        const QString &transport, const QString &lrrVersion, const QStringList &ntp = {},
                        const QStringList &dns = {})
{
    Selection selection;
    selection.deployment = *deploymentFromToken(deployment);
    selection.platform = platform;
    selection.tpeHosts = tpe;
    selection.transport = *transportFromToken(transport);
    if (!lrrVersion.isEmpty())
        selection.lrrVersion = LrrVersion::parse(lrrVersion);
    selection.ntpServers = ntp;
    selection.dnsServers = dns;
    return selection;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// A copy of the good catalog in @p dir with the first @p from in @p fileName replaced by @p to.
bool writeEditedCatalog(const QString &dir, const QString &fileName, const QByteArray &from, const QByteArray &to)
{
    for (const QString &name : {u"platforms.json"_s, u"saas.json"_s, u"self-hosted.json"_s}) {
        QByteArray bytes = readFile(kSourceCatalogDir + u'/' + name);
        if (bytes.isEmpty())
            return false;
        if (name == fileName) {
            const qsizetype at = bytes.indexOf(from);
            if (at < 0)
                return false;
            bytes.replace(at, from.size(), to);
        }
        if (!writeFile(dir + u'/' + name, bytes))
            return false;
    }
    return true;
}

/// Splits RFC 4180 CSV text into records of fields (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (fieldStarted) // a quote inside an unquoted field is not RFC 4180
                *ok = false;
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            *ok = false; // records end with CRLF
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false; // the text must end with CRLF
    return records;
}

QSet<QString> keySet(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> setOf(std::initializer_list<QString> list)
{
    return QSet<QString>(list);
}

} // namespace

class TestPlan final : public QObject
{
    Q_OBJECT

private:
    std::optional<Catalog> m_catalog;

    std::optional<Plan> plan(const Selection &selection, const QStringList &systemDns, QString *error = nullptr)
    {
        QString message;
        auto result = buildPlan(*m_catalog, selection, systemDns, &message);
        if (error)
            *error = message;
        else if (!result)
            qWarning("buildPlan failed: %s", qPrintable(message));
        return result;
    }

    /// Every flow, requirement and check of @p actual against the vendor page and the rules.
    void verifyPlan(const Plan &actual, const QString &lrrVersion, const Options &options)
    {
        const Selection &selection = actual.selection;
        const vendorpage::Table *table =
            vendorpage::findTable(toToken(selection.deployment), toToken(selection.transport));
        QVERIFY(table);
        const vendorpage::PlatformRow *platform =
            selection.deployment == Deployment::Saas ? vendorpage::findPlatform(selection.platform) : nullptr;
        QCOMPARE(actual.tableSection, table->section);
        QCOMPARE(actual.tableTitle, table->title);
        QCOMPARE(actual.platformName, platform ? platform->name : QString());
        const bool ha = selection.deployment == Deployment::SelfHosted && options.tpe.size() > 1;
        QCOMPARE(selection.highAvailability(), ha);

        QStringList expectedIds;
        QStringList expectedDroppedIds;
        for (const vendorpage::Row &row : table->rows)
            (expectedDropped(row, lrrVersion) ? expectedDroppedIds : expectedIds) << row.id;
        QStringList ids;
        for (const PlannedFlow &flow : actual.flows)
            ids << flow.flow.id;
        QCOMPARE(ids, expectedIds);
        QStringList droppedIds;
        for (const Flow &flow : actual.droppedFlows)
            droppedIds << flow.id;
        QCOMPARE(droppedIds, expectedDroppedIds);

        int index = 0;
        int checkCount = 0;
        for (const vendorpage::Row &row : table->rows) {
            if (expectedDropped(row, lrrVersion))
                continue;
            const PlannedFlow &planned = actual.flows.at(index++);
            const QString requirement = ha ? row.highAvailability : row.standalone;
            QCOMPARE(planned.requirement, requirement == u"MUST" ? Requirement::Must : Requirement::Optional);
            const QStringList expected = expectedChecks(row, platform, options);
            QCOMPARE(checkTexts(planned.checks), expected);
            checkCount += int(expected.size());
        }
        QCOMPARE(actual.checkCount(), checkCount);

        // Tunnelled destinations: the platform's hosts of the inner destination.
        QStringList tunnels;
        for (const TunnelledDestination &destination : actual.tunnels)
            tunnels << destination.tunnel.viaFlow + u':' + QString::number(destination.tunnel.viaPort) + u"->" +
                           destination.tunnel.toSystem + u'=' + destination.hosts.join(u',');
        QStringList expectedTunnels;
        for (const vendorpage::TunnelRow &tunnel : table->tunnels) {
            const QStringList hosts = tunnel.toSystem == u"LRC" ? platform->lrc : platform->support;
            expectedTunnels << tunnel.viaFlow + u':' + QString::number(tunnel.viaPort) + u"->" + tunnel.toSystem +
                                   u'=' + hosts.join(u',');
        }
        if (table->deployment == u"saas" && table->transport == u"lrr-ipsec") // the catalog's note, not a page row
            expectedTunnels << u"i7:0->LRC="_s + platform->lrc.join(u',');
        QCOMPARE(tunnels, expectedTunnels);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::loadBuiltIn(&error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    // ------------------------------------------------------------------------------------------ combinations

    void combinations_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QStringList>("tpe");
        QTest::addColumn<QString>("lrrVersion");

        const QStringList versions{QString(), u"2.7"_s, u"2.8"_s};
        auto versionsFor = [&](const QString &transport) {
            return transport == u"basics-station" ? QStringList{QString()} : versions;
        };
        auto versionTag = [](const QString &version) { return version.isEmpty() ? u"current"_s : version; };

        for (const QString &transport : {u"lrr-ipsec"_s, u"lrr-tls"_s, u"basics-station"_s}) {
            for (const vendorpage::PlatformRow &platform : vendorpage::platforms()) {
                for (const QString &version : versionsFor(transport)) {
                    QTest::addRow("saas/%s/%s/%s", qPrintable(platform.id), qPrintable(transport),
                                  qPrintable(versionTag(version)))
                        << u"saas"_s << transport << platform.id << QStringList() << version;
                }
            }
        }
        const QList<std::pair<const char *, QStringList>> tpeSets{
            {"standalone", {u"192.0.2.10"_s}},
            {"ha", {u"tpe1.example.net"_s, u"2001:db8::2"_s}},
            {"ha3", {u"198.51.100.1"_s, u"198.51.100.2"_s, u"tpe3.example.net"_s}},
        };
        for (const QString &transport : {u"lrr-ipsec"_s, u"lrr-tls"_s, u"lrr-plain"_s, u"basics-station"_s}) {
            for (const auto &[tag, tpe] : tpeSets) {
                for (const QString &version : versionsFor(transport)) {
                    QTest::addRow("self-hosted/%s/%s/%s", tag, qPrintable(transport), qPrintable(versionTag(version)))
                        << u"self-hosted"_s << transport << QString() << tpe << version;
                }
            }
        }
    }

    void combinations()
    {
        QFETCH(QString, deployment);
        QFETCH(QString, transport);
        QFETCH(QString, platform);
        QFETCH(QStringList, tpe);
        QFETCH(QString, lrrVersion);

        const Selection selection = makeSelection(deployment, platform, tpe, transport, lrrVersion);
        QCOMPARE(validateSelection(*m_catalog, selection), QString());
        QString error;
        const auto result = plan(selection, kSystemDns, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(result->dnsSource, DnsServerSource::System);
        QCOMPARE(result->dnsServers, kSystemDns);
        verifyPlan(*result, lrrVersion, Options{tpe, {}, {}, kSystemDns});
    }

    /// The LRR version drops exactly the rows marked "only applicable to LRR version >= 2.8", compared as numbers.
    void lrrVersion_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("dropped");

        const QStringList saasDropped{u"i7a"_s};
        const QStringList selfDropped{u"i38"_s, u"i39"_s, u"i40"_s};
        for (const auto &[deployment, dropped] :
             {std::pair{u"saas"_s, saasDropped}, std::pair{u"self-hosted"_s, selfDropped}}) {
            const QByteArray d = deployment.toUtf8();
            QTest::addRow("%s ipsec none", d.constData()) << deployment << u"lrr-ipsec"_s << QString() << QStringList();
            QTest::addRow("%s ipsec 1.9", d.constData()) << deployment << u"lrr-ipsec"_s << u"1.9"_s << dropped;
            QTest::addRow("%s ipsec 2.7", d.constData()) << deployment << u"lrr-ipsec"_s << u"2.7"_s << dropped;
            QTest::addRow("%s ipsec 2.7.9", d.constData()) << deployment << u"lrr-ipsec"_s << u"2.7.9"_s << dropped;
            QTest::addRow("%s ipsec 2.8", d.constData()) << deployment << u"lrr-ipsec"_s << u"2.8"_s << QStringList();
            QTest::addRow("%s ipsec 2.8.0", d.constData())
                << deployment << u"lrr-ipsec"_s << u"2.8.0"_s << QStringList();
            QTest::addRow("%s ipsec 2.8.1", d.constData())
                << deployment << u"lrr-ipsec"_s << u"2.8.1"_s << QStringList();
            // 2.10 is newer than 2.8: a text comparison would get this wrong.
            QTest::addRow("%s ipsec 2.10", d.constData()) << deployment << u"lrr-ipsec"_s << u"2.10"_s << QStringList();
            QTest::addRow("%s ipsec 3.0", d.constData()) << deployment << u"lrr-ipsec"_s << u"3.0"_s << QStringList();
            QTest::addRow("%s tls 2.7", d.constData()) << deployment << u"lrr-tls"_s << u"2.7"_s << QStringList();
            QTest::addRow("%s tls 1.0", d.constData()) << deployment << u"lrr-tls"_s << u"1.0"_s << QStringList();
        }
        QTest::newRow("self-hosted plain 2.7") << u"self-hosted"_s << u"lrr-plain"_s << u"2.7"_s << QStringList();
    }

    void lrrVersion()
    {
        QFETCH(QString, deployment);
        QFETCH(QString, transport);
        QFETCH(QString, version);
        QFETCH(QStringList, dropped);

        const bool saas = deployment == u"saas";
        const Selection selection =
            makeSelection(deployment, saas ? u"eu-prod"_s : QString(),
                          saas ? QStringList() : QStringList{u"192.0.2.10"_s}, transport, version);
        QVERIFY(version.isEmpty() || selection.lrrVersion);
        const auto result = plan(selection, {});
        QVERIFY(result);
        QStringList droppedIds;
        for (const Flow &flow : result->droppedFlows) {
            droppedIds << flow.id;
            QCOMPARE(flow.minLrrVersion->toString(), u"2.8"_s);
        }
        QCOMPARE(droppedIds, dropped);
        const vendorpage::Table *table = vendorpage::findTable(deployment, transport);
        QCOMPARE(result->flows.size() + result->droppedFlows.size(), table->rows.size());
        for (const PlannedFlow &flow : result->flows)
            QVERIFY2(!dropped.contains(flow.flow.id), qPrintable(flow.flow.id));

        const QJsonArray json = planToFlowsJson(*result).value(u"dropped_for_lrr_version"_s).toArray();
        QCOMPARE(json.toVariantList(), QVariant(dropped).toList());
        const QString text = planToText(*result);
        for (const QString &id : dropped)
            QVERIFY2(text.contains(u"Flow %1 is left out"_s.arg(id)), qPrintable(text));
    }

    /// Where the NTP and DNS checks go: given servers, else the default pool / the laptop's resolvers, else no host.
    void serviceHosts_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QStringList>("ntp");
        QTest::addColumn<QStringList>("dns");
        QTest::addColumn<QStringList>("systemDns");
        QTest::addColumn<QStringList>("expectedDnsChecks");
        QTest::addColumn<QStringList>("expectedNtpChecks");
        QTest::addColumn<int>("expectedSource");

        const QStringList pool{u"pool.ntp.org|123|udp"_s};
        for (const auto &[deployment, transport] :
             {std::pair{u"saas"_s, u"basics-station"_s}, std::pair{u"saas"_s, u"lrr-ipsec"_s},
              std::pair{u"self-hosted"_s, u"lrr-plain"_s}}) {
            const QByteArray tag = (deployment + u'/' + transport).toUtf8();
            QTest::addRow("%s nothing known", tag.constData())
                << deployment << transport << QStringList() << QStringList() << QStringList()
                << QStringList{u"|53|udp"_s} << pool << int(DnsServerSource::Unknown);
            QTest::addRow("%s system resolvers", tag.constData())
                << deployment << transport << QStringList() << QStringList() << QStringList{u"10.0.0.1"_s}
                << QStringList{u"10.0.0.1|53|udp"_s} << pool << int(DnsServerSource::System);
            QTest::addRow("%s given DNS wins", tag.constData())
                << deployment << transport << QStringList() << QStringList{u"198.51.100.1"_s, u" 2001:db8::1 "_s}
                << QStringList{u"10.0.0.1"_s} << QStringList{u"198.51.100.1|53|udp"_s, u"2001:db8::1|53|udp"_s} << pool
                << int(DnsServerSource::Given);
            QTest::addRow("%s given NTP", tag.constData())
                << deployment << transport << QStringList{u"ntp1.example.com"_s, u" 192.0.2.123"_s} << QStringList()
                << QStringList{u"10.0.0.1"_s} << QStringList{u"10.0.0.1|53|udp"_s}
                << QStringList{u"ntp1.example.com|123|udp"_s, u"192.0.2.123|123|udp"_s} << int(DnsServerSource::System);
        }
    }

    void serviceHosts()
    {
        QFETCH(QString, deployment);
        QFETCH(QString, transport);
        QFETCH(QStringList, ntp);
        QFETCH(QStringList, dns);
        QFETCH(QStringList, systemDns);
        QFETCH(QStringList, expectedDnsChecks);
        QFETCH(QStringList, expectedNtpChecks);
        QFETCH(int, expectedSource);

        const bool saas = deployment == u"saas";
        const QStringList tpe = saas ? QStringList() : QStringList{u"tpe.example.net"_s};
        const Selection selection =
            makeSelection(deployment, saas ? u"us-prod"_s : QString(), tpe, transport, QString(), ntp, dns);
        const auto result = plan(selection, systemDns);
        QVERIFY(result);
        QCOMPARE(int(result->dnsSource), expectedSource);
        bool sawDns = false;
        bool sawNtp = false;
        for (const PlannedFlow &planned : result->flows) {
            if (planned.flow.toRole == Role::DnsService) {
                QCOMPARE(checkTexts(planned.checks), expectedDnsChecks);
                sawDns = true;
            } else if (planned.flow.toRole == Role::NtpService) {
                QCOMPARE(checkTexts(planned.checks), expectedNtpChecks);
                sawNtp = true;
            } else if (planned.flow.toRole == Role::DhcpService) {
                QCOMPARE(checkTexts(planned.checks), QStringList{u"|-|udp"_s});
            }
        }
        QVERIFY(sawDns && sawNtp);

        // The whole plan still follows the rules with these options.
        auto trimmedList = [](const QStringList &list) {
            QStringList out;
            for (const QString &item : list)
                out << item.trimmed();
            return out;
        };
        verifyPlan(*result, QString(), Options{tpe, trimmedList(ntp), trimmedList(dns), systemDns});
    }

    /// Selections that are valid though unusual: the plan takes the trimmed values.
    void unusualValidSelections()
    {
        // Eight TPE nodes is the most accepted.
        QStringList eight;
        for (int i = 1; i <= 8; ++i)
            eight << u"192.0.2.%1"_s.arg(i);
        auto result = plan(makeSelection(u"self-hosted"_s, {}, eight, u"lrr-tls"_s, {}), {});
        QVERIFY(result);
        QVERIFY(result->selection.highAvailability());
        QCOMPARE(result->flows.constFirst().checks.size(), 8);

        // White space around the platform and the addresses.
        result = plan(makeSelection(u"saas"_s, u" community "_s, {}, u"lrr-tls"_s, u"2.8"_s), {});
        QVERIFY(result);
        QCOMPARE(result->selection.platform, u"community"_s);
        QCOMPARE(result->platformName, u"ThingPark Community"_s);
        result = plan(makeSelection(u"self-hosted"_s, {}, {u" tpe.example.net "_s}, u"lrr-plain"_s, {}), {});
        QVERIFY(result);
        QCOMPARE(result->selection.tpeHosts, QStringList{u"tpe.example.net"_s});
        QCOMPARE(checkText(result->flows.constFirst().checks.constFirst()), u"tpe.example.net|-|icmp"_s);

        // IPv6 TPE, IPv6 DNS server.
        result = plan(makeSelection(u"self-hosted"_s, {}, {u"2001:db8::10"_s}, u"basics-station"_s, {}, {},
                                    {u"2001:4860:4860::8888"_s}),
                      {});
        QVERIFY(result);
        QCOMPARE(checkText(result->flows.constFirst().checks.constFirst()), u"2001:db8::10|4443|tcp"_s);
        QCOMPARE(result->dnsServers, QStringList{u"2001:4860:4860::8888"_s});
    }

    /// Self-hosted requirement: STANDALONE column with one TPE, HIGH AVAILABILITY column with two or more. The page's
    /// two columns agree on every row, so this uses a catalog where n1 differs.
    void highAvailabilityColumn()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        QVERIFY(writeEditedCatalog(temp.path(), u"self-hosted.json"_s,
                                   "\"standalone\": \"OPTIONAL\",\n            \"high_availability\": \"OPTIONAL\"",
                                   "\"standalone\": \"OPTIONAL\",\n            \"high_availability\": \"MUST\""));
        QString error;
        const auto catalog = Catalog::loadFromDirectory(temp.path(), &error);
        QVERIFY2(catalog, qPrintable(error));
        for (const auto &[tpe, requirement] :
             {std::pair{QStringList{u"192.0.2.1"_s}, Requirement::Optional},
              std::pair{QStringList{u"192.0.2.1"_s, u"192.0.2.2"_s}, Requirement::Must}}) {
            const auto result =
                buildPlan(*catalog, makeSelection(u"self-hosted"_s, {}, tpe, u"lrr-ipsec"_s, {}), {}, &error);
            QVERIFY2(result, qPrintable(error));
            const PlannedFlow &n1 = result->flows.at(8);
            QCOMPARE(n1.flow.id, u"n1"_s);
            QCOMPARE(n1.requirement, requirement);
            const QJsonObject json = planToFlowsJson(*result).value(u"flows"_s).toArray().at(8).toObject();
            QCOMPARE(json.value(u"requirement"_s).toString(), toToken(requirement));
            QCOMPARE(json.value(u"standalone"_s).toString(), u"optional"_s);
            QCOMPARE(json.value(u"high_availability"_s).toString(), u"must"_s);
        }
    }

    // ------------------------------------------------------------------------------------------ invalid selections

    void invalidSelection_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QStringList>("tpe");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("lrrVersion");
        QTest::addColumn<QStringList>("ntp");
        QTest::addColumn<QStringList>("dns");
        QTest::addColumn<QString>("phrase");

        const QStringList none;
        const QStringList oneTpe{u"192.0.2.10"_s};
        auto saas = [&](const char *tag, const QString &platform, const QStringList &tpe, const QString &transport,
                        const QString &version, const QStringList &ntp, const QStringList &dns, const QString &phrase) {
            QTest::newRow(tag) << u"saas"_s << platform << tpe << transport << version << ntp << dns << phrase;
        };
        auto self = [&](const char *tag, const QString &platform, const QStringList &tpe, const QString &transport,
                        const QString &version, const QStringList &ntp, const QStringList &dns, const QString &phrase) {
            QTest::newRow(tag) << u"self-hosted"_s << platform << tpe << transport << version << ntp << dns << phrase;
        };

        saas("lrr-plain with saas", u"eu-prod"_s, none, u"lrr-plain"_s, {}, none, none, u"only for self-hosted"_s);
        saas("SaaS without platform", {}, none, u"lrr-tls"_s, {}, none, none, u"needs a platform"_s);
        saas("SaaS blank platform", u"  "_s, none, u"lrr-tls"_s, {}, none, none, u"needs a platform"_s);
        saas("unknown platform", u"eu-prd"_s, none, u"lrr-tls"_s, {}, none, none, u"Unknown platform 'eu-prd'"_s);
        saas("platform by display name", u"EU-PROD"_s, none, u"lrr-tls"_s, {}, none, none, u"Unknown platform"_s);
        saas("SaaS with TPE", u"eu-prod"_s, oneTpe, u"lrr-ipsec"_s, {}, none, none, u"apply only to self-hosted"_s);
        self("self-hosted without TPE", {}, none, u"lrr-ipsec"_s, {}, none, none, u"at least one TPE"_s);
        self("self-hosted with platform", u"eu-prod"_s, oneTpe, u"lrr-ipsec"_s, {}, none, none,
             u"applies only to SaaS"_s);
        self("TPE with a port", {}, {u"192.0.2.10:22"_s}, u"lrr-tls"_s, {}, none, none, u"includes a port"_s);
        self("TPE name with a port", {}, {u"tpe.example.net:443"_s}, u"lrr-tls"_s, {}, none, none,
             u"includes a port"_s);
        self("TPE URL", {}, {u"https://tpe.example.net/"_s}, u"lrr-tls"_s, {}, none, none, u"is a URL"_s);
        self("TPE bad IPv4", {}, {u"192.0.2.256"_s}, u"lrr-tls"_s, {}, none, none, u"not a valid IPv4"_s);
        self("TPE short IPv4", {}, {u"10.0.1"_s}, u"lrr-tls"_s, {}, none, none, u"not a valid IPv4"_s);
        self("TPE IPv6 in brackets", {}, {u"[2001:db8::1]"_s}, u"lrr-tls"_s, {}, none, none, u"brackets"_s);
        self("TPE IPv6 with zone", {}, {u"fe80::1%eth0"_s}, u"lrr-tls"_s, {}, none, none, u"zone"_s);
        self("TPE empty", {}, {u" "_s}, u"lrr-tls"_s, {}, none, none, u"is empty"_s);
        self("TPE with a space", {}, {u"tpe example"_s}, u"lrr-tls"_s, {}, none, none,
             u"neither a host name nor an IP address"_s);
        self("duplicate TPE", {}, {u"192.0.2.10"_s, u"192.0.2.10"_s}, u"lrr-tls"_s, {}, none, none, u"given twice"_s);
        self("duplicate TPE, other case", {}, {u"TPE.example.net"_s, u"tpe.example.net "_s}, u"lrr-tls"_s, {}, none,
             none, u"given twice"_s);
        QStringList nine;
        for (int i = 1; i <= 9; ++i)
            nine << u"192.0.2.%1"_s.arg(i);
        self("more than 8 TPE", {}, nine, u"lrr-ipsec"_s, {}, none, none, u"Too many TPE addresses: 9 given"_s);
        saas("DNS server that is a name", u"eu-prod"_s, none, u"lrr-ipsec"_s, {}, none, {u"dns.example.com"_s},
             u"not an IP address"_s);
        self("DNS server with a port", {}, oneTpe, u"lrr-ipsec"_s, {}, none, {u"192.0.2.53:53"_s},
             u"not an IP address"_s);
        saas("duplicate DNS server", u"eu-prod"_s, none, u"lrr-tls"_s, {}, none, {u"192.0.2.53"_s, u"192.0.2.53"_s},
             u"given twice"_s);
        saas("more than 8 DNS servers", u"eu-prod"_s, none, u"lrr-tls"_s, {}, none, nine, u"Too many DNS servers"_s);
        saas("NTP server URL", u"eu-prod"_s, none, u"lrr-tls"_s, {}, {u"ntp://pool.ntp.org"_s}, none, u"is a URL"_s);
        self("NTP server with a port", {}, oneTpe, u"lrr-plain"_s, {}, {u"pool.ntp.org:123"_s}, none,
             u"includes a port"_s);
        saas("LRR version with basics-station", u"eu-prod"_s, none, u"basics-station"_s, u"2.8"_s, none, none,
             u"only to the LRR transports"_s);
        self("LRR version with self-hosted basics-station", {}, oneTpe, u"basics-station"_s, u"2.7"_s, none, none,
             u"only to the LRR transports"_s);
    }

    void invalidSelection()
    {
        QFETCH(QString, deployment);
        QFETCH(QString, platform);
        QFETCH(QStringList, tpe);
        QFETCH(QString, transport);
        QFETCH(QString, lrrVersion);
        QFETCH(QStringList, ntp);
        QFETCH(QStringList, dns);
        QFETCH(QString, phrase);

        const Selection selection = makeSelection(deployment, platform, tpe, transport, lrrVersion, ntp, dns);
        const QString message = validateSelection(*m_catalog, selection);
        QVERIFY2(message.contains(phrase), qPrintable(message));
        // One sentence: one line, one final full stop, no second sentence.
        QVERIFY2(!message.contains(u'\n') && !message.contains(u'\r'), qPrintable(message));
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
        static const QRegularExpression secondSentence(u"[.!?]\\s+[A-Z]"_s);
        QVERIFY2(!secondSentence.match(message).hasMatch(), qPrintable(message));
        QVERIFY2(message.size() < 300, qPrintable(message));

        QString error;
        QVERIFY(!buildPlan(*m_catalog, selection, kSystemDns, &error));
        QCOMPARE(error, message);
    }

    // ------------------------------------------------------------------------------------------ exports

    /// `tpready flows --json`: the tpready-flows/1 document (docs/ARCHITECTURE.md "Contracts").
    void flowsJson_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QStringList>("tpe");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("lrrVersion");
        QTest::addColumn<QStringList>("systemDns");
        for (const vendorpage::Table &table : vendorpage::tables()) {
            const bool saas = table.deployment == u"saas";
            const QByteArray tag = (table.deployment + u'/' + table.transport).toUtf8();
            QTest::addRow("%s", tag.constData())
                << table.deployment << (saas ? u"au-prod"_s : QString())
                << (saas ? QStringList() : QStringList{u"192.0.2.1"_s, u"tpe2.example.net"_s}) << table.transport
                << (table.transport == u"basics-station" ? QString() : u"2.8"_s) << kSystemDns;
        }
        QTest::newRow("no resolver known")
            << u"saas"_s << u"eu-prod"_s << QStringList() << u"lrr-ipsec"_s << u"2.7"_s << QStringList();
    }

    void flowsJson()
    {
        QFETCH(QString, deployment);
        QFETCH(QString, platform);
        QFETCH(QStringList, tpe);
        QFETCH(QString, transport);
        QFETCH(QString, lrrVersion);
        QFETCH(QStringList, systemDns);

        const auto result = plan(makeSelection(deployment, platform, tpe, transport, lrrVersion), systemDns);
        QVERIFY(result);
        const QJsonObject root = planToFlowsJson(*result);
        // It survives serialisation unchanged.
        QCOMPARE(QJsonDocument::fromJson(QJsonDocument(root).toJson()).object(), root);

        QCOMPARE(keySet(root), setOf({u"schema"_s, u"selection"_s, u"table"_s, u"flows"_s, u"tunnelled"_s,
                                      u"dropped_for_lrr_version"_s}));
        QCOMPARE(root.value(u"schema"_s).toString(), u"tpready-flows/1"_s);

        const QJsonObject selection = root.value(u"selection"_s).toObject();
        QSet<QString> selectionKeys =
            setOf({u"deployment"_s, u"platform"_s, u"tpe"_s, u"transport"_s, u"lrr_version"_s, u"high_availability"_s,
                   u"ntp_servers"_s, u"dns_servers"_s, u"dns_servers_source"_s});
        if (deployment == u"saas"_s)
            selectionKeys << u"platform_name"_s; // the platform as the vendor names it ("EU-PROD")
        QCOMPARE(keySet(selection), selectionKeys);
        QCOMPARE(selection.value(u"deployment"_s).toString(), deployment);
        QCOMPARE(selection.value(u"transport"_s).toString(), transport);
        if (deployment == u"saas") {
            QCOMPARE(selection.value(u"platform"_s).toString(), platform);
            QCOMPARE(selection.value(u"tpe"_s).toArray(), QJsonArray());
        } else {
            QVERIFY(selection.value(u"platform"_s).isNull());
            QCOMPARE(selection.value(u"tpe"_s).toArray(), QJsonArray::fromStringList(tpe));
        }
        if (lrrVersion.isEmpty())
            QVERIFY(selection.value(u"lrr_version"_s).isNull());
        else
            QCOMPARE(selection.value(u"lrr_version"_s).toString(), lrrVersion);
        QCOMPARE(selection.value(u"high_availability"_s).toBool(), tpe.size() > 1);
        QCOMPARE(selection.value(u"ntp_servers"_s).toArray(), QJsonArray{u"pool.ntp.org"_s});
        QCOMPARE(selection.value(u"dns_servers"_s).toArray(), QJsonArray::fromStringList(systemDns));
        QCOMPARE(selection.value(u"dns_servers_source"_s).toString(), systemDns.isEmpty() ? u"unknown"_s : u"system"_s);

        const vendorpage::Table *table = vendorpage::findTable(deployment, transport);
        const QJsonArray flows = root.value(u"flows"_s).toArray();
        QCOMPARE(flows.size(), result->flows.size());
        const QSet<QString> protocols{u"dns"_s,    u"dhcp"_s,       u"ntp"_s,      u"icmp"_s,  u"ssh"_s,
                                      u"sftp"_s,   u"ftp"_s,        u"ike"_s,      u"esp"_s,   u"tls"_s,
                                      u"iec104"_s, u"iec104-tls"_s, u"sftp-tls"_s, u"https"_s, u"wss"_s};
        // The contract's keys, then the extra vendor columns the export adds.
        const QSet<QString> designKeys{u"flow"_s, u"requirement"_s,    u"protocol"_s,    u"direction"_s, u"from"_s,
                                       u"to"_s,   u"to_application"_s, u"description"_s, u"notes"_s,     u"checks"_s};
        QSet<QString> flowKeys = designKeys;
        flowKeys << u"protocol_label"_s << u"from_system"_s << u"dest_port"_s;
        if (deployment == u"self-hosted")
            flowKeys << u"standalone"_s << u"high_availability"_s;

        for (qsizetype i = 0; i < flows.size(); ++i) {
            const QJsonObject flow = flows.at(i).toObject();
            const QString id = flow.value(u"flow"_s).toString();
            const auto row = std::find_if(table->rows.cbegin(), table->rows.cend(),
                                          [&](const vendorpage::Row &candidate) { return candidate.id == id; });
            QVERIFY2(row != table->rows.cend(), qPrintable(id));
            QSet<QString> expectedKeys = flowKeys;
            if (!row->minLrrVersion.isEmpty())
                expectedKeys << u"min_lrr_version"_s;
            QCOMPARE(keySet(flow), expectedKeys);
            QVERIFY(flow.value(u"flow"_s).isString());
            QCOMPARE(flow.value(u"requirement"_s).toString(),
                     (tpe.size() > 1 ? row->highAvailability : row->standalone).toLower());
            QCOMPARE(flow.value(u"protocol"_s).toString(), row->protocolId);
            QVERIFY(protocols.contains(flow.value(u"protocol"_s).toString()));
            QCOMPARE(flow.value(u"protocol_label"_s).toString(), row->protocol);
            QCOMPARE(flow.value(u"direction"_s).toString(), row->type.toLower());
            QCOMPARE(flow.value(u"from_system"_s).toString(), row->fromSystem);
            QCOMPARE(flow.value(u"from"_s).toString(), row->fromApplication);
            QCOMPARE(flow.value(u"to"_s).toString(), row->toSystem);
            QCOMPARE(flow.value(u"to_application"_s).toString(), row->toApplication);
            QCOMPARE(flow.value(u"dest_port"_s).toString(), row->destPort);
            QCOMPARE(flow.value(u"description"_s).toString(), row->description);
            QCOMPARE(flow.value(u"notes"_s).toString(), row->notes.join(u' '));

            const QJsonArray checks = flow.value(u"checks"_s).toArray();
            QCOMPARE(checks.size(), result->flows.at(i).checks.size());
            QVERIFY(!checks.isEmpty());
            for (const QJsonValue &value : checks) {
                const QJsonObject check = value.toObject();
                const QString transportToken = check.value(u"transport"_s).toString();
                QVERIFY(check.value(u"host"_s).isString() || check.value(u"host"_s).isNull());
                QVERIFY(!check.value(u"host"_s).isString() || !check.value(u"host"_s).toString().isEmpty());
                if (row->protocolId == u"dhcp")
                    QVERIFY(check.value(u"host"_s).isNull());
                if (row->protocolId == u"dns")
                    QCOMPARE(check.value(u"host"_s).isNull(), systemDns.isEmpty());
                if (transportToken == u"ip") {
                    QCOMPARE(row->protocolId, u"esp"_s);
                    QCOMPARE(keySet(check), setOf({u"host"_s, u"port"_s, u"transport"_s, u"ip_protocol"_s}));
                    QVERIFY(check.value(u"port"_s).isNull());
                    QCOMPARE(check.value(u"ip_protocol"_s).toInt(), 50);
                } else {
                    QCOMPARE(keySet(check), setOf({u"host"_s, u"port"_s, u"transport"_s}));
                }
                if (transportToken == u"icmp" || row->protocolId == u"dhcp") {
                    QVERIFY(check.value(u"port"_s).isNull());
                } else if (transportToken != u"ip") {
                    QVERIFY(transportToken == u"tcp" || transportToken == u"udp");
                    QVERIFY(check.value(u"port"_s).isDouble());
                    const double port = check.value(u"port"_s).toDouble();
                    QVERIFY(port >= 1 && port <= 65535 && port == check.value(u"port"_s).toInt());
                }
            }
        }
    }

    /// The contract's example, literally: i6 on eu-prod, host-major.
    void flowsJsonDesignExample()
    {
        const auto result = plan(makeSelection(u"saas"_s, u"eu-prod"_s, {}, u"lrr-ipsec"_s, {}), {});
        QVERIFY(result);
        const QJsonObject i6 = planToFlowsJson(*result).value(u"flows"_s).toArray().at(0).toObject();
        QCOMPARE(i6.value(u"flow"_s).toString(), u"i6"_s);
        QCOMPARE(i6.value(u"requirement"_s).toString(), u"must"_s);
        QCOMPARE(i6.value(u"protocol"_s).toString(), u"ike"_s);
        QCOMPARE(i6.value(u"direction"_s).toString(), u"bidirectional"_s);
        QCOMPARE(i6.value(u"from"_s).toString(), u"strongswan (client)"_s);
        QCOMPARE(i6.value(u"to"_s).toString(), u"SLRC"_s);
        QCOMPARE(i6.value(u"to_application"_s).toString(), u"strongswan"_s);
        const QByteArray expectedChecks = R"([
            {"host": "slrc1.eu.thingpark.com", "port": 500, "transport": "udp"},
            {"host": "slrc1.eu.thingpark.com", "port": 4500, "transport": "udp"},
            {"host": "slrc2.eu.thingpark.com", "port": 500, "transport": "udp"},
            {"host": "slrc2.eu.thingpark.com", "port": 4500, "transport": "udp"}])";
        QCOMPARE(i6.value(u"checks"_s).toArray(), QJsonDocument::fromJson(expectedChecks).array());

        const QJsonObject i7 = planToFlowsJson(*result).value(u"flows"_s).toArray().at(1).toObject();
        const QByteArray espChecks = R"([
            {"host": "slrc1.eu.thingpark.com", "port": null, "transport": "ip", "ip_protocol": 50},
            {"host": "slrc2.eu.thingpark.com", "port": null, "transport": "ip", "ip_protocol": 50}])";
        QCOMPARE(i7.value(u"checks"_s).toArray(), QJsonDocument::fromJson(espChecks).array());
        const QJsonObject i11 = planToFlowsJson(*result).value(u"flows"_s).toArray().at(5).toObject();
        QCOMPARE(i11.value(u"checks"_s).toArray(),
                 QJsonDocument::fromJson(R"([{"host": null, "port": null, "transport": "udp"}])").array());
    }

    /// planToCsv: RFC 4180, one record per flow, every vendor column, quoted where needed.
    void csv_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("transport");
        for (const vendorpage::Table &table : vendorpage::tables())
            QTest::addRow("%s/%s", qPrintable(table.deployment), qPrintable(table.transport))
                << table.deployment << table.transport;
    }

    void csv()
    {
        QFETCH(QString, deployment);
        QFETCH(QString, transport);
        const bool saas = deployment == u"saas";
        const QStringList tpe = saas ? QStringList() : QStringList{u"192.0.2.1"_s};
        const auto result =
            plan(makeSelection(deployment, saas ? u"eu-preprod"_s : QString(), tpe, transport, {}), kSystemDns);
        QVERIFY(result);
        const QString text = planToCsv(*result);
        bool ok = false;
        const QList<QStringList> records = parseCsv(text, &ok);
        QVERIFY2(ok, qPrintable(text));

        QStringList header{u"#"_s,           u"From (system)"_s, u"From (application)"_s, u"Type"_s,
                           u"Protocol"_s,    u"Dest. Port"_s,    u"To (system)"_s,        u"To (application)"_s,
                           u"Description"_s, u"Notes"_s};
        if (!saas)
            header << u"STANDALONE"_s << u"HIGH AVAILABILITY"_s;
        header << u"Requirement"_s << u"Hosts"_s;
        QCOMPARE(records.size(), result->flows.size() + 1);
        QCOMPARE(records.constFirst(), header);

        const vendorpage::Table *table = vendorpage::findTable(deployment, transport);
        const vendorpage::PlatformRow *platform = saas ? vendorpage::findPlatform(u"eu-preprod"_s) : nullptr;
        const Options options{tpe, {}, {}, kSystemDns};
        for (int i = 0; i < table->rows.size(); ++i) {
            const vendorpage::Row &row = table->rows.at(i);
            QStringList expected{row.id,          row.fromSystem,      row.fromApplication, row.type,
                                 row.protocol,    row.destPort,        row.toSystem,        row.toApplication,
                                 row.description, row.notes.join(u' ')};
            if (!saas)
                expected << row.standalone << row.highAvailability;
            expected << row.standalone;
            QStringList hosts = expectedHosts(row, platform, options);
            hosts.removeAll(QString());
            expected << hosts.join(u' ');
            QCOMPARE(records.at(i + 1), expected);
        }

        // Fields with commas are quoted (the IKE and ESP descriptions, the OPTIONAL note); plain ones are not.
        int quotedRows = 0;
        for (const vendorpage::Row &row : table->rows) {
            for (const QString &field : {row.description, row.notes.join(u' ')}) {
                if (field.contains(u',')) {
                    QVERIFY2(text.contains(u",\""_s + field + u"\","), qPrintable(row.id));
                    ++quotedRows;
                } else if (!field.isEmpty()) {
                    QVERIFY2(text.contains(u',' + field + u','), qPrintable(row.id));
                }
            }
        }
        // SaaS IPsec: i6, i7 and the notes of i10, i11; SaaS TLS: i7a's tunnel list and the notes; Basics Station:
        // the notes; self-hosted IPsec: i1, i2.
        static const QHash<QString, int> kQuoted{{u"saas/lrr-ipsec"_s, 4},
                                                 {u"saas/lrr-tls"_s, 3},
                                                 {u"saas/basics-station"_s, 2},
                                                 {u"self-hosted/lrr-ipsec"_s, 2}};
        QCOMPARE(quotedRows, kQuoted.value(deployment + u'/' + transport, 0));
        if (deployment == u"saas" && transport == u"lrr-tls") {
            QVERIFY(text.contains(u"\r\ni8a,BASE STATION,OS,Unidirectional,ICMP,-,SLRC,OS,Ping (SLRC),,MUST,"
                                  u"slrc1.eu-preprod.thingpark.com slrc2.eu-preprod.thingpark.com\r\n"_s));
        }
    }

    /// Quotes and line breaks inside a field are escaped as RFC 4180 says.
    void csvEscaping()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        QVERIFY(writeEditedCatalog(temp.path(), u"saas.json"_s, R"j("description": "Ping (SLRC)")j",
                                   "\"description\": \"Ping \\\"SLRC\\\", then\\r\\nreport\""));
        QString error;
        const auto catalog = Catalog::loadFromDirectory(temp.path(), &error);
        QVERIFY2(catalog, qPrintable(error));
        const auto result =
            buildPlan(*catalog, makeSelection(u"saas"_s, u"eu-prod"_s, {}, u"lrr-ipsec"_s, {}), {}, &error);
        QVERIFY2(result, qPrintable(error));
        const QString text = planToCsv(*result);
        QVERIFY2(text.contains(u",\"Ping \"\"SLRC\"\", then\r\nreport\","_s), qPrintable(text));
        bool ok = false;
        const QList<QStringList> records = parseCsv(text, &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), result->flows.size() + 1);
        QCOMPARE(records.at(4).at(0), u"i8a"_s);
        QCOMPARE(records.at(4).at(8), u"Ping \"SLRC\", then\r\nreport"_s);
    }

    /// planToText: every row in the vendor's wording, with its notes, hosts, tunnels and dropped rows.
    void plainText()
    {
        const auto result = plan(makeSelection(u"saas"_s, u"eu-prod"_s, {}, u"lrr-tls"_s, u"2.7"_s), {});
        QVERIFY(result);
        const QString text = planToText(*result);
        QVERIFY(text.startsWith(selectionSummary(*result) + u'\n'));
        QVERIFY(text.contains(u"LRR flows when TLS is used"_s));
        for (const vendorpage::Row &row : vendorpage::findTable(u"saas"_s, u"lrr-tls"_s)->rows) {
            QVERIFY2(text.contains(row.description), qPrintable(row.id));
            QVERIFY2(text.contains(row.protocol), qPrintable(row.id));
        }
        QCOMPARE(text.count(u"Note: "_s + vendorpage::kOptionalNote), 2);
        QVERIFY(text.contains(u"slrc1.eu.thingpark.com TCP/3001"_s));
        QVERIFY(text.contains(u"lrc1-tpe-eu.thingpark.com, lrc2-tpe-eu.thingpark.com"_s));
        QVERIFY(text.contains(u"no DNS server found on this laptop"_s));
        QVERIFY(!text.contains(u"is left out"_s)); // 2.7 drops nothing in the TLS table
        // i7a 2x3, i8a 2, i10 1 (no resolver: one host-less check), i11 1, i11b 2, i9 2, i17 1
        QVERIFY2(text.endsWith(u"7 flow(s), 15 check(s)\n"_s), qPrintable(text));
    }

    // ------------------------------------------------------------------------------------------ resolv.conf

    void parseResolvConf_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("servers");

        QTest::newRow("empty") << QByteArray() << QStringList();
        QTest::newRow("two servers") << QByteArray("nameserver 192.0.2.1\nnameserver 192.0.2.2\n")
                                     << QStringList{u"192.0.2.1"_s, u"192.0.2.2"_s};
        QTest::newRow("comments") << QByteArray("# nameserver 192.0.2.9\n; nameserver 192.0.2.8\n"
                                                "nameserver 192.0.2.1 # the router\n")
                                  << QStringList{u"192.0.2.1"_s};
        QTest::newRow("IPv6 with zone") << QByteArray("nameserver fe80::1%eth0\nnameserver 2001:db8::53\n")
                                        << QStringList{u"fe80::1"_s, u"2001:db8::53"_s};
        QTest::newRow("IPv6 normalised") << QByteArray("nameserver 2001:DB8:0:0::0:35\n")
                                         << QStringList{u"2001:db8::35"_s};
        QTest::newRow("duplicates") << QByteArray("nameserver 192.0.2.1\nnameserver 192.0.2.2\n"
                                                  "nameserver 192.0.2.1\nnameserver fe80::1%eth0\n"
                                                  "nameserver fe80::1%wlan0\n")
                                    << QStringList{u"192.0.2.1"_s, u"192.0.2.2"_s, u"fe80::1"_s};
        QTest::newRow("garbage lines") << QByteArrayLiteral("nameserver\nnameserver not-an-ip\nnameservers 192.0.2.7\n"
                                                            "search example.com\noptions edns0 trust-ad\n"
                                                            "\x01\xff\xfe garbage \x00 bytes\n"
                                                            "nameserver 192.0.2.300\nnameserver 192.0.2.4\n")
                                       << QStringList{u"192.0.2.4"_s};
        QTest::newRow("tabs, indentation, CRLF")
            << QByteArray("  nameserver\t192.0.2.1\r\n\tnameserver   192.0.2.2  \r\n")
            << QStringList{u"192.0.2.1"_s, u"192.0.2.2"_s};
        QTest::newRow("no final newline") << QByteArray("nameserver 192.0.2.1") << QStringList{u"192.0.2.1"_s};
        QTest::newRow("systemd stub") << QByteArray("# This is /run/systemd/resolve/stub-resolv.conf managed by "
                                                    "man:systemd-resolved(8).\n"
                                                    "nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n")
                                      << QStringList{u"127.0.0.53"_s};
        QTest::newRow("huge line") << (QByteArray("nameserver ") + QByteArray(100000, '1') + "\nnameserver ::1\n")
                                   << QStringList{u"::1"_s};
    }

    void parseResolvConf()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, servers);
        QCOMPARE(tpready::parseResolvConf(text), servers);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "testplan.moc"
