// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ikefixtures.h"
#include "netnslab.h"
#include "probetestutil.h"
#include "testsupport/prerequisite.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkDatagram>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>
#include <memory>

#include "core/probes/ikepacket.h"
#include "core/probes/ikeprobe.h"
#include "core/probes/ikerequest.h"
#include "core/probes/probefactory.h"

using namespace tpready;
using namespace ikefixtures;

namespace {

const QByteArray kResponderSpi = QByteArray::fromHex("a1a2a3a4a5a6a7a8");

/// An IKE responder on 127.0.0.1 that answers like strongSwan, or misbehaves on purpose.
class IkeResponder final : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Full,            ///< full response, NAT-D computed from what it sees: no NAT
        FullNat,         ///< full response, NAT-D for other ports: both sides look translated
        FullNoMarker,    ///< full response without the non-ESP marker although the request had one
        Cookie,          ///< N(COOKIE), SPIr 0
        InvalidKe,       ///< N(INVALID_KE_PAYLOAD) asking for ECP_384
        NoProposal,      ///< N(NO_PROPOSAL_CHOSEN), SPIr non-zero
        Silent,          ///< reads, never answers
        Garbage,         ///< answers bytes that are not IKE
        GarbageThenFull, ///< answers garbage, then (50 ms later) a full response
        WrongSpi,        ///< a valid-looking response for another initiator
        Echo,            ///< sends the request back
        LyingLength,     ///< a response whose first payload claims more bytes than there are
        ThirdOnly,       ///< ignores the first two datagrams, answers the third in full
    };

    IkeResponder(Mode mode, bool marker) : m_mode(mode), m_marker(marker)
    {
        QVERIFY(m_socket.bind(QHostAddress::LocalHost, 0));
        connect(&m_socket, &QUdpSocket::readyRead, this, &IkeResponder::onReadyRead);
    }

    quint16 port() const { return m_socket.localPort(); }
    QList<QByteArray> received; ///< the IKE messages received (marker removed)
    QList<QByteArray> rawReceived;
    quint16 peerPort = 0;

private:
    void onReadyRead()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket.receiveDatagram();
            const QByteArray raw = datagram.data();
            rawReceived << raw;
            QByteArray message = raw;
            if (m_marker) {
                if (!message.startsWith(QByteArray(4, '\0')))
                    continue; // strongSwan would take it for ESP
                message.remove(0, 4);
            }
            received << message;
            peerPort = static_cast<quint16>(datagram.senderPort());
            answer(datagram, message);
        }
    }

    void answer(const QNetworkDatagram &datagram, const QByteArray &request)
    {
        const QByteArray spiI = request.left(8);
        const QHostAddress peer = datagram.senderAddress();
        const auto peerPortNumber = static_cast<quint16>(datagram.senderPort());
        const QHostAddress self(QHostAddress::LocalHost);
        QByteArray reply;
        switch (m_mode) {
        case Mode::Full:
        case Mode::FullNoMarker:
        case Mode::GarbageThenFull:
            reply = fullResponse(spiI, kResponderSpi, ikeNatDetectionHash(spiI, kResponderSpi, self, port()),
                                 ikeNatDetectionHash(spiI, kResponderSpi, peer, peerPortNumber));
            break;
        case Mode::ThirdOnly:
            if (received.size() < 3)
                return;
            reply = fullResponse(spiI, kResponderSpi, ikeNatDetectionHash(spiI, kResponderSpi, self, port()),
                                 ikeNatDetectionHash(spiI, kResponderSpi, peer, peerPortNumber));
            break;
        case Mode::FullNat:
            reply = fullResponse(spiI, kResponderSpi, ikeNatDetectionHash(spiI, kResponderSpi, self, port() + 1),
                                 ikeNatDetectionHash(spiI, kResponderSpi, peer, peerPortNumber + 1));
            break;
        case Mode::Cookie:
            reply = notifyResponse(spiI, QByteArray(8, '\0'), 16390, QByteArray(24, '\x5c'));
            break;
        case Mode::InvalidKe:
            reply = notifyResponse(spiI, QByteArray(8, '\0'), 17, QByteArray::fromHex("0014"));
            break;
        case Mode::NoProposal:
            reply = notifyResponse(spiI, kResponderSpi, 14);
            break;
        case Mode::Silent:
            return;
        case Mode::Garbage:
            reply = QByteArray("HTTP/1.1 400 Bad Request\r\nServer: not-ike\r\n\r\n");
            break;
        case Mode::WrongSpi:
            reply = notifyResponse(QByteArray(8, '\x0f'), kResponderSpi, 14);
            break;
        case Mode::Echo:
            m_socket.writeDatagram(datagram.data(), peer, peerPortNumber);
            return;
        case Mode::LyingLength:
            reply = notifyResponse(spiI, kResponderSpi, 14);
            reply[28 + 2] = '\x01'; // the N payload claims 256+ bytes
            break;
        }
        if (m_mode == Mode::GarbageThenFull) {
            sendFramed(QByteArray("garbage"), peer, peerPortNumber);
            QTimer::singleShot(50, this,
                               [this, reply, peer, peerPortNumber] { sendFramed(reply, peer, peerPortNumber); });
            return;
        }
        if (m_mode == Mode::FullNoMarker)
            m_socket.writeDatagram(reply, peer, peerPortNumber);
        else
            sendFramed(reply, peer, peerPortNumber);
    }

    void sendFramed(const QByteArray &message, const QHostAddress &peer, quint16 peerPortNumber)
    {
        m_socket.writeDatagram(m_marker ? ikeWithNonEspMarker(message) : message, peer, peerPortNumber);
    }

    QUdpSocket m_socket;
    Mode m_mode;
    bool m_marker;
};

