// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "core/catalog/hostnames.h"

namespace tpready {
namespace {

const QString kPlatformsSchema = QStringLiteral("tpready-platforms/1");
const QString kCatalogSchema = QStringLiteral("tpready-catalog/1");
constexpr qint64 kMaxCatalogFileSize = 4 * 1024 * 1024;

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogText)
};

/// What an error quotes of a name or value from the files (or of a path typed by the user): one line (control
/// characters and line separators escaped), at most @p maxChars characters of it.
QString cut(const QString &text, int maxChars)
{
    QString line;
    for (const QChar c : text.left(maxChars)) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            line += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            line += c;
    }
    return text.size() > maxChars ? line + QStringLiteral("\u2026") : line;
}

/// Reads one JSON file, remembering where it is so every error names the file and the key.
class Reader
{
public:
    explicit Reader(QString fileName) : m_fileName(std::move(fileName)) {}

    bool fail(const QString &key, const QString &reason)
    {
        // Keys and values come from the file: a hostile one must not turn the error into megabytes.
        if (m_error.isEmpty())
            m_error =
                CatalogText::tr("catalog file %1: %2: %3").arg(cut(m_fileName, 120), cut(key, 160), cut(reason, 300));
        return false;
    }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &fileName() const { return m_fileName; }

    QString string(const QJsonObject &object, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(path + key, CatalogText::tr("missing"));
            return {};
        }
        if (!value.isString()) {
            fail(path + key, CatalogText::tr("must be a string"));
            return {};
        }
        const QString text = value.toString();
        if (required && text.trimmed().isEmpty())
            fail(path + key, CatalogText::tr("must not be empty"));
        return text;
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(path + key, CatalogText::tr("missing"));
            return {};
        }
        if (!value.isArray()) {
            fail(path + key, CatalogText::tr("must be an array"));
            return {};
        }
        return value.toArray();
    }

    QStringList stringList(const QJsonObject &object, const QString &path, const QString &key, bool required)
    {
        QStringList result;
        const QJsonArray values = array(object, path, key, required);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!values.at(i).isString() || values.at(i).toString().trimmed().isEmpty()) {
                fail(QStringLiteral("%1%2[%3]").arg(path, key).arg(i), CatalogText::tr("must be a non-empty string"));
                return {};
            }
            result << values.at(i).toString();
        }
        return result;
    }

    /// Checks that the object has no key outside @p allowed: a typo must not silently drop a column.
    void onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(path + it.key(), CatalogText::tr("unknown key"));
                return;
            }
        }
    }

private:
    QString m_fileName;
    QString m_error;
};

std::optional<Requirement> requirementFromVendor(const QString &text)
{
    if (text == u"MUST")
        return Requirement::Must;
    if (text == u"OPTIONAL")
        return Requirement::Optional;
    return std::nullopt;
}

/// "UDP/500 UDP/4500" -> two PortSpecs; "-" -> one PortSpec with port 0 whose transport follows the protocol.
bool parsePorts(const QString &label, Protocol protocol, QList<PortSpec> *ports, QString *reason)
{
    ports->clear();
    if (label == u"-") {
        const ProtocolTraits &traits = traitsOf(protocol);
        if (traits.takesPorts) {
            *reason = CatalogText::tr("'-' (no port) is only valid for ICMP, ESP and DHCP");
            return false;
        }
        PortSpec spec;
        spec.transport = traits.portlessTransport;
        ports->append(spec);
        return true;
    }
    static const QRegularExpression re(QStringLiteral(R"(^(TCP|UDP)/(\d{1,5})$)"));
    const QStringList parts = label.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto match = re.match(part);
        if (!match.hasMatch()) {
            *reason =
                CatalogText::tr("'%1' is not a port (expected TCP/443 or UDP/500, separated by spaces)").arg(part);
            return false;
        }
        const int port = match.capturedView(2).toInt();
        if (port < 1 || port > 65535) {
            *reason = CatalogText::tr("port %1 is out of range (1-65535)").arg(port);
            return false;
        }
        PortSpec spec;
        spec.transport = match.capturedView(1) == u"TCP" ? IpTransport::Tcp : IpTransport::Udp;
        spec.port = static_cast<quint16>(port);
        ports->append(spec);
    }
    if (ports->isEmpty()) {
        *reason = CatalogText::tr("no port given");
        return false;
    }
    return true;
}

