// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QList>
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

/// The layout of this system: Debian/Ubuntu, Fedora/RHEL, Arch, openSUSE directories on Linux; the policy and user
/// root stores in the registry on Windows; nothing on macOS (origin then stays unknown).
TrustStoreLayout systemTrustStoreLayout();
/// The layout in use: systemTrustStoreLayout() unless a test replaced it.
TrustStoreLayout currentTrustStoreLayout();
/// Tests only: replaces the layout (nullptr restores the system's).
void setTrustStoreLayoutForTesting(const TrustStoreLayout *layout);

/// Where a trust anchor came from.
enum class RootOrigin
{
    Distribution, ///< shipped by the OS distribution
    Local,        ///< added on this laptop (administrator, policy, antivirus, proxy client...)
    CaOption,     ///< given by the user with --ca
    Unknown,      ///< the OS offers no honest way to tell (macOS, unknown Linux layout...)
};
QString toToken(RootOrigin origin);

struct RootOriginResult
{
    RootOrigin origin = RootOrigin::Unknown;
    QString where; ///< the file or registry key that holds it, when found
};

/// Where @p root comes from. A root passed with --ca (@p extraCa) is the user's own choice; otherwise the layout's
/// directories are searched (cached per process).
RootOriginResult classifyRootOrigin(const QSslCertificate &root, const QList<QSslCertificate> &extraCa,
                                    const TrustStoreLayout &layout);

/// The trusted root that anchors @p chain (leaf first): the chain's last certificate when it is in @p trusted, else
/// the certificate of @p trusted that issued it (same subject name, and same key identifier when both say).
/// Null when none.
QSslCertificate findTrustAnchor(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &trusted);

/// A one-line name for a certificate's subject or issuer ("CN=..., O=..."), stable across platforms.
QString subjectName(const QSslCertificate &certificate);
QString issuerName(const QSslCertificate &certificate);

/// The system roots Qt trusts, loaded once per process (or the test's replacement).
QList<QSslCertificate> systemRoots();
/// Tests only: replaces the system roots (nullptr restores them), so that a locally added root can be simulated
/// without touching the machine's trust store.
void setSystemRootsForTesting(const QList<QSslCertificate> *roots);

} // namespace tpready
