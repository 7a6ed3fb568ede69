// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlsprobe.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include "core/probes/iec104frame.h"
#include "core/probes/sshbanner.h"
#include "core/probes/tcpconnect.h"
#include "core/probes/textframing.h"
#include "core/probes/tlstrust.h"

namespace tpready {
namespace {

constexpr int kMaxChainInEvidence = 10;

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString spacedHex(const QByteArray &bytes, int maxBytes = 64)
{
    QString hex = QString::fromLatin1(bytes.left(maxBytes).toHex(' '));
    if (bytes.size() > maxBytes)
        hex += QStringLiteral(" \u2026");
    return hex;
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        return QStringLiteral("TLS (protocol %1)").arg(static_cast<int>(protocol));
    }
}

QJsonObject certificateJson(const QSslCertificate &certificate)
{
    QJsonObject object;
    object.insert(QStringLiteral("subject"), subjectName(certificate));
    object.insert(QStringLiteral("issuer"), issuerName(certificate));
    object.insert(QStringLiteral("not_before"), isoUtc(certificate.effectiveDate()));
    object.insert(QStringLiteral("not_after"), isoUtc(certificate.expiryDate()));
    object.insert(QStringLiteral("sha256"),
                  QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
    object.insert(QStringLiteral("self_signed"), certificate.isSelfSigned());
    object.insert(QStringLiteral("serial"), QString::fromLatin1(certificate.serialNumber()));
    QJsonArray names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend() && names.size() < 20; ++it)
        names.append(it.value());
    if (!names.isEmpty())
        object.insert(QStringLiteral("subject_alt_names"), names);
    return object;
}

bool isPlaintextError(const QString &text)
{
    static const char *const signs[] = {"wrong version number", "packet length too long", "unknown protocol",
                                        "record layer failure", "http request",           "unexpected record"};
    for (const char *sign : signs) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isUntrustedAnchorError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

QString displayName(const QSslCertificate &certificate, bool issuer)
{
    const QString name = issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return name.isEmpty() ? (issuer ? issuerName(certificate) : subjectName(certificate)) : name;
}

} // namespace

TlsProbe::TlsProbe(ProbeTarget target, ProbeConfig config, QObject *parent)
    : StreamProbe(std::move(target), std::move(config), parent), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (isFinished() || m_stage != Stage::Settling)
            return;
        if (m_clientCertificate == ClientCertificate::Unknown)
            m_clientCertificate = ClientCertificate::NotDemanded;
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
    return tr("%1 port %2")
        .arg(target().host.isEmpty() ? target().address.toString() : target().host)
        .arg(target().port);
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

bool TlsProbe::mtlsExpected() const
{
    const Protocol protocol = target().protocol;
    return target().role == Role::Slrc && target().port >= 3001 && target().port <= 3003 &&
           (protocol == Protocol::Tls || protocol == Protocol::Iec104Tls || protocol == Protocol::SftpTls);
}

bool TlsProbe::needsAllRoots(const ProbeConfig &config)
{
    // Adding --ca roots turns Qt's on-demand root loading off, so the system's must be listed too; on Windows the
    // anchor's origin is looked up by its thumbprint, so the anchor must be among the listed roots.
    return !config.extraCaCertificates.isEmpty() || systemRootsOverridden() ||
           !currentTrustStoreLayout().windowsLocalRegistryKeys.isEmpty();
}

void TlsProbe::warmUp(const ProbeConfig &config)
{
    TrustStoreLoader *loader = TrustStoreLoader::instance(); // starts the index
    if (needsAllRoots(config) && !systemRootsOverridden())
        loader->requestRoots();
}

void TlsProbe::onConnected()
{
    if (mtlsExpected()) {
        // The SLRC front end demands a client certificate: the TLS 1.2 hello that reads which CAs it accepts
        // (startConfirmation()) will be wanted once the session ends with that demand. Sent now, on a second
        // connection beside the handshake, its answer is there when wanted: two round trips less. Its answer is
        // used only if the session asks for it, so the verdict and evidence stay those of the sequential order.
        startRawHello();
    }
    TrustStoreLoader *loader = TrustStoreLoader::instance();
    if (needsAllRoots() && !systemRootsOverridden()) {
        loader->requestRoots();
        if (!loader->rootsReady()) {
            // Loaded once per process on a worker thread: the event loop (and every other probe) keeps running.
            m_waitingForRoots = true;
            connect(loader, &TrustStoreLoader::rootsLoaded, this, [this] {
                if (isFinished() || !m_waitingForRoots)
                    return;
                m_waitingForRoots = false;
                if (connectMs() >= 0)
                    m_rootsWaitMs = qMax<qint64>(0, elapsedMs() - connectMs());
                beginHandshake();
            });
            return;
        }
    }
    beginHandshake();
}

void TlsProbe::beginHandshake()
{
    m_handshakeStartMs = elapsedMs();
    QSslSocket *ssl = sslSocket();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (needsAllRoots()) {
        m_systemRoots = systemRoots();
        configuration.setCaCertificates(m_systemRoots + config().extraCaCertificates);
    } // else: the system's roots, loaded on demand by the TLS library (only the issuer it needs)
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::SecureProtocols);
    // Verification errors are then reported during the handshake, even when the server ends it before the end
    // (TLS 1.2 client-certificate demand): the chain's verdict is known either way.
    configuration.setHandshakeMustInterruptOnError(true);
    ssl->setSslConfiguration(configuration);
    // SNI and the name check use the plan's host although the socket is connected to an address.
    ssl->setPeerVerifyName(target().host.isEmpty() ? target().address.toString() : target().host);
    connect(ssl, &QSslSocket::encrypted, this, &TlsProbe::onEncrypted);
    connect(ssl, &QSslSocket::sslErrors, this, &TlsProbe::onSslErrors, Qt::DirectConnection);
    connect(ssl, &QSslSocket::handshakeInterruptedOnError, this, &TlsProbe::onInterrupted, Qt::DirectConnection);
    connect(ssl, &QSslSocket::alertReceived, this, &TlsProbe::onAlert);
    connect(ssl, &QSslSocket::errorOccurred, this, &TlsProbe::onSocketError);
    ssl->startClientEncryption();
}

