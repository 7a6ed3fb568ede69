// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors

// The catalog against the vendor page: every table, row, column and platform of resources/catalog/*.json is compared
// with an independent transcription of the page (vendorpage.h); malformed catalogs fail with an error that names the
// file and the key, and never crash.

#include "vendorpage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "core/catalog/catalog.h"

using namespace tpready;
using namespace Qt::StringLiterals;

namespace {

const QString kSourceCatalogDir = QStringLiteral(TPREADY_SOURCE_DIR "/resources/catalog");
const QStringList kCatalogFiles{u"platforms.json"_s, u"saas.json"_s, u"self-hosted.json"_s};

QString requirementText(Requirement requirement)
{
    return requirement == Requirement::Must ? u"MUST"_s : u"OPTIONAL"_s;
}

/// "udp/500 udp/4500", "icmp/-": the parsed ports in the notation of vendorpage::Row::ports.
QString portsText(const QList<PortSpec> &ports)
{
    QStringList parts;
    for (const PortSpec &spec : ports)
        parts << toToken(spec.transport) + u'/' + (spec.port ? QString::number(spec.port) : u"-"_s);
    return parts.join(u' ');
}

/// Everything the catalog holds, one line per fact, to compare two loads.
QStringList describe(const Catalog &catalog)
{
    QStringList lines;
    for (const FlowTable &table : catalog.tables()) {
        lines << QStringList{toToken(table.deployment), toToken(table.transport), table.section, table.title}.join(
            u'|');
        for (const Flow &flow : table.flows) {
            lines << QStringList{flow.id,
                                 flow.fromSystem,
                                 flow.fromApplication,
                                 flow.type,
                                 toToken(flow.direction),
                                 flow.protocolLabel,
                                 toToken(flow.protocol),
                                 flow.destPortLabel,
                                 portsText(flow.ports),
                                 flow.toSystem,
                                 vendorName(flow.toRole),
                                 flow.toApplication,
                                 flow.description,
                                 flow.notes.join(u'/'),
                                 requirementText(flow.standalone),
                                 requirementText(flow.highAvailability),
                                 flow.minLrrVersion ? flow.minLrrVersion->toString() : QString()}
                         .join(u'|');
        }
        for (const Tunnel &tunnel : table.tunnels) {
            lines << QStringList{tunnel.viaFlow, QString::number(tunnel.viaPort), tunnel.innerFlow, tunnel.toSystem,
                                 tunnel.destPortLabel}
                         .join(u'|');
        }
    }
    for (const Platform &platform : catalog.platforms()) {
        lines << platform.id + u'|' + platform.name;
        for (auto it = platform.hosts.cbegin(); it != platform.hosts.cend(); ++it)
            lines << vendorName(it.key()) + u'=' + it.value().join(u',');
    }
    return lines;
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

/// Sets (or, when @p value is undefined, removes) the value at @p path ("tables/0/flows") in a JSON tree.
QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, setAt(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, setAt(object.value(key), path, value));
    return object;
}

/// Copies the good catalog files into @p dir.
bool copyGoodCatalog(const QString &dir)
{
    for (const QString &name : kCatalogFiles) {
        const QByteArray bytes = readFile(kSourceCatalogDir + u'/' + name);
        if (bytes.isEmpty() || !writeFile(dir + u'/' + name, bytes))
            return false;
    }
    return true;
}

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private:
    std::optional<Catalog> m_catalog;

    const FlowTable *catalogTable(const vendorpage::Table &expected) const
    {
        const auto deployment = deploymentFromToken(expected.deployment);
        const auto transport = transportFromToken(expected.transport);
        if (!m_catalog || !deployment || !transport)
            return nullptr;
        return m_catalog->table(*deployment, *transport);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::loadBuiltIn(&error);
        QVERIFY2(m_catalog, qPrintable(error));
        QVERIFY(error.isEmpty());
    }

    /// The compiled-in copy is the one in the source tree (a stale build would test old data).
    void builtInEqualsSourceTree()
    {
        QString error;
        const auto fromSource = Catalog::loadFromDirectory(kSourceCatalogDir, &error);
        QVERIFY2(fromSource, qPrintable(error));
        QCOMPARE(describe(*fromSource), describe(*m_catalog));
    }

    /// Seven tables, in the page's order, and no other.
    void tablesOfThePage()
    {
        QStringList expected;
        for (const vendorpage::Table &table : vendorpage::tables())
            expected << table.deployment + u' ' + table.transport;
        QStringList actual;
        for (const FlowTable &table : m_catalog->tables())
            actual << toToken(table.deployment) + u' ' + toToken(table.transport);
        QCOMPARE(actual, expected);
        QCOMPARE(actual.size(), 7);
        QVERIFY(!m_catalog->table(Deployment::Saas, Transport::LrrPlain));
    }

    /// Per table: heading, row count and row order, as the page lists them.
    void tableRows_data()
    {
        QTest::addColumn<int>("tableIndex");
        const auto &tables = vendorpage::tables();
        for (int t = 0; t < tables.size(); ++t)
            QTest::addRow("%s/%s", qPrintable(tables.at(t).deployment), qPrintable(tables.at(t).transport)) << t;
    }

