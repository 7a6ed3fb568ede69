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

class QThread;

namespace tpready {

/// The laptop's trust store as the TLS probes of a run need it: the index of the layout's directories (to tell a
/// root the distribution ships from one added on this laptop) and, when `--ca` roots are added (or on Windows),
/// every system root. Reading them takes ~0.2 s (index) and ~0.4 s (roots) of CPU, so each is loaded once, on a
/// worker thread of its own, and announced by a signal: no call waits for a load, and the thread that owns the store
/// (the GUI's, the command line's) keeps running its probes meanwhile.
///
/// A session creates one and hands it to its probes through ProbeConfig::trustStore; tests build their own with
/// their own layout and roots.
///
/// Ownership of the workers. A worker shares nothing with the store: it reads into a slot of its own, which the
/// store takes over in its own thread when the worker has finished. The store owns its worker threads and, when
/// destroyed, waits for the ones still running: a worker in OpenSSL must end before the process's statics,
/// OpenSSL's among them, are destroyed (a run that ended while the roots were loading crashed the process on its
/// way out, exit status 139 or 134). Each worker is a thread of its own that ends with its job, because OpenSSL
/// frees its per-thread state only when a thread ends (a pooled thread alive at exit leaks it).
///
/// That wait must never happen while the GUI runs, so a store that is still loading is not deleted by whoever is
/// done with it: makeRunTrustStore() makes the application object its parent, and its handle calls
/// deleteWhenIdle(), which deletes the store once its workers have ended, without waiting. The application, which
/// outlives every session, destroys the stores still loading when it ends, and so waits for their workers then, at
/// exit, before any static is destroyed.
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
    /// Waits for the workers still running (see the class comment: only at exit, or for a test's store).
    ~TrustStore() override;

    const TrustStoreLayout &layout() const { return m_layout; }

    /// Starts indexing the layout's directories on a worker thread; indexLoaded() follows. Once.
    void loadIndex();
    /// Starts loading every system root on a worker thread; rootsLoaded() follows. Once; nothing to load when the
    /// roots were given.
    void loadRoots();

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

    /// Deletes this store once its workers have ended (at once when none runs), never waiting for them.
    void deleteWhenIdle();

signals:
    void indexLoaded();
    void rootsLoaded();

private:
    /// Runs @p job on a thread of its own, then @p done in this store's thread.
    void runOnWorker(std::function<void()> job, std::function<void()> done);

    TrustStoreLayout m_layout;
    TrustIndex m_index;
    QList<QSslCertificate> m_roots;
    QList<QThread *> m_workers; ///< started and not finished yet
    bool m_indexRequested = false;
    bool m_indexReady = false;
    bool m_rootsRequested = false;
    bool m_rootsReady = false;
    bool m_rootsGiven = false;
    bool m_deleteWhenIdle = false;
};

/// Releases a store: deleteWhenIdle() when the application owns it; else (no application in its thread, so not the
/// GUI's thread) deletes it, waiting for its workers.
struct TrustStoreRelease
{
    void operator()(TrustStore *store) const;
};
/// A store held for a run (by its session, or by a TLS probe given none): released, never waited for.
using RunTrustStore = std::unique_ptr<TrustStore, TrustStoreRelease>;

/// A store of this system for one run, owned by the application object (which waits for its workers when it ends,
/// see TrustStore); when there is no application in this thread, by its handle alone.
RunTrustStore makeRunTrustStore();

} // namespace tpready