void TlsProbe::recordError(const QSslError &error)
{
    for (const QSslError &known : std::as_const(m_errors)) {
        if (known.error() == error.error() && known.certificate() == error.certificate())
            return;
    }
    if (m_errors.size() < 32)
        m_errors << error;
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
    // Same: the session is never used for the application when any error was seen (see onEncrypted()).
    sslSocket()->ignoreSslErrors();
}

void TlsProbe::onAlert(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description)
{
    Q_UNUSED(description)
    if (m_alerts.size() < 8)
        m_alerts.append({static_cast<int>(level), static_cast<int>(type)});
    if (level == QSsl::AlertLevel::Fatal && m_fatalAlert < 0)
        m_fatalAlert = static_cast<int>(type);
}

void TlsProbe::onEncrypted()
{
    if (isFinished() || m_stage != Stage::Handshaking)
        return;
    QSslSocket *ssl = sslSocket();
    m_handshakeDone = true;
    m_handshakeMs = elapsedMs() - m_handshakeStartMs;
    m_sessionChain = ssl->peerCertificateChain();
    if (m_sessionChain.isEmpty() && !ssl->peerCertificate().isNull())
        m_sessionChain << ssl->peerCertificate();
    m_protocolName = protocolName(ssl->sessionProtocol());
    m_cipher = ssl->sessionCipher().name();
    if (m_errors.isEmpty() && !trustIndexReady()) {
        // Where the anchor comes from decides between pass and interception: wait for the index (worker thread).
        m_stage = Stage::Assessing;
        connect(TrustStoreLoader::instance(), &TrustStoreLoader::indexLoaded, this, [this] {
            if (!isFinished() && m_stage == Stage::Assessing)
                afterHandshake();
        });
        return;
    }
    afterHandshake();
}

void TlsProbe::afterHandshake()
{
    const bool waited = m_stage == Stage::Assessing;
    m_stage = Stage::Settling;
    if (waited) {
        // What the server did meanwhile (recorded by the handlers) counts as if it had come while settling.
        if (certificateRequiredSignal()) {
            m_clientCertificate = ClientCertificate::Demanded;
            m_clientCertificateSignal = QStringLiteral("tls13-alert-certificate-required");
            startConfirmation();
            return;
        }
        if (m_fatalAlert >= 0 ||
            (!m_socketError.isEmpty() && m_socketErrorCode != QAbstractSocket::RemoteHostClosedError)) {
            m_failedAfterHandshake = true;
            startConfirmation();
            return;
        }
        if (m_closedAfterHandshake) {
            concludeTls();
            return;
        }
    }
    const Assessment assessment = assess();
    const bool clean = assessment.verified && assessment.inspectionProduct.isEmpty() &&
                       assessment.anchorOrigin != static_cast<int>(RootOrigin::Local);
    if (clean) {
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
        m_clientCertificate = ClientCertificate::NotDemanded;
        concludeTls();
        return;
    }
    m_settle->start(qMin(kSettleMs, remainingMs()));
}

void TlsProbe::startApplication()
{
    switch (target().protocol) {
    case Protocol::Iec104Tls:
        sslSocket()->write(iec104UFrame(Iec104Function::TestFrAct));
        return;
    case Protocol::SftpTls:
        return; // the SSH server speaks first
    default:
        enterSettling();
        return;
    }
}

void TlsProbe::onReadyRead()
{
    QSslSocket *ssl = sslSocket();
    const QByteArray data = ssl->read(kMaxRead - m_appReceived.size());
    m_appReceived += data;
    if (m_waitingForRoots) {
        // The server spoke before our ClientHello went out: not a TLS server (TLS servers wait for the client).
        const QString foreign = recogniseForeignProtocol(m_appReceived);
        QJsonObject evidence = tlsEvidence();
        evidence.insert(QStringLiteral("received"), printable(m_appReceived, 200));
        finish(result(Verdict::Fail, Reason::WrongService,
                      tr("%1 does not speak TLS: it sent %2 (\"%3\") before any TLS handshake.")
                          .arg(endpoint(), foreign.isEmpty() ? tr("data") : foreign, printable(m_appReceived, 80)),
                      evidence));
        return;
    }
    if (m_stage == Stage::Application)
        onApplicationData(false);
}

void TlsProbe::onDisconnected()
{
    switch (m_stage) {
    case Stage::Handshaking:
        if (m_socketError.isEmpty()) {
            m_socketErrorCode = QAbstractSocket::RemoteHostClosedError;
            m_socketError = sslSocket()->errorString();
            finish(conclusion());
        }
        return;
    case Stage::Assessing:
        m_closedAfterHandshake = true;
        return;
    case Stage::Settling:
        m_closedAfterHandshake = true;
        concludeTls();
        return;
    case Stage::Application:
        m_appReceived += sslSocket()->readAll().left(kMaxRead - m_appReceived.size());
        onApplicationData(true);
        if (!isFinished()) {
            finishApplication(Verdict::Fail, Reason::WrongService,
                              tr("The verified TLS session with %1 was closed by the server before the expected "
                                 "answer.")
                                  .arg(endpoint()));
        }
        return;
    case Stage::Confirming:
        return;
    }
}

