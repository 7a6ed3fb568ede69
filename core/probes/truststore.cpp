// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "truststore.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QThread>

namespace tpready {

TrustStore::TrustStore(QObject *parent) : TrustStore(systemTrustStoreLayout(), std::nullopt, parent) {}

TrustStore::TrustStore(TrustStoreLayout layout, std::optional<QList<QSslCertificate>> roots, QObject *parent)
    : QObject(parent), m_layout(std::move(layout))
{
    if (roots) {
        m_roots = std::move(*roots);
        m_rootsGiven = m_rootsRequested = m_rootsReady = true;
    }
}

TrustStore::~TrustStore()
{
    // Only at the application's end (or for a store a test made): see the class comment.
    for (QThread *thread : std::as_const(m_workers)) {
        thread->wait();
        delete thread;
    }
}

void TrustStore::runOnWorker(std::function<void()> job, std::function<void()> done)
{
    QThread *thread = QThread::create(std::move(job));
    thread->setObjectName(QStringLiteral("tpready-truststore"));
    m_workers << thread;
    // Queued to this store's thread, and dropped with the store if it is destroyed first (it then waits for the
    // thread itself).
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        m_workers.removeOne(thread);
        thread->wait(); // it is ending: a moment at most
        delete thread;
        done();
        if (m_deleteWhenIdle && m_workers.isEmpty())
            deleteLater();
    });
    thread->start(QThread::LowPriority);
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
    runOnWorker([slot] { *slot = QSslConfiguration::systemCaCertificates(); },
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

void TrustStore::deleteWhenIdle()
{
    m_deleteWhenIdle = true;
    if (m_workers.isEmpty())
        deleteLater();
}

void TrustStoreRelease::operator()(TrustStore *store) const
{
    if (!store)
        return;
    if (store->parent())
        store->deleteWhenIdle();
    else
        delete store;
}

RunTrustStore makeRunTrustStore()
{
    QCoreApplication *application = QCoreApplication::instance();
    const bool sameThread = application && application->thread() == QThread::currentThread();
    return RunTrustStore(new TrustStore(sameThread ? application : nullptr));
}

} // namespace tpready
