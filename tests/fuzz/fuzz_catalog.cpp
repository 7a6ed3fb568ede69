// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// A flow catalog given with `--catalog DIR`: the input replaces one file of the real catalog (the one it looks
// like), so that the fuzzer works deep inside a catalog that is otherwise whole. A catalog that loads is then
// turned into plans, as the commands do.
#include "tests/fuzz/fuzztarget.h"

#include <QFile>

#include "core/catalog/catalog.h"
#include "core/catalog/plan.h"

using namespace tpready;

namespace {

QMap<QString, QByteArray> builtInFiles()
{
    QMap<QString, QByteArray> files;
    for (const char *name : {"platforms.json", "saas.json", "self-hosted.json"}) {
        QFile file(Catalog::builtInDirectory() + u'/' + QLatin1String(name));
        TPREADY_FUZZ_ASSERT(file.open(QIODevice::ReadOnly));
        files.insert(QLatin1String(name), file.readAll());
    }
    return files;
}

} // namespace

TPREADY_FUZZ_TARGET(catalog)
{
    static const QMap<QString, QByteArray> kBuiltIn = builtInFiles();
    QMap<QString, QByteArray> files = kBuiltIn;
    QString name = QStringLiteral("saas.json");
    if (input.contains("tpready-platforms"))
        name = QStringLiteral("platforms.json");
    else if (input.contains("\"self-hosted\""))
        name = QStringLiteral("self-hosted.json");
    files.insert(name, input);

    QString error;
    const auto catalog = Catalog::loadFromFiles(files, QStringLiteral("fuzz"), &error);
    if (!catalog) {
        TPREADY_FUZZ_ASSERT(!error.isEmpty() && !error.contains(u'\n'));
        return;
    }
    for (const FlowTable &table : catalog->tables()) {
        Selection selection;
        selection.deployment = table.deployment;
        selection.transport = table.transport;
        if (table.deployment == Deployment::Saas) {
            if (catalog->platforms().isEmpty())
                continue;
            selection.platform = catalog->platforms().constFirst().id;
        } else {
            selection.tpeHosts = {QStringLiteral("192.0.2.1"), QStringLiteral("tpe2.example.com")};
        }
        selection.lrrVersion = LrrVersion::parse(QStringLiteral("2.7"));
        QString planError;
        buildPlan(*catalog, selection, {QStringLiteral("192.0.2.53")}, &planError);
    }
}