bool TlsProbe::certificateRequiredSignal() const
{
    return m_fatalAlert == static_cast<int>(QSsl::AlertType::CertificateRequired) ||
           m_socketError.contains(QLatin1String("certificate required"), Qt::CaseInsensitive);
}

void TlsProbe::onSocketError(QAbstractSocket::SocketError error)
{
    if (isFinished())
        return;
    // The first error says what happened; the "remote host closed" that follows an alert adds nothing.
    if (m_socketError.isEmpty() || error != QAbstractSocket::RemoteHostClosedError) {
        if (m_socketError.isEmpty() || m_socketErrorCode == QAbstractSocket::RemoteHostClosedError) {
            m_socketError = sslSocket()->errorString();
            m_socketErrorCode = error;
        }
    }
    switch (m_stage) {
    case Stage::Handshaking:
        if (error == QAbstractSocket::RemoteHostClosedError && m_fatalAlert < 0) {
            finish(conclusion()); // cut during the handshake
            return;
        }
        startConfirmation();
        return;
    case Stage::Assessing:
        if (error == QAbstractSocket::RemoteHostClosedError)
            m_closedAfterHandshake = true;
        return; // recorded; afterHandshake() takes it into account
    case Stage::Settling:
    case Stage::Application:
        if (certificateRequiredSignal()) {
            m_clientCertificate = ClientCertificate::Demanded;
            m_clientCertificateSignal = QStringLiteral("tls13-alert-certificate-required");
            startConfirmation(); // a TLS 1.2 hello may also tell which client CAs it accepts
            return;
        }
        if (m_fatalAlert >= 0 || error == QAbstractSocket::SslInternalError ||
            error == QAbstractSocket::SslHandshakeFailedError) {
            // A TLS error right after the handshake: a client-certificate demand by another name (other alerts,
            // or backends without alert signals)? The TLS 1.2 hello shows it when the server speaks TLS 1.2.
            m_failedAfterHandshake = true;
            startConfirmation();
            return;
        }
        if (error == QAbstractSocket::RemoteHostClosedError) {
            onDisconnected();
            return;
        }
        if (m_stage == Stage::Settling) {
            concludeTls();
        } else {
            finishApplication(Verdict::Fail, Reason::Error,
                              tr("The TLS session with %1 failed: %2.").arg(endpoint(), m_socketError));
        }
        return;
    case Stage::Confirming:
        return;
    }
}

void TlsProbe::concludeTls()
{
    if (!isFinished())
        finish(conclusion());
}

void TlsProbe::startConfirmation()
{
    m_stage = Stage::Confirming;
    m_settle->stop();
    m_rawRan = true;
    if (!m_rawStarted)
        startRawHello();
    else if (m_rawDone)
        endConfirmation();
    // else: the early hello is under way; rawHelloDone() ends the confirmation
}

void TlsProbe::startRawHello()
{
    m_rawStarted = true;
    m_rawStartedMs = elapsedMs();
    m_rawConnector = new TcpConnector(this);
    connect(m_rawConnector, &TcpConnector::connected, this, &TlsProbe::onRawConnected);
    connect(m_rawConnector, &TcpConnector::failed, this, [this](Reason, const QString &detail, int) {
        m_rawLive.failure = detail;
        rawHelloDone();
    });
    m_rawConnector->connectTo(target().address, target().port);
}