std::optional<QJsonObject> readJsonObject(const QByteArray &bytes, Reader *reader)
{
    if (bytes.size() > kMaxCatalogFileSize) {
        reader->fail(QStringLiteral("(file)"), CatalogText::tr("is larger than %1 bytes").arg(kMaxCatalogFileSize));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader->fail(QStringLiteral("(offset %1)").arg(parseError.offset),
                     CatalogText::tr("is not valid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader->fail(QStringLiteral("(top level)"), CatalogText::tr("must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

void readPlatforms(const QJsonObject &root, Reader *reader, QList<Platform> *platforms)
{
    reader->onlyKeys(root, QString(),
                     {QStringLiteral("schema"), QStringLiteral("source"), QStringLiteral("platforms")});
    const QJsonArray list = reader->array(root, QString(), QStringLiteral("platforms"));
    static const QList<Role> kPlatformRoles{Role::Slrc, Role::LnsBridge, Role::Lrc, Role::Support, Role::ProxyHttp};
    for (qsizetype i = 0; i < list.size() && !reader->failed(); ++i) {
        const QString path = QStringLiteral("platforms[%1].").arg(i);
        if (!list.at(i).isObject()) {
            reader->fail(path.chopped(1), CatalogText::tr("must be an object"));
            return;
        }
        const QJsonObject object = list.at(i).toObject();
        reader->onlyKeys(object, path, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("hosts")});
        Platform platform;
        platform.id = reader->string(object, path, QStringLiteral("id"));
        platform.name = reader->string(object, path, QStringLiteral("name"));
        if (reader->failed())
            return;
        static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (!idRe.match(platform.id).hasMatch()) {
            reader->fail(path + u"id",
                         CatalogText::tr("'%1' must be lower-case letters, digits and hyphens").arg(platform.id));
            return;
        }
        const QJsonValue hostsValue = object.value(QStringLiteral("hosts"));
        if (!hostsValue.isObject()) {
            reader->fail(path + u"hosts",
                         hostsValue.isUndefined() ? CatalogText::tr("missing") : CatalogText::tr("must be an object"));
            return;
        }
        const QJsonObject hosts = hostsValue.toObject();
        for (auto it = hosts.begin(); it != hosts.end(); ++it) {
            const auto role = roleFromVendorName(it.key());
            if (!role || !kPlatformRoles.contains(*role)) {
                reader->fail(path + u"hosts." + it.key(),
                             CatalogText::tr("unknown role (expected SLRC, SLRC (LNS-BRIDGE), LRC, "
                                             "SUPPORT or PROXY_HTTP)"));
                return;
            }
            const QStringList names = reader->stringList(hosts, path + u"hosts.", it.key(), true);
            for (const QString &name : names) {
                if (!isValidHostName(name)) {
                    reader->fail(path + u"hosts." + it.key(),
                                 CatalogText::tr("'%1' is not a valid host name").arg(name));
                    return;
                }
            }
            if (names.isEmpty())
                reader->fail(path + u"hosts." + it.key(), CatalogText::tr("must list at least one host"));
            platform.hosts.insert(*role, names);
        }
        for (Role role : kPlatformRoles) {
            if (!reader->failed() && !platform.hosts.contains(role))
                reader->fail(path + u"hosts." + vendorName(role), CatalogText::tr("missing"));
        }
        for (const Platform &other : std::as_const(*platforms)) {
            if (!reader->failed() && other.id == platform.id)
                reader->fail(path + u"id", CatalogText::tr("'%1' is defined twice").arg(platform.id));
        }
        platforms->append(platform);
    }
}

bool readFlow(const QJsonObject &object, const QString &path, Deployment deployment, Reader *reader, Flow *flow)
{
    reader->onlyKeys(object, path,
                     {QStringLiteral("id"), QStringLiteral("from_system"), QStringLiteral("from_application"),
                      QStringLiteral("type"), QStringLiteral("protocol"), QStringLiteral("protocol_id"),
                      QStringLiteral("dest_port"), QStringLiteral("to_system"), QStringLiteral("to_application"),
                      QStringLiteral("description"), QStringLiteral("notes"), QStringLiteral("requirement"),
                      QStringLiteral("min_lrr_version")});
    flow->id = reader->string(object, path, QStringLiteral("id"));
    flow->fromSystem = reader->string(object, path, QStringLiteral("from_system"));
    flow->fromApplication = reader->string(object, path, QStringLiteral("from_application"));
    flow->type = reader->string(object, path, QStringLiteral("type"));
    flow->protocolLabel = reader->string(object, path, QStringLiteral("protocol"));
    const QString protocolId = reader->string(object, path, QStringLiteral("protocol_id"));
    flow->destPortLabel = reader->string(object, path, QStringLiteral("dest_port"));
    flow->toSystem = reader->string(object, path, QStringLiteral("to_system"));
    flow->toApplication = reader->string(object, path, QStringLiteral("to_application"));
    flow->description = reader->string(object, path, QStringLiteral("description"));
    flow->notes = reader->stringList(object, path, QStringLiteral("notes"), false);
    const QString minVersion = reader->string(object, path, QStringLiteral("min_lrr_version"), false);
    if (reader->failed())
        return false;

    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9]*$"));
    if (!idRe.match(flow->id).hasMatch())
        return reader->fail(path + u"id", CatalogText::tr("'%1' is not a flow id such as i7a").arg(flow->id));
    if (flow->type == u"Bidirectional")
        flow->direction = Direction::Bidirectional;
    else if (flow->type == u"Unidirectional")
        flow->direction = Direction::Unidirectional;
    else
        return reader->fail(path + u"type",
                            CatalogText::tr("'%1' must be Bidirectional or Unidirectional").arg(flow->type));

    const auto protocol = protocolFromToken(protocolId);
    if (!protocol)
        return reader->fail(path + u"protocol_id", CatalogText::tr("'%1' is not a known protocol").arg(protocolId));
    flow->protocol = *protocol;

    QString reason;
    if (!parsePorts(flow->destPortLabel, flow->protocol, &flow->ports, &reason))
        return reader->fail(path + u"dest_port", reason);
    if (traitsOf(flow->protocol).takesPorts && flow->ports.constFirst().port == 0)
        return reader->fail(path + u"dest_port", CatalogText::tr("protocol %1 needs a port").arg(protocolId));
    if (!traitsOf(flow->protocol).takesPorts && flow->destPortLabel != u"-")
        return reader->fail(path + u"dest_port", CatalogText::tr("protocol %1 takes no port: use '-'").arg(protocolId));

    const auto role = roleFromVendorName(flow->toSystem);
    if (!role)
        return reader->fail(path + u"to_system",
                            CatalogText::tr("'%1' is not a known destination system").arg(flow->toSystem));
    flow->toRole = *role;
    if (*role == Role::Lrc)
        return reader->fail(path + u"to_system",
                            CatalogText::tr("LRC is reached only through SLRC tunnels, never directly"));
    const bool saasRole =
        *role == Role::Slrc || *role == Role::LnsBridge || *role == Role::Support || *role == Role::ProxyHttp;
    if (deployment == Deployment::Saas && *role == Role::Tpe)
        return reader->fail(path + u"to_system", CatalogText::tr("TPE is not a destination of a SaaS deployment"));
    if (deployment == Deployment::SelfHosted && saasRole)
        return reader->fail(path + u"to_system",
                            CatalogText::tr("%1 is not a destination of a self-hosted deployment").arg(flow->toSystem));

    if (!minVersion.isEmpty()) {
        flow->minLrrVersion = LrrVersion::parse(minVersion);
        if (!flow->minLrrVersion)
            return reader->fail(path + u"min_lrr_version",
                                CatalogText::tr("'%1' is not a version such as 2.8").arg(minVersion));
    }

    const QJsonValue requirement = object.value(QStringLiteral("requirement"));
    if (deployment == Deployment::Saas) {
        const auto value = requirementFromVendor(requirement.toString());
        if (!requirement.isString() || !value)
            return reader->fail(path + u"requirement", CatalogText::tr("must be \"MUST\" or \"OPTIONAL\""));
        flow->standalone = flow->highAvailability = *value;
    } else {
        const QJsonObject columns = requirement.toObject();
        reader->onlyKeys(columns, path + u"requirement.",
                         {QStringLiteral("standalone"), QStringLiteral("high_availability")});
        const auto standalone = requirementFromVendor(columns.value(QStringLiteral("standalone")).toString());
        const auto ha = requirementFromVendor(columns.value(QStringLiteral("high_availability")).toString());
        if (!requirement.isObject() || !standalone || !ha)
            return reader->fail(
                path + u"requirement",
                CatalogText::tr("must be an object with \"standalone\" and \"high_availability\", each \"MUST\" "
                                "or \"OPTIONAL\""));
        flow->standalone = *standalone;
        flow->highAvailability = *ha;
    }
    return !reader->failed();
}

void readTables(const QJsonObject &root, Reader *reader, QList<FlowTable> *tables)
{
    reader->onlyKeys(
        root, QString(),
        {QStringLiteral("schema"), QStringLiteral("deployment"), QStringLiteral("section"), QStringLiteral("tables")});
    const QString deploymentToken = reader->string(root, QString(), QStringLiteral("deployment"));
    const QString section = reader->string(root, QString(), QStringLiteral("section"));
    if (reader->failed())
        return;
    const auto deployment = deploymentFromToken(deploymentToken);
    if (!deployment) {
        reader->fail(QStringLiteral("deployment"),
                     CatalogText::tr("'%1' must be saas or self-hosted").arg(deploymentToken));
        return;
    }
    const QJsonArray list = reader->array(root, QString(), QStringLiteral("tables"));
    for (qsizetype t = 0; t < list.size() && !reader->failed(); ++t) {
        const QString path = QStringLiteral("tables[%1].").arg(t);
        if (!list.at(t).isObject()) {
            reader->fail(path.chopped(1), CatalogText::tr("must be an object"));
            return;
        }
        const QJsonObject object = list.at(t).toObject();
        reader->onlyKeys(
            object, path,
            {QStringLiteral("transport"), QStringLiteral("title"), QStringLiteral("flows"), QStringLiteral("tunnels")});
        FlowTable table;
        table.deployment = *deployment;
        table.section = section;
        table.sourceFile = reader->fileName();
        const QString transportToken = reader->string(object, path, QStringLiteral("transport"));
        table.title = reader->string(object, path, QStringLiteral("title"));
        if (reader->failed())
            return;
        const auto transport = transportFromToken(transportToken);
        if (!transport || !isTransportAvailable(*deployment, *transport)) {
            reader->fail(
                path + u"transport",
                CatalogText::tr("'%1' is not a transport of a %2 deployment").arg(transportToken, deploymentToken));
            return;
        }
        table.transport = *transport;
        const QJsonArray flows = reader->array(object, path, QStringLiteral("flows"));
        if (flows.isEmpty() && !reader->failed())
            reader->fail(path + u"flows", CatalogText::tr("must list at least one flow"));
        QSet<QString> ids;
        for (qsizetype f = 0; f < flows.size() && !reader->failed(); ++f) {
            const QString flowPath = QStringLiteral("%1flows[%2].").arg(path).arg(f);
            if (!flows.at(f).isObject()) {
                reader->fail(flowPath.chopped(1), CatalogText::tr("must be an object"));
                return;
            }
            Flow flow;
            if (!readFlow(flows.at(f).toObject(), flowPath, *deployment, reader, &flow))
                return;
            if (ids.contains(flow.id)) {
                reader->fail(flowPath + u"id", CatalogText::tr("'%1' appears twice in this table").arg(flow.id));
                return;
            }
            ids.insert(flow.id);
            table.flows.append(flow);
        }
        const QJsonArray tunnels = reader->array(object, path, QStringLiteral("tunnels"), false);
        for (qsizetype n = 0; n < tunnels.size() && !reader->failed(); ++n) {
            const QString tunnelPath = QStringLiteral("%1tunnels[%2].").arg(path).arg(n);
            if (!tunnels.at(n).isObject()) {
                reader->fail(tunnelPath.chopped(1), CatalogText::tr("must be an object"));
                return;
            }
            const QJsonObject tunnelObject = tunnels.at(n).toObject();
            reader->onlyKeys(tunnelObject, tunnelPath,
                             {QStringLiteral("via_flow"), QStringLiteral("via_port"), QStringLiteral("inner_flow"),
                              QStringLiteral("to_system"), QStringLiteral("dest_port")});
            Tunnel tunnel;
            tunnel.viaFlow = reader->string(tunnelObject, tunnelPath, QStringLiteral("via_flow"));
            tunnel.toSystem = reader->string(tunnelObject, tunnelPath, QStringLiteral("to_system"));
            tunnel.innerFlow = reader->string(tunnelObject, tunnelPath, QStringLiteral("inner_flow"), false);
            tunnel.destPortLabel = reader->string(tunnelObject, tunnelPath, QStringLiteral("dest_port"), false);
            if (reader->failed())
                return;
            const QJsonValue viaPortValue = tunnelObject.value(QStringLiteral("via_port"));
            // toInt() would read a string or a fraction as 0, silently turning a typo into a whole-flow tunnel.
            if (!viaPortValue.isUndefined() &&
                (!viaPortValue.isDouble() || viaPortValue.toDouble() != viaPortValue.toInt(-1))) {
                reader->fail(tunnelPath + u"via_port", CatalogText::tr("must be an integer"));
                return;
            }
            const int viaPort = viaPortValue.toInt(0);
            if (viaPort < 0 || viaPort > 65535) {
                reader->fail(tunnelPath + u"via_port",
                             CatalogText::tr("port %1 is out of range (1-65535)").arg(viaPort));
                return;
            }
            tunnel.viaPort = static_cast<quint16>(viaPort);
            const auto via = std::find_if(table.flows.cbegin(), table.flows.cend(),
                                          [&](const Flow &flow) { return flow.id == tunnel.viaFlow; });
            if (via == table.flows.cend()) {
                reader->fail(tunnelPath + u"via_flow",
                             CatalogText::tr("'%1' is not a flow of this table").arg(tunnel.viaFlow));
                return;
            }
            if (tunnel.viaPort != 0 && std::none_of(via->ports.cbegin(), via->ports.cend(),
                                                    [&](const PortSpec &p) { return p.port == tunnel.viaPort; })) {
                reader->fail(tunnelPath + u"via_port",
                             CatalogText::tr("flow %1 has no port %2").arg(tunnel.viaFlow).arg(tunnel.viaPort));
                return;
            }
            if (!tunnel.destPortLabel.isEmpty()) {
                QList<PortSpec> innerPorts;
                QString reason;
                if (!parsePorts(tunnel.destPortLabel, Protocol::Tls, &innerPorts, &reason)) {
                    reader->fail(tunnelPath + u"dest_port", reason);
                    return;
                }
            }
            const auto role = roleFromVendorName(tunnel.toSystem);
            if (role && *role != Role::Lrc && *role != Role::Support) {
                reader->fail(tunnelPath + u"to_system",
                             CatalogText::tr("only LRC and SUPPORT are reached through a tunnel"));
                return;
            }
            if (!role) {
                reader->fail(tunnelPath + u"to_system",
                             CatalogText::tr("'%1' is not a known destination system").arg(tunnel.toSystem));
                return;
            }
            tunnel.toRole = *role;
            table.tunnels.append(tunnel);
        }
        for (const FlowTable &other : std::as_const(*tables)) {
            if (other.deployment == table.deployment && other.transport == table.transport) {
                reader->fail(path + u"transport", CatalogText::tr("the %1 %2 table is defined twice (also in %3)")
                                                      .arg(deploymentToken, transportToken, other.sourceFile));
                return;
            }
        }
        tables->append(table);
    }
}

} // namespace

std::optional<Catalog> Catalog::loadFromDirectory(const QString &directory, QString *error)
{
    const QDir dir(directory);
    // Unreadable files are listed too, so that the error names them rather than a table they would have held.
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (!dir.exists() || names.isEmpty()) {
        *error = CatalogText::tr("catalog directory %1 holds no .json file")
                     .arg(cut(QDir::toNativeSeparators(directory), 200));
        return std::nullopt;
    }
    QMap<QString, QByteArray> files;
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QString problem;
        if (!file.open(QIODevice::ReadOnly))
            problem = CatalogText::tr("cannot be read: %1").arg(file.errorString());
        else if (file.size() > kMaxCatalogFileSize) // never read a huge file whole
            problem = CatalogText::tr("is larger than %1 bytes").arg(kMaxCatalogFileSize);
        if (!problem.isEmpty()) {
            *error = CatalogText::tr("catalog file %1: %2: %3").arg(cut(name, 120), QStringLiteral("(file)"), problem);
            return std::nullopt;
        }
        files.insert(name, file.readAll());
    }
    return loadFromFiles(files, cut(QDir::toNativeSeparators(directory), 200), error);
}

