// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlstestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace tpready::test {
namespace {

bool run(const QString &workDir, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAll()).left(500));
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QSslCertificate loadCertificate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QSslKey loadKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem);
}

} // namespace

bool TestPki::generate()
{
    if (!dir.isValid()) {
        error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString d = dir.path();
    auto key = [&](const QString &name) {
        return run(d,
                   {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
                    name + QStringLiteral(".key")},
                   &error);
    };
    auto ca = [&](const QString &name, const QString &subject) {
        return key(name) && run(d,
                                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                                 QStringLiteral("-key"), name + QStringLiteral(".key"), QStringLiteral("-subj"),
                                 subject, QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-addext"),
                                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-out"),
                                 name + QStringLiteral(".pem")},
                                &error);
    };
    const QByteArray extensions = "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                                  "extendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\n"
                                  "subjectKeyIdentifier=hash\n";
    auto leafCsr = [&](const QString &name) {
        return key(name) &&
               run(d,
                   {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                    name + QStringLiteral(".key"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                    QStringLiteral("-out"), name + QStringLiteral(".csr")},
                   &error);
    };
    auto issue = [&](const QString &name, const QString &issuer) {
        return leafCsr(name) &&
               run(d,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), issuer + QStringLiteral(".pem"),
                    QStringLiteral("-CAkey"), issuer + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("825"), QStringLiteral("-extfile"),
                    QStringLiteral("leaf.ext"), QStringLiteral("-out"), name + QStringLiteral(".pem")},
                   &error);
    };
    if (!writeFile(dir.filePath(QStringLiteral("leaf.ext")), extensions))
        return false;
    if (!ca(QStringLiteral("root"), QStringLiteral("/O=tpready Test/CN=tpready Test Root CA")) ||
        !ca(QStringLiteral("inspection"), QStringLiteral("/O=Example Corp/CN=Example Corp SSL Inspection CA")) ||
        !ca(QStringLiteral("other"), QStringLiteral("/O=Unknown Lab/CN=Unknown Lab CA")) ||
        !ca(QStringLiteral("client"), QStringLiteral("/O=tpready Test/CN=tpready Client CA")) ||
        !issue(QStringLiteral("leaf"), QStringLiteral("root")) ||
        !issue(QStringLiteral("inspectionleaf"), QStringLiteral("inspection")) ||
        !issue(QStringLiteral("untrusted"), QStringLiteral("other")))
        return false;

    // An expired leaf needs explicit dates: `openssl ca` takes -startdate/-enddate.
    QDir(d).mkpath(QStringLiteral("cadb"));
    const QByteArray caConfig = "[ca]\ndefault_ca = lab\n[lab]\ndir = cadb\ndatabase = cadb/index.txt\n"
                                "serial = cadb/serial\nnew_certs_dir = cadb\ndefault_md = sha256\npolicy = anything\n"
                                "unique_subject = no\n[anything]\ncommonName = supplied\n[ext]\n"
                                "subjectAltName = DNS:localhost,IP:127.0.0.1\nbasicConstraints = CA:FALSE\n";
    if (!writeFile(dir.filePath(QStringLiteral("ca.cnf")), caConfig) ||
        !writeFile(dir.filePath(QStringLiteral("cadb/index.txt")), {}) ||
        !writeFile(dir.filePath(QStringLiteral("cadb/serial")), "1000\n"))
        return false;
    if (!run(d,
             {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
              QStringLiteral("-cert"), QStringLiteral("root.pem"), QStringLiteral("-keyfile"),
              QStringLiteral("root.key"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
              QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
              QStringLiteral("20200201000000Z"), QStringLiteral("-extensions"), QStringLiteral("ext"),
              QStringLiteral("-notext"), QStringLiteral("-out"), QStringLiteral("expired.pem")},
             &error))
        return false;

    // The root's name and key, cross-signed by the other CA.
    if (!writeFile(dir.filePath(QStringLiteral("ca.ext")),
                   "basicConstraints=critical,CA:TRUE\n"
                   "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n") ||
        !run(d,
             {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("root.key"),
              QStringLiteral("-subj"), QStringLiteral("/O=tpready Test/CN=tpready Test Root CA"),
              QStringLiteral("-out"), QStringLiteral("rootcross.csr")},
             &error) ||
        !run(d,
             {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("rootcross.csr"),
              QStringLiteral("-CA"), QStringLiteral("other.pem"), QStringLiteral("-CAkey"), QStringLiteral("other.key"),
              QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("825"),
              QStringLiteral("-extfile"), QStringLiteral("ca.ext"), QStringLiteral("-out"),
              QStringLiteral("rootcross.pem")},
             &error))
        return false;

    if (!writeFile(dir.filePath(QStringLiteral("wildcard.ext")), "subjectAltName=DNS:*.eu.thingpark.com\n") ||
        !run(d,
             {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
              QStringLiteral("-CA"), QStringLiteral("root.pem"), QStringLiteral("-CAkey"), QStringLiteral("root.key"),
              QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("30"),
              QStringLiteral("-extfile"), QStringLiteral("wildcard.ext"), QStringLiteral("-out"),
              QStringLiteral("wildcard.pem")},
             &error))
        return false;
    wildcardLeaf = loadCertificate(path(QStringLiteral("wildcard.pem")));
    root = loadCertificate(path(QStringLiteral("root.pem")));
    crossSignedRoot = loadCertificate(path(QStringLiteral("rootcross.pem")));
    leaf = loadCertificate(path(QStringLiteral("leaf.pem")));
    leafKey = loadKey(path(QStringLiteral("leaf.key")));
    inspectionCa = loadCertificate(path(QStringLiteral("inspection.pem")));
    inspectionLeaf = loadCertificate(path(QStringLiteral("inspectionleaf.pem")));
    inspectionLeafKey = loadKey(path(QStringLiteral("inspectionleaf.key")));
    otherCa = loadCertificate(path(QStringLiteral("other.pem")));
    untrustedLeaf = loadCertificate(path(QStringLiteral("untrusted.pem")));
    untrustedLeafKey = loadKey(path(QStringLiteral("untrusted.key")));
    expiredLeaf = loadCertificate(path(QStringLiteral("expired.pem")));
    clientCa = loadCertificate(path(QStringLiteral("client.pem")));
    // The chain files s_server sends (leaf + CA) for the inspection case.
    QFile inspectionChain(path(QStringLiteral("inspectionchain.pem")));
    if (!inspectionChain.open(QIODevice::WriteOnly) || inspectionChain.write(inspectionLeaf.toPem()) < 0 ||
        inspectionChain.write(inspectionCa.toPem()) < 0)
        return false;
    inspectionChain.close();
    for (const QSslCertificate *certificate : {&root, &leaf, &inspectionCa, &inspectionLeaf, &otherCa, &untrustedLeaf,
                                               &expiredLeaf, &clientCa, &crossSignedRoot}) {
        if (certificate->isNull()) {
            error = QStringLiteral("a generated certificate did not load");
            return false;
        }
    }
    if (leafKey.isNull() || inspectionLeafKey.isNull() || untrustedLeafKey.isNull()) {
        error = QStringLiteral("a generated key did not load");
        return false;
    }
    return true;
}