void TlsProbe::onRawConnected()
{
    if (isFinished())
        return;
    m_rawSocket = new QTcpSocket(this);
    m_rawSocket->setProxy(QNetworkProxy::NoProxy);
    m_rawSocket->setReadBufferSize(kMaxRead);
    if (!m_rawSocket->setSocketDescriptor(m_rawConnector->takeDescriptor())) {
        m_rawLive.failure = m_rawSocket->errorString();
        rawHelloDone();
        return;
    }
    connect(m_rawSocket, &QTcpSocket::readyRead, this, [this] { onRawData(false); });
    connect(m_rawSocket, &QTcpSocket::disconnected, this, [this] { onRawData(true); });
    QByteArray random(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
    m_rawSocket->write(buildTls12ClientHello(target().host, random));
}

void TlsProbe::onRawData(bool closed)
{
    if (isFinished() || !m_rawSocket)
        return;
    m_rawLive.received += m_rawSocket->read(kMaxRead - m_rawLive.received.size());
    m_rawLive.flight = parseTlsServerFlight(m_rawLive.received);
    if (closed && m_rawLive.flight->status == TlsServerFlight::Status::Incomplete)
        m_rawLive.failure = tr("the server closed the connection");
    if (closed || m_rawLive.flight->status != TlsServerFlight::Status::Incomplete ||
        m_rawLive.received.size() >= kMaxRead)
        rawHelloDone();
}

void TlsProbe::rawHelloDone()
{
    if (isFinished() || m_rawDone)
        return;
    m_rawDone = true;
    stopConfirmation();
    if (m_stage == Stage::Confirming)
        endConfirmation();
    // else: an early hello whose answer waits until the session asks for it (startConfirmation()), or is dropped
}

void TlsProbe::stopConfirmation()
{
    if (m_rawConnector)
        m_rawConnector->abort();
    if (m_rawSocket) {
        m_rawSocket->disconnect(this);
        m_rawSocket->abort();
    }
}

void TlsProbe::endConfirmation()
{
    if (isFinished())
        return;
    stopConfirmation();
    m_raw = m_rawLive;
    if (m_raw.flight && m_raw.flight->certificateRequest) {
        if (m_clientCertificate == ClientCertificate::Demanded) {
            m_clientCertificateSignal += QStringLiteral(", tls12-certificate-request");
        } else {
            m_clientCertificate = ClientCertificate::Demanded;
            m_clientCertificateSignal = QStringLiteral("tls12-certificate-request");
        }
    }
    finish(conclusion());
}

void TlsProbe::stop()
{
    m_settle->stop();
    stopConfirmation();
    StreamProbe::stop();
}

QList<QSslCertificate> TlsProbe::chain() const
{
    if (!m_sessionChain.isEmpty())
        return m_sessionChain;
    QList<QSslCertificate> certificates;
    if (m_raw.flight) {
        for (const QByteArray &der : std::as_const(m_raw.flight->certificates)) {
            const QSslCertificate certificate(der, QSsl::Der);
            if (!certificate.isNull())
                certificates << certificate;
        }
    }
    if (certificates.isEmpty()) {
        for (const QSslError &error : m_errors) {
            if (!error.certificate().isNull() && !certificates.contains(error.certificate()))
                certificates << error.certificate();
        }
    }
    return certificates;
}

QList<QSslError> TlsProbe::errors() const
{
    QList<QSslError> all = m_errors;
    if (m_handshakeDone)
        return all; // Qt checked the name itself
    const QList<QSslCertificate> certificates = chain();
    const QString host = target().host.isEmpty() ? target().address.toString() : target().host;
    if (!certificates.isEmpty() && !certificateMatchesHost(certificates.constFirst(), host))
        all << QSslError(QSslError::HostNameMismatch, certificates.constFirst());
    return all;
}

TlsProbe::Assessment TlsProbe::assess() const
{
    Assessment a;
    const QList<QSslCertificate> certificates = chain();
    a.chainKnown = !certificates.isEmpty();
    const QList<QSslError> found = errors();
    for (const QSslError &error : found) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
            a.expired = true;
            if (a.dated.isNull())
                a.dated = error.certificate();
            break;
        case QSslError::CertificateNotYetValid:
            a.notYetValid = true;
            if (a.dated.isNull())
                a.dated = error.certificate();
            break;
        case QSslError::HostNameMismatch:
            a.nameMismatch = true;
            break;
        default:
            if (isUntrustedAnchorError(error.error()))
                a.untrustedAnchor = true;
            break;
        }
    }
    a.verified = a.chainKnown && found.isEmpty();
    if (a.verified && trustIndexReady()) {
        const TrustAnchor anchor =
            locateTrustAnchor(certificates, config().extraCaCertificates, m_systemRoots, currentTrustStoreLayout());
        a.anchorSearched = true;
        a.anchor = anchor.certificate;
        a.anchorName = anchor.name;
        a.anchorOrigin = static_cast<int>(anchor.origin.origin);
        a.anchorWhere = anchor.origin.where;
    }
    // Inspection products by name: every issuer in the chain, the subjects of the CA certificates, the anchor.
    QStringList names;
    for (int i = 0; i < certificates.size(); ++i) {
        names << issuerName(certificates.at(i));
        if (i > 0)
            names << subjectName(certificates.at(i));
    }
    if (!a.anchorName.isEmpty())
        names << a.anchorName;
    for (const QString &name : std::as_const(names)) {
        const QString product = matchInspectionName(name);
        if (!product.isEmpty()) {
            a.inspectionProduct = product;
            a.inspectionName = name;
            a.signs << tr("certificate name \"%1\" matches %2").arg(name, product);
            break;
        }
    }
    if (a.anchorOrigin == static_cast<int>(RootOrigin::Local))
        a.signs << tr("the chain validates only through a root added on this laptop (%1)")
                       .arg(a.anchorWhere.isEmpty() ? a.anchorName : a.anchorWhere);
    if (mtlsExpected() && m_clientCertificate == ClientCertificate::NotDemanded &&
        (a.untrustedAnchor || a.nameMismatch))
        a.signs << tr("no client certificate demanded where the SLRC's mTLS front end demands one, with an "
                      "untrusted chain");
    return a;
}

