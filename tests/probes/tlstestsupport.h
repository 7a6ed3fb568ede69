// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

// Shared by the TLS-family loopback tests: a throw-away PKI made with the openssl CLI, in-process servers that
// behave well or badly, a real OpenSSL server (`openssl s_server -Verify 1`, which demands client certificates
// exactly as haproxy's `verify required` does), and a helper that runs a probe to its end.

#include "tests/probes/probetestutil.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <functional>
#include <memory>

#include "core/probes/probe.h"
#include "core/probes/tlsbackend.h"
#include "core/probes/truststore.h"

/// Skips a test that needs `openssl s_server` where there is none to serve: under Wine, `openssl` is the toolchain's
/// Windows build, whose s_server does not answer there. tpready.exe's handshakes with client certificates are proven
/// under Wine by the integration lab instead, against haproxy and stunnel (tests/windows/CMakeLists.txt).
#define TPREADY_SKIP_WITHOUT_OPENSSL_SERVER()                                                                          \
    do {                                                                                                               \
        if (probetest::underWine())                                                                                    \
            QSKIP("openssl s_server does not serve under Wine: the lab's wine-lab.* tests prove these handshakes");    \
    } while (false)

namespace tpready::test {

/// Certificates made at test start in a temporary directory (EC P-256, fast).
struct TestPki
{
    QTemporaryDir dir;
    QString error; ///< empty when everything was generated

    QSslCertificate root; ///< "tpready Test Root CA" (trusted through --ca in the tests)
    QSslCertificate leaf; ///< CN=localhost, SAN DNS:localhost, IP:127.0.0.1, issued by root
    QSslKey leafKey;
    QSslCertificate inspectionCa; ///< "Example Corp SSL Inspection CA"
    QSslCertificate inspectionLeaf;
    QSslKey inspectionLeafKey;
    QSslCertificate otherCa; ///< "Unknown Lab CA", never trusted
    QSslCertificate untrustedLeaf;
    QSslKey untrustedLeafKey;
    QSslCertificate expiredLeaf;     ///< issued by root, valid 2020-01-01 .. 2020-02-01
    QSslCertificate clientCa;        ///< "tpready Client CA": the CA an mTLS server accepts clients from
    QSslCertificate crossSignedRoot; ///< root's name and key, issued by otherCa (a cross-signature)
    QSslCertificate wildcardLeaf;    ///< SAN DNS:*.eu.thingpark.com, issued by root

    /// PEM paths, for openssl s_server.
    QString path(const QString &name) const { return dir.filePath(name); }

    /// Generates everything (QVERIFY2 on error() afterwards).
    bool generate();
};

/// One connection's behaviour for TestServer.
struct ServerBehaviour
{
    enum class Kind
    {
        Tls,         ///< TLS server (chain + key), then respond() on decrypted data
        Plain,       ///< plaintext: greeting on connect, respond() on data
        ResetOnData, ///< RST as soon as the ClientHello arrives
        CloseOnData, ///< FIN as soon as the ClientHello arrives
        Silent,      ///< accepts and never answers
    };
    Kind kind = Kind::Tls;
    QList<QSslCertificate> chain; ///< leaf first
    QSslKey key;
    QSsl::SslProtocol protocol = QSsl::SecureProtocols;
    QByteArray greeting; ///< sent at once (Plain) or after the handshake (Tls)
    /// Called with everything received so far on this connection; returns what to send (may be empty). Sets
    /// *close to close the connection after sending.
    std::function<QByteArray(const QByteArray &received, bool *close)> respond;
};

/// A QTcpServer on a loopback address whose connections follow a ServerBehaviour.
class TestServer : public QTcpServer
{
public:
    explicit TestServer(ServerBehaviour behaviour, QObject *parent = nullptr);
    ~TestServer() override;
    bool listenOn(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);

    QByteArray received; ///< what the last connection received (decrypted for Tls)
    int connections = 0;
    int encrypted = 0; ///< handshakes completed on the server side

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ServerBehaviour m_behaviour;
    QList<QPointer<QTcpSocket>> m_sockets;
};

/// `openssl s_server` on 127.0.0.1 with a port of its choosing, killed (by PID) when destroyed.
class OpensslServer
{
public:
    OpensslServer() = default;
    ~OpensslServer();
    /// Starts it with @p arguments (after `s_server -accept ACCEPT`) and waits for its ACCEPT line.
    bool start(const QStringList &arguments, QString *error, const QString &accept = QStringLiteral("127.0.0.1:0"));
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

/// The arguments of an s_server that demands a client certificate from @p clientCa, as haproxy `verify required`.
QStringList mtlsServerArguments(const TestPki &pki, const QString &leafPem, const QString &leafKey,
                                const QString &version = {});

/// Loads @p store's index (on a worker thread) and waits for it, so that the first probe's timings measure the
/// network and not that load.
bool warmTrustStore(TrustStore &store);

/// A target for a local server.
ProbeTarget localTarget(Protocol protocol, quint16 port, const QString &host = QStringLiteral("localhost"),
                        Role role = Role::Tpe, const QHostAddress &address = QHostAddress::LocalHost);

/// A config with a short deadline that trusts @p extraCa, for probes that use @p trustStore.
ProbeConfig testConfig(TrustStore &trustStore, int timeoutMs, const QList<QSslCertificate> &extraCa = {});

/// How a probe ended.
struct ProbeRun
{
    ProbeResult result;
    qint64 ms = -1;    ///< from start() to finished()
    int emissions = 0; ///< finished() must come exactly once (checked a little after the first)
    bool finished = false;
};

/// Starts @p probe and waits for finished() (never with waitFor*: the servers live in this thread).
ProbeRun runProbe(Probe *probe);

/// Runs a probe and asserts that it ended exactly once.
#define TPREADY_RUN_PROBE(var, probe)                                                                                  \
    const ::tpready::test::ProbeRun var = ::tpready::test::runProbe(probe);                                            \
    QVERIFY2(var.finished, "the probe did not finish");                                                                \
    QCOMPARE(var.emissions, 1)

/// evidence[key] as text, for QCOMPARE.
QString text(const ProbeResult &result, const QString &key);

} // namespace tpready::test
