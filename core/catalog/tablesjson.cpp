// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tablesjson.h"

#include <QRegularExpression>
#include <QSet>

#include "core/catalog/catalogfile.h"

namespace tpready {
namespace {

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

bool readFlow(const QJsonObject &object, const QString &path, Deployment deployment, CatalogFile *file, Flow *flow)
{
    file->onlyKeys(object, path,
                   {QStringLiteral("id"), QStringLiteral("from_system"), QStringLiteral("from_application"),
                    QStringLiteral("type"), QStringLiteral("protocol"), QStringLiteral("protocol_id"),
                    QStringLiteral("dest_port"), QStringLiteral("to_system"), QStringLiteral("to_application"),
                    QStringLiteral("description"), QStringLiteral("notes"), QStringLiteral("requirement"),
                    QStringLiteral("min_lrr_version")});
    flow->id = file->string(object, path, QStringLiteral("id"));
    flow->fromSystem = file->string(object, path, QStringLiteral("from_system"));
    flow->fromApplication = file->string(object, path, QStringLiteral("from_application"));
    flow->type = file->string(object, path, QStringLiteral("type"));
    flow->protocolLabel = file->string(object, path, QStringLiteral("protocol"));
    const QString protocolId = file->string(object, path, QStringLiteral("protocol_id"));
    flow->destPortLabel = file->string(object, path, QStringLiteral("dest_port"));
    flow->toSystem = file->string(object, path, QStringLiteral("to_system"));
    flow->toApplication = file->string(object, path, QStringLiteral("to_application"));
    flow->description = file->string(object, path, QStringLiteral("description"));
    flow->notes = file->stringList(object, path, QStringLiteral("notes"), false);
    const QString minVersion = file->string(object, path, QStringLiteral("min_lrr_version"), false);
    if (file->failed())
        return false;

    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9]*$"));
    if (!idRe.match(flow->id).hasMatch())
        return file->fail(path + u"id", CatalogText::tr("'%1' is not a flow id such as i7a").arg(flow->id));
    if (flow->type == u"Bidirectional")
        flow->direction = Direction::Bidirectional;
    else if (flow->type == u"Unidirectional")
        flow->direction = Direction::Unidirectional;
    else
        return file->fail(path + u"type",
                          CatalogText::tr("'%1' must be Bidirectional or Unidirectional").arg(flow->type));

    const auto protocol = protocolFromToken(protocolId);
    if (!protocol)
        return file->fail(path + u"protocol_id", CatalogText::tr("'%1' is not a known protocol").arg(protocolId));
    flow->protocol = *protocol;

    QString reason;
    if (!parsePorts(flow->destPortLabel, flow->protocol, &flow->ports, &reason))
        return file->fail(path + u"dest_port", reason);
    if (traitsOf(flow->protocol).takesPorts && flow->ports.constFirst().port == 0)
        return file->fail(path + u"dest_port", CatalogText::tr("protocol %1 needs a port").arg(protocolId));
    if (!traitsOf(flow->protocol).takesPorts && flow->destPortLabel != u"-")
        return file->fail(path + u"dest_port", CatalogText::tr("protocol %1 takes no port: use '-'").arg(protocolId));

    const auto role = roleFromVendorName(flow->toSystem);
    if (!role)
        return file->fail(path + u"to_system",
                          CatalogText::tr("'%1' is not a known destination system").arg(flow->toSystem));
    flow->toRole = *role;
    if (*role == Role::Lrc)
        return file->fail(path + u"to_system",
                          CatalogText::tr("LRC is reached only through SLRC tunnels, never directly"));
    const bool saasRole =
        *role == Role::Slrc || *role == Role::LnsBridge || *role == Role::Support || *role == Role::ProxyHttp;
    if (deployment == Deployment::Saas && *role == Role::Tpe)
        return file->fail(path + u"to_system", CatalogText::tr("TPE is not a destination of a SaaS deployment"));
    if (deployment == Deployment::SelfHosted && saasRole)
        return file->fail(path + u"to_system",
                          CatalogText::tr("%1 is not a destination of a self-hosted deployment").arg(flow->toSystem));

