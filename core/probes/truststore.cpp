// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "truststore.h"

#include <QMutex>
#include <QSslConfiguration>
#include <QThread>
#include <QThreadPool>

#include <openssl/crypto.h>

namespace tpready {

/// What a worker shares with its store: the way back, cleared when the store is destroyed.
struct TrustStore::Delivery
{
    QMutex mutex;
    TrustStore *store = nullptr; ///< guarded by mutex
};

TrustStore::TrustStore(QObject *parent) : TrustStore(systemTrustStoreLayout(), std::nullopt, parent) {}

TrustStore::TrustStore(TrustStoreLayout layout, std::optional<QList<QSslCertificate>> roots, QObject *parent)
    : QObject(parent), m_layout(std::move(layout)), m_delivery(std::make_shared<Delivery>())
{
    m_delivery->store = this;
    m_rootsLoader = [] { return QSslConfiguration::systemCaCertificates(); };
    if (roots) {
        m_roots = std::move(*roots);
        m_rootsGiven = m_rootsRequested = m_rootsReady = true;
    }
}

TrustStore::TrustStore(TrustStoreLayout layout, std::function<QList<QSslCertificate>()> rootsLoader, QObject *parent)
    : TrustStore(std::move(layout), std::nullopt, parent)
{
    m_rootsLoader = std::move(rootsLoader);
}

TrustStore::~TrustStore()
{
    // A worker delivering right now holds the mutex for as long as it takes to post an event (which dies with this
    // object); nothing waits for a load.
    const QMutexLocker lock(&m_delivery->mutex);
    m_delivery->store = nullptr;
}

void TrustStore::runOnWorker(std::function<void()> job, std::function<void()> done)
{
    QThreadPool::globalInstance()->start([job = std::move(job), done = std::move(done), delivery = m_delivery] {
        QThread *thread = QThread::currentThread();
        const QThread::Priority priority = thread->priority();
        thread->setPriority(QThread::LowPriority); // the probes' thread first
        job();
        // Qt's certificate parsing left OpenSSL's per-thread state (the error queue) on this pool thread. OpenSSL
        // frees it when the thread ends, but a pool thread may end after OpenSSL's own exit handler has run (QThread's
        // wait() returns before the thread's destructors): freed here, where the work ends, it never outlives it.
        OPENSSL_thread_stop();
        thread->setPriority(priority == QThread::InheritPriority ? QThread::NormalPriority : priority);
        const QMutexLocker lock(&delivery->mutex);
        if (delivery->store)
            QMetaObject::invokeMethod(delivery->store, done, Qt::QueuedConnection);
    });
}

void TrustStore::loadIndex()
{
    if (m_indexRequested)
        return;
    m_indexRequested = true;
    auto slot = std::make_shared<TrustIndex>();
    runOnWorker([slot, layout = m_layout] { *slot = readTrustIndex(layout); },
                [this, slot] {
                    m_index = std::move(*slot);
                    m_indexReady = true;
                    emit indexLoaded();
                });
}

void TrustStore::loadRoots()
{
    if (m_rootsRequested)
        return;
    m_rootsRequested = true;
    auto slot = std::make_shared<QList<QSslCertificate>>();
    runOnWorker([slot, load = m_rootsLoader] { *slot = load(); },
                [this, slot] {
                    m_roots = std::move(*slot);
                    m_rootsReady = true;
                    emit rootsLoaded();
                });
}

TrustAnchor TrustStore::locateAnchor(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &extraCa,
                                     const QList<QSslCertificate> &systemRoots) const
{
    return locateTrustAnchor(chain, extraCa, systemRoots, m_index);
}

} // namespace tpready
