// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlsprobe.h"

#include <QDateTime>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include "core/probes/clientcahello.h"
#include "core/probes/tlsevidence.h"
#include "core/probes/tlsrecord.h"
#include "core/probes/tlsverdict.h"

namespace tpready {
namespace {

/// How long a TLS probe waits for the laptop's roots at most (0.2-0.5 s of CPU on a worker thread normally; seconds
/// on a busy or instrumented laptop). The network deadline is held meanwhile.
constexpr int kRootsLoadCapMs = 30000;

} // namespace

TlsProbe::TlsProbe(ProbeTarget target, ProbeConfig config, QObject *parent)
    : StreamProbe(std::move(target), std::move(config), parent), m_settle(new QTimer(this)),
      m_clientCaHello(new ClientCaHello(kMaxRead, this))
{
    if (!this->config().trustStore)
        m_ownTrustStore = std::make_unique<TrustStore>();
    connect(m_clientCaHello, &ClientCaHello::done, this, &TlsProbe::onClientCaHelloDone);
    m_seen.target = this->target();
    m_seen.timeoutMs = this->config().timeoutMs;
    m_seen.rootsCapMs = qMax(kRootsLoadCapMs, m_seen.timeoutMs);
    m_seen.extraCa = this->config().extraCaCertificates;
    m_settle->setSingleShot(true);
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (isFinished() || m_stage != Stage::Settling)
            return;
        if (m_seen.clientCertificate == ClientCertificateDemand::Unknown)
            m_seen.clientCertificate = ClientCertificateDemand::NotDemanded;
        concludeTls();
    });
}

TlsProbe::~TlsProbe() = default;

QTcpSocket *TlsProbe::createSocket()
{
    return new QSslSocket(this);
}

QSslSocket *TlsProbe::sslSocket() const
{
    return static_cast<QSslSocket *>(socket());
}

QString TlsProbe::endpoint() const
{
    return tlsEndpoint(target());
}

QByteArray TlsProbe::hostHeader() const
{
    QString host = target().host.isEmpty() ? target().address.toString() : target().host;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    if (target().port != 443)
        host += u':' + QString::number(target().port);
    return host.toUtf8();
}

TrustStore *TlsProbe::trustStore() const
{
    return config().trustStore ? config().trustStore : m_ownTrustStore.get();
}

void TlsProbe::warmUp(const ProbeConfig &config)
{
    if (config.trustStore) // else each probe loads what it needs into its own store
        config.trustStore->warmUp(!config.extraCaCertificates.isEmpty());
}

void TlsProbe::onConnected()
{
    if (isMtlsFrontEnd(target())) {
        // The SLRC front end demands a client certificate: the client-CA hello will be wanted once the session ends
        // with that demand (useClientCaHello()). Opened now, beside the handshake, its answer is there when wanted:
        // two round trips less. Its answer is used only if the session asks for it, so the verdict and evidence
        // stay those of the sequential order.
        openClientCaHello();
    }
    TrustStore *store = trustStore();
    store->loadIndex(); // judging the chain's anchor will need it
    if (needsAllRoots() && !store->rootsReady()) {
        // Loaded once per store on a worker thread: the event loop (and every other probe) keeps running.
        store->loadRoots();
        m_waitingForRoots = true;
        // The laptop's time, not the network's: the deadline waits, up to a bound of its own.
        holdDeadline(m_seen.rootsCapMs);
        connect(store, &TrustStore::rootsLoaded, this, [this] {
            if (isFinished() || !m_waitingForRoots)
                return;
            m_waitingForRoots = false;
            resumeDeadline();
            m_seen.rootsWaitMs = heldMs();
            beginHandshake();
        });
        return;
    }
    beginHandshake();
}