TestServer::TestServer(ServerBehaviour behaviour, QObject *parent)
    : QTcpServer(parent), m_behaviour(std::move(behaviour))
{}

TestServer::~TestServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->disconnect();
            socket->abort();
        }
    }
}

bool TestServer::listenOn(const QHostAddress &address, quint16 port)
{
    return listen(address, port);
}

void TestServer::incomingConnection(qintptr descriptor)
{
    ++connections;
    received.clear();
    const bool tls = m_behaviour.kind == ServerBehaviour::Kind::Tls;
    QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_sockets << socket;
    auto respond = [this, socket] {
        received += socket->readAll();
        switch (m_behaviour.kind) {
        case ServerBehaviour::Kind::ResetOnData: {
#ifdef Q_OS_UNIX
            // SO_LINGER 0 turns the close into a RST.
            struct linger hard = {1, 0};
            ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
            socket->abort();
            return;
        }
        case ServerBehaviour::Kind::CloseOnData:
            socket->disconnectFromHost();
            return;
        case ServerBehaviour::Kind::Silent:
            return;
        default:
            break;
        }
        if (!m_behaviour.respond)
            return;
        bool close = false;
        const QByteArray answer = m_behaviour.respond(received, &close);
        if (!answer.isEmpty())
            socket->write(answer);
        if (close)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::readyRead, this, respond);
    if (!tls) {
        if (!m_behaviour.greeting.isEmpty())
            socket->write(m_behaviour.greeting);
        return;
    }
    auto *ssl = static_cast<QSslSocket *>(socket);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(m_behaviour.chain);
    configuration.setPrivateKey(m_behaviour.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(m_behaviour.protocol);
    ssl->setSslConfiguration(configuration);
    connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
        ++encrypted;
        if (!m_behaviour.greeting.isEmpty())
            ssl->write(m_behaviour.greeting);
    });
    connect(ssl, &QSslSocket::sslErrors, this, [ssl](const QList<QSslError> &) { ssl->ignoreSslErrors(); });
    ssl->startServerEncryption();
}

