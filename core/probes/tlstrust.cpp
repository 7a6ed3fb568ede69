// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlstrust.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <algorithm>

#include "core/probes/tlsrecord.h"

namespace tpready {
namespace {

QByteArray derDigest(const QByteArray &der)
{
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256);
}

/// The DER of every certificate in @p data: its PEM blocks, or the whole file when it is one DER certificate.
QList<QByteArray> certificateDers(const QByteArray &data)
{
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN CERTIFICATE-----");
    static const QByteArray end = QByteArrayLiteral("-----END CERTIFICATE-----");
    QList<QByteArray> ders;
    qsizetype from = 0;
    while (ders.size() < 1000) {
        const qsizetype start = data.indexOf(begin, from);
        if (start < 0)
            break;
        const qsizetype stop = data.indexOf(end, start + begin.size());
        if (stop < 0)
            break;
        const QByteArray der = QByteArray::fromBase64(data.mid(start + begin.size(), stop - start - begin.size()));
        if (!der.isEmpty())
            ders << der;
        from = stop + end.size();
    }
    // A DER certificate: a SEQUENCE (0x30) with a long-form length that spans the file.
    if (ders.isEmpty() && data.size() > 4 && static_cast<quint8>(data.at(0)) == 0x30 &&
        static_cast<quint8>(data.at(1)) == 0x82 &&
        ((static_cast<quint8>(data.at(2)) << 8) | static_cast<quint8>(data.at(3))) + 4 == data.size())
        ders << data;
    return ders;
}

TrustDirectory readDirectory(const QString &dir)
{
    TrustDirectory index;
    QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    int files = 0;
    while (it.hasNext() && files < 4000) {
        const QString path = it.next();
        ++files;
        QFile file(path);
        if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &der : certificateDers(file.readAll())) {
            const QByteArray digest = derDigest(der);
            if (index.pathByDigest.contains(digest))
                continue;
            index.pathByDigest.insert(digest, path);
            QString issuer;
            QString subject;
            index.ders << der;
            index.subjects << (certificateNames(der, &issuer, &subject) ? subject : QString());
            index.paths << path;
        }
    }
    return index;
}

QString findIn(const TrustDirectory &directory, const QSslCertificate &certificate)
{
    return directory.find(certificate);
}

bool distributionReadable(const TrustIndex &index)
{
    for (const QString &dir : index.layout.distributionDirs) {
        if (!index.directories.value(dir).pathByDigest.isEmpty())
            return true;
    }
    return false;
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

bool sameNameAndKey(const QSslCertificate &a, const QSslCertificate &b)
{
    return a == b ||
           (canonicalName(a, true) == canonicalName(b, true) && a.publicKey().toDer() == b.publicKey().toDer());
}

} // namespace

namespace {

struct InspectionPattern
{
    QRegularExpression pattern;
    QString label;
    bool product; ///< the label names a vendor's product; otherwise it is a generic word such devices use
};

/// Product names of TLS-inspecting proxies, firewalls and antivirus software as they appear in the CA names they
/// mint, then generic words such devices use. Whole-word, case-insensitive.
const QList<InspectionPattern> &inspectionPatterns()
{
    static const struct
    {
        const char16_t *pattern;
        const char16_t *label;
        bool product;
    } table[] = {
        {u"zscaler", u"Zscaler", true},
        {u"netskope", u"Netskope", true},
        {u"forti ?gate|fortinet", u"Fortinet FortiGate", true},
        {u"palo ?alto ?networks", u"Palo Alto Networks", true},
        {u"sophos", u"Sophos", true},
        {u"check ?point", u"Check Point", true},
        {u"cisco umbrella|opendns", u"Cisco Umbrella", true},
        {u"forcepoint|websense", u"Forcepoint (Websense)", true},
        {u"blue ?coat|proxysg", u"Blue Coat / Symantec ProxySG", true},
        {u"mcafee|skyhigh", u"McAfee / Skyhigh Web Gateway", true},
        {u"barracuda", u"Barracuda", true},
        {u"kaspersky", u"Kaspersky", true},
        {u"eset ssl filter", u"ESET SSL Filter", true},
        {u"avast|avg", u"Avast / AVG", true},
        {u"bitdefender", u"Bitdefender", true},
        {u"(ssl|tls|https) ?inspection|inspection", u"SSL Inspection", false},
        {u"decrypt(ion)?", u"Decrypt", false},
        {u"ssl ?proxy|tls ?proxy", u"SSL Proxy", false},
        {u"forward ?trust", u"Forward Trust", false},
    };
    static const QList<InspectionPattern> compiled = [] {
        QList<InspectionPattern> list;
        for (const auto &entry : table) {
            list.append({QRegularExpression(u"\\b(" + QString::fromUtf16(entry.pattern) + u")\\b",
                                            QRegularExpression::CaseInsensitiveOption),
                         QString::fromUtf16(entry.label), entry.product});
        }
        return list;
    }();
    return compiled;
}

} // namespace