void TlsProbe::beginHandshake()
{
    m_seen.handshakeStartMs = elapsedMs();
    QSslSocket *ssl = sslSocket();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (needsAllRoots()) {
        m_systemRoots = trustStore()->systemRoots();
        configuration.setCaCertificates(m_systemRoots + config().extraCaCertificates);
    } // else: the system's roots, loaded on demand by the TLS library (only the issuer it needs)
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::SecureProtocols);
    // Verification errors are then reported during the handshake, even when the server ends it before the end
    // (TLS 1.2 client-certificate demand): the chain's verdict is known either way.
    configuration.setHandshakeMustInterruptOnError(true);
    ssl->setSslConfiguration(configuration);
    // SNI and the name check use the plan's host although the socket is connected to an address.
    ssl->setPeerVerifyName(m_seen.serverName());
    connect(ssl, &QSslSocket::encrypted, this, &TlsProbe::onEncrypted);
    connect(ssl, &QSslSocket::sslErrors, this, &TlsProbe::onSslErrors, Qt::DirectConnection);
    connect(ssl, &QSslSocket::handshakeInterruptedOnError, this, &TlsProbe::onInterrupted, Qt::DirectConnection);
    connect(ssl, &QSslSocket::alertReceived, this, &TlsProbe::onAlert);
    connect(ssl, &QSslSocket::errorOccurred, this, &TlsProbe::onSocketError);
    ssl->startClientEncryption();
}

void TlsProbe::recordError(const QSslError &error)
{
    for (const QSslError &known : std::as_const(m_seen.errors)) {
        if (known.error() == error.error() && known.certificate() == error.certificate())
            return;
    }
    if (m_seen.errors.size() < 32)
        m_seen.errors << error;
}

void TlsProbe::onInterrupted(const QSslError &error)
{
    if (isFinished())
        return;
    recordError(error);
    // Only to learn the whole chain and every error: the verdict reports them all.
    sslSocket()->continueInterruptedHandshake();
}

void TlsProbe::onSslErrors(const QList<QSslError> &errors)
{
    if (isFinished())
        return;
    for (const QSslError &error : errors)
        recordError(error);
    // Same: the session is never used for the application when any error was seen (see afterHandshake()).
    sslSocket()->ignoreSslErrors();
}

void TlsProbe::onAlert(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description)
{
    Q_UNUSED(description)
    if (m_seen.alerts.size() < 8)
        m_seen.alerts.append({static_cast<int>(level), static_cast<int>(type)});
    if (level == QSsl::AlertLevel::Fatal && m_seen.fatalAlert < 0)
        m_seen.fatalAlert = static_cast<int>(type);
}

void TlsProbe::onEncrypted()
{
    if (isFinished() || m_stage != Stage::Handshaking)
        return;
    QSslSocket *ssl = sslSocket();
    m_seen.handshakeDone = true;
    m_seen.handshakeMs = elapsedMs() - m_seen.handshakeStartMs;
    m_seen.sessionChain = ssl->peerCertificateChain();
    if (m_seen.sessionChain.isEmpty() && !ssl->peerCertificate().isNull())
        m_seen.sessionChain << ssl->peerCertificate();
    m_seen.protocolName = tlsProtocolName(ssl->sessionProtocol());
    m_seen.cipher = ssl->sessionCipher().name();
    TrustStore *store = trustStore();
    if (m_seen.errors.isEmpty() && !store->indexReady()) {
        // Where the anchor comes from decides between pass and interception: wait for the index (worker thread).
        m_stage = Stage::Assessing;
        store->loadIndex();
        connect(store, &TrustStore::indexLoaded, this, [this] {
            if (!isFinished() && m_stage == Stage::Assessing)
                afterHandshake();
        });
        return;
    }
    afterHandshake();
}

void TlsProbe::recordDemand(const QString &signal)
{
    m_seen.clientCertificate = ClientCertificateDemand::Demanded;
    m_seen.clientCertificateSignal = signal;
}

void TlsProbe::afterHandshake()
{
    const bool waited = m_stage == Stage::Assessing;
    m_stage = Stage::Settling;
    if (waited) {
        // What the server did meanwhile (recorded by the handlers) counts as if it had come while settling.
        if (certificateRequiredSignal()) {
            recordDemand(QStringLiteral("tls13-alert-certificate-required"));
            useClientCaHello();
            return;
        }
        if (m_seen.fatalAlert >= 0 ||
            (!m_seen.socketError.isEmpty() && m_seen.socketErrorCode != QAbstractSocket::RemoteHostClosedError)) {
            m_seen.failedAfterHandshake = true;
            useClientCaHello();
            return;
        }
        if (m_seen.closedAfterHandshake) {
            concludeTls();
            return;
        }
    }
    // The chain is final now: the session's.
    assessOnce();
    if (m_assessment->clean()) {
        m_stage = Stage::Application;
        startApplication();
        return;
    }
    // Not trusted: nothing is sent inside; only watch whether the server demands a client certificate.
    enterSettling();
}