    if (!minVersion.isEmpty()) {
        flow->minLrrVersion = LrrVersion::parse(minVersion);
        if (!flow->minLrrVersion)
            return file->fail(path + u"min_lrr_version",
                              CatalogText::tr("'%1' is not a version such as 2.8").arg(minVersion));
    }

    const QJsonValue requirement = object.value(QStringLiteral("requirement"));
    if (deployment == Deployment::Saas) {
        const auto value = requirementFromVendor(requirement.toString());
        if (!requirement.isString() || !value)
            return file->fail(path + u"requirement", CatalogText::tr("must be \"MUST\" or \"OPTIONAL\""));
        flow->standalone = flow->highAvailability = *value;
    } else {
        const QJsonObject columns = requirement.toObject();
        file->onlyKeys(columns, path + u"requirement.",
                       {QStringLiteral("standalone"), QStringLiteral("high_availability")});
        const auto standalone = requirementFromVendor(columns.value(QStringLiteral("standalone")).toString());
        const auto ha = requirementFromVendor(columns.value(QStringLiteral("high_availability")).toString());
        if (!requirement.isObject() || !standalone || !ha)
            return file->fail(
                path + u"requirement",
                CatalogText::tr("must be an object with \"standalone\" and \"high_availability\", each \"MUST\" "
                                "or \"OPTIONAL\""));
        flow->standalone = *standalone;
        flow->highAvailability = *ha;
    }
    return !file->failed();
}

/// Reads one entry of a table's "tunnels": a destination reached inside one of @p table's flows.
bool readTunnel(const QJsonObject &object, const QString &path, const FlowTable &table, CatalogFile *file,
                Tunnel *tunnel)
{
    file->onlyKeys(object, path,
                   {QStringLiteral("via_flow"), QStringLiteral("via_port"), QStringLiteral("inner_flow"),
                    QStringLiteral("to_system"), QStringLiteral("dest_port")});
    tunnel->viaFlow = file->string(object, path, QStringLiteral("via_flow"));
    tunnel->toSystem = file->string(object, path, QStringLiteral("to_system"));
    tunnel->innerFlow = file->string(object, path, QStringLiteral("inner_flow"), false);
    tunnel->destPortLabel = file->string(object, path, QStringLiteral("dest_port"), false);
    if (file->failed())
        return false;
    const QJsonValue viaPortValue = object.value(QStringLiteral("via_port"));
    // toInt() would read a string or a fraction as 0, silently turning a typo into a whole-flow tunnel.
    if (!viaPortValue.isUndefined() && (!viaPortValue.isDouble() || viaPortValue.toDouble() != viaPortValue.toInt(-1)))
        return file->fail(path + u"via_port", CatalogText::tr("must be an integer"));
    const int viaPort = viaPortValue.toInt(0);
    if (viaPort < 0 || viaPort > 65535)
        return file->fail(path + u"via_port", CatalogText::tr("port %1 is out of range (1-65535)").arg(viaPort));
    tunnel->viaPort = static_cast<quint16>(viaPort);
    const auto via = std::find_if(table.flows.cbegin(), table.flows.cend(),
                                  [&](const Flow &flow) { return flow.id == tunnel->viaFlow; });
    if (via == table.flows.cend())
        return file->fail(path + u"via_flow", CatalogText::tr("'%1' is not a flow of this table").arg(tunnel->viaFlow));
    if (tunnel->viaPort != 0 && std::none_of(via->ports.cbegin(), via->ports.cend(),
                                             [&](const PortSpec &p) { return p.port == tunnel->viaPort; }))
        return file->fail(path + u"via_port",
                          CatalogText::tr("flow %1 has no port %2").arg(tunnel->viaFlow).arg(tunnel->viaPort));
    if (!tunnel->destPortLabel.isEmpty()) {
        QList<PortSpec> innerPorts;
        QString reason;
        if (!parsePorts(tunnel->destPortLabel, Protocol::Tls, &innerPorts, &reason)) {
            file->fail(path + u"dest_port", reason);
            return false;
        }
    }
    const auto role = roleFromVendorName(tunnel->toSystem);
    if (role && *role != Role::Lrc && *role != Role::Support)
        return file->fail(path + u"to_system", CatalogText::tr("only LRC and SUPPORT are reached through a tunnel"));
    if (!role)
        return file->fail(path + u"to_system",
                          CatalogText::tr("'%1' is not a known destination system").arg(tunnel->toSystem));
    tunnel->toRole = *role;
    return true;
}

} // namespace

