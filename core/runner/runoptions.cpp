// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "runoptions.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "core/catalog/hostnames.h"

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class RunOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(RunOptionsText)
};

} // namespace

QList<QSslCertificate> loadCaCertificates(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *error = RunOptionsText::tr("no readable file there");
        return {};
    }
    if (info.size() > kMaxCaFileSize) {
        *error = RunOptionsText::tr("the file is larger than 4 MiB");
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty())
        *error = RunOptionsText::tr("the file holds no PEM certificate");
    return certificates;
}

bool parseResolveOverride(const QString &entry, QString *host, QHostAddress *address)
{
    const qsizetype equals = entry.indexOf(u'=');
    if (equals < 0)
        return false;
    const QString name = entry.left(equals).trimmed();
    const QString ip = entry.mid(equals + 1).trimmed();
    if (!isValidHostName(name) || !isIpLiteral(ip))
        return false;
    *host = name.toLower();
    *address = QHostAddress(ip);
    return true;
}

} // namespace tpready