    void tableRows()
    {
        QFETCH(int, tableIndex);
        const vendorpage::Table &expected = vendorpage::tables().at(tableIndex);
        const FlowTable *table = catalogTable(expected);
        QVERIFY(table);
        QCOMPARE(table->section, expected.section);
        QCOMPARE(table->title, expected.title);
        QStringList expectedIds;
        for (const vendorpage::Row &row : expected.rows)
            expectedIds << row.id;
        QStringList ids;
        for (const Flow &flow : table->flows)
            ids << flow.id;
        QCOMPARE(ids, expectedIds);
        QCOMPARE(table->flows.size(), expected.rows.size());
    }

    /// Every column of every row, verbatim.
    void rowColumns_data()
    {
        QTest::addColumn<int>("tableIndex");
        QTest::addColumn<int>("rowIndex");
        const auto &tables = vendorpage::tables();
        for (int t = 0; t < tables.size(); ++t) {
            const vendorpage::Table &table = tables.at(t);
            for (int r = 0; r < table.rows.size(); ++r) {
                QTest::addRow("%s/%s/%s", qPrintable(table.deployment), qPrintable(table.transport),
                              qPrintable(table.rows.at(r).id))
                    << t << r;
            }
        }
    }

    void rowColumns()
    {
        QFETCH(int, tableIndex);
        QFETCH(int, rowIndex);
        const vendorpage::Table &expectedTable = vendorpage::tables().at(tableIndex);
        const vendorpage::Row &expected = expectedTable.rows.at(rowIndex);
        const FlowTable *table = catalogTable(expectedTable);
        QVERIFY(table);
        QVERIFY(rowIndex < table->flows.size());
        const Flow &flow = table->flows.at(rowIndex);

        QCOMPARE(flow.id, expected.id);
        QCOMPARE(flow.fromSystem, expected.fromSystem);
        QCOMPARE(flow.fromApplication, expected.fromApplication);
        QCOMPARE(flow.type, expected.type);
        QCOMPARE(toToken(flow.direction), expected.type.toLower());
        QCOMPARE(flow.protocolLabel, expected.protocol);
        QCOMPARE(toToken(flow.protocol), expected.protocolId);
        QCOMPARE(flow.destPortLabel, expected.destPort);
        QCOMPARE(portsText(flow.ports), expected.ports);
        QCOMPARE(flow.toSystem, expected.toSystem);
        QCOMPARE(vendorName(flow.toRole), expected.toSystem);
        QCOMPARE(flow.toApplication, expected.toApplication);
        QCOMPARE(flow.description, expected.description);
        QCOMPARE(flow.notes, expected.notes);
        QCOMPARE(requirementText(flow.standalone), expected.standalone);
        QCOMPARE(requirementText(flow.highAvailability), expected.highAvailability);
        QCOMPARE(flow.minLrrVersion ? flow.minLrrVersion->toString() : QString(), expected.minLrrVersion);
        QCOMPARE(table->sourceFile, expectedTable.deployment + u".json");
    }

    /// Rules the page states in words, checked on the catalog itself rather than on the transcription.
    void pageRules()
    {
        const QString versionPhrase = u"only applicable to LRR version \u2265 2.8"_s;
        int versionRows = 0;
        for (const FlowTable &table : m_catalog->tables()) {
            for (const Flow &flow : table.flows) {
                const QString where = toToken(table.deployment) + u'/' + toToken(table.transport) + u'/' + flow.id;
                // min_lrr_version 2.8 on exactly the rows whose description says so.
                const bool says = flow.description.contains(versionPhrase);
                QVERIFY2(says == flow.minLrrVersion.has_value(), qPrintable(where));
                if (says) {
                    ++versionRows;
                    QCOMPARE(flow.minLrrVersion->toString(), u"2.8"_s);
                }
                // The only note on the page is the OPTIONAL admonition.
                for (const QString &note : flow.notes)
                    QCOMPARE(note, vendorpage::kOptionalNote);
                if (table.deployment == Deployment::Saas) {
                    // SaaS: MUST unless the row's note says OPTIONAL; one requirement, whatever the HA.
                    const bool optional = flow.notes.contains(vendorpage::kOptionalNote);
                    QVERIFY2((flow.standalone == Requirement::Optional) == optional, qPrintable(where));
                    QCOMPARE(flow.highAvailability, flow.standalone);
                } else {
                    QVERIFY2(flow.notes.isEmpty(), qPrintable(where));
                }
                // Columns the vendor writes in capitals or fixed words.
                QCOMPARE(flow.fromSystem, u"BASE STATION"_s);
                QVERIFY(flow.ports.size() == flow.destPortLabel.count(u'/') || flow.destPortLabel == u"-");
            }
        }
        QCOMPARE(versionRows, 4); // SaaS IPsec i7a; self-hosted IPsec i38, i39, i40
        // The TLS tables have no version condition: only the IPsec ones do.
        for (Deployment deployment : allDeployments()) {
            for (const Flow &flow : m_catalog->table(deployment, Transport::LrrTls)->flows)
                QVERIFY2(!flow.minLrrVersion, qPrintable(flow.id));
        }
    }

