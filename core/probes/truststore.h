// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <functional>
#include <memory>
#include <optional>

#include "core/probes/tlstrust.h"

namespace tpready {

/// The laptop's trust store as the TLS probes of a run need it: the index of the layout's directories (to tell a
/// root the distribution ships from one added on this laptop) and, when `--ca` roots are added (or on Windows),
/// every system root. Reading them takes ~0.01 s (index: digests and names, no certificate parsed) and ~0.4 s
/// (roots) of CPU, so each is loaded once, on a
/// worker thread, and announced by a signal: no call waits for a load, and the thread that owns the store (the
/// GUI's, the command line's) keeps running its probes meanwhile.
///
/// A session makes one and hands it to its probes through ProbeConfig::trustStore; tests build their own with
/// their own layout and roots.
///
/// Ownership of the workers. A load may outlive its store (a session deleted while its run still loads, a short
/// command-line run): the worker shares with the store only a slot for its result and a guarded pointer back,
/// which the store clears when it is destroyed, so that a late result is dropped. Deleting a store never waits.
/// The workers are tasks of the application's global thread pool, whose owner, QCoreApplication, waits for them and
/// ends their threads when it is destroyed, before it deletes Qt's TLS backends and long before OpenSSL's statics go:
/// a worker still in OpenSSL then (a run that ended before it needed the store) crashed the process on its way out
/// (exit status 139 or 134). Each worker frees OpenSSL's per-thread state as its job ends (OPENSSL_thread_stop()):
/// left to the thread's end, it raced OpenSSL's exit handler, and LeakSanitizer reported it now and then.
class TrustStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustStore)

public:
    /// This system's layout and roots.
    explicit TrustStore(QObject *parent = nullptr);
    /// @p layout's directories; @p roots, when given, stand for the system's roots (nothing is then loaded for them):
    /// a test simulates a locally added root without touching the machine's trust store.
    explicit TrustStore(TrustStoreLayout layout, std::optional<QList<QSslCertificate>> roots = std::nullopt,
                        QObject *parent = nullptr);
    /// @p layout's directories; loadRoots() runs @p rootsLoader on the worker instead of reading the system's roots:
    /// a test simulates a slow laptop.
    TrustStore(TrustStoreLayout layout, std::function<QList<QSslCertificate>()> rootsLoader, QObject *parent = nullptr);
    /// Never waits: a load still running goes on, and its result is dropped.
    ~TrustStore() override;

    const TrustStoreLayout &layout() const { return m_layout; }

    /// Starts indexing the layout's directories on a worker thread; indexLoaded() follows. Once.
    void loadIndex();
    /// Starts loading every system root on a worker thread; rootsLoaded() follows. Once; nothing to load when the
    /// roots were given.
    void loadRoots();

    /// Whether a handshake must list every root (the system's and --ca) rather than let Qt load them on demand:
    /// adding roots (@p extraRoots: --ca) turns Qt's on-demand loading off, so the system's must be listed too; given
    /// roots stand for the system's; on Windows the anchor's origin is looked up by its thumbprint among them.
    bool needsAllRoots(bool extraRoots) const
    {
        return extraRoots || m_rootsGiven || !m_layout.windowsLocalRegistryKeys.isEmpty();
    }
    /// Starts loading what handshakes will need (the index; every root too when needsAllRoots()), so that the first
    /// does not wait for it. From the thread that runs the probes.
    void warmUp(bool extraRoots)
    {
        loadIndex();
        if (needsAllRoots(extraRoots))
            loadRoots();
    }

    bool indexRequested() const { return m_indexRequested; }
    bool indexReady() const { return m_indexReady; }
    bool rootsRequested() const { return m_rootsRequested; }
    bool rootsReady() const { return m_rootsReady; }
    /// The roots were given to the constructor rather than loaded from the system.
    bool rootsGiven() const { return m_rootsGiven; }

    /// The layout's certificates: empty until indexReady().
    const TrustIndex &index() const { return m_index; }
    /// Every system root: empty until rootsReady().
    const QList<QSslCertificate> &systemRoots() const { return m_roots; }

    /// The anchor of a chain the system verified, and where it comes from (locateTrustAnchor() over the index).
    /// Call it once indexReady().
    TrustAnchor locateAnchor(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &extraCa,
                             const QList<QSslCertificate> &systemRoots) const;

signals:
    void indexLoaded();
    void rootsLoaded();

private:
    struct Delivery;
    /// Runs @p job on a worker thread, then @p done in this store's thread, unless the store is gone by then.
    void runOnWorker(std::function<void()> job, std::function<void()> done);

    TrustStoreLayout m_layout;
    TrustIndex m_index;
    QList<QSslCertificate> m_roots;
    std::function<QList<QSslCertificate>()> m_rootsLoader; ///< the system's roots unless a test gives its own
    std::shared_ptr<Delivery> m_delivery;                  ///< shared with the workers
    bool m_indexRequested = false;
    bool m_indexReady = false;
    bool m_rootsRequested = false;
    bool m_rootsReady = false;
    bool m_rootsGiven = false;
};

} // namespace tpready
