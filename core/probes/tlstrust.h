// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace tpready {

/// The TLS inspection products and words recognised in certificate names (case-insensitive, whole words).
/// Returns the product or word matched in @p name ("Zscaler", "SSL Inspection"...), or an empty string.
/// A heuristic: the list is public knowledge about these products' default CA names, not verified against them.
QString matchInspectionName(const QString &name);

/// Where the laptop's operating system keeps the roots it trusts, split into what the OS distribution ships and
/// what an administrator (or software: antivirus, MDM, proxy clients) added.
struct TrustStoreLayout
{
    QStringList distributionDirs; ///< PEM/DER files shipped by the distribution (Debian: /usr/share/ca-certificates)
    QStringList localDirs;        ///< roots added locally (Debian: /usr/local/share/ca-certificates)
    QStringList windowsLocalRegistryKeys; ///< Windows: registry keys listing roots added by policy or by the user
};

/// The layout of this system: Debian/Ubuntu (and Arch, Fedora/RHEL, openSUSE local anchors) on Linux; the policy
/// and user root stores in the registry on Windows; nothing on macOS (origins then stay unknown).
TrustStoreLayout systemTrustStoreLayout();
/// The layout in use: systemTrustStoreLayout() unless a test replaced it.
TrustStoreLayout currentTrustStoreLayout();
/// Tests only: replaces the layout (nullptr restores the system's). Its directories are read on first use.
void setTrustStoreLayoutForTesting(const TrustStoreLayout *layout);

/// Where a trust anchor came from.
enum class RootOrigin
{
    Distribution, ///< shipped by the OS distribution
    Local,        ///< added on this laptop (administrator, policy, antivirus, proxy client...)
    CaOption,     ///< given by the user with --ca
    Unknown,      ///< the OS offers no honest way to tell (macOS, unreadable bundle...)
};
QString toToken(RootOrigin origin);

struct RootOriginResult
{
    RootOrigin origin = RootOrigin::Unknown;
    QString where; ///< the file or registry key that holds it, when found
};

/// Where @p root comes from. A root passed with --ca (@p extraCa) is the user's own choice; otherwise the layout's
/// directories are searched (read once per process and cached), then, on Windows, the registry.
RootOriginResult classifyRootOrigin(const QSslCertificate &root, const QList<QSslCertificate> &extraCa,
                                    const TrustStoreLayout &layout);

/// The trusted certificate that anchors @p chain (leaf first), found as OpenSSL's trusted-first search does:
/// walking up from the leaf, the first chain certificate that is itself trusted (same name and key), or whose
/// issuer is (same name, and same key identifier when both carry one). Null when none of @p trusted fits.
QSslCertificate findTrustAnchor(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &trusted);

/// The anchor of a chain the system verified, and where it comes from. Candidates are @p extraCa, @p systemRoots
/// (may be empty when Qt loads roots on demand) and the layout's directories. When none fits although the chain
/// verified, the system trusted a root outside the distribution's bundle: Local if that bundle could be read,
/// else Unknown.
struct TrustAnchor
{
    QSslCertificate certificate; ///< null when not found among the candidates
    QString name;                ///< its subject, or the issuer named by the chain's last certificate
    RootOriginResult origin;
};
TrustAnchor locateTrustAnchor(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &extraCa,
                              const QList<QSslCertificate> &systemRoots, const TrustStoreLayout &layout);

/// Whether @p certificate is valid for @p host, as Qt's own post-handshake check decides: an IP address against
/// the IP address SANs (or the common name), a name against the DNS SANs and common names, with a wildcard allowed
/// as the whole leftmost label only. Needed when the server ends the handshake early (TLS 1.2 client-certificate
/// demand): Qt then never checks the name.
bool certificateMatchesHost(const QSslCertificate &certificate, const QString &host);

/// A one-line name for a certificate's subject or issuer ("O=..., CN=..." in the certificate's own order).
QString subjectName(const QSslCertificate &certificate);
QString issuerName(const QSslCertificate &certificate);
/// A certificate's subject (or, with @p issuer, its issuer) as people read it: its display name ("tpready Test Root
/// CA"), else the whole name.
QString certificateDisplayName(const QSslCertificate &certificate, bool issuer);

/// Reads the trust store on a worker thread, once per process, so that no probe freezes the event loop (and the
/// timings of every probe running beside it): indexing the distribution's bundle takes ~0.2 s on Debian, loading
/// every system root through Qt ~0.4 s.
class TrustStoreLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustStoreLoader)

public:
    /// The process-wide loader, created in the calling thread (which must run an event loop); starts indexing the
    /// system layout's directories.
    static TrustStoreLoader *instance();
    /// Starts loading every system root (needed to add --ca roots to them, and on Windows), once.
    void requestRoots();
    /// requestRoots() was called (the load may still be running).
    bool rootsRequested() const;
    bool indexReady() const;
    bool rootsReady() const;

signals:
    void indexLoaded();
    void rootsLoaded();

private:
    TrustStoreLoader();
};

/// Whether classifyRootOrigin() and locateTrustAnchor() can answer without reading the disk (the loader indexed
/// the system layout, or a test layout is in use).
bool trustIndexReady();

/// Every system root Qt trusts (or the test's replacement). Waits for the loader when it has not finished: call it
/// after TrustStoreLoader::rootsLoaded.
QList<QSslCertificate> systemRoots();
/// Whether a test replaced the system roots.
bool systemRootsOverridden();
/// Tests only: replaces the system roots (nullptr restores them), to simulate a locally added root without
/// touching the machine's trust store.
void setSystemRootsForTesting(const QList<QSslCertificate> *roots);

} // namespace tpready