QJsonObject TlsProbe::tlsEvidence() const
{
    QJsonObject evidence;
    const QList<QSslCertificate> certificates = chain();
    const Assessment a = assess();
    evidence.insert(QStringLiteral("server_name"),
                    target().host.isEmpty() ? target().address.toString() : target().host);
    if (!m_protocolName.isEmpty())
        evidence.insert(QStringLiteral("tls_version"), m_protocolName);
    else if (m_raw.flight && m_raw.flight->serverVersion)
        evidence.insert(QStringLiteral("tls_version"), tlsVersionName(m_raw.flight->serverVersion));
    if (!m_cipher.isEmpty())
        evidence.insert(QStringLiteral("cipher"), m_cipher);
    if (m_handshakeMs >= 0)
        evidence.insert(QStringLiteral("handshake_ms"), m_handshakeMs);
    if (m_rootsWaitMs > 0)
        evidence.insert(QStringLiteral("trust_store_load_ms"), m_rootsWaitMs);
    evidence.insert(QStringLiteral("handshake_completed"), m_handshakeDone);
    if (!certificates.isEmpty()) {
        const QSslCertificate &leaf = certificates.constFirst();
        evidence.insert(QStringLiteral("issuer"), displayName(leaf, true));
        evidence.insert(QStringLiteral("subject"), displayName(leaf, false));
        evidence.insert(QStringLiteral("not_after"), isoUtc(leaf.expiryDate()));
        QJsonArray chainJson;
        for (int i = 0; i < certificates.size() && i < kMaxChainInEvidence; ++i)
            chainJson.append(certificateJson(certificates.at(i)));
        evidence.insert(QStringLiteral("chain"), chainJson);
        evidence.insert(QStringLiteral("name_match"), !a.nameMismatch);
    }
    evidence.insert(QStringLiteral("verified"), a.verified);
    QJsonArray errorList;
    for (const QSslError &error : errors()) {
        QJsonObject object;
        object.insert(QStringLiteral("code"), static_cast<int>(error.error()));
        object.insert(QStringLiteral("error"), error.errorString());
        if (!error.certificate().isNull())
            object.insert(QStringLiteral("certificate"), subjectName(error.certificate()));
        errorList.append(object);
    }
    if (!errorList.isEmpty())
        evidence.insert(QStringLiteral("verification_errors"), errorList);
    if (a.anchorSearched) {
        QJsonObject anchor;
        anchor.insert(QStringLiteral("subject"), a.anchorName);
        anchor.insert(QStringLiteral("found"), !a.anchor.isNull());
        if (!a.anchor.isNull())
            anchor.insert(QStringLiteral("sha256"),
                          QString::fromLatin1(a.anchor.digest(QCryptographicHash::Sha256).toHex(':')));
        anchor.insert(QStringLiteral("origin"), toToken(static_cast<RootOrigin>(a.anchorOrigin)));
        if (!a.anchorWhere.isEmpty())
            anchor.insert(QStringLiteral("where"), a.anchorWhere);
        evidence.insert(QStringLiteral("trust_anchor"), anchor);
    }
    if (!a.signs.isEmpty())
        evidence.insert(QStringLiteral("inspection_signs"), QJsonArray::fromStringList(a.signs));
    evidence.insert(QStringLiteral("mtls_expected"), mtlsExpected());
    if (m_clientCertificate != ClientCertificate::Unknown)
        evidence.insert(QStringLiteral("client_certificate_requested"),
                        m_clientCertificate == ClientCertificate::Demanded);
    if (!m_clientCertificateSignal.isEmpty())
        evidence.insert(QStringLiteral("client_certificate_signal"), m_clientCertificateSignal);
    if (m_raw.flight && m_raw.flight->certificateRequest)
        evidence.insert(QStringLiteral("acceptable_ca_names"),
                        QJsonArray::fromStringList(m_raw.flight->acceptableCaNames));
    if (!m_alerts.isEmpty()) {
        QJsonArray alerts;
        for (const auto &alert : m_alerts) {
            alerts.append(QJsonObject{{QStringLiteral("level"), alert.first == static_cast<int>(QSsl::AlertLevel::Fatal)
                                                                    ? QStringLiteral("fatal")
                                                                    : QStringLiteral("warning")},
                                      {QStringLiteral("description"), alert.second},
                                      {QStringLiteral("name"), tlsAlertName(alert.second)}});
        }
        evidence.insert(QStringLiteral("alerts_received"), alerts);
    }
    if (!m_socketError.isEmpty())
        evidence.insert(QStringLiteral("tls_error"), m_socketError);
    if (m_closedAfterHandshake)
        evidence.insert(QStringLiteral("closed_after_handshake"), true);
    if (m_rawRan) {
        QJsonObject raw;
        raw.insert(QStringLiteral("sent"), QStringLiteral("TLS 1.2-only ClientHello"));
        raw.insert(QStringLiteral("started_ms"), m_rawStartedMs);
        raw.insert(QStringLiteral("beside_handshake"), m_rawStartedMs >= 0 && m_rawStartedMs <= m_handshakeStartMs);
        raw.insert(QStringLiteral("received_bytes"), m_raw.received.size());
        raw.insert(QStringLiteral("received_hex"), spacedHex(m_raw.received, 48));
        if (!m_raw.failure.isEmpty())
            raw.insert(QStringLiteral("failure"), m_raw.failure);
        if (m_raw.flight) {
            static const char *const statuses[] = {"incomplete", "complete", "alert", "not-tls", "malformed"};
            raw.insert(QStringLiteral("status"), QLatin1String(statuses[static_cast<int>(m_raw.flight->status)]));
            if (m_raw.flight->serverVersion)
                raw.insert(QStringLiteral("server_version"), tlsVersionName(m_raw.flight->serverVersion));
            if (m_raw.flight->cipherSuite)
                raw.insert(QStringLiteral("cipher_suite"),
                           QStringLiteral("0x%1").arg(m_raw.flight->cipherSuite, 4, 16, QLatin1Char('0')));
            QJsonArray types;
            for (const int type : std::as_const(m_raw.flight->handshakeTypes))
                types.append(type);
            raw.insert(QStringLiteral("handshake_types"), types);
            raw.insert(QStringLiteral("certificate_request"), m_raw.flight->certificateRequest);
            if (m_raw.flight->alertDescription >= 0)
                raw.insert(QStringLiteral("alert"), tlsAlertName(m_raw.flight->alertDescription));
            if (m_raw.flight->status == TlsServerFlight::Status::NotTls)
                raw.insert(QStringLiteral("received"), printable(m_raw.received, 200));
        }
        evidence.insert(QStringLiteral("tls12_probe"), raw);
    }
    return evidence;
}

ProbeResult TlsProbe::withoutRootsWait(ProbeResult r) const
{
    // The latency is the network's: time spent loading the laptop's roots is not part of it.
    if (r.latencyMs > m_rootsWaitMs && (r.reason == Reason::Ok || r.reason == Reason::TlsClientCertRequired))
        r.latencyMs -= m_rootsWaitMs;
    return r;
}