    /// The multi-port rows parse into one PortSpec per port, in the page's order.
    void parsedPorts_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QList<int>>("ports");
        QTest::addColumn<QString>("transportToken");
        QTest::newRow("saas i6") << "saas"
                                 << "lrr-ipsec"
                                 << "i6" << QList<int>{500, 4500} << "udp";
        QTest::newRow("saas ipsec i7a") << "saas"
                                        << "lrr-ipsec"
                                        << "i7a" << QList<int>{3001, 3002, 3003} << "tcp";
        QTest::newRow("saas tls i7a") << "saas"
                                      << "lrr-tls"
                                      << "i7a" << QList<int>{3001, 3002, 3003} << "tcp";
        QTest::newRow("saas i7 esp") << "saas"
                                     << "lrr-ipsec"
                                     << "i7" << QList<int>{0} << "ip";
        QTest::newRow("saas i8a icmp") << "saas"
                                       << "lrr-tls"
                                       << "i8a" << QList<int>{0} << "icmp";
        QTest::newRow("saas i11 dhcp") << "saas"
                                       << "basics-station"
                                       << "i11" << QList<int>{0} << "udp";
        QTest::newRow("saas i11c") << "saas"
                                   << "basics-station"
                                   << "i11c" << QList<int>{443} << "tcp";
        QTest::newRow("self-hosted i1") << "self-hosted"
                                        << "lrr-ipsec"
                                        << "i1" << QList<int>{500, 4500} << "udp";
        QTest::newRow("self-hosted i6 iec104") << "self-hosted"
                                               << "lrr-plain"
                                               << "i6" << QList<int>{2404} << "tcp";
        QTest::newRow("self-hosted i42") << "self-hosted"
                                         << "basics-station"
                                         << "i42" << QList<int>{4443} << "tcp";
        QTest::newRow("self-hosted n2") << "self-hosted"
                                        << "lrr-tls"
                                        << "n2" << QList<int>{53} << "udp";
    }

    void parsedPorts()
    {
        QFETCH(QString, deployment);
        QFETCH(QString, transport);
        QFETCH(QString, flow);
        QFETCH(QList<int>, ports);
        QFETCH(QString, transportToken);
        const FlowTable *table = m_catalog->table(*deploymentFromToken(deployment), *transportFromToken(transport));
        QVERIFY(table);
        const auto it = std::find_if(table->flows.cbegin(), table->flows.cend(),
                                     [&](const Flow &candidate) { return candidate.id == flow; });
        QVERIFY(it != table->flows.cend());
        QList<int> actual;
        for (const PortSpec &spec : it->ports) {
            actual << spec.port;
            QCOMPARE(toToken(spec.transport), transportToken);
        }
        QCOMPARE(actual, ports);
    }

    /// The tunnels the SaaS TLS table names in i7a's description; and the IPsec annotation (not a vendor row).
    void tunnels_data()
    {
        QTest::addColumn<int>("tableIndex");
        const auto &tables = vendorpage::tables();
        for (int t = 0; t < tables.size(); ++t)
            QTest::addRow("%s/%s", qPrintable(tables.at(t).deployment), qPrintable(tables.at(t).transport)) << t;
    }

    void tunnels()
    {
        QFETCH(int, tableIndex);
        const vendorpage::Table &expectedTable = vendorpage::tables().at(tableIndex);
        const FlowTable *table = catalogTable(expectedTable);
        QVERIFY(table);
        QList<vendorpage::TunnelRow> expected = expectedTable.tunnels;
        if (expectedTable.deployment == u"saas" && expectedTable.transport == u"lrr-ipsec") {
            // Not a row of the page: the catalog's explanation of where LRC (listed in the FQDN table) is in the IPsec
            // case. It produces no check; it only tells the reader that LRC travels inside the ESP flow i7.
            expected << vendorpage::TunnelRow{u"i7"_s, 0, QString(), u"LRC"_s, QString()};
        }
        QCOMPARE(table->tunnels.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const Tunnel &tunnel = table->tunnels.at(i);
            QCOMPARE(tunnel.viaFlow, expected.at(i).viaFlow);
            QCOMPARE(int(tunnel.viaPort), expected.at(i).viaPort);
            QCOMPARE(tunnel.innerFlow, expected.at(i).innerFlow);
            QCOMPARE(tunnel.toSystem, expected.at(i).toSystem);
            QCOMPARE(vendorName(tunnel.toRole), expected.at(i).toSystem);
            QCOMPARE(tunnel.destPortLabel, expected.at(i).destPort);
        }
    }

    /// Six platforms, in the page's order.
    void platformsOfThePage()
    {
        QStringList expected;
        for (const vendorpage::PlatformRow &platform : vendorpage::platforms())
            expected << platform.id;
        QCOMPARE(m_catalog->platformIds(), expected);
        QCOMPARE(expected.size(), 6);
        QCOMPARE(expected, (QStringList{u"eu-prod"_s, u"au-prod"_s, u"us-prod"_s, u"community"_s, u"eu-preprod"_s,
                                        u"au-preprod"_s}));
    }

    /// Every FQDN of every platform, per role.
    void platformHosts_data()
    {
        QTest::addColumn<int>("platformIndex");
        const auto &platforms = vendorpage::platforms();
        for (int p = 0; p < platforms.size(); ++p)
            QTest::newRow(qPrintable(platforms.at(p).id)) << p;
    }

    void platformHosts()
    {
        QFETCH(int, platformIndex);
        const vendorpage::PlatformRow &expected = vendorpage::platforms().at(platformIndex);
        const Platform *platform = m_catalog->platform(expected.id);
        QVERIFY(platform);
        QCOMPARE(platform->name, expected.name);
        QCOMPARE(platform->hosts.size(), 5);
        QCOMPARE(platform->hostsFor(Role::Slrc), expected.slrc);
        QCOMPARE(platform->hostsFor(Role::LnsBridge), expected.lnsBridge);
        QCOMPARE(platform->hostsFor(Role::Lrc), expected.lrc);
        QCOMPARE(platform->hostsFor(Role::Support), expected.support);
        QCOMPARE(platform->hostsFor(Role::ProxyHttp), expected.proxyHttp);
        QCOMPARE(expected.slrc.size(), 2);
        QCOMPARE(expected.lnsBridge.size(), 1);
        QCOMPARE(expected.lrc.size(), 2);
        QCOMPARE(expected.support.size(), 2);
        QCOMPARE(expected.proxyHttp.size(), 1);
    }

    // ------------------------------------------------------------------------------------------ malformed catalogs

    /// Each row starts from a copy of the good catalog and makes one edit:
    ///   replace  in `file`, the first occurrence of `from` becomes `to` (the test checks `from` is there)
    ///   write    `file` gets the bytes `from`
    ///   remove   `file` is deleted
    ///   copy     `file` is copied as `to`
    ///   pad      `file` grows past 4 MiB with white space (still valid JSON)
    ///   set      the JSON value at path `from` ("tables/0/flows") becomes `to` (JSON text)
    ///   unset    the JSON value at path `from` is removed
    ///   drop     the table whose transport is `from` is removed from `file`
    ///   empty    the directory is empty;  nodir  the directory does not exist
    /// `expected` lists fragments the one-line error must contain: the file and the key path.
    void malformed_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QStringList>("expected");

        auto replace = [](const char *tag, const char *file, const char *from, const char *to,
                          const QStringList &expected) {
            QTest::newRow(tag) << u"replace"_s << QString::fromUtf8(file) << QByteArray(from) << QByteArray(to)
                               << expected;
        };
        auto other = [](const char *tag, const char *op, const char *file, const QByteArray &from, const QByteArray &to,
                        const QStringList &expected) {
            QTest::newRow(tag) << QString::fromUtf8(op) << QString::fromUtf8(file) << from << to << expected;
        };

        // Not JSON, not an object.
        replace("invalid JSON", "saas.json", R"("deployment": "saas",)", R"("deployment": "saas")",
                {u"saas.json"_s, u"offset"_s, u"not valid JSON"_s});
        other("truncated JSON", "write", "self-hosted.json", R"({"schema": "tpready-catalog/1", "tables": [)", {},
              {u"self-hosted.json"_s, u"not valid JSON"_s});
        other("top level array", "write", "saas.json", "[]", {}, {u"saas.json"_s, u"(top level)"_s, u"object"_s});
        other("empty file", "write", "platforms.json", "", {}, {u"platforms.json"_s, u"not valid JSON"_s});
        other("deeply nested", "write", "saas.json", QByteArray(100000, '['), {},
              {u"saas.json"_s, u"not valid JSON"_s});
        other("not UTF-8", "write", "saas.json", "{\"schema\": \"tpready-catalog/1\xff\xfe\"}", {},
              {u"saas.json"_s, u"not valid JSON"_s});

        // Schema.
        replace("wrong schema", "saas.json", R"("tpready-catalog/1")", R"("tpready-catalog/2")",
                {u"saas.json"_s, u": schema:"_s, u"tpready-catalog/2"_s});
        replace("wrong platforms schema", "platforms.json", R"("tpready-platforms/1")", R"("tpready-platforms/9")",
                {u"platforms.json"_s, u": schema:"_s, u"tpready-platforms/9"_s});
        replace("schema missing", "saas.json", R"("schema": "tpready-catalog/1",)", "",
                {u"saas.json"_s, u": schema: missing"_s});
        replace("schema not a string", "self-hosted.json", R"("tpready-catalog/1")", "1",
                {u"self-hosted.json"_s, u": schema: must be a string"_s});

        // Missing keys.
        replace("missing from_system", "self-hosted.json", R"("from_system": "BASE STATION",)", "",
                {u"self-hosted.json"_s, u"tables[0].flows[0].from_system: missing"_s});
        replace("missing requirement", "saas.json", ",\n          \"requirement\": \"MUST\"", "",
                {u"saas.json"_s, u"tables[0].flows[0].requirement"_s});
        other("missing tables", "unset", "saas.json", "tables", {}, {u"saas.json"_s, u": tables: missing"_s});
        other("missing platforms", "unset", "platforms.json", "platforms", {},
              {u"platforms.json"_s, u": platforms: missing"_s});
        other("missing platform hosts", "unset", "platforms.json", "platforms/0/hosts", {},
              {u"platforms.json"_s, u"platforms[0].hosts: missing"_s});
        other("missing description", "unset", "self-hosted.json", "tables/1/flows/2/description", {},
              {u"self-hosted.json"_s, u"tables[1].flows[2].description: missing"_s});
        other("missing tunnel target", "unset", "saas.json", "tables/1/tunnels/2/to_system", {},
              {u"saas.json"_s, u"tables[1].tunnels[2].to_system: missing"_s});
        other("missing transport", "unset", "self-hosted.json", "tables/3/transport", {},
              {u"self-hosted.json"_s, u"tables[3].transport: missing"_s});

        // Wrong types.
        replace("port not a string", "saas.json", R"("dest_port": "UDP/500 UDP/4500")", R"("dest_port": 500)",
                {u"saas.json"_s, u"tables[0].flows[0].dest_port: must be a string"_s});
        replace("notes not an array", "saas.json",
                "\"notes\": [\n            \"OPTIONAL, to be evaluated according to the access network.\"\n"
                "          ]",
                R"("notes": "OPTIONAL")", {u"saas.json"_s, u"tables[0].flows[4].notes: must be an array"_s});
        replace("note not a string", "saas.json", R"("OPTIONAL, to be evaluated according to the access network.")",
                "true", {u"saas.json"_s, u"tables[0].flows[4].notes[0]"_s});
        replace("hosts not an array", "platforms.json",
                R"("SLRC": ["slrc1.eu.thingpark.com", "slrc2.eu.thingpark.com"])",
                R"("SLRC": "slrc1.eu.thingpark.com")",
                {u"platforms.json"_s, u"platforms[0].hosts.SLRC: must be an array"_s});
        other("hosts not an object", "set", "platforms.json", "platforms/0/hosts", "[]",
              {u"platforms.json"_s, u"platforms[0].hosts: must be an object"_s});
        other("platforms not an array", "set", "platforms.json", "platforms", R"("eu-prod")",
              {u"platforms.json"_s, u": platforms: must be an array"_s});
        other("tables not an array", "set", "saas.json", "tables", "{}",
              {u"saas.json"_s, u": tables: must be an array"_s});
        other("flows not an array", "set", "saas.json", "tables/2/flows", "{}",
              {u"saas.json"_s, u"tables[2].flows: must be an array"_s});
        other("tunnels not an array", "set", "saas.json", "tables/1/tunnels", "3001",
              {u"saas.json"_s, u"tables[1].tunnels: must be an array"_s});
        other("tunnel not an object", "set", "saas.json", "tables/1/tunnels/1", "[]",
              {u"saas.json"_s, u"tables[1].tunnels[1]: must be an object"_s});
        replace("self-hosted requirement a string", "self-hosted.json",
                "\"requirement\": {\n            \"standalone\": \"MUST\",\n            \"high_availability\": "
                "\"MUST\"\n          }",
                R"("requirement": "MUST")", {u"self-hosted.json"_s, u"tables[0].flows[0].requirement"_s});
        replace("min_lrr_version a number", "saas.json", R"("min_lrr_version": "2.8")", R"("min_lrr_version": 2.8)",
                {u"saas.json"_s, u"tables[0].flows[2].min_lrr_version: must be a string"_s});
        replace("flow not an object", "saas.json", "\"flows\": [\n        {", "\"flows\": [\n        7, {",
                {u"saas.json"_s, u"tables[0].flows[0]: must be an object"_s});
        replace("table not an object", "saas.json", "\"tables\": [\n    {", "\"tables\": [\n    \"x\", {",
                {u"saas.json"_s, u"tables[0]: must be an object"_s});
        replace("platform not an object", "platforms.json", "\"platforms\": [\n    {", "\"platforms\": [\n    null, {",
                {u"platforms.json"_s, u"platforms[0]: must be an object"_s});

        // Unknown keys: a typo must not silently drop a column.
        replace("unknown flow key", "saas.json", R"("description":)", R"("descripton":)",
                {u"saas.json"_s, u"tables[0].flows[0].descripton: unknown key"_s});
        replace("unknown top-level key", "platforms.json", R"("source":)", R"("sauce":)",
                {u"platforms.json"_s, u"sauce: unknown key"_s});
        replace("unknown requirement key", "self-hosted.json", R"("high_availability": "MUST")",
                R"("high_availabilty": "MUST")",
                {u"self-hosted.json"_s, u"tables[0].flows[0].requirement.high_availabilty: unknown key"_s});
        replace("unknown tunnel key", "saas.json", R"("inner_flow":)", R"("innerflow":)",
                {u"saas.json"_s, u"tables[1].tunnels[0].innerflow: unknown key"_s});

        // Values.
        replace("bad port label", "saas.json", R"("UDP/500 UDP/4500")", R"("UDP:500 UDP/4500")",
                {u"saas.json"_s, u"tables[0].flows[0].dest_port"_s, u"UDP:500"_s});
        replace("lower-case port label", "self-hosted.json", R"("TCP/22")", R"("tcp/22")",
                {u"self-hosted.json"_s, u"tables[0].flows[3].dest_port"_s, u"tcp/22"_s});
        replace("port out of range", "saas.json", R"("dest_port": "TCP/22")", R"("dest_port": "TCP/70000")",
                {u"saas.json"_s, u"tables[0].flows[6].dest_port"_s, u"70000"_s, u"out of range"_s});
        replace("port zero", "saas.json", R"("dest_port": "UDP/53")", R"("dest_port": "UDP/0")",
                {u"saas.json"_s, u"tables[0].flows[4].dest_port"_s, u"out of range"_s});
        replace("empty port label", "saas.json", R"("dest_port": "UDP/53")", R"("dest_port": "")",
                {u"saas.json"_s, u"tables[0].flows[4].dest_port"_s});
        replace("dash port on TCP protocol", "saas.json", R"("dest_port": "TCP/22")", R"("dest_port": "-")",
                {u"saas.json"_s, u"tables[0].flows[6].dest_port"_s, u"'-'"_s});
        replace("port on ESP", "saas.json", R"("dest_port": "-")", R"("dest_port": "UDP/50")",
                {u"saas.json"_s, u"tables[0].flows[1].dest_port"_s, u"esp"_s});
        replace("unknown type", "saas.json", R"("type": "Bidirectional")", R"("type": "Bi-directional")",
                {u"saas.json"_s, u"tables[0].flows[0].type"_s, u"Bi-directional"_s});
        replace("unknown protocol id", "saas.json", R"("protocol_id": "ike")", R"("protocol_id": "ikev2")",
                {u"saas.json"_s, u"tables[0].flows[0].protocol_id"_s, u"ikev2"_s});
        replace("bad flow id", "saas.json", R"("id": "i6",)", R"("id": "I 6",)",
                {u"saas.json"_s, u"tables[0].flows[0].id"_s});
        replace("duplicate flow id", "saas.json", R"("id": "i7",)", R"("id": "i6",)",
                {u"saas.json"_s, u"tables[0].flows[1].id"_s, u"i6"_s, u"twice"_s});
        replace("unknown to_system", "saas.json", R"("to_system": "SUPPORT")", R"("to_system": "SUPORT")",
                {u"saas.json"_s, u"tables[0].flows[7].to_system"_s, u"SUPORT"_s});
        replace("LRC destination", "saas.json", R"("to_system": "SLRC")", R"("to_system": "LRC")",
                {u"saas.json"_s, u"tables[0].flows[0].to_system"_s, u"LRC"_s});
        replace("SaaS row to TPE", "saas.json", R"("to_system": "SUPPORT")", R"("to_system": "TPE")",
                {u"saas.json"_s, u"tables[0].flows[7].to_system"_s, u"TPE"_s});
        replace("self-hosted row to SLRC", "self-hosted.json", R"("to_system": "TPE")", R"("to_system": "SLRC")",
                {u"self-hosted.json"_s, u"tables[0].flows[0].to_system"_s, u"SLRC"_s});
        replace("bad SaaS requirement", "saas.json", R"("requirement": "MUST")", R"("requirement": "SHOULD")",
                {u"saas.json"_s, u"tables[0].flows[0].requirement"_s});
        replace("bad HA requirement", "self-hosted.json", R"("high_availability": "MUST")",
                R"("high_availability": "must")", {u"self-hosted.json"_s, u"tables[0].flows[0].requirement"_s});
        replace("bad min_lrr_version", "saas.json", R"("min_lrr_version": "2.8")", R"("min_lrr_version": "2.8b")",
                {u"saas.json"_s, u"tables[0].flows[2].min_lrr_version"_s, u"2.8b"_s});
        replace("empty description", "self-hosted.json", R"j("description": "Ping (TPE)")j", R"("description": " ")",
                {u"self-hosted.json"_s, u"tables[0].flows[2].description: must not be empty"_s});
        replace("unknown deployment", "saas.json", R"("deployment": "saas")", R"("deployment": "cloud")",
                {u"saas.json"_s, u"deployment"_s, u"cloud"_s});
        replace("lrr-plain in SaaS", "saas.json", R"("transport": "lrr-tls")", R"("transport": "lrr-plain")",
                {u"saas.json"_s, u"tables[1].transport"_s, u"lrr-plain"_s});
        replace("unknown transport", "self-hosted.json", R"("transport": "lrr-tls")", R"("transport": "lrr-ssl")",
                {u"self-hosted.json"_s, u"tables[1].transport"_s, u"lrr-ssl"_s});
        other("empty flow list", "set", "saas.json", "tables/0/flows", "[]",
              {u"saas.json"_s, u"tables[0].flows: must list at least one flow"_s});

        // Tunnels.
        replace("tunnel via unknown flow", "saas.json", R"("via_flow": "i7a")", R"("via_flow": "i99")",
                {u"saas.json"_s, u"tables[1].tunnels[0].via_flow"_s, u"i99"_s});
        replace("tunnel via missing port", "saas.json", R"("via_port": 3001)", R"("via_port": 3004)",
                {u"saas.json"_s, u"tables[1].tunnels[0].via_port"_s, u"3004"_s});
        replace("tunnel via_port out of range", "saas.json", R"("via_port": 3001)", R"("via_port": 70000)",
                {u"saas.json"_s, u"tables[1].tunnels[0].via_port"_s, u"out of range"_s});
        replace("tunnel via_port a string", "saas.json", R"("via_port": 3001)", R"("via_port": "3001")",
                {u"saas.json"_s, u"tables[1].tunnels[0].via_port"_s});
        replace("tunnel to unknown system", "saas.json", R"("to_system": "LRC")", R"("to_system": "LCR")",
                {u"saas.json"_s, u"tables[0].tunnels[0].to_system"_s, u"LCR"_s});

        // Tables of the whole catalog.
        other("missing table", "drop", "self-hosted.json", "lrr-plain", {},
              {u"no table"_s, u"self-hosted"_s, u"lrr-plain"_s});
        other("missing SaaS table", "drop", "saas.json", "basics-station", {},
              {u"no table"_s, u"saas"_s, u"basics-station"_s});
        replace("table defined twice in a file", "self-hosted.json", R"("transport": "lrr-plain")",
                R"("transport": "lrr-tls")", {u"self-hosted.json"_s, u"tables[2].transport"_s, u"defined twice"_s});
        other("table defined twice in two files", "copy", "saas.json", {}, "saas2.json",
              {u"saas2.json"_s, u"tables[0].transport"_s, u"defined twice"_s, u"saas.json"_s});
        other("no SaaS file", "remove", "saas.json", {}, {}, {u"no table"_s, u"saas"_s});

        // Platforms.
        other("no platforms file", "remove", "platforms.json", {}, {}, {u"platforms"_s, u"tpready-platforms/1"_s});
        replace("platform missing a role", "platforms.json",
                ",\n        \"PROXY_HTTP\": [\"thingparkenterprise.eu.actility.com\"]", "",
                {u"platforms.json"_s, u"platforms[0].hosts.PROXY_HTTP: missing"_s});
        replace("platform role without host", "platforms.json", R"j("SLRC (LNS-BRIDGE)": ["lns.eu.thingpark.com"])j",
                R"j("SLRC (LNS-BRIDGE)": [])j",
                {u"platforms.json"_s, u"platforms[0].hosts.SLRC (LNS-BRIDGE)"_s, u"at least one"_s});
        replace("platform unknown role", "platforms.json", R"("SUPPORT": [)", R"("SUPPORTS": [)",
                {u"platforms.json"_s, u"platforms[0].hosts.SUPPORTS: unknown role"_s});
        replace("platform TPE role", "platforms.json", R"("PROXY_HTTP": [)", R"("TPE": [)",
                {u"platforms.json"_s, u"platforms[0].hosts.TPE: unknown role"_s});
        replace("bad host name", "platforms.json", R"("slrc1.eu.thingpark.com")", R"("slrc1.eu_thingpark.com")",
                {u"platforms.json"_s, u"platforms[0].hosts.SLRC"_s, u"slrc1.eu_thingpark.com"_s});
        replace("host name is a URL", "platforms.json", R"("lns.au.thingpark.com")", R"("wss://lns.au.thingpark.com")",
                {u"platforms.json"_s, u"platforms[1].hosts.SLRC (LNS-BRIDGE)"_s, u"wss://lns.au.thingpark.com"_s});
        replace("empty host name", "platforms.json", R"("support2-us.thingpark.com")", R"("")",
                {u"platforms.json"_s, u"platforms[2].hosts.SUPPORT[1]"_s});
        replace("duplicate platform id", "platforms.json", R"("id": "au-prod")", R"("id": "eu-prod")",
                {u"platforms.json"_s, u"platforms[1].id"_s, u"eu-prod"_s, u"twice"_s});
        replace("bad platform id", "platforms.json", R"("id": "us-prod")", R"("id": "US prod")",
                {u"platforms.json"_s, u"platforms[2].id"_s, u"US prod"_s});
        replace("platform without name", "platforms.json", R"("name": "ThingPark Community",)", "",
                {u"platforms.json"_s, u"platforms[3].name: missing"_s});
        other("empty platform list", "write", "platforms.json", R"({"schema": "tpready-platforms/1", "platforms": []})",
              {}, {u"tpready-platforms/1"_s});

        // Directories and files.
        other("empty directory", "empty", "", {}, {}, {u"no .json file"_s});
        other("directory does not exist", "nodir", "", {}, {}, {u"no .json file"_s, u"does-not-exist"_s});
        other("file larger than 4 MiB", "pad", "saas.json", {}, {}, {u"saas.json"_s, u"larger than"_s});
        other("stray JSON file", "write", "notes.json", R"({"hello": "world"})", {},
              {u"notes.json"_s, u"schema: missing"_s});
    }

    void malformed()
    {
        QFETCH(QString, op);
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QStringList, expected);

        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        QString dir = temp.path();
        const QString path = dir + u'/' + file;
        if (op == u"nodir") {
            dir = temp.path() + u"/does-not-exist";
        } else if (op != u"empty") {
            QVERIFY(copyGoodCatalog(dir));
            // The untouched copy loads: the failure below is the edit's.
            QString goodError;
            QVERIFY2(Catalog::loadFromDirectory(dir, &goodError), qPrintable(goodError));
        }

        if (op == u"replace") {
            QByteArray bytes = readFile(path);
            const qsizetype at = bytes.indexOf(from);
            QVERIFY2(at >= 0, from.constData());
            bytes.replace(at, from.size(), to);
            QVERIFY(writeFile(path, bytes));
        } else if (op == u"write") {
            QVERIFY(writeFile(path, from));
        } else if (op == u"remove") {
            QVERIFY(QFile::remove(path));
        } else if (op == u"copy") {
            QVERIFY(QFile::copy(path, dir + u'/' + QString::fromUtf8(to)));
        } else if (op == u"pad") {
            QByteArray bytes = readFile(path);
            bytes.append(QByteArray(4 * 1024 * 1024, ' '));
            QVERIFY(QJsonDocument::fromJson(bytes).isObject()); // still valid JSON: only the size is wrong
            QVERIFY(writeFile(path, bytes));
        } else if (op == u"set" || op == u"unset") {
            QJsonValue value; // undefined: remove
            if (op == u"set") {
                const QJsonDocument wrapped = QJsonDocument::fromJson("[" + to + "]");
                QVERIFY(wrapped.isArray());
                value = wrapped.array().at(0);
            } else {
                value = QJsonValue(QJsonValue::Undefined);
            }
            const QJsonValue root = QJsonDocument::fromJson(readFile(path)).object();
            const QJsonValue edited = setAt(root, QString::fromUtf8(from).split(u'/'), value);
            QVERIFY(edited != root);
            QVERIFY(writeFile(path, QJsonDocument(edited.toObject()).toJson()));
        } else if (op == u"drop") {
            QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
            QJsonArray tables = root.value(u"tables"_s).toArray();
            const qsizetype before = tables.size();
            for (qsizetype i = 0; i < tables.size(); ++i) {
                if (tables.at(i).toObject().value(u"transport"_s).toString() == QString::fromUtf8(from))
                    tables.removeAt(i--);
            }
            QCOMPARE(tables.size(), before - 1);
            root.insert(u"tables"_s, tables);
            QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
        } else {
            QVERIFY(op == u"empty" || op == u"nodir");
        }

        QString error;
        const auto catalog = Catalog::loadFromDirectory(dir, &error);
        QVERIFY2(!catalog, "a malformed catalog was accepted");
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QVERIFY2(error.size() < 400, qPrintable(error));
        for (const QString &fragment : expected)
            QVERIFY2(error.contains(fragment), qPrintable(u"'%1' not in: %2"_s.arg(fragment, error)));
    }

    /// Truncating a good file anywhere, or flipping bytes, never crashes the loader: it fails with one line naming
    /// the file, or (when the edit happens to keep the file valid) loads.
    void mutatedFilesNeverCrash()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        QVERIFY(copyGoodCatalog(temp.path()));
        QRandomGenerator random(20240611); // fixed seed: the same mutations on every run
        for (const QString &name : kCatalogFiles) {
            const QString path = temp.path() + u'/' + name;
            const QByteArray good = readFile(path);
            QVERIFY(!good.isEmpty());
            for (int round = 0; round < 150; ++round) {
                QByteArray bytes = good;
                if (round % 3 == 0) {
                    bytes.truncate(random.bounded(int(good.size())));
                } else {
                    const int flips = 1 + random.bounded(4);
                    for (int i = 0; i < flips; ++i)
                        bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
                }
                QVERIFY(writeFile(path, bytes));
                QString error;
                const auto catalog = Catalog::loadFromDirectory(temp.path(), &error);
                if (!catalog) {
                    QVERIFY2(!error.isEmpty() && !error.contains(u'\n'), qPrintable(error));
                    QVERIFY2(error.contains(name) || error.contains(u"no table") || error.contains(u"platforms"),
                             qPrintable(error));
                }
            }
            QVERIFY(writeFile(path, good));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "testcatalog.moc"
