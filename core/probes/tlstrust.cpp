// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlstrust.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslKey>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <functional>
#include <optional>

#include "core/probes/tlsrecord.h"

namespace tpready {
namespace {

QMutex s_mutex; ///< guards the test overrides
std::optional<TrustStoreLayout> s_override;
std::optional<QList<QSslCertificate>> s_rootsOverride;

/// The certificates found under one directory.
struct DirIndex
{
    QList<QSslCertificate> certificates;
    QStringList paths; ///< the file of each certificate
};

QMutex s_indexMutex; ///< guards s_indexes only (never held while reading the disk)
QHash<QString, DirIndex> s_indexes;

DirIndex readDirectory(const QString &dir)
{
    DirIndex index;
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
        for (const QSslCertificate &certificate : std::as_const(certificates)) {
            if (certificate.isNull())
                continue;
            index.certificates << certificate;
            index.paths << path;
        }
    }
    return index;
}

/// The certificates under @p dir (recursively, bounded), read once per process: roots do not change during a run.
DirIndex certificatesIn(const QString &dir)
{
    {
        QMutexLocker lock(&s_indexMutex);
        const auto cached = s_indexes.constFind(dir);
        if (cached != s_indexes.constEnd())
            return cached.value();
    }
    const DirIndex index = readDirectory(dir);
    QMutexLocker lock(&s_indexMutex);
    s_indexes.insert(dir, index);
    return index;
}

QString findIn(const DirIndex &index, const QSslCertificate &certificate)
{
    const qsizetype at = index.certificates.indexOf(certificate);
    return at < 0 ? QString() : index.paths.at(at);
}

/// Whether the distribution's bundle could be read (Arch ships p11-kit files, which this does not parse).
bool distributionReadable(const TrustStoreLayout &layout)
{
    for (const QString &dir : layout.distributionDirs) {
        if (!certificatesIn(dir).certificates.isEmpty())
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
    // distribution bundles are p11-kit files that are not read here, so only the local side is known there.
    layout.distributionDirs = {QStringLiteral("/usr/share/ca-certificates")};
    layout.localDirs = {
        QStringLiteral("/usr/local/share/ca-certificates"), QStringLiteral("/etc/pki/ca-trust/source/anchors"),
        QStringLiteral("/etc/ca-certificates/trust-source/anchors"), QStringLiteral("/etc/pki/trust/anchors")};
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
    for (const QSslCertificate &ca : extraCa) {
        if (sameNameAndKey(ca, root)) {
            result.origin = RootOrigin::CaOption;
            return result;
        }
    }
    for (const QString &dir : layout.localDirs) {
        const QString where = findIn(certificatesIn(dir), root);
        if (!where.isEmpty()) {
            result.origin = RootOrigin::Local;
            result.where = where;
            return result;
        }
    }
    for (const QString &dir : layout.distributionDirs) {
        const QString where = findIn(certificatesIn(dir), root);
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
    if (distributionReadable(layout))
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
                              const QList<QSslCertificate> &systemRoots, const TrustStoreLayout &layout)
{
    TrustAnchor anchor;
    if (chain.isEmpty())
        return anchor;
    QList<QSslCertificate> candidates = extraCa + systemRoots;
    for (const QString &dir : layout.distributionDirs + layout.localDirs)
        candidates += certificatesIn(dir).certificates;
    anchor.certificate = findTrustAnchor(chain, candidates);
    if (!anchor.certificate.isNull()) {
        anchor.name = subjectName(anchor.certificate);
        anchor.origin = classifyRootOrigin(anchor.certificate, extraCa, layout);
        return anchor;
    }
    anchor.name = issuerName(chain.constLast());
    if (systemRoots.isEmpty() && layout.windowsLocalRegistryKeys.isEmpty() && distributionReadable(layout))
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

namespace {

std::atomic<bool> s_indexReady{false};
std::atomic<bool> s_rootsRequested{false};
std::atomic<bool> s_rootsReady{false};
QMutex s_rootsMutex;
QWaitCondition s_rootsCondition;
QList<QSslCertificate> s_roots;

QMutex s_workersMutex;
QList<QThread *> s_workers; ///< started and not yet known to have finished

/// Called by the QCoreApplication destructor: a worker still loading the trust store when a short run ends (every
/// TLS check failed before it needed the store) must finish before the statics it uses, OpenSSL's among them, are
/// destroyed; otherwise the process crashes on its way out (seen in the integration lab as exit status 139 / 134).
void joinWorkers()
{
    QList<QThread *> workers;
    {
        QMutexLocker lock(&s_workersMutex);
        workers.swap(s_workers);
    }
    for (QThread *thread : std::as_const(workers))
        thread->wait();
}

/// Runs @p job on a thread of its own that ends with it: OpenSSL keeps per-thread state (its error queue) that it
/// frees only when the thread ends, so a pooled thread still alive at exit would hold it (LeakSanitizer reports it).
/// The application waits for these threads when it is destroyed (joinWorkers).
void runOnWorker(QObject *owner, std::function<void()> job)
{
    static const bool joinAtExit = [] {
        qAddPostRoutine(joinWorkers);
        return true;
    }();
    Q_UNUSED(joinAtExit)
    QThread *thread = QThread::create(std::move(job));
    {
        QMutexLocker lock(&s_workersMutex);
        s_workers << thread;
    }
    QObject::connect(thread, &QThread::finished, owner, [thread] {
        {
            QMutexLocker lock(&s_workersMutex);
            s_workers.removeOne(thread);
        }
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

} // namespace

TrustStoreLoader::TrustStoreLoader()
{
    runOnWorker(this, [this] {
        const TrustStoreLayout layout = systemTrustStoreLayout();
        for (const QString &dir : layout.distributionDirs + layout.localDirs)
            certificatesIn(dir);
        s_indexReady = true;
        QMetaObject::invokeMethod(this, &TrustStoreLoader::indexLoaded, Qt::QueuedConnection);
    });
}

TrustStoreLoader *TrustStoreLoader::instance()
{
    // Never deleted: a worker may still run at exit, and the object costs nothing.
    static TrustStoreLoader *const loader = new TrustStoreLoader;
    return loader;
}

void TrustStoreLoader::requestRoots()
{
    if (s_rootsRequested.exchange(true))
        return;
    runOnWorker(this, [this] {
        QList<QSslCertificate> roots = QSslConfiguration::systemCaCertificates();
        {
            QMutexLocker lock(&s_rootsMutex);
            s_roots = std::move(roots);
            s_rootsReady = true;
            s_rootsCondition.wakeAll();
        }
        QMetaObject::invokeMethod(this, &TrustStoreLoader::rootsLoaded, Qt::QueuedConnection);
    });
}

bool TrustStoreLoader::rootsRequested() const
{
    return s_rootsRequested;
}

bool TrustStoreLoader::indexReady() const
{
    return s_indexReady;
}

bool TrustStoreLoader::rootsReady() const
{
    return s_rootsReady;
}

bool trustIndexReady()
{
    {
        QMutexLocker lock(&s_mutex);
        if (s_override)
            return true;
    }
    return s_indexReady;
}

QList<QSslCertificate> systemRoots()
{
    {
        QMutexLocker lock(&s_mutex);
        if (s_rootsOverride)
            return *s_rootsOverride;
    }
    TrustStoreLoader::instance()->requestRoots();
    QMutexLocker lock(&s_rootsMutex);
    while (!s_rootsReady)
        s_rootsCondition.wait(&s_rootsMutex);
    return s_roots;
}

bool systemRootsOverridden()
{
    QMutexLocker lock(&s_mutex);
    return s_rootsOverride.has_value();
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