ProbeResult TlsProbe::tlsResult(Verdict verdict, Reason reason, const QString &detail, const QString &remediation) const
{
    ProbeResult r = result(verdict, reason, detail, tlsEvidence());
    r.remediation = remediation;
    return withoutRootsWait(r);
}

ProbeResult TlsProbe::applicationResult(Verdict verdict, Reason reason, const QString &detail,
                                        const QJsonObject &evidence) const
{
    QJsonObject merged = tlsEvidence();
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        merged.insert(it.key(), it.value());
    return withoutRootsWait(result(verdict, reason, detail, merged));
}

void TlsProbe::finishApplication(Verdict verdict, Reason reason, const QString &detail, const QJsonObject &evidence)
{
    finish(applicationResult(verdict, reason, detail, evidence));
}

ProbeResult TlsProbe::conclusion() const
{
    if (m_handshakeDone || m_clientCertificate == ClientCertificate::Demanded)
        return tlsVerdict();
    return handshakeFailureResult();
}

ProbeResult TlsProbe::handshakeFailureResult() const
{
    const QString name = target().host.isEmpty() ? target().address.toString() : target().host;
    if (m_raw.flight && m_raw.flight->status == TlsServerFlight::Status::NotTls && !m_raw.received.isEmpty()) {
        const QString foreign = recogniseForeignProtocol(m_raw.received);
        return tlsResult(Verdict::Fail, Reason::WrongService,
                         foreign.isEmpty()
                             ? tr("%1 does not speak TLS: it answered our ClientHello with \"%2\".")
                                   .arg(endpoint(), printable(m_raw.received, 80))
                             : tr("%1 does not speak TLS: it answered with %2 (\"%3\"), as a web server, proxy "
                                  "or captive portal would.")
                                   .arg(endpoint(), foreign, printable(m_raw.received, 80)));
    }
    if (isPlaintextError(m_socketError)) {
        return tlsResult(Verdict::Fail, Reason::WrongService,
                         tr("%1 answered, but not with TLS (%2): plaintext, a web server or a captive portal holds "
                            "the port.")
                             .arg(endpoint(), m_socketError));
    }
    if (m_socketErrorCode == QAbstractSocket::RemoteHostClosedError && m_fatalAlert < 0) {
        return tlsResult(Verdict::Fail, Reason::Refused,
                         tr("%1 accepted the TCP connection, then closed or reset it as soon as our TLS ClientHello "
                            "(server name %2) arrived, without any TLS answer: typical of a firewall that filters "
                            "TLS by server name, or of a server that turns this client away.")
                             .arg(endpoint(), name),
                         tr("Allow TLS to %1 from the gateway's LAN, server name %2 included: something cuts the "
                            "connection as soon as the TLS handshake starts.")
                             .arg(endpoint(), name));
    }
    if (m_fatalAlert >= 0) {
        QString detail = tr("The TLS server at %1 refused the handshake with alert %2 (%3).")
                             .arg(endpoint(), tlsAlertName(m_fatalAlert))
                             .arg(m_fatalAlert);
        if (m_raw.flight && m_raw.flight->status == TlsServerFlight::Status::Alert)
            detail += u' ' + tr("A TLS 1.2 hello was refused too (alert %1), so whether it demands a client "
                                "certificate cannot be seen.")
                                 .arg(tlsAlertName(m_raw.flight->alertDescription));
        return tlsResult(Verdict::Fail, Reason::Error, detail);
    }
    return tlsResult(Verdict::Fail, Reason::Error,
                     tr("The TLS handshake with %1 failed: %2.").arg(endpoint(), m_socketError));
}