void TlsProbe::enterSettling()
{
    m_stage = Stage::Settling;
    if (sslSocket()->sessionProtocol() != QSsl::TlsV1_3) {
        // TLS 1.2 demands client certificates inside the handshake, which completed: nothing more will come.
        m_seen.clientCertificate = ClientCertificateDemand::NotDemanded;
        concludeTls();
        return;
    }
    m_settle->start(qMin(kSettleMs, remainingMs()));
}

void TlsProbe::startApplication()
{
    enterSettling();
}

void TlsProbe::onApplicationData(bool closed)
{
    Q_UNUSED(closed) // `tls` carries nothing of ours
}

ProbeResult TlsProbe::applicationSilentResult()
{
    return tlsResult(TlsEnding::Concluded);
}

void TlsProbe::onReadyRead()
{
    QSslSocket *ssl = sslSocket();
    m_seen.received += ssl->read(kMaxRead - m_seen.received.size());
    if (m_waitingForRoots) {
        // The server spoke before our ClientHello went out: not a TLS server (TLS servers wait for the client).
        finish(tlsResult(TlsEnding::SpokeFirst));
        return;
    }
    if (m_stage == Stage::Application)
        onApplicationData(false);
}

void TlsProbe::onDisconnected()
{
    switch (m_stage) {
    case Stage::Handshaking:
        if (m_seen.socketError.isEmpty()) {
            m_seen.socketErrorCode = QAbstractSocket::RemoteHostClosedError;
            m_seen.socketError = sslSocket()->errorString();
            concludeTls();
        }
        return;
    case Stage::Assessing:
        m_seen.closedAfterHandshake = true;
        return;
    case Stage::Settling:
        m_seen.closedAfterHandshake = true;
        concludeTls();
        return;
    case Stage::Application:
        m_seen.received += sslSocket()->readAll().left(kMaxRead - m_seen.received.size());
        onApplicationData(true);
        if (!isFinished())
            finish(tlsResult(TlsEnding::SessionClosed));
        return;
    case Stage::ClientCaHello:
        return;
    }
}

bool TlsProbe::certificateRequiredSignal() const
{
    return m_seen.fatalAlert == static_cast<int>(QSsl::AlertType::CertificateRequired) ||
           m_seen.socketError.contains(QLatin1String("certificate required"), Qt::CaseInsensitive);
}

void TlsProbe::onSocketError(QAbstractSocket::SocketError error)
{
    if (isFinished())
        return;
    // The first error says what happened; the "remote host closed" that follows an alert adds nothing.
    if (m_seen.socketError.isEmpty() || error != QAbstractSocket::RemoteHostClosedError) {
        if (m_seen.socketError.isEmpty() || m_seen.socketErrorCode == QAbstractSocket::RemoteHostClosedError) {
            m_seen.socketError = sslSocket()->errorString();
            m_seen.socketErrorCode = error;
        }
    }
    switch (m_stage) {
    case Stage::Handshaking:
        if (error == QAbstractSocket::RemoteHostClosedError && m_seen.fatalAlert < 0) {
            concludeTls(); // cut during the handshake
            return;
        }
        useClientCaHello();
        return;
    case Stage::Assessing:
        if (error == QAbstractSocket::RemoteHostClosedError)
            m_seen.closedAfterHandshake = true;
        return; // recorded; afterHandshake() takes it into account
    case Stage::Settling:
    case Stage::Application:
        if (certificateRequiredSignal()) {
            recordDemand(QStringLiteral("tls13-alert-certificate-required"));
            useClientCaHello(); // a TLS 1.2 hello may also tell which client CAs it accepts
            return;
        }
        if (m_seen.fatalAlert >= 0 || error == QAbstractSocket::SslInternalError ||
            error == QAbstractSocket::SslHandshakeFailedError) {
            // A TLS error right after the handshake: a client-certificate demand by another name (other alerts,
            // or backends without alert signals)? The TLS 1.2 hello shows it when the server speaks TLS 1.2.
            m_seen.failedAfterHandshake = true;
            useClientCaHello();
            return;
        }
        if (error == QAbstractSocket::RemoteHostClosedError) {
            onDisconnected();
            return;
        }
        if (m_stage == Stage::Settling)
            concludeTls();
        else
            finish(tlsResult(TlsEnding::SessionFailed));
        return;
    case Stage::ClientCaHello:
        return;
    }
}

