// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "catalog.h"

#include <QDir>
#include <QFile>

#include "core/catalog/catalogfile.h"
#include "core/catalog/platformsjson.h"
#include "core/catalog/tablesjson.h"

namespace tpready {
namespace {

const QString kPlatformsSchema = QStringLiteral("tpready-platforms/1");
const QString kCatalogSchema = QStringLiteral("tpready-catalog/1");

} // namespace

std::optional<Catalog> Catalog::loadFromDirectory(const QString &directory, QString *error)
{
    const QDir dir(directory);
    // Unreadable files are listed too, so that the error names them rather than a table they would have held.
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (!dir.exists() || names.isEmpty()) {
        *error = CatalogText::tr("catalog directory %1 holds no .json file")
                     .arg(quoteForError(QDir::toNativeSeparators(directory), 200));
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
            *error = CatalogText::tr("catalog file %1: %2: %3")
                         .arg(quoteForError(name, 120), QStringLiteral("(file)"), problem);
            return std::nullopt;
        }
        files.insert(name, file.readAll());
    }
    return loadFromFiles(files, quoteForError(QDir::toNativeSeparators(directory), 200), error);
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
        CatalogFile file(it.key());
        const auto root = readJsonObject(it.value(), &file);
        if (root) {
            const QString schema = file.string(*root, QString(), QStringLiteral("schema"));
            if (schema == kPlatformsSchema)
                readPlatforms(*root, &file, &catalog.m_platforms);
            else if (schema == kCatalogSchema)
                readTables(*root, &file, &catalog.m_tables);
            else if (!file.failed())
                file.fail(QStringLiteral("schema"),
                          CatalogText::tr("'%1' is not %2 or %3").arg(schema, kPlatformsSchema, kCatalogSchema));
        }
        if (file.failed()) {
            *error = file.error();
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