std::optional<Catalog> Catalog::loadFromFiles(const QMap<QString, QByteArray> &files, const QString &origin,
                                              QString *error)
{
    if (files.isEmpty()) {
        *error = CatalogText::tr("catalog directory %1 holds no .json file").arg(origin);
        return std::nullopt;
    }
    Catalog catalog;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        Reader reader(it.key());
        const auto root = readJsonObject(it.value(), &reader);
        if (root) {
            const QString schema = reader.string(*root, QString(), QStringLiteral("schema"));
            if (schema == kPlatformsSchema)
                readPlatforms(*root, &reader, &catalog.m_platforms);
            else if (schema == kCatalogSchema)
                readTables(*root, &reader, &catalog.m_tables);
            else if (!reader.failed())
                reader.fail(QStringLiteral("schema"),
                            CatalogText::tr("'%1' is not %2 or %3").arg(schema, kPlatformsSchema, kCatalogSchema));
        }
        if (reader.failed()) {
            *error = reader.error();
            return std::nullopt;
        }
    }

    // Whole-catalog consistency: every table the product offers, and platforms for SaaS.
    for (Deployment deployment : allDeployments()) {
        for (Transport transport : allTransports()) {
            if (isTransportAvailable(deployment, transport) && !catalog.table(deployment, transport)) {
                *error = CatalogText::tr("catalog directory %1: no table for deployment %2 with transport %3")
                             .arg(origin, toToken(deployment), toToken(transport));
                return std::nullopt;
            }
        }
    }
    if (catalog.m_platforms.isEmpty()) {
        *error = CatalogText::tr("catalog directory %1: no file lists the SaaS platforms (schema %2)")
                     .arg(origin, kPlatformsSchema);
        return std::nullopt;
    }
    // Keep the order of the product (tables by deployment, then transport), whatever the file names.
    std::stable_sort(catalog.m_tables.begin(), catalog.m_tables.end(), [](const FlowTable &a, const FlowTable &b) {
        return std::make_pair(a.deployment, a.transport) < std::make_pair(b.deployment, b.transport);
    });
    return catalog;
}

QString Catalog::builtInDirectory()
{
    return QStringLiteral(":/catalog");
}

std::optional<Catalog> Catalog::loadBuiltIn(QString *error)
{
    return loadFromDirectory(builtInDirectory(), error);
}

const FlowTable *Catalog::table(Deployment deployment, Transport transport) const
{
    for (const FlowTable &table : m_tables) {
        if (table.deployment == deployment && table.transport == transport)
            return &table;
    }
    return nullptr;
}

const Platform *Catalog::platform(QStringView id) const
{
    for (const Platform &platform : m_platforms) {
        if (platform.id == id)
            return &platform;
    }
    return nullptr;
}

QStringList Catalog::platformIds() const
{
    QStringList ids;
    for (const Platform &platform : m_platforms)
        ids << platform.id;
    return ids;
}

} // namespace tpready