ProbeTarget ikeTarget(quint16 port)
{
    ProbeTarget target;
    target.flowId = QStringLiteral("i6");
    target.protocol = Protocol::Ike;
    target.role = Role::Slrc;
    target.host = QStringLiteral("127.0.0.1");
    target.address = QHostAddress(QHostAddress::LocalHost);
    target.port = port;
    target.transport = IpTransport::Udp;
    return target;
}

struct Run
{
    ProbeResult result;
    qint64 elapsedMs = 0;
};

Run runProbe(IkeProbe *probe)
{
    QSignalSpy spy(probe, &Probe::finished);
    QElapsedTimer clock;
    clock.start();
    probe->start();
    if (spy.isEmpty())
        spy.wait(probe->config().timeoutMs + 3000);
    Run run;
    run.elapsedMs = clock.elapsed();
    if (spy.size() != 1) {
        qWarning("finished() emitted %d times", static_cast<int>(spy.size()));
        return run;
    }
    run.result = spy.first().first().value<ProbeResult>();
    return run;
}

std::unique_ptr<IkeProbe> makeProbe(quint16 port, int timeoutMs, IkeProbe::Framing framing)
{
    ProbeConfig config;
    config.timeoutMs = timeoutMs;
    auto probe = std::make_unique<IkeProbe>(ikeTarget(port), config);
    probe->setFraming(framing);
    return probe;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QString ev(const ProbeResult &r, const char *key)
{
    return r.evidence.value(QLatin1String(key)).toVariant().toString();
}

} // namespace

class TestIkeProbe final : public QObject
{
    Q_OBJECT

private slots:
    void retransmitSchedule()
    {
        QCOMPARE(IkeProbe::retransmitSchedule(5000), (QList<int>{0, 1000, 3000}));
        QCOMPARE(IkeProbe::retransmitSchedule(10000), (QList<int>{0, 1000, 3000, 7000}));
        QCOMPARE(IkeProbe::retransmitSchedule(60000), (QList<int>{0, 1000, 3000, 7000}));
        QCOMPARE(IkeProbe::retransmitSchedule(1500), (QList<int>{0, 300, 900}));
        QCOMPARE(IkeProbe::retransmitSchedule(1000), (QList<int>{0, 200, 600}));
        QCOMPARE(IkeProbe::retransmitSchedule(300), (QList<int>{0, 100}));
        QCOMPARE(IkeProbe::retransmitSchedule(100), (QList<int>{0}));
        QVERIFY(IkeProbe::usesNonEspMarker(4500));
        QVERIFY(!IkeProbe::usesNonEspMarker(500));
    }

