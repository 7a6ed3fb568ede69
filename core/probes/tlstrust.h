// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace tpready {

/// The TLS inspection products and words recognised in certificate names (case-insensitive, whole words).
/// Returns the product or word matched in @p name ("Zscaler", "SSL Inspection"...), or an empty string.
/// A heuristic: the list is public knowledge about these products' default CA names, not verified against them.
QString matchInspectionName(const QString &name);
/// True when @p label (from matchInspectionName()) names a product ("Zscaler"), false for a generic word ("SSL
/// Inspection") or an empty label.
bool isInspectionProduct(const QString &label);

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

/// The certificates found under one directory, and the file of each.
struct TrustDirectory
{
    /// The SHA-256 of each certificate's DER, to the file that holds it (the first, when several do). Digests, not
    /// parsed certificates: a directory is matched by equality only, and parsing every root of the system cost a
    /// run about 0.15 s of CPU beside its checks.
    QHash<QByteArray, QString> pathByDigest;
    /// Each certificate once: its DER, its subject (canonical, from the DER; empty when unreadable) and its file.
    /// Parsed into a QSslCertificate only when a chain names it (locateTrustAnchor()).
    QList<QByteArray> ders;
    QStringList subjects;
    QStringList paths;
    /// The file that holds @p certificate, or an empty string.
    QString find(const QSslCertificate &certificate) const;
};

/// The certificates of a layout's directories, read once: roots do not change during a run.
struct TrustIndex
{
    TrustStoreLayout layout;
    QHash<QString, TrustDirectory> directories; ///< each directory of the layout, read recursively (bounded)
};
/// Reads every directory of @p layout: the files, a digest and the subject of each certificate (about 28 million
/// instructions on Debian, where parsing every certificate took 477 million). TrustStore does it on a worker thread.
TrustIndex readTrustIndex(const TrustStoreLayout &layout);

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

/// Where @p root comes from. A root passed with --ca (@p extraCa) is the user's own choice; otherwise the index's
/// directories are searched, then, on Windows, the registry.
RootOriginResult classifyRootOrigin(const QSslCertificate &root, const QList<QSslCertificate> &extraCa,
                                    const TrustIndex &index);

/// The trusted certificate that anchors @p chain (leaf first), found as OpenSSL's trusted-first search does:
/// walking up from the leaf, the first chain certificate that is itself trusted (same name and key), or whose
/// issuer is (same name, and same key identifier when both carry one). Null when none of @p trusted fits.
QSslCertificate findTrustAnchor(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &trusted);

/// The anchor of a chain the system verified, and where it comes from. Candidates are @p extraCa, @p systemRoots
/// (may be empty when Qt loads roots on demand) and the index's certificates. When none fits although the chain
/// verified, the system trusted a root outside the distribution's bundle: Local if that bundle could be read,
/// else Unknown.
struct TrustAnchor
{
    QSslCertificate certificate; ///< null when not found among the candidates
    QString name;                ///< its subject, or the issuer named by the chain's last certificate
    RootOriginResult origin;
};
TrustAnchor locateTrustAnchor(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &extraCa,
                              const QList<QSslCertificate> &systemRoots, const TrustIndex &index);

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

} // namespace tpready
