// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlstrust.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <optional>

#include "core/probes/tlsrecord.h"

namespace tpready {
namespace {

QMutex s_mutex;
std::optional<TrustStoreLayout> s_override;
std::optional<QList<QSslCertificate>> s_rootsOverride;

/// Certificates under @p dir (recursively, bounded), as SHA-256 digest -> file. Cached per directory: roots do not
/// change during a run.
QHash<QByteArray, QString> certificatesIn(const QString &dir)
{
    static QHash<QString, QHash<QByteArray, QString>> cache;
    QMutexLocker lock(&s_mutex);
    const auto cached = cache.constFind(dir);
    if (cached != cache.constEnd())
        return cached.value();
    QHash<QByteArray, QString> digests;
    QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    int files = 0;
    while (it.hasNext() && files < 4000) {
        const QString path = it.next();
        ++files;
        QFile file(path);
        if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromData(data, QSsl::Der);
        for (const QSslCertificate &certificate : std::as_const(certificates))
            digests.insert(certificate.digest(QCryptographicHash::Sha256), path);
    }
    cache.insert(dir, digests);
    return digests;
}

QString canonicalName(const QSslCertificate &certificate, bool subject)
{
    // In the certificate's own order (as openssl prints it), from the DER; Qt's attribute lists are unordered.
    QString issuerText;
    QString subjectText;
    if (certificateNames(certificate.toDer(), &issuerText, &subjectText))
        return subject ? subjectText : issuerText;
    const QList<QByteArray> attributes =
        subject ? certificate.subjectInfoAttributes() : certificate.issuerInfoAttributes();
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values = subject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + u'=' + value;
    }
    return parts.join(QStringLiteral(", "));
}

QByteArray normalisedKeyId(const QVariant &value)
{
    QByteArray text = value.metaType().id() == QMetaType::QVariantMap
                          ? value.toMap().value(QStringLiteral("keyid")).toByteArray()
                          : value.toByteArray();
    text.replace(':', QByteArray()).replace(' ', QByteArray());
    return text.toLower();
}

QByteArray keyIdentifier(const QSslCertificate &certificate, bool authority)
{
    const QString wanted =
        authority ? QStringLiteral("authorityKeyIdentifier") : QStringLiteral("subjectKeyIdentifier");
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension &extension : extensions) {
        if (extension.name() == wanted)
            return normalisedKeyId(extension.value());
    }
    return {};
}

} // namespace

QString matchInspectionName(const QString &name)
{
    // Product names of TLS-inspecting proxies, firewalls and antivirus software as they appear in the CA names they
    // mint, then generic words such devices use. Whole-word, case-insensitive.
    static const struct
    {
        const char16_t *pattern;
        const char16_t *label;
    } patterns[] = {
        {u"zscaler", u"Zscaler"},
        {u"netskope", u"Netskope"},
        {u"forti ?gate|fortinet", u"Fortinet FortiGate"},
        {u"palo ?alto ?networks", u"Palo Alto Networks"},
        {u"sophos", u"Sophos"},
        {u"check ?point", u"Check Point"},
        {u"cisco umbrella|opendns", u"Cisco Umbrella"},
        {u"forcepoint|websense", u"Forcepoint (Websense)"},
        {u"blue ?coat|proxysg", u"Blue Coat / Symantec ProxySG"},
        {u"mcafee|skyhigh", u"McAfee / Skyhigh Web Gateway"},
        {u"barracuda", u"Barracuda"},
        {u"kaspersky", u"Kaspersky"},
        {u"eset ssl filter", u"ESET SSL Filter"},
        {u"avast|avg", u"Avast / AVG"},
        {u"bitdefender", u"Bitdefender"},
        {u"(ssl|tls|https) ?inspection|inspection", u"SSL Inspection"},
        {u"decrypt(ion)?", u"Decrypt"},
        {u"ssl ?proxy|tls ?proxy", u"SSL Proxy"},
        {u"forward ?trust", u"Forward Trust"},
    };
    static const QList<QPair<QRegularExpression, QString>> compiled = [] {
        QList<QPair<QRegularExpression, QString>> list;
        for (const auto &entry : patterns) {
            list.append({QRegularExpression(u"\\b(" + QString::fromUtf16(entry.pattern) + u")\\b",
                                            QRegularExpression::CaseInsensitiveOption),
                         QString::fromUtf16(entry.label)});
        }
        return list;
    }();
    for (const auto &entry : compiled) {
        if (entry.first.match(name).hasMatch())
            return entry.second;
    }
    return {};
}