    void factoryCreatesIkeProbe()
    {
        std::unique_ptr<Probe> probe(createProbe(ikeTarget(500), ProbeConfig{}, nullptr));
        QVERIFY(qobject_cast<IkeProbe *>(probe.get()));
    }

    void fullResponseWithoutNat()
    {
        IkeResponder responder(IkeResponder::Mode::Full, false);
        auto probe = makeProbe(responder.port(), 1500, IkeProbe::Framing::Plain);
        const Run run = runProbe(probe.get());
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(r.reason, Reason::Ok);
        QVERIFY2(run.elapsedMs < 1000, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY(r.latencyMs >= 0 && r.latencyMs < 1000);
        QCOMPARE(r.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(ev(r, "response_kind"), QStringLiteral("full"));
        QCOMPARE(ev(r, "chosen_proposal"), QStringLiteral("aes128-sha256-ecp256"));
        QCOMPARE(ev(r, "responder_spi"), QStringLiteral("a1a2a3a4a5a6a7a8"));
        QCOMPARE(r.evidence.value(QStringLiteral("received_bytes")).toInt(), 256);
        QCOMPARE(r.evidence.value(QStringLiteral("sent_bytes")).toInt(), 328);
        QCOMPARE(r.evidence.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(r.evidence.value(QStringLiteral("non_esp_marker")).toBool(), false);
        QCOMPARE(ev(r, "ke_source"), QStringLiteral("ephemeral"));
        QCOMPARE(r.evidence.value(QStringLiteral("proposals")).toArray().size(), 3);
        QCOMPARE(r.evidence.value(QStringLiteral("notify_types")).toArray(), (QJsonArray{16388, 16389, 16418, 16404}));
        const QJsonObject nat = r.evidence.value(QStringLiteral("nat")).toObject();
        QCOMPARE(nat.value(QStringLiteral("local_behind_nat")), QJsonValue(false));
        QCOMPARE(nat.value(QStringLiteral("server_behind_nat")), QJsonValue(false));
        QVERIFY(r.detail.contains(QStringLiteral("in full")));
        QVERIFY(r.detail.contains(QStringLiteral("no address translation")));
        QCOMPARE(ev(r, "sent_header_hex").size(), 56);
        QVERIFY(ev(r, "sent_header_hex").endsWith(QStringLiteral("0000000000000000212022080000000000000148")));

        // What the responder got: one 328-byte IKE_SA_INIT whose NAT-D matches the addresses it saw.
        QCOMPARE(responder.received.size(), 1);
        const QByteArray request = responder.received.constFirst();
        QCOMPARE(request.size(), 328);
        QCOMPARE(request.left(8).toHex(), ev(r, "initiator_spi").toLatin1());
        const QByteArray zero(8, '\0');
        const QByteArray natSource = request.mid(request.size() - 56 + 8, 20);
        const QByteArray natDestination = request.right(20);
        QCOMPARE(natSource, ikeNatDetectionHash(request.left(8), zero, QHostAddress::LocalHost, responder.peerPort));
        QCOMPARE(natDestination, ikeNatDetectionHash(request.left(8), zero, QHostAddress::LocalHost, responder.port()));
        QCOMPARE(r.evidence.value(QStringLiteral("local_port")).toInt(), int(responder.peerPort));
    }

    void fullResponseBehindNat()
    {
        IkeResponder responder(IkeResponder::Mode::FullNat, false);
        auto probe = makeProbe(responder.port(), 1500, IkeProbe::Framing::Plain);
        const ProbeResult r = runProbe(probe.get()).result;
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(r.reason, Reason::Ok);
        const QJsonObject nat = r.evidence.value(QStringLiteral("nat")).toObject();
        QCOMPARE(nat.value(QStringLiteral("local_behind_nat")), QJsonValue(true));
        QCOMPARE(nat.value(QStringLiteral("server_behind_nat")), QJsonValue(true));
        QVERIFY(r.detail.contains(QStringLiteral("behind NAT")));
    }

    void port4500WithMarker()
    {
        // Auto framing on a port other than 500: the non-ESP marker both ways.
        IkeResponder responder(IkeResponder::Mode::Full, true);
        auto probe = makeProbe(responder.port(), 1500, IkeProbe::Framing::Auto);
        const ProbeResult r = runProbe(probe.get()).result;
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(r.reason, Reason::Ok);
        QCOMPARE(r.evidence.value(QStringLiteral("non_esp_marker")).toBool(), true);
        QCOMPARE(r.evidence.value(QStringLiteral("sent_bytes")).toInt(), 332);
        QCOMPARE(r.evidence.value(QStringLiteral("received_bytes")).toInt(), 260);
        QVERIFY(ev(r, "received_hex").startsWith(QStringLiteral("00000000")));
        QCOMPARE(responder.rawReceived.constFirst().left(4), QByteArray(4, '\0'));
        QCOMPARE(r.evidence.value(QStringLiteral("nat")).toObject().value(QStringLiteral("local_behind_nat")),
                 QJsonValue(false));
    }

    void port4500ReplyWithoutMarker()
    {
        IkeResponder responder(IkeResponder::Mode::FullNoMarker, true);
        auto probe = makeProbe(responder.port(), 800, IkeProbe::Framing::NonEspMarker);
        const Run run = runProbe(probe.get());
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY(ev(run.result, "problem").contains(QStringLiteral("marker")));
        QVERIFY(run.elapsedMs >= 700 && run.elapsedMs < 3000);
    }

    void notifyAnswersPass_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("word");
        QTest::newRow("cookie") << int(IkeResponder::Mode::Cookie) << QStringLiteral("cookie")
                                << QStringLiteral("COOKIE");
        QTest::newRow("invalid-ke") << int(IkeResponder::Mode::InvalidKe) << QStringLiteral("invalid-ke")
                                    << QStringLiteral("INVALID_KE_PAYLOAD");
        QTest::newRow("no-proposal") << int(IkeResponder::Mode::NoProposal) << QStringLiteral("no-proposal-chosen")
                                     << QStringLiteral("NO_PROPOSAL_CHOSEN");
    }

    void notifyAnswersPass()
    {
        QFETCH(int, mode);
        QFETCH(QString, kind);
        QFETCH(QString, word);
        IkeResponder responder(static_cast<IkeResponder::Mode>(mode), false);
        auto probe = makeProbe(responder.port(), 1000, IkeProbe::Framing::Plain);
        const Run run = runProbe(probe.get());
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(r.reason, Reason::Ok);
        QCOMPARE(ev(r, "response_kind"), kind);
        QVERIFY(r.detail.contains(word));
        QVERIFY(r.detail.contains(QStringLiteral("weaker proof")));
        QVERIFY(!r.evidence.contains(QStringLiteral("nat")));
        QCOMPARE(ev(r, "nat_detection"), QStringLiteral("not-in-response"));
        QVERIFY(run.elapsedMs < 800);
        if (kind == u"invalid-ke")
            QCOMPARE(r.evidence.value(QStringLiteral("invalid_ke_group")).toInt(), 20);
        if (kind == u"cookie")
            QCOMPARE(r.evidence.value(QStringLiteral("cookie_bytes")).toInt(), 24);
        // Never a second exchange (no cookie round trip, no new KE): the responder saw one datagram, and no more
        // come later.
        QTest::qWait(700);
        QCOMPARE(responder.received.size(), 1);
    }

    void silenceIsNoResponse()
    {
        IkeResponder responder(IkeResponder::Mode::Silent, false);
        auto probe = makeProbe(responder.port(), 1000, IkeProbe::Framing::Plain);
        const Run run = runProbe(probe.get());
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(r.reason, Reason::NoResponse);
        QCOMPARE(r.latencyMs, qint64(-1));
        QVERIFY2(run.elapsedMs >= 950 && run.elapsedMs < 3000, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(r.evidence.value(QStringLiteral("attempts")).toInt(), 3);
        QCOMPARE(r.evidence.value(QStringLiteral("received_bytes")).toInt(), 0);
        QVERIFY(r.detail.contains(QStringLiteral("nothing came back")));
        QVERIFY(r.detail.contains(QStringLiteral("30 s")));
        QVERIFY(!r.remediation.isEmpty());
        // Retransmissions are the identical bytes: same SPI, same nonce, same key.
        QCOMPARE(responder.received.size(), 3);
        QCOMPARE(responder.received.at(1), responder.received.at(0));
        QCOMPARE(responder.received.at(2), responder.received.at(0));
        const QJsonArray sentAt = r.evidence.value(QStringLiteral("sent_at_ms")).toArray();
        QCOMPARE(sentAt.size(), 3);
        QVERIFY(sentAt.at(1).toInt() >= 180 && sentAt.at(1).toInt() < 500);
        QVERIFY(sentAt.at(2).toInt() >= 580 && sentAt.at(2).toInt() < 950);
    }

    void answersOnlyTheSecondRetransmit()
    {
        IkeResponder responder(IkeResponder::Mode::ThirdOnly, false);
        auto probe = makeProbe(responder.port(), 1500, IkeProbe::Framing::Plain);
        const Run run = runProbe(probe.get());
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(r.reason, Reason::Ok);
        QCOMPARE(r.evidence.value(QStringLiteral("attempts")).toInt(), 3);
        QVERIFY2(run.elapsedMs >= 850 && run.elapsedMs < 1500, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY(r.latencyMs >= 850);
        QVERIFY(r.evidence.value(QStringLiteral("rtt_ms")).toInt() < 300);
        QCOMPARE(responder.received.size(), 3);
        QCOMPARE(responder.received.at(2), responder.received.at(0));
        QCOMPARE(r.evidence.value(QStringLiteral("nat")).toObject().value(QStringLiteral("local_behind_nat")),
                 QJsonValue(false));
    }

    void wrongAnswers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("word");
        QTest::newRow("garbage") << int(IkeResponder::Mode::Garbage) << QStringLiteral("HTTP");
        QTest::newRow("wrong SPI") << int(IkeResponder::Mode::WrongSpi) << QStringLiteral("another initiator");
        QTest::newRow("echo") << int(IkeResponder::Mode::Echo) << QStringLiteral("unchanged");
        QTest::newRow("lying length") << int(IkeResponder::Mode::LyingLength) << QStringLiteral("claims");
    }

    void wrongAnswers()
    {
        QFETCH(int, mode);
        QFETCH(QString, word);
        IkeResponder responder(static_cast<IkeResponder::Mode>(mode), false);
        auto probe = makeProbe(responder.port(), 800, IkeProbe::Framing::Plain);
        const Run run = runProbe(probe.get());
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(r.reason, Reason::WrongService);
        QVERIFY2(r.detail.contains(word) || ev(r, "problem").contains(word), qPrintable(r.detail));
        QVERIFY(r.evidence.value(QStringLiteral("received_bytes")).toInt() > 0);
        QVERIFY(!ev(r, "received_hex").isEmpty());
        QVERIFY(r.latencyMs >= 0 && r.latencyMs < 500);
        // A valid answer could still have come: the probe waits for the deadline.
        QVERIFY(run.elapsedMs >= 750 && run.elapsedMs < 3000);
    }

    void validAnswerAfterGarbageWins()
    {
        IkeResponder responder(IkeResponder::Mode::GarbageThenFull, false);
        auto probe = makeProbe(responder.port(), 1500, IkeProbe::Framing::Plain);
        const Run run = runProbe(probe.get());
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(ev(run.result, "response_kind"), QStringLiteral("full"));
        QCOMPARE(run.result.evidence.value(QStringLiteral("datagrams_received")).toInt(), 2);
        QVERIFY(run.elapsedMs < 1000);
    }

    void closedPortIsRefused_data()
    {
        QTest::addColumn<int>("framing");
        QTest::newRow("500 framing") << int(IkeProbe::Framing::Plain);
        QTest::newRow("4500 framing") << int(IkeProbe::Framing::NonEspMarker);
    }

    void closedPortIsRefused()
    {
        QFETCH(int, framing);
        quint16 port = 0;
        {
            QUdpSocket probeForPort;
            QVERIFY(probeForPort.bind(QHostAddress::LocalHost, 0));
            port = probeForPort.localPort();
        }
        auto probe = makeProbe(port, 1500, static_cast<IkeProbe::Framing>(framing));
        const Run run = runProbe(probe.get());
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Fail);
        if (probetest::wineBlursRefusal()) {
            QCOMPARE(r.reason, Reason::NoResponse); // Wine: the refusal is never reported (probetestutil.h)
            return;
        }
        QCOMPARE(r.reason, Reason::Refused);
        QVERIFY2(run.elapsedMs < 700, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(r.latencyMs, qint64(-1));
        QVERIFY(r.detail.contains(QStringLiteral("port-unreachable")));
        const bool marker = framing == int(IkeProbe::Framing::NonEspMarker);
        QCOMPARE(r.detail.contains(QStringLiteral("non-ESP marker")), marker);
        QCOMPARE(r.evidence.value(QStringLiteral("non_esp_marker")).toBool(), marker);
    }

    void cancelStopsRetransmissions()
    {
        IkeResponder responder(IkeResponder::Mode::Silent, false);
        auto probe = makeProbe(responder.port(), 3000, IkeProbe::Framing::Plain);
        QSignalSpy spy(probe.get(), &Probe::finished);
        probe->start();
        QTRY_COMPARE(responder.received.size(), 1);
        probe->cancel();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<ProbeResult>().reason, Reason::Cancelled);
        QTest::qWait(1300);
        QCOMPARE(responder.received.size(), 1);
        QCOMPARE(spy.size(), 1);
    }

    void realStrongSwan()
    {
        // strongSwan 5.9.8 (charon + swanctl) with the vendor's proposals, in a loopback-only network namespace.
        const QString charon = QStringLiteral("/usr/lib/ipsec/charon");
        const QString why = netnslab::unavailableReason(
            {charon, QStringLiteral("swanctl"), QStringLiteral("nsenter"), QStringLiteral("ip")});
        if (!why.isEmpty())
            TPREADY_MISSING(why);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString conf = dir.filePath(QStringLiteral("strongswan.conf"));
        const QString swanctl = dir.filePath(QStringLiteral("swanctl.conf"));
        QVERIFY(writeFile(conf, "charon {\n"
                                "  load_modular = yes\n"
                                "  cookie_threshold_ip = 3\n"
                                "  plugins {\n"
                                "    include /etc/strongswan.d/charon/*.conf\n"
                                "  }\n"
                                "}\n"));
        QVERIFY(writeFile(swanctl, "connections {\n"
                                   "  tp {\n"
                                   "    version = 2\n"
                                   "    proposals = aes128-sha256-ecp256,aes128-sha384-ecp384,aes256-sha512-ecp521\n"
                                   "    local { auth = psk\n id = slrc }\n"
                                   "    remote { auth = psk }\n"
                                   "    children { c { esp_proposals = aes128gcm128,aes256gcm128 } }\n"
                                   "  }\n"
                                   "}\n"
                                   "secrets { ike-1 { secret = \"lab-only-not-a-secret\" } }\n"));

        netnslab::Lab lab;
        QString error;
        QVERIFY2(lab.create(&error), qPrintable(error));
        // A private /run (pid file, VICI socket), so that another charon on this machine is not disturbed.
        QProcess *daemon = lab.startDaemon(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("mount -t tmpfs tmpfs /run && exec ") + charon},
            {QStringLiteral("STRONGSWAN_CONF=") + conf});
        QVERIFY(daemon->waitForStarted());
        bool loaded = false;
        QByteArray out;
        // swanctl reaches charon's VICI socket in that private /run: it enters the daemon's mount and network
        // namespaces, and its root directory too (-r): entering a mount namespace alone puts a process at that
        // namespace's own root, which is outside the chroot when the suite runs in one.
        for (int i = 0; i < 50 && !loaded && daemon->state() == QProcess::Running; ++i) {
            QTest::qWait(200);
            loaded = netnslab::run(QStringLiteral("nsenter"),
                                   {QStringLiteral("-t"), QString::number(daemon->processId()), QStringLiteral("-m"),
                                    QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("swanctl"),
                                    QStringLiteral("--load-all"), QStringLiteral("--file"), swanctl},
                                   &out) == 0;
        }
        QVERIFY2(loaded, out.constData());

        QVERIFY(lab.enter());
        const auto leave = qScopeGuard([&lab] { lab.leave(); });
        auto probeAt = [](quint16 port) {
            auto probe = makeProbe(port, 3000, IkeProbe::Framing::Auto);
            return runProbe(probe.get()).result;
        };

        for (quint16 port : {quint16(500), quint16(4500)}) {
            const ProbeResult r = probeAt(port);
            QCOMPARE(r.verdict, Verdict::Pass);
            QCOMPARE(r.reason, Reason::Ok);
            QCOMPARE(ev(r, "response_kind"), QStringLiteral("full"));
            QCOMPARE(ev(r, "chosen_proposal"), QStringLiteral("aes128-sha256-ecp256"));
            QCOMPARE(r.evidence.value(QStringLiteral("ke_group_received")).toInt(), 19);
            QCOMPARE(r.evidence.value(QStringLiteral("non_esp_marker")).toBool(), port == 4500);
            QCOMPARE(r.evidence.value(QStringLiteral("received_bytes")).toInt(), port == 4500 ? 260 : 256);
            QCOMPARE(r.evidence.value(QStringLiteral("notify_types")).toArray(),
                     (QJsonArray{16388, 16389, 16418, 16404}));
            const QJsonObject nat = r.evidence.value(QStringLiteral("nat")).toObject();
            QCOMPARE(nat.value(QStringLiteral("local_behind_nat")), QJsonValue(false));
            QCOMPARE(nat.value(QStringLiteral("server_behind_nat")), QJsonValue(false));
            QVERIFY(ev(r, "responder_spi") != QStringLiteral("0000000000000000"));
        }
        // Every answered probe leaves a half-open IKE SA for 30 s: the third still gets a full answer, the fourth
        // a COOKIE (cookie_threshold_ip = 3), which still proves the path.
        QCOMPARE(ev(probeAt(500), "response_kind"), QStringLiteral("full"));
        const ProbeResult cookie = probeAt(500);
        QCOMPARE(cookie.verdict, Verdict::Pass);
        QCOMPARE(ev(cookie, "response_kind"), QStringLiteral("cookie"));
        QCOMPARE(ev(cookie, "responder_spi"), QStringLiteral("0000000000000000"));

        // charon gone: the kernel answers ICMP port-unreachable.
        netnslab::Lab::stop(daemon);
        const ProbeResult refused = probeAt(500);
        QCOMPARE(refused.verdict, Verdict::Fail);
        QCOMPARE(refused.reason, Reason::Refused);
    }
};

QTEST_GUILESS_MAIN(TestIkeProbe)
#include "testikeprobe.moc"