QString matchInspectionName(const QString &name)
{
    for (const InspectionPattern &entry : inspectionPatterns()) {
        if (entry.pattern.match(name).hasMatch())
            return entry.label;
    }
    return {};
}

bool isInspectionProduct(const QString &label)
{
    const QList<InspectionPattern> &patterns = inspectionPatterns();
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&](const InspectionPattern &entry) { return entry.product && entry.label == label; });
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
    // distribution bundles are p11-kit files that are not read here, so only the local side is known there.
    layout.distributionDirs = {QStringLiteral("/usr/share/ca-certificates")};
    layout.localDirs = {
        QStringLiteral("/usr/local/share/ca-certificates"), QStringLiteral("/etc/pki/ca-trust/source/anchors"),
        QStringLiteral("/etc/ca-certificates/trust-source/anchors"), QStringLiteral("/etc/pki/trust/anchors")};
#endif
    return layout;
}

QString TrustDirectory::find(const QSslCertificate &certificate) const
{
    return certificate.isNull() ? QString() : pathByDigest.value(derDigest(certificate.toDer()));
}

TrustIndex readTrustIndex(const TrustStoreLayout &layout)
{
    TrustIndex index;
    index.layout = layout;
    for (const QString &dir : layout.distributionDirs + layout.localDirs) {
        if (!index.directories.contains(dir))
            index.directories.insert(dir, readDirectory(dir));
    }
    return index;
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
                                    const TrustIndex &index)
{
    RootOriginResult result;
    if (root.isNull())
        return result;
    for (const QSslCertificate &ca : extraCa) {
        if (sameNameAndKey(ca, root)) {
            result.origin = RootOrigin::CaOption;
            return result;
        }
    }
    const TrustStoreLayout &layout = index.layout;
    for (const QString &dir : layout.localDirs) {
        const QString where = findIn(index.directories.value(dir), root);
        if (!where.isEmpty()) {
            result.origin = RootOrigin::Local;
            result.where = where;
            return result;
        }
    }
    for (const QString &dir : layout.distributionDirs) {
        const QString where = findIn(index.directories.value(dir), root);
        if (!where.isEmpty()) {
            result.origin = RootOrigin::Distribution;
            result.where = where;
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
        return result; // elsewhere in Windows' stores: Microsoft's roots and local ones cannot be told apart
    }
    // A root the system trusts but the distribution's bundle does not hold was added on this machine (for example
    // straight into /etc/ssl/certs).
    if (distributionReadable(index))
        result.origin = RootOrigin::Local;
    return result;
}

QSslCertificate findTrustAnchor(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &trusted)
{
    // Walk up from the leaf, as OpenSSL's trusted-first search does: a cross-signed intermediate whose old root is
    // gone still verifies through the trusted self-signed certificate with its name and key.
    // Each certificate's names are parsed once, and candidates are found by name: comparing every chain certificate
    // with every root parsed both each time, which a hostile server's 100-certificate chain against the system's
    // roots turned into seconds on the probe's thread, past its deadline.
    QHash<QString, QList<int>> bySubject; // candidates in the order given
    for (int i = 0; i < trusted.size(); ++i)
        bySubject[canonicalName(trusted.at(i), true)].append(i);
    for (const QSslCertificate &certificate : chain) {
        const QList<int> sameName = bySubject.value(canonicalName(certificate, true));
        for (const int i : sameName) {
            const QSslCertificate &candidate = trusted.at(i);
            if (candidate == certificate || candidate.publicKey().toDer() == certificate.publicKey().toDer())
                return candidate;
        }
        const QList<int> issuers = bySubject.value(canonicalName(certificate, false));
        const QByteArray authorityKey = keyIdentifier(certificate, true);
        for (const int i : issuers) {
            const QSslCertificate &candidate = trusted.at(i);
            const QByteArray subjectKey = keyIdentifier(candidate, false);
            if (authorityKey.isEmpty() || subjectKey.isEmpty() || authorityKey == subjectKey)
                return candidate;
        }
    }
    return QSslCertificate();
}

TrustAnchor locateTrustAnchor(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &extraCa,
                              const QList<QSslCertificate> &systemRoots, const TrustIndex &index)
{
    TrustAnchor anchor;
    if (chain.isEmpty())
        return anchor;
    QList<QSslCertificate> candidates = extraCa + systemRoots;
    const TrustStoreLayout &layout = index.layout;
    // Only the directories' certificates that the chain names (as a subject or an issuer) are parsed.
    QSet<QString> names;
    for (const QSslCertificate &certificate : chain)
        names << canonicalName(certificate, true) << canonicalName(certificate, false);
    for (const QString &dir : layout.distributionDirs + layout.localDirs) {
        const TrustDirectory directory = index.directories.value(dir);
        for (qsizetype i = 0; i < directory.ders.size(); ++i) {
            if (directory.subjects.at(i).isEmpty() || names.contains(directory.subjects.at(i)))
                candidates << QSslCertificate(directory.ders.at(i), QSsl::Der);
        }
    }
    anchor.certificate = findTrustAnchor(chain, candidates);
    if (!anchor.certificate.isNull()) {
        anchor.name = subjectName(anchor.certificate);
        anchor.origin = classifyRootOrigin(anchor.certificate, extraCa, index);
        return anchor;
    }
    anchor.name = issuerName(chain.constLast());
    if (systemRoots.isEmpty() && layout.windowsLocalRegistryKeys.isEmpty() && distributionReadable(index))
        anchor.origin.origin = RootOrigin::Local;
    return anchor;
}

namespace {

bool hostMatchesPattern(QString pattern, const QString &host)
{
    pattern = pattern.toLower();
    if (pattern.endsWith(u'.'))
        pattern.chop(1);
    if (pattern == host)
        return true;
    if (!pattern.startsWith(QLatin1String("*.")))
        return false;
    const QString suffix = pattern.mid(2);
    const qsizetype dot = host.indexOf(u'.');
    // "*.example.com" covers "a.example.com", not "example.com", "a.b.example.com" or anything under "*.com".
    return dot > 0 && suffix.contains(u'.') && host.mid(dot + 1) == suffix;
}

} // namespace

bool certificateMatchesHost(const QSslCertificate &certificate, const QString &host)
{
    if (certificate.isNull() || host.isEmpty())
        return false;
    const auto alternatives = certificate.subjectAlternativeNames();
    const QHostAddress address(host);
    if (!address.isNull()) {
        for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
            if (it.key() == QSsl::IpAddressEntry && QHostAddress(it.value()) == address)
                return true;
        }
        return certificate.subjectInfo(QSslCertificate::CommonName).contains(host);
    }
    QString name = host.toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    QStringList patterns = certificate.subjectInfo(QSslCertificate::CommonName);
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            patterns << it.value();
    }
    for (const QString &pattern : std::as_const(patterns)) {
        if (hostMatchesPattern(pattern, name))
            return true;
    }
    return false;
}

QString subjectName(const QSslCertificate &certificate)
{
    return canonicalName(certificate, true);
}

QString issuerName(const QSslCertificate &certificate)
{
    return canonicalName(certificate, false);
}

QString certificateDisplayName(const QSslCertificate &certificate, bool issuer)
{
    const QString name = issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return name.isEmpty() ? (issuer ? issuerName(certificate) : subjectName(certificate)) : name;
}

} // namespace tpready
