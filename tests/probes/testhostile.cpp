// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// Hostile servers, beyond each probe family's own misbehaving servers: a banner that never ends, megabytes of
// garbage, one byte per second, accept-then-silence, RST in the middle of a TLS handshake, a TLS chain of 100
// certificates, IKE answers whose lengths lie, NTP replies from the wrong source, a flood of bogus datagrams.
// Every probe must end by its deadline (plus a margin for a loaded machine) with the right reason, keep only a
// bounded part of what it was sent, and leave the process's memory where it was (within a generous bound).
// Everything listens on 127.0.0.1.
#include "tests/probes/ikefixtures.h"
#include "tests/probes/probetestutil.h"
#include "tests/probes/tlstestsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>
#include <QUdpSocket>
#include <functional>
#include <memory>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "core/probes/ikepacket.h"
#include "core/probes/ntppacket.h"
#include "core/probes/probefactory.h"

using namespace tpready;
using probetest::ScriptedServer;
using probetest::Step;

namespace {

/// The slack allowed past a probe's deadline: the machine running the suite may be busy.
constexpr qint64 kMarginMs = 1500;
#if defined(__SANITIZE_ADDRESS__)
#define TPREADY_HOSTILE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TPREADY_HOSTILE_ASAN 1
#endif
#endif

/// How much more resident memory a hostile exchange may leave behind (the servers' own buffers included). Under
/// AddressSanitizer freed memory stays in its quarantine (256 MiB by default) before it is reused, so the bound
/// grows by that much there.
#ifdef TPREADY_HOSTILE_ASAN
constexpr qint64 kMaxRssGrowthKb = (64 + 256) * 1024;
#else
constexpr qint64 kMaxRssGrowthKb = 64 * 1024;
#endif

/// Resident memory of this process (VmRSS), in KiB; -1 where /proc is not there.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

ProbeTarget target(Protocol protocol, quint16 port, IpTransport transport = IpTransport::Tcp)
{
    ProbeTarget t;
    t.flowId = QStringLiteral("h1");
    t.protocol = protocol;
    t.role = Role::Tpe;
    t.host = QStringLiteral("localhost");
    t.address = QHostAddress(QHostAddress::LocalHost);
    t.port = port;
    t.transport = transport;
    return t;
}

/// One hostile exchange: the probe's result, its time, how often finished() came, and the memory it left.
struct Outcome
{
    ProbeResult result;
    qint64 ms = -1;
    int finished = 0;
    qint64 rssGrowthKb = 0;
};

Outcome runAgainst(const ProbeTarget &t, const ProbeConfig &c)
{
    Outcome outcome;
    const qint64 before = residentKb();
    std::unique_ptr<Probe> probe(createProbe(t, c, nullptr));
    if (!probe)
        return outcome;
    QSignalSpy spy(probe.get(), &Probe::finished);
    QElapsedTimer clock;
    clock.start();
    probe->start();
    if (spy.isEmpty())
        spy.wait(c.timeoutMs + 5000);
    outcome.ms = clock.elapsed();
    if (!spy.isEmpty())
        outcome.result = spy.first().first().value<ProbeResult>();
    QTest::qWait(200); // a second finished() or a late callback would show here
    outcome.finished = static_cast<int>(spy.size());
    probe.reset();
    const qint64 after = residentKb();
    outcome.rssGrowthKb = before < 0 || after < 0 ? 0 : after - before;
    qInfo("%s %s after %lld ms (deadline %d), VmRSS %+lld KiB", qPrintable(toToken(outcome.result.verdict)),
          qPrintable(toToken(outcome.result.reason)), outcome.ms, c.timeoutMs, outcome.rssGrowthKb);
    return outcome;
}

/// The checks every hostile exchange must pass: one end, by the deadline, with little memory left behind.
#define CHECK_BOUNDED(outcome, timeoutMs)                                                                              \
    do {                                                                                                               \
        QCOMPARE((outcome).finished, 1);                                                                               \
        QVERIFY2((outcome).ms <= (timeoutMs) + kMarginMs, qPrintable(QStringLiteral("%1 ms").arg((outcome).ms)));      \
        QVERIFY2((outcome).rssGrowthKb < kMaxRssGrowthKb,                                                              \
                 qPrintable(QStringLiteral("RSS grew by %1 KiB").arg((outcome).rssGrowthKb)));                         \
        QVERIFY((outcome).result.detail.size() < 2000);                                                                \
        QVERIFY(QJsonDocument((outcome).result.evidence).toJson(QJsonDocument::Compact).size() < 64 * 1024);           \
    } while (false)

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(random.bounded(256));
    return bytes;
}