OpensslServer::~OpensslServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill(); // this process only, by its PID
        m_process.waitForFinished(5000);
    }
}

bool OpensslServer::start(const QStringList &arguments, QString *error, const QString &accept)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("openssl"),
                    QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"), accept} + arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("openssl s_server did not start");
        return false;
    }
    // stdin stays open (a pipe): s_server would stop at EOF.
    QByteArray output;
    // "ACCEPT 127.0.0.1:PORT" for port 0; a bare "ACCEPT" when the address is given.
    static const QRegularExpression acceptLine(QStringLiteral("ACCEPT(?: 127\\.0\\.0\\.1:(\\d+))?\\s"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        m_process.waitForReadyRead(200);
        output += m_process.readAll();
        const auto match = acceptLine.match(QString::fromLatin1(output));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(
                (match.hasCaptured(1) ? match.captured(1) : accept.section(QLatin1Char(':'), -1)).toUInt());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    *error = QStringLiteral("openssl s_server never listened: %1").arg(QString::fromLocal8Bit(output).left(500));
    return false;
}

QStringList mtlsServerArguments(const TestPki &pki, const QString &leafPem, const QString &leafKey,
                                const QString &version)
{
    QStringList arguments{QStringLiteral("-cert"),   pki.path(leafPem),         QStringLiteral("-key"),
                          pki.path(leafKey),         QStringLiteral("-CAfile"), pki.path(QStringLiteral("client.pem")),
                          QStringLiteral("-Verify"), QStringLiteral("1")};
    if (!version.isEmpty())
        arguments << version;
    return arguments;
}

bool warmTrustStore(TrustStore &store)
{
    store.loadIndex();
    QElapsedTimer clock;
    clock.start();
    while (!store.indexReady() && clock.elapsed() < 20000)
        QTest::qWait(10);
    return store.indexReady();
}

ProbeTarget localTarget(Protocol protocol, quint16 port, const QString &host, Role role, const QHostAddress &address)
{
    ProbeTarget target;
    target.flowId = QStringLiteral("i38");
    target.protocol = protocol;
    target.role = role;
    target.host = host;
    target.address = address;
    target.port = port;
    target.transport = IpTransport::Tcp;
    return target;
}

ProbeConfig testConfig(TrustStore &trustStore, int timeoutMs, const QList<QSslCertificate> &extraCa)
{
    ProbeConfig config;
    config.trustStore = &trustStore;
    config.timeoutMs = timeoutMs;
    config.extraCaCertificates = extraCa;
    return config;
}

ProbeRun runProbe(Probe *probe)
{
    ProbeRun run;
    QSignalSpy spy(probe, &Probe::finished);
    QElapsedTimer clock;
    clock.start();
    probe->start();
    if (spy.isEmpty() && !spy.wait(probe->config().timeoutMs + 5000))
        return run;
    run.ms = clock.elapsed();
    run.finished = true;
    QTest::qWait(50); // a second finished() or a late callback would show here
    run.emissions = static_cast<int>(spy.size());
    run.result = spy.at(0).at(0).value<ProbeResult>();
    return run;
}

QString text(const ProbeResult &result, const QString &key)
{
    const QJsonValue value = result.evidence.value(key);
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

} // namespace tpready::test

namespace {

/// The TLS tests judge the back-end that tpready itself uses (app/main.cpp): selected as the test's application is
/// made, before any socket. On Windows, Qt would otherwise choose Schannel.
void selectTheApplicationsTlsBackend()
{
    if (!tpready::selectTlsBackend())
        qFatal("Qt's TLS back-end \"%s\" is not available", qPrintable(tpready::tlsBackendName()));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(selectTheApplicationsTlsBackend)