void TlsProbe::concludeTls()
{
    if (!isFinished())
        finish(tlsResult(TlsEnding::Concluded));
}

void TlsProbe::openClientCaHello()
{
    m_seen.clientCaHelloStartedMs = elapsedMs();
    m_clientCaHello->start(target().address, target().port, target().host);
}

void TlsProbe::useClientCaHello()
{
    m_stage = Stage::ClientCaHello;
    m_settle->stop();
    m_seen.clientCaHelloUsed = true;
    if (!m_clientCaHello->isStarted())
        openClientCaHello();
    else if (m_clientCaHello->isDone())
        concludeWithClientCaHello();
    // else: the early hello is under way; onClientCaHelloDone() concludes
}

void TlsProbe::onClientCaHelloDone()
{
    if (!isFinished() && m_stage == Stage::ClientCaHello)
        concludeWithClientCaHello();
    // else: an early hello whose answer waits until the session asks for it (useClientCaHello()), or is dropped
}

void TlsProbe::concludeWithClientCaHello()
{
    if (isFinished())
        return;
    m_clientCaHello->stop();
    m_seen.clientCaHello = m_clientCaHello->answer();
    if (m_seen.clientCaHello.flight && m_seen.clientCaHello.flight->certificateRequest) {
        if (m_seen.clientCertificate == ClientCertificateDemand::Demanded)
            m_seen.clientCertificateSignal += QStringLiteral(", tls12-certificate-request");
        else
            recordDemand(QStringLiteral("tls12-certificate-request"));
    }
    concludeTls();
}

void TlsProbe::stop()
{
    m_settle->stop();
    m_clientCaHello->stop();
    StreamProbe::stop();
}

void TlsProbe::assessOnce()
{
    if (m_assessment)
        return;
    const TrustStore *store = trustStore();
    if (store->indexReady() && needsTrustAnchor(m_seen))
        m_seen.anchor = store->locateAnchor(observedChain(m_seen), config().extraCaCertificates, m_systemRoots);
    m_assessment = assessTls(m_seen);
}

const TlsAssessment &TlsProbe::assessment() const
{
    if (!m_assessment)
        m_assessment = assessTls(m_seen);
    return *m_assessment;
}

QJsonObject TlsProbe::tlsEvidence() const
{
    return tpready::tlsEvidence(m_seen, assessment());
}

ProbeResult TlsProbe::completed(const ProbeResult &verdict, const QJsonObject &evidence) const
{
    ProbeResult r = result(verdict.verdict, verdict.reason, verdict.detail, evidence);
    r.remediation = verdict.remediation;
    // The latency is the network's: time spent loading the laptop's roots is not part of it.
    if (r.latencyMs > m_seen.rootsWaitMs && (r.reason == Reason::Ok || r.reason == Reason::TlsClientCertRequired))
        r.latencyMs -= m_seen.rootsWaitMs;
    return r;
}

ProbeResult TlsProbe::tlsResult(TlsEnding ending)
{
    m_seen.ending = ending;
    m_seen.laptopClock = clock().utcNow();
    assessOnce();
    return completed(tlsVerdict(m_seen, *m_assessment), tlsEvidence());
}

ProbeResult TlsProbe::applicationResult(Verdict verdict, Reason reason, const QString &detail,
                                        const QJsonObject &evidence) const
{
    QJsonObject merged = tlsEvidence();
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        merged.insert(it.key(), it.value());
    return completed(ProbeResult::make(verdict, reason, detail), merged);
}

void TlsProbe::finishApplication(Verdict verdict, Reason reason, const QString &detail, const QJsonObject &evidence)
{
    finish(applicationResult(verdict, reason, detail, evidence));
}

ProbeResult TlsProbe::silentResult()
{
    switch (m_stage) {
    case Stage::Handshaking:
        return tlsResult(m_waitingForRoots ? TlsEnding::RootsNotLoaded : TlsEnding::NoTlsAnswer);
    case Stage::ClientCaHello:
        m_seen.clientCaHello = m_clientCaHello->answer(); // what the hello got so far
        return tlsResult(TlsEnding::Concluded);
    case Stage::Assessing:
    case Stage::Settling:
        return tlsResult(TlsEnding::Concluded);
    case Stage::Application:
        return applicationSilentResult();
    }
    return tlsResult(TlsEnding::Concluded);
}

} // namespace tpready