qint64 evidenceInt(const ProbeResult &result, const char *key)
{
    return static_cast<qint64>(result.evidence.value(QLatin1String(key)).toDouble(-1));
}

/// A UDP server on 127.0.0.1 whose answers come from @p answer (one request in, any datagrams out), sent from its
/// own socket, or from a second socket (another port: "the wrong source").
class UdpServer final : public QObject
{
public:
    using Answer = std::function<QList<QByteArray>(const QByteArray &request)>;

    UdpServer(Answer answer, bool fromOtherSocket) : m_answer(std::move(answer)), m_otherSource(fromOtherSocket)
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        m_other.bind(QHostAddress::LocalHost, 0);
        QObject::connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram request = m_socket.receiveDatagram();
                ++requests;
                QUdpSocket &from = m_otherSource ? m_other : m_socket;
                for (const QByteArray &reply : m_answer(request.data()))
                    from.writeDatagram(reply, request.senderAddress(), static_cast<quint16>(request.senderPort()));
            }
        });
    }
    quint16 port() const { return m_socket.localPort(); }
    int requests = 0;

private:
    Answer m_answer;
    bool m_otherSource = false;
    QUdpSocket m_socket;
    QUdpSocket m_other;
};

/// A certificate chain of @p count certificates (the leaf first, then intermediates up to the root's child) under
/// a root, made with libcrypto in a few milliseconds. EC P-256 keys; the leaf is for localhost and 127.0.0.1.
struct LongChain
{
    QSslCertificate root;
    QList<QSslCertificate> chain; ///< leaf first
    QSslKey leafKey;
    QString error;
};

LongChain makeLongChain(int count)
{
    LongChain result;
    auto toCertificate = [](X509 *x509) {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, x509);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        QSslCertificate certificate(QByteArray(data, static_cast<qsizetype>(size)), QSsl::Pem);
        BIO_free(bio);
        return certificate;
    };
    auto extension = [](X509 *subject, X509 *issuer, int nid, const char *value) {
        X509V3_CTX context;
        X509V3_set_ctx(&context, issuer, subject, nullptr, nullptr, 0);
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
        if (!ext)
            return false;
        X509_add_ext(subject, ext, -1);
        X509_EXTENSION_free(ext);
        return true;
    };
    EVP_PKEY *issuerKey = nullptr;
    X509 *issuer = nullptr;
    QList<QSslCertificate> issued; // root's child first
    // Index 0 is the root, then count - 1 intermediates, then the leaf.
    for (int i = 0; i <= count; ++i) {
        const bool isRoot = i == 0;
        const bool isLeaf = i == count;
        EVP_PKEY *key = EVP_EC_gen("P-256");
        X509 *x509 = X509_new();
        if (!key || !x509) {
            result.error = QStringLiteral("libcrypto could not make a key");
            return result;
        }
        X509_set_version(x509, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(x509), i + 1);
        X509_gmtime_adj(X509_getm_notBefore(x509), -3600);
        X509_gmtime_adj(X509_getm_notAfter(x509), 30L * 24 * 3600);
        X509_set_pubkey(x509, key);
        X509_NAME *name = X509_get_subject_name(x509);
        const QByteArray cn = isLeaf ? QByteArray("localhost")
                                     : (isRoot ? QByteArray("tpready Long Chain Root")
                                               : QByteArray("tpready Long Chain CA ") + QByteArray::number(i));
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("tpready Test"), -1,
                                   -1, 0);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn.constData()),
                                   -1, -1, 0);
        X509_set_issuer_name(x509, isRoot ? name : X509_get_subject_name(issuer));
        X509 *signer = isRoot ? x509 : issuer;
        bool ok = extension(x509, signer, NID_subject_key_identifier, "hash") &&
                  extension(x509, signer, NID_authority_key_identifier, "keyid");
        if (isLeaf)
            ok = ok && extension(x509, signer, NID_basic_constraints, "CA:FALSE") &&
                 extension(x509, signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1") &&
                 extension(x509, signer, NID_ext_key_usage, "serverAuth");
        else
            ok = ok && extension(x509, signer, NID_basic_constraints, "critical,CA:TRUE") &&
                 extension(x509, signer, NID_key_usage, "critical,keyCertSign,cRLSign");
        if (!ok || X509_sign(x509, isRoot ? key : issuerKey, EVP_sha256()) <= 0) {
            result.error = QStringLiteral("libcrypto could not sign certificate %1").arg(i);
            return result;
        }
        if (isRoot)
            result.root = toCertificate(x509);
        else
            issued.prepend(toCertificate(x509));
        if (isLeaf) {
            BIO *bio = BIO_new(BIO_s_mem());
            PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
            char *data = nullptr;
            const long size = BIO_get_mem_data(bio, &data);
            result.leafKey = QSslKey(QByteArray(data, static_cast<qsizetype>(size)), QSsl::Ec, QSsl::Pem);
            BIO_free(bio);
        }
        EVP_PKEY_free(issuerKey);
        X509_free(issuer);
        issuerKey = key;
        issuer = x509;
    }
    EVP_PKEY_free(issuerKey);
    X509_free(issuer);
    result.chain = issued;
    return result;
}