void readTables(const QJsonObject &root, CatalogFile *file, QList<FlowTable> *tables)
{
    file->onlyKeys(
        root, QString(),
        {QStringLiteral("schema"), QStringLiteral("deployment"), QStringLiteral("section"), QStringLiteral("tables")});
    const QString deploymentToken = file->string(root, QString(), QStringLiteral("deployment"));
    const QString section = file->string(root, QString(), QStringLiteral("section"));
    if (file->failed())
        return;
    const auto deployment = deploymentFromToken(deploymentToken);
    if (!deployment) {
        file->fail(QStringLiteral("deployment"),
                   CatalogText::tr("'%1' must be saas or self-hosted").arg(deploymentToken));
        return;
    }
    const QJsonArray list = file->array(root, QString(), QStringLiteral("tables"));
    for (qsizetype t = 0; t < list.size() && !file->failed(); ++t) {
        const QString path = QStringLiteral("tables[%1].").arg(t);
        const auto tableObject = file->objectAt(list, t, path.chopped(1));
        if (!tableObject)
            return;
        const QJsonObject &object = *tableObject;
        file->onlyKeys(
            object, path,
            {QStringLiteral("transport"), QStringLiteral("title"), QStringLiteral("flows"), QStringLiteral("tunnels")});
        FlowTable table;
        table.deployment = *deployment;
        table.section = section;
        table.sourceFile = file->fileName();
        const QString transportToken = file->string(object, path, QStringLiteral("transport"));
        table.title = file->string(object, path, QStringLiteral("title"));
        if (file->failed())
            return;
        const auto transport = transportFromToken(transportToken);
        if (!transport || !isTransportAvailable(*deployment, *transport)) {
            file->fail(
                path + u"transport",
                CatalogText::tr("'%1' is not a transport of a %2 deployment").arg(transportToken, deploymentToken));
            return;
        }
        table.transport = *transport;
        const QJsonArray flows = file->array(object, path, QStringLiteral("flows"));
        if (flows.isEmpty() && !file->failed())
            file->fail(path + u"flows", CatalogText::tr("must list at least one flow"));
        QSet<QString> ids;
        for (qsizetype f = 0; f < flows.size() && !file->failed(); ++f) {
            const QString flowPath = QStringLiteral("%1flows[%2].").arg(path).arg(f);
            const auto flowObject = file->objectAt(flows, f, flowPath.chopped(1));
            Flow flow;
            if (!flowObject || !readFlow(*flowObject, flowPath, *deployment, file, &flow))
                return;
            if (ids.contains(flow.id)) {
                file->fail(flowPath + u"id", CatalogText::tr("'%1' appears twice in this table").arg(flow.id));
                return;
            }
            ids.insert(flow.id);
            table.flows.append(flow);
        }
        const QJsonArray tunnels = file->array(object, path, QStringLiteral("tunnels"), false);
        for (qsizetype n = 0; n < tunnels.size() && !file->failed(); ++n) {
            const QString tunnelPath = QStringLiteral("%1tunnels[%2].").arg(path).arg(n);
            const auto tunnelObject = file->objectAt(tunnels, n, tunnelPath.chopped(1));
            Tunnel tunnel;
            if (!tunnelObject || !readTunnel(*tunnelObject, tunnelPath, table, file, &tunnel))
                return;
            table.tunnels.append(tunnel);
        }
        for (const FlowTable &other : std::as_const(*tables)) {
            if (other.deployment == table.deployment && other.transport == table.transport) {
                file->fail(path + u"transport", CatalogText::tr("the %1 %2 table is defined twice (also in %3)")
                                                    .arg(deploymentToken, transportToken, other.sourceFile));
                return;
            }
        }
        tables->append(table);
    }
}

} // namespace tpready