ProbeResult TlsProbe::tlsVerdict() const
{
    const Assessment a = assess();
    const QList<QSslCertificate> certificates = chain();
    const QString name = target().host.isEmpty() ? target().address.toString() : target().host;
    const QString leafIssuer = certificates.isEmpty() ? QString() : displayName(certificates.constFirst(), true);
    const QString exempt = tr("Exempt %1 (TCP %2) from SSL/TLS inspection on the proxy or firewall: the base station "
                              "accepts only ThingPark's own certificate and authenticates with its own client "
                              "certificate, which inspection breaks.")
                               .arg(name)
                               .arg(target().port);

    if (!a.inspectionProduct.isEmpty()) {
        return tlsResult(Verdict::Fail, Reason::TlsIntercepted,
                         tr("The certificate chain presented for %1 names \"%2\", which is how %3 TLS inspection "
                            "signs its certificates: a device in the path decrypts the traffic and presents its own "
                            "certificate instead of the server's (issuer \"%4\").")
                             .arg(endpoint(), a.inspectionName, a.inspectionProduct, leafIssuer),
                         exempt);
    }
    if (a.anchorOrigin == static_cast<int>(RootOrigin::Local)) {
        return tlsResult(Verdict::Fail, Reason::TlsIntercepted,
                         tr("The certificate chain presented for %1 (issuer \"%2\") validates only through \"%3\", a "
                            "root certificate added on this laptop (%4) rather than shipped with the operating "
                            "system: typical of TLS inspection by a corporate proxy or security software. If that "
                            "root is your organisation's own CA for this server, give it as the private CA (Run "
                            "options in the wizard, --ca on the command line) and run again.")
                             .arg(endpoint(), leafIssuer, a.anchorName,
                                  a.anchorWhere.isEmpty() ? tr("not in the distribution's bundle") : a.anchorWhere),
                         exempt);
    }
    if (mtlsExpected() && m_clientCertificate == ClientCertificate::NotDemanded &&
        (a.untrustedAnchor || a.nameMismatch)) {
        return tlsResult(Verdict::Fail, Reason::TlsIntercepted,
                         tr("%1 is the SLRC's mTLS front end, which demands a client certificate, but the server "
                            "that answered did not demand one and presented an untrusted certificate (issuer "
                            "\"%2\"): a device in the path terminates TLS in the server's place.")
                             .arg(endpoint(), leafIssuer),
                         exempt);
    }
    if (a.expired || a.notYetValid) {
        const QString laptopClock = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const QString subject = displayName(a.dated, false);
        const QString detail =
            a.expired ? tr("The certificate \"%1\" presented by %2 expired on %3 (valid from %4); the laptop's clock "
                           "reads %5.")
                            .arg(subject, endpoint(), isoUtc(a.dated.expiryDate()), isoUtc(a.dated.effectiveDate()),
                                 laptopClock)
                      : tr("The certificate \"%1\" presented by %2 is not valid before %3 (until %4); the laptop's "
                           "clock reads %5.")
                            .arg(subject, endpoint(), isoUtc(a.dated.effectiveDate()), isoUtc(a.dated.expiryDate()),
                                 laptopClock);
        return tlsResult(Verdict::Fail, Reason::TlsUntrusted, detail,
                         tr("If the laptop's clock is right, the operator of %1 must renew its certificate; if the "
                            "clock is wrong, set it right (and make sure the gateway reaches its NTP server) and run "
                            "again.")
                             .arg(name));
    }
    if (a.chainKnown && !a.verified) {
        QStringList problems;
        const QList<QSslError> found = errors();
        for (const QSslError &error : found)
            problems << error.errorString();
        QString detail = tr("The certificate chain presented by %1 (issuer \"%2\") is not trusted: %3.")
                             .arg(endpoint(), leafIssuer, problems.join(QStringLiteral("; ")));
        if (m_clientCertificate == ClientCertificate::Demanded)
            detail += u' ' + tr("The server does demand a client certificate, as ThingPark's front end does: if it "
                                "uses a private CA, give that CA (Run options in the wizard, --ca on the command "
                                "line).");
        return tlsResult(Verdict::Fail, Reason::TlsUntrusted, detail,
                         tr("If %1 uses a private CA (self-hosted ThingPark), run again with that CA's certificate "
                            "(Run options in the wizard, --ca on the command line); otherwise a device in the path "
                            "presents its own certificate: exempt %1 "
                            "from TLS inspection.")
                             .arg(name));
    }
    const QString certificateText = certificates.isEmpty()
                                        ? tr("chain not seen")
                                        : tr("certificate \"%1\" issued by \"%2\", valid until %3")
                                              .arg(displayName(certificates.constFirst(), false), leafIssuer,
                                                   isoUtc(certificates.constFirst().expiryDate()));
    if (m_clientCertificate == ClientCertificate::Demanded) {
        QString how;
        if (m_clientCertificateSignal.startsWith(QLatin1String("tls13")))
            how = tr("alert certificate_required after the TLS 1.3 handshake");
        else
            how = tr("a CertificateRequest in its TLS 1.2 handshake");
        QString detail =
            a.verified
                ? tr("%1 presented a verified certificate (%2) and then demanded a client certificate (%3): this is "
                     "the mTLS front end the base station authenticates to, and it is reachable.")
                      .arg(endpoint(), certificateText, how)
                : tr("%1 demanded a client certificate (%2): a TLS front end with client authentication answers "
                     "there and is reachable; its chain could not be checked (%3).")
                      .arg(endpoint(), how, certificateText);
        if (m_raw.flight && !m_raw.flight->acceptableCaNames.isEmpty())
            detail += u' ' + tr("Client certificates accepted from: %1.")
                                 .arg(m_raw.flight->acceptableCaNames.join(QStringLiteral("; ")));
        return tlsResult(Verdict::Pass, Reason::TlsClientCertRequired, detail);
    }
    if (!m_handshakeDone)
        return handshakeFailureResult();
    if (m_failedAfterHandshake) {
        const QString how = m_fatalAlert >= 0 ? tr("alert %1").arg(tlsAlertName(m_fatalAlert)) : m_socketError;
        return tlsResult(Verdict::Warn, Reason::Error,
                         tr("%1 completed a verified TLS handshake (%2), then the session ended with %3: the path "
                            "works, but the server turned this client away for a reason it did not say.")
                             .arg(endpoint(), certificateText, how));
    }
    QString detail =
        tr("TLS handshake with %1 verified: %2, %3, %4.").arg(endpoint(), m_protocolName, m_cipher, certificateText);
    if (mtlsExpected() && m_clientCertificate == ClientCertificate::NotDemanded)
        detail += u' ' + tr("It did not demand a client certificate, although the SLRC's front end normally does.");
    if (m_closedAfterHandshake)
        detail += u' ' + tr("The server closed the session right after the handshake.");
    return tlsResult(Verdict::Pass, Reason::Ok, detail);
}