TrustStoreLayout systemTrustStoreLayout()
{
    TrustStoreLayout layout;
#if defined(Q_OS_WIN)
    // Roots pushed by group policy or enterprise management, and roots a user added to their own store. The
    // machine's own "Root" store mixes Microsoft's roots with local additions, so it is not listed: unknown there.
    layout.windowsLocalRegistryKeys = {
        QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\Root\\Certificates"),
        QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\Root\\Certificates"),
        QStringLiteral("HKEY_CURRENT_USER\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\Root\\Certificates"),
        QStringLiteral("HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\SystemCertificates\\Root\\Certificates"),
    };
#elif defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Debian/Ubuntu: the ca-certificates package ships /usr/share/ca-certificates; update-ca-certificates adds
    // /usr/local/share/ca-certificates. Fedora/RHEL, Arch and openSUSE keep local anchors under /etc; their
    // distribution bundles are p11-kit files, not readable here, so only the local side is known there.
    layout.distributionDirs = {QStringLiteral("/usr/share/ca-certificates")};
    layout.localDirs = {QStringLiteral("/usr/local/share/ca-certificates"),
                        QStringLiteral("/etc/pki/ca-trust/source/anchors"),
                        QStringLiteral("/etc/ca-certificates/trust-source/anchors"),
                        QStringLiteral("/etc/pki/trust/anchors"), QStringLiteral("/usr/share/pki/trust/anchors")};
#endif
    return layout;
}

TrustStoreLayout currentTrustStoreLayout()
{
    {
        QMutexLocker lock(&s_mutex);
        if (s_override)
            return *s_override;
    }
    return systemTrustStoreLayout();
}

void setTrustStoreLayoutForTesting(const TrustStoreLayout *layout)
{
    QMutexLocker lock(&s_mutex);
    if (layout)
        s_override = *layout;
    else
        s_override.reset();
}

QString toToken(RootOrigin origin)
{
    switch (origin) {
    case RootOrigin::Distribution:
        return QStringLiteral("system-distribution");
    case RootOrigin::Local:
        return QStringLiteral("system-local");
    case RootOrigin::CaOption:
        return QStringLiteral("ca-option");
    case RootOrigin::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

RootOriginResult classifyRootOrigin(const QSslCertificate &root, const QList<QSslCertificate> &extraCa,
                                    const TrustStoreLayout &layout)
{
    RootOriginResult result;
    if (root.isNull())
        return result;
    if (extraCa.contains(root)) {
        result.origin = RootOrigin::CaOption;
        return result;
    }
    const QByteArray digest = root.digest(QCryptographicHash::Sha256);
    for (const QString &dir : layout.localDirs) {
        const QHash<QByteArray, QString> found = certificatesIn(dir);
        if (found.contains(digest)) {
            result.origin = RootOrigin::Local;
            result.where = found.value(digest);
            return result;
        }
    }
    bool distributionKnown = false;
    for (const QString &dir : layout.distributionDirs) {
        if (!QFileInfo(dir).isDir())
            continue;
        distributionKnown = true;
        const QHash<QByteArray, QString> found = certificatesIn(dir);
        if (found.contains(digest)) {
            result.origin = RootOrigin::Distribution;
            result.where = found.value(digest);
            return result;
        }
    }
    if (!layout.windowsLocalRegistryKeys.isEmpty()) {
        const QString thumbprint = QString::fromLatin1(root.digest(QCryptographicHash::Sha1).toHex().toUpper());
        for (const QString &key : layout.windowsLocalRegistryKeys) {
            QSettings registry(key, QSettings::NativeFormat);
            if (registry.childGroups().contains(thumbprint, Qt::CaseInsensitive)) {
                result.origin = RootOrigin::Local;
                result.where = key + u'\\' + thumbprint;
                return result;
            }
        }
        return result; // elsewhere in Windows' stores: cannot tell Microsoft's roots from local ones
    }
    // A system root that the distribution's bundle does not hold was added on this machine (e.g. straight into
    // /etc/ssl/certs).
    if (distributionKnown)
        result.origin = RootOrigin::Local;
    return result;
}

QSslCertificate findTrustAnchor(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &trusted)
{
    if (chain.isEmpty())
        return QSslCertificate();
    const QSslCertificate &last = chain.constLast();
    if (trusted.contains(last))
        return last;
    if (last.isSelfSigned())
        return QSslCertificate();
    const QString issuer = canonicalName(last, false);
    const QByteArray authorityKey = keyIdentifier(last, true);
    QSslCertificate byName;
    for (const QSslCertificate &candidate : trusted) {
        if (canonicalName(candidate, true) != issuer)
            continue;
        const QByteArray subjectKey = keyIdentifier(candidate, false);
        if (!authorityKey.isEmpty() && !subjectKey.isEmpty()) {
            if (authorityKey == subjectKey)
                return candidate;
            continue; // same name, another key: not this chain's issuer
        }
        if (byName.isNull())
            byName = candidate;
    }
    return byName;
}

QString subjectName(const QSslCertificate &certificate)
{
    return canonicalName(certificate, true);
}

QString issuerName(const QSslCertificate &certificate)
{
    return canonicalName(certificate, false);
}

QList<QSslCertificate> systemRoots()
{
    {
        QMutexLocker lock(&s_mutex);
        if (s_rootsOverride)
            return *s_rootsOverride;
    }
    static const QList<QSslCertificate> roots = QSslConfiguration::systemCaCertificates();
    return roots;
}

void setSystemRootsForTesting(const QList<QSslCertificate> *roots)
{
    QMutexLocker lock(&s_mutex);
    if (roots)
        s_rootsOverride = *roots;
    else
        s_rootsOverride.reset();
}

} // namespace tpready
