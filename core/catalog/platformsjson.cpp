// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "platformsjson.h"

#include <QRegularExpression>

#include "core/catalog/catalogfile.h"
#include "core/catalog/hostnames.h"

namespace tpready {

void readPlatforms(const QJsonObject &root, CatalogFile *file, QList<Platform> *platforms)
{
    file->onlyKeys(root, QString(), {QStringLiteral("schema"), QStringLiteral("source"), QStringLiteral("platforms")});
    const QJsonArray list = file->array(root, QString(), QStringLiteral("platforms"));
    static const QList<Role> kPlatformRoles{Role::Slrc, Role::LnsBridge, Role::Lrc, Role::Support, Role::ProxyHttp};
    for (qsizetype i = 0; i < list.size() && !file->failed(); ++i) {
        const QString path = QStringLiteral("platforms[%1].").arg(i);
        const auto platformObject = file->objectAt(list, i, path.chopped(1));
        if (!platformObject)
            return;
        const QJsonObject &object = *platformObject;
        file->onlyKeys(object, path, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("hosts")});
        Platform platform;
        platform.id = file->string(object, path, QStringLiteral("id"));
        platform.name = file->string(object, path, QStringLiteral("name"));
        if (file->failed())
            return;
        static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (!idRe.match(platform.id).hasMatch()) {
            file->fail(path + u"id",
                       CatalogText::tr("'%1' must be lower-case letters, digits and hyphens").arg(platform.id));
            return;
        }
        const QJsonValue hostsValue = object.value(QStringLiteral("hosts"));
        if (!hostsValue.isObject()) {
            file->fail(path + u"hosts",
                       hostsValue.isUndefined() ? CatalogText::tr("missing") : CatalogText::tr("must be an object"));
            return;
        }
        const QJsonObject hosts = hostsValue.toObject();
        for (auto it = hosts.begin(); it != hosts.end(); ++it) {
            const auto role = roleFromVendorName(it.key());
            if (!role || !kPlatformRoles.contains(*role)) {
                file->fail(path + u"hosts." + it.key(),
                           CatalogText::tr("unknown role (expected SLRC, SLRC (LNS-BRIDGE), LRC, "
                                           "SUPPORT or PROXY_HTTP)"));
                return;
            }
            const QStringList names = file->stringList(hosts, path + u"hosts.", it.key(), true);
            for (const QString &name : names) {
                if (!isValidHostName(name)) {
                    file->fail(path + u"hosts." + it.key(), CatalogText::tr("'%1' is not a valid host name").arg(name));
                    return;
                }
            }
            if (names.isEmpty())
                file->fail(path + u"hosts." + it.key(), CatalogText::tr("must list at least one host"));
            platform.hosts.insert(*role, names);
        }
        for (Role role : kPlatformRoles) {
            if (!file->failed() && !platform.hosts.contains(role))
                file->fail(path + u"hosts." + vendorName(role), CatalogText::tr("missing"));
        }
        for (const Platform &other : std::as_const(*platforms)) {
            if (!file->failed() && other.id == platform.id)
                file->fail(path + u"id", CatalogText::tr("'%1' is defined twice").arg(platform.id));
        }
        platforms->append(platform);
    }
}

} // namespace tpready