void TlsProbe::onApplicationData(bool closed)
{
    if (target().protocol == Protocol::Iec104Tls) {
        const Iec104TestReply reply = parseIec104TestReply(m_appReceived);
        QJsonObject evidence;
        evidence.insert(QStringLiteral("inner_protocol"), QStringLiteral("iec104"));
        evidence.insert(QStringLiteral("sent_hex"), spacedHex(iec104UFrame(Iec104Function::TestFrAct)));
        evidence.insert(QStringLiteral("received_hex"), spacedHex(m_appReceived));
        switch (reply.status) {
        case Iec104TestReply::Status::TestFrCon:
            evidence.insert(QStringLiteral("testfr_con"), true);
            finishApplication(
                Verdict::Pass, Reason::Ok,
                tr("IEC 104 answered inside the verified TLS session with %1: TESTFR act was "
                   "confirmed by TESTFR con (%2, certificate issued by \"%3\").")
                    .arg(endpoint(), m_protocolName,
                         m_sessionChain.isEmpty() ? QString() : displayName(m_sessionChain.constFirst(), true)),
                evidence);
            return;
        case Iec104TestReply::Status::WrongService: {
            const QString foreign = recogniseForeignProtocol(m_appReceived);
            finishApplication(
                Verdict::Fail, Reason::WrongService,
                tr("The verified TLS session with %1 carries something other than IEC 104: %2 (\"%3\").")
                    .arg(endpoint(), foreign.isEmpty() ? reply.problem : foreign, printable(m_appReceived, 80)),
                evidence);
            return;
        }
        case Iec104TestReply::Status::Incomplete:
            if (closed) {
                finishApplication(Verdict::Fail, Reason::WrongService,
                                  tr("The verified TLS session with %1 was closed without a TESTFR con to our "
                                     "TESTFR act.")
                                      .arg(endpoint()),
                                  evidence);
            }
            return;
        }
        return;
    }
    if (target().protocol == Protocol::SftpTls) {
        const SshIdentification id = parseSshIdentification(m_appReceived);
        QJsonObject evidence;
        evidence.insert(QStringLiteral("inner_protocol"), QStringLiteral("ssh"));
        evidence.insert(QStringLiteral("received"), printable(m_appReceived, 300));
        switch (id.status) {
        case SshIdentification::Status::Found:
            evidence.insert(QStringLiteral("identification"), id.line);
            evidence.insert(QStringLiteral("software"), id.software);
            {
                // flush() reads too: keep the server's next bytes from ending the probe in a nested call before
                // this proof is recorded (the WSS probe's lesson from the integration lab).
                const QSignalBlocker quiet(sslSocket());
                sslSocket()->write(QByteArrayLiteral("SSH-2.0-tpready_") + QByteArrayLiteral(TPREADY_VERSION) + "\r\n");
                sslSocket()->flush();
            }
            finishApplication(
                Verdict::Pass, Reason::Ok,
                tr("An SSH server answered inside the verified TLS session with %1: %2.").arg(endpoint(), id.line),
                evidence);
            return;
        case SshIdentification::Status::Unsupported:
        case SshIdentification::Status::Invalid:
        case SshIdentification::Status::WrongService: {
            const QString foreign = recogniseForeignProtocol(m_appReceived);
            finishApplication(
                Verdict::Fail, Reason::WrongService,
                tr("The verified TLS session with %1 carries %2 instead of an SSH 2 server: \"%3\".")
                    .arg(endpoint(), foreign.isEmpty() ? tr("something else") : foreign, printable(m_appReceived, 80)),
                evidence);
            return;
        }
        case SshIdentification::Status::Incomplete:
            if (closed) {
                finishApplication(
                    Verdict::Fail, Reason::WrongService,
                    tr("The verified TLS session with %1 was closed without an SSH identification.").arg(endpoint()),
                    evidence);
            }
            return;
        }
    }
}

ProbeResult TlsProbe::applicationSilentResult()
{
    QJsonObject evidence = tlsEvidence();
    evidence.insert(QStringLiteral("received_hex"), spacedHex(m_appReceived));
    if (target().protocol == Protocol::Iec104Tls) {
        evidence.insert(QStringLiteral("inner_protocol"), QStringLiteral("iec104"));
        evidence.insert(QStringLiteral("sent_hex"), spacedHex(iec104UFrame(Iec104Function::TestFrAct)));
        return result(Verdict::Fail, Reason::WrongService,
                      tr("The TLS session with %1 is verified, but no TESTFR con answered our TESTFR act within %2 "
                         "ms: no IEC 104 server behind the TLS front end.")
                          .arg(endpoint())
                          .arg(config().timeoutMs),
                      evidence);
    }
    if (target().protocol == Protocol::SftpTls) {
        evidence.insert(QStringLiteral("inner_protocol"), QStringLiteral("ssh"));
        return result(Verdict::Fail, Reason::WrongService,
                      tr("The TLS session with %1 is verified, but no SSH identification came within %2 ms: no SSH "
                         "server behind the TLS front end.")
                          .arg(endpoint())
                          .arg(config().timeoutMs),
                      evidence);
    }
    return conclusion();
}

ProbeResult TlsProbe::silentResult()
{
    switch (m_stage) {
    case Stage::Handshaking:
        if (m_waitingForRoots) {
            return tlsResult(Verdict::Fail, Reason::Error,
                             tr("The laptop's trusted root certificates could not be loaded within %1 ms, so the TLS "
                                "check of %2 did not start.")
                                 .arg(config().timeoutMs)
                                 .arg(endpoint()));
        }
        return tlsResult(Verdict::Fail, Reason::WrongService,
                         tr("%1 accepted the TCP connection but sent no TLS answer to our ClientHello within %2 ms: "
                            "something other than a TLS server (a transparent proxy?) holds the port.")
                             .arg(endpoint())
                             .arg(config().timeoutMs));
    case Stage::Confirming:
        m_raw = m_rawLive; // what the hello got so far
        return conclusion();
    case Stage::Assessing:
    case Stage::Settling:
        return conclusion();
    case Stage::Application:
        return applicationSilentResult();
    }
    return conclusion();
}

} // namespace tpready