/// The first bytes of a real TLS 1.2 server flight (openssl s_server's ServerHello and Certificate), from the
/// fuzz seeds.
QByteArray realServerFlight()
{
    QFile file(QStringLiteral(TPREADY_SOURCE_DIR "/tests/fuzz/corpus/tlsrecord/openssl-tls12-plain"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHostile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The first TLS probe of a run loads the trust store: do it before any timing is measured.
        QVERIFY(tpready::test::warmTrustStore(m_trust));
        qRegisterMetaType<ProbeResult>();
    }

    // --- A banner that never ends ---

    void sshBannerNeverEnds()
    {
        ScriptedServer server({Step::send("SSH-2.0-"), Step::flood(QByteArray(16 * 1024, 'A'), 4096)});
        const Outcome o = runAgainst(target(Protocol::Ssh, server.port()), config(3000));
        CHECK_BOUNDED(o, 3000);
        QCOMPARE(o.result.verdict, Verdict::Fail);
        QCOMPARE(o.result.reason, Reason::WrongService);
        QVERIFY2(o.ms < 2000, "a line longer than 255 bytes is judged at once, not at the deadline");
        QVERIFY(evidenceInt(o.result, "received_bytes") <= 64 * 1024);
        QVERIFY(o.result.evidence.value(u"received").toString().size() <= 1300);
    }

    void ftpGreetingNeverEnds()
    {
        // A multi-line 220 reply whose last line never comes.
        ScriptedServer server({Step::send("220-Welcome\r\n"), Step::flood("220-and more\r\n", 100000)});
        const Outcome o = runAgainst(target(Protocol::Ftp, server.port()), config(3000));
        CHECK_BOUNDED(o, 3000);
        QCOMPARE(o.result.verdict, Verdict::Fail);
        QCOMPARE(o.result.reason, Reason::WrongService);
        QVERIFY2(o.ms < 2000, "more than 4 KiB of greeting is judged at once");
    }

    void iec104FramesNeverEnd()
    {
        // Well-formed S-frames, forever, and never the TESTFR con.
        ScriptedServer server({Step::flood(QByteArray::fromHex("680401000200").repeated(1000), 1000)});
        const Outcome o = runAgainst(target(Protocol::Iec104, server.port()), config(3000));
        CHECK_BOUNDED(o, 3000);
        QCOMPARE(o.result.verdict, Verdict::Fail);
        QCOMPARE(o.result.reason, Reason::WrongService);
        QVERIFY(evidenceInt(o.result, "received_bytes") <= 4 * 1024);
    }

    // --- Megabytes of garbage ---

    void garbage_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("maxKept");
        QTest::newRow("ssh") << int(Protocol::Ssh) << 64 * 1024;
        QTest::newRow("sftp") << int(Protocol::Sftp) << 64 * 1024;
        QTest::newRow("ftp") << int(Protocol::Ftp) << 64 * 1024;
        QTest::newRow("iec104") << int(Protocol::Iec104) << 4 * 1024;
        QTest::newRow("tls") << int(Protocol::Tls) << 64 * 1024;
        QTest::newRow("https") << int(Protocol::Https) << 64 * 1024;
    }

    void garbage()
    {
        QFETCH(int, protocol);
        QFETCH(int, maxKept);
        // 8 MiB of random bytes, as fast as the socket takes them (64 KiB a write, never more queued).
        ScriptedServer server({Step::flood(randomBytes(64 * 1024), 128)});
        const Outcome o = runAgainst(target(static_cast<Protocol>(protocol), server.port()), config(3000));
        CHECK_BOUNDED(o, 3000);
        QCOMPARE(o.result.verdict, Verdict::Fail);
        QVERIFY2(o.result.reason == Reason::WrongService, qPrintable(toToken(o.result.reason)));
        const qint64 kept = evidenceInt(o.result, "received_bytes");
        QVERIFY2(kept <= maxKept, qPrintable(QString::number(kept)));
    }

    // --- One byte per second ---

    void oneBytePerSecond_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("reason");
        QTest::newRow("ssh") << int(Protocol::Ssh) << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n")
                             << int(Reason::WrongService);
        QTest::newRow("ftp") << int(Protocol::Ftp) << QByteArray("220 (vsFTPd 3.0.3)\r\n") << int(Reason::WrongService);
        QTest::newRow("iec104") << int(Protocol::Iec104) << QByteArray::fromHex("680483000000")
                                << int(Reason::WrongService);
        // A handshake still under way at the deadline: the session stalled.
        QTest::newRow("tls") << int(Protocol::Tls) << realServerFlight() << int(Reason::ConnectionStalled);
    }

    void oneBytePerSecond()
    {
        QFETCH(int, protocol);
        QFETCH(QByteArray, bytes);
        QFETCH(int, reason);
        QVERIFY(!bytes.isEmpty());
        ScriptedServer server({Step::drip(bytes, 1000)});
        const Outcome o = runAgainst(target(static_cast<Protocol>(protocol), server.port()), config(1500));
        CHECK_BOUNDED(o, 1500);
        QVERIFY2(o.ms >= 1400, "the deadline ends it, not an early guess");
        QCOMPARE(o.result.verdict, Verdict::Fail);
        QCOMPARE(toToken(o.result.reason), toToken(static_cast<Reason>(reason)));
        QVERIFY(server.bytesSent <= 3);
    }

    // --- Accept, then silence ---

    void acceptThenSilence_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("ssh") << int(Protocol::Ssh);
        QTest::newRow("ftp") << int(Protocol::Ftp);
        QTest::newRow("iec104") << int(Protocol::Iec104);
        QTest::newRow("tls") << int(Protocol::Tls);
        QTest::newRow("https") << int(Protocol::Https);
        QTest::newRow("wss") << int(Protocol::Wss);
    }

    void acceptThenSilence()
    {
        QFETCH(int, protocol);
        ScriptedServer server({Step::wait(60000)});
        const Outcome o = runAgainst(target(static_cast<Protocol>(protocol), server.port()), config(1000));
        CHECK_BOUNDED(o, 1000);
        QVERIFY2(o.ms >= 900, "silence is judged at the deadline");
        QCOMPARE(o.result.verdict, Verdict::Fail);
        // The TCP connection opened: something holds the port, but not the protocol (not a "timeout": that would
        // mean a silent drop of the connection itself). Where the server owes an answer at once (SSH's
        // identification, FTP's greeting, TLS's ServerHello, IEC 104's TESTFR con), the session stalled.
        QCOMPARE(toToken(o.result.reason), toToken(Reason::ConnectionStalled));
        QCOMPARE(server.connections, 1);
    }

    // --- RST in the middle of a TLS handshake ---

    void resetMidTls_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("tls") << int(Protocol::Tls);
        QTest::newRow("https") << int(Protocol::Https);
        QTest::newRow("wss") << int(Protocol::Wss);
        QTest::newRow("iec104-tls") << int(Protocol::Iec104Tls);
    }

    void resetMidTls()
    {
        QFETCH(int, protocol);
        const QByteArray flight = realServerFlight();
        QVERIFY(flight.size() > 100);
        // Half of a real ServerHello + Certificate, then a RST.
        ScriptedServer server(
            {Step::readUpTo(50, 2000), Step::send(flight.left(flight.size() / 2)), Step::wait(50), Step::reset()});
        const Outcome o = runAgainst(target(static_cast<Protocol>(protocol), server.port()), config(3000));
        CHECK_BOUNDED(o, 3000);
        QVERIFY2(o.ms < 2500, "a reset ends the probe at once");
        QCOMPARE(o.result.verdict, Verdict::Fail);
        // The server began to speak TLS, then the connection was reset: cut after it opened, at once.
        QVERIFY2(o.result.reason == Reason::ConnectionCut,
                 qPrintable(toToken(o.result.reason) + u' ' + o.result.detail));
        QVERIFY(server.received.startsWith(QByteArray::fromHex("1603")));
    }

    // --- A TLS server with a chain of 100 certificates ---

    void hundredCertificateChain_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::newRow("root given with --ca") << true;
        QTest::newRow("root unknown") << false;
    }

    void hundredCertificateChain()
    {
        QFETCH(bool, trusted);
        static const LongChain pki = makeLongChain(100);
        QVERIFY2(pki.error.isEmpty(), qPrintable(pki.error));
        QCOMPARE(pki.chain.size(), 100);
        QVERIFY(!pki.leafKey.isNull());
        tpready::test::ServerBehaviour behaviour;
        behaviour.kind = tpready::test::ServerBehaviour::Kind::Tls;
        behaviour.chain = pki.chain;
        behaviour.key = pki.leafKey;
        tpready::test::TestServer server(behaviour);
        QVERIFY(server.listenOn());
        const QList<QSslCertificate> extraCa = trusted ? QList<QSslCertificate>{pki.root} : QList<QSslCertificate>{};
        const Outcome o = runAgainst(target(Protocol::Tls, server.serverPort()), config(4000, extraCa));
        // Before the fix, matching the chain against the trusted roots took seconds on the probe's thread.
        CHECK_BOUNDED(o, 4000);
        if (trusted) {
            // A long chain that verifies is a valid chain: it passes, and says which root anchored it.
            QCOMPARE(o.result.verdict, Verdict::Pass);
            QCOMPARE(o.result.reason, Reason::Ok);
            QCOMPARE(o.result.evidence.value(u"trust_anchor").toObject().value(u"origin").toString(),
                     QStringLiteral("ca-option"));
        } else {
            QCOMPARE(o.result.verdict, Verdict::Fail);
            QCOMPARE(toToken(o.result.reason), toToken(Reason::TlsUntrusted));
        }
        // The evidence keeps at most 10 of the 100 certificates.
        const QJsonArray chain = o.result.evidence.value(u"chain").toArray();
        QVERIFY2(!chain.isEmpty() && chain.size() <= 10, qPrintable(QString::number(chain.size())));
    }

    void shortChainStillPasses()
    {
        // The same kit with a sane depth passes: the failure above is the depth's.
        const LongChain pki = makeLongChain(3);
        QVERIFY2(pki.error.isEmpty(), qPrintable(pki.error));
        tpready::test::ServerBehaviour behaviour;
        behaviour.kind = tpready::test::ServerBehaviour::Kind::Tls;
        behaviour.chain = pki.chain;
        behaviour.key = pki.leafKey;
        tpready::test::TestServer server(behaviour);
        QVERIFY(server.listenOn());
        const Outcome o = runAgainst(target(Protocol::Tls, server.serverPort()), config(4000, {pki.root}));
        CHECK_BOUNDED(o, 4000);
        QCOMPARE(o.result.verdict, Verdict::Pass);
        QCOMPARE(o.result.reason, Reason::Ok);
    }

    // --- IKE answers whose lengths lie ---

    void ikeLyingLengths_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("header length beyond datagram") << QByteArray("header-long");
        QTest::newRow("header length short") << QByteArray("header-short");
        QTest::newRow("payload length 0xffff") << QByteArray("payload-huge");
        QTest::newRow("payload length 2") << QByteArray("payload-tiny");
        QTest::newRow("payload length 0") << QByteArray("payload-zero");
        QTest::newRow("chain past the end") << QByteArray("chain-past-end");
        QTest::newRow("notify shorter than its header") << QByteArray("notify-short");
        QTest::newRow("60 KB of payloads") << QByteArray("huge");
    }

    void ikeLyingLengths()
    {
        QFETCH(QByteArray, kind);
        using namespace ikefixtures;
        auto reply = [kind](const QByteArray &request) -> QList<QByteArray> {
            const QByteArray spiI = request.left(8);
            const QByteArray spiR = QByteArray::fromHex("a1a2a3a4a5a6a7a8");
            QByteArray m = message(spiI, spiR, {{41, notify(14)}});
            auto setU16 = [&m](int at, int value) {
                m[at] = static_cast<char>((value >> 8) & 0xff);
                m[at + 1] = static_cast<char>(value & 0xff);
            };
            if (kind == "header-long")
                m[27] = static_cast<char>(m.at(27) + 40);
            else if (kind == "header-short")
                m[27] = static_cast<char>(20);
            else if (kind == "payload-huge")
                setU16(30, 0xffff);
            else if (kind == "payload-tiny")
                setU16(30, 2);
            else if (kind == "payload-zero")
                setU16(30, 0);
            else if (kind == "chain-past-end")
                m[28] = 41; // another payload announced after the last one
            else if (kind == "notify-short") {
                m = message(spiI, spiR, {{41, QByteArray(2, '\0')}});
            } else if (kind == "huge") {
                QList<Payload> payloads;
                for (int i = 0; i < 60; ++i)
                    payloads.append({43, QByteArray(1000, 'v')});
                payloads.append({41, notify(14)});
                m = message(spiI, spiR, payloads);
                m[40] = static_cast<char>(0xff); // the first vendor ID claims more than the rest
            }
            return {m};
        };
        UdpServer server(reply, false);
        const Outcome o = runAgainst(target(Protocol::Ike, server.port(), IpTransport::Udp), config(1500));
        CHECK_BOUNDED(o, 1500);
        QVERIFY(server.requests >= 1);
        QCOMPARE(o.result.verdict, Verdict::Fail);
        QCOMPARE(toToken(o.result.reason), toToken(Reason::WrongService));
        QVERIFY(!o.result.evidence.value(u"problem").toString().isEmpty());
        // The evidence keeps at most 256 bytes of what came back.
        QVERIFY(o.result.evidence.value(u"received_hex").toString().size() <= 3 * 256);
    }

    // --- NTP replies from the wrong source ---

    void ntpReplyFromWrongSource()
    {
        // A perfect reply, echoing our transmit timestamp, but sent from another port than the one we asked.
        auto reply = [](const QByteArray &request) -> QList<QByteArray> {
            QByteArray r = QByteArray::fromHex("240a00e700000000000000007f7f0101eeaf457bcb160002") +
                           request.mid(40, 8) + QByteArray::fromHex("eeaf54af90bde367eeaf54af90c31a2e");
            return {r};
        };
        UdpServer server(reply, true);
        const Outcome o = runAgainst(target(Protocol::Ntp, server.port(), IpTransport::Udp), config(1500));
        CHECK_BOUNDED(o, 1500);
        QVERIFY(o.ms >= 1400);
        QVERIFY(server.requests >= 1);
        QCOMPARE(o.result.verdict, Verdict::Fail);
        QCOMPARE(toToken(o.result.reason), toToken(Reason::NoResponse));
        QCOMPARE(evidenceInt(o.result, "datagrams_received"), 0);
    }

    void ntpReplyFromRightSourceStillPasses()
    {
        auto reply = [](const QByteArray &request) -> QList<QByteArray> {
            const quint64 now = unixUsToNtp(QDateTime::currentMSecsSinceEpoch() * 1000);
            QByteArray ts;
            for (int i = 7; i >= 0; --i)
                ts.append(static_cast<char>((now >> (8 * i)) & 0xff));
            return {QByteArray::fromHex("240a00e700000000000000007f7f0101") + ts + request.mid(40, 8) + ts + ts};
        };
        UdpServer server(reply, false);
        const Outcome o = runAgainst(target(Protocol::Ntp, server.port(), IpTransport::Udp), config(1500));
        CHECK_BOUNDED(o, 1500);
        QCOMPARE(o.result.verdict, Verdict::Pass);
        QCOMPARE(o.result.reason, Reason::Ok);
    }

    void ntpFloodOfBogusReplies()
    {
        // Every request answered by 200 datagrams that do not echo it (another client's replies, spoofed or stale).
        auto reply = [](const QByteArray &) -> QList<QByteArray> {
            QList<QByteArray> replies;
            for (int i = 0; i < 200; ++i)
                replies << QByteArray::fromHex("240a00e700000000000000007f7f0101") + randomBytes(32);
            return replies;
        };
        UdpServer server(reply, false);
        const Outcome o = runAgainst(target(Protocol::Ntp, server.port(), IpTransport::Udp), config(1500));
        CHECK_BOUNDED(o, 1500);
        QCOMPARE(o.result.verdict, Verdict::Fail);
        QCOMPARE(toToken(o.result.reason), toToken(Reason::WrongService));
        QVERIFY(o.result.evidence.value(u"received_hex").toString().size() <= 3 * 96);
    }

private:
    /// A config with a deadline of @p timeoutMs that trusts @p extraCa; TLS probes share this test's trust store.
    ProbeConfig config(int timeoutMs, const QList<QSslCertificate> &extraCa = {})
    {
        return tpready::test::testConfig(m_trust, timeoutMs, extraCa);
    }

    TrustStore m_trust;
};

QTEST_GUILESS_MAIN(TestHostile)
#include "testhostile.moc"
