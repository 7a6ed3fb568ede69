// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "fixedclock.h"
#include "netnslab.h"
#include "probetestutil.h"
#include "testsupport/prerequisite.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkDatagram>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>
#include <chrono>
#include <memory>

#include "core/probes/ntppacket.h"
#include "core/probes/ntpprobe.h"
#include "core/probes/probefactory.h"

using namespace tpready;
using probetest::FixedClock;

namespace {

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

void putU32(QByteArray *data, int at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        (*data)[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
}

void putU64(QByteArray *data, int at, quint64 value)
{
    putU32(data, at, static_cast<quint32>(value >> 32));
    putU32(data, at + 4, static_cast<quint32>(value));
}

quint32 ascii(const char (&code)[5])
{
    return (quint32(quint8(code[0])) << 24) | (quint32(quint8(code[1])) << 16) | (quint32(quint8(code[2])) << 8) |
           quint32(quint8(code[3]));
}

/// An SNTP server on 127.0.0.1 that answers like chronyd, or misbehaves on purpose.
class NtpResponder final : public QObject
{
    Q_OBJECT

public:
    struct Behaviour
    {
        int leap = 0;
        int stratum = 2;
        quint32 refId = 0xc0000201; // 192.0.2.1
        qint64 clockOffsetMs = 0;   ///< the server's clock minus the real time
        qint64 fixedTimeUs = 0;     ///< when set, the server's clock stands still at this time (Unix, µs)
        bool wrongOrigin = false;
        bool wrongOriginFirst = false; ///< one reply with a wrong origin, then the right one
        bool echo = false;
        bool tooShort = false;
        bool silent = false;
        int answerFrom = 1;            ///< answer requests from this one (1-based) on
        int delayFirstUntilSecond = 0; ///< hold the reply to request 1 until request 2 arrived
    };

    explicit NtpResponder(const Behaviour &behaviour) : m_behaviour(behaviour)
    {
        QVERIFY(m_socket.bind(QHostAddress::LocalHost, 0));
        connect(&m_socket, &QUdpSocket::readyRead, this, &NtpResponder::onReadyRead);
    }

    quint16 port() const { return m_socket.localPort(); }
    QList<QByteArray> received;

private:
    QByteArray replyTo(const QByteArray &request, qint64 receivedUs, bool rightOrigin) const
    {
        QByteArray r(kNtpPacketSize, '\0');
        const int version = (static_cast<quint8>(request.at(0)) >> 3) & 7;
        r[0] = static_cast<char>((m_behaviour.leap << 6) | (version << 3) | 4);
        r[1] = static_cast<char>(m_behaviour.stratum);
        r[2] = 3;
        r[3] = static_cast<char>(-20);
        putU32(&r, 4, 0x00000800); // root delay 31.25 ms
        putU32(&r, 8, 0x00000400); // root dispersion 15.625 ms
        putU32(&r, 12, m_behaviour.refId);
        const qint64 offsetUs = m_behaviour.clockOffsetMs * 1000;
        const bool fixed = m_behaviour.fixedTimeUs != 0;
        const qint64 receiveUs = fixed ? m_behaviour.fixedTimeUs : receivedUs + offsetUs;
        const qint64 transmitUs = fixed ? m_behaviour.fixedTimeUs : nowUs() + offsetUs;
        putU64(&r, 16, unixUsToNtp(receiveUs - 60 * 1000000LL));
        QByteArray origin = request.mid(40, 8);
        if (!rightOrigin)
            origin[7] = static_cast<char>(origin.at(7) ^ 0x55);
        r.replace(24, 8, origin);
        putU64(&r, 32, unixUsToNtp(receiveUs));
        putU64(&r, 40, unixUsToNtp(transmitUs));
        return r;
    }

    void onReadyRead()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket.receiveDatagram();
            const qint64 receivedUs = nowUs();
            const QByteArray request = datagram.data();
            received << request;
            const QHostAddress peer = datagram.senderAddress();
            const auto peerPort = static_cast<quint16>(datagram.senderPort());
            if (m_behaviour.silent || received.size() < m_behaviour.answerFrom || request.size() < kNtpPacketSize)
                continue;
            if (m_behaviour.echo) {
                m_socket.writeDatagram(request, peer, peerPort);
                continue;
            }
            if (m_behaviour.tooShort) {
                m_socket.writeDatagram(replyTo(request, receivedUs, true).left(40), peer, peerPort);
                continue;
            }
            if (m_behaviour.wrongOrigin) {
                m_socket.writeDatagram(replyTo(request, receivedUs, false), peer, peerPort);
                continue;
            }
            if (m_behaviour.wrongOriginFirst && received.size() == 1) {
                m_socket.writeDatagram(replyTo(request, receivedUs, false), peer, peerPort);
                QTimer::singleShot(50, this, [this, request, receivedUs, peer, peerPort] {
                    m_socket.writeDatagram(replyTo(request, receivedUs, true), peer, peerPort);
                });
                continue;
            }
            if (m_behaviour.delayFirstUntilSecond) {
                // Answer request 1 only, and only once request 2 came in: a slow reply to an earlier request.
                if (received.size() == 2)
                    m_socket.writeDatagram(replyTo(received.constFirst(), m_firstReceivedUs, true), peer, peerPort);
                else
                    m_firstReceivedUs = receivedUs;
                continue;
            }
            m_socket.writeDatagram(replyTo(request, receivedUs, true), peer, peerPort);
        }
    }

    QUdpSocket m_socket;
    Behaviour m_behaviour;
    qint64 m_firstReceivedUs = 0;
};

ProbeTarget ntpTarget(quint16 port)
{
    ProbeTarget target;
    target.flowId = QStringLiteral("i17");
    target.protocol = Protocol::Ntp;
    target.role = Role::NtpService;
    target.requirement = Requirement::Optional;
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

Run runProbe(quint16 port, int timeoutMs, const Clock *laptopClock = &Clock::system())
{
    ProbeConfig config;
    config.timeoutMs = timeoutMs;
    config.clock = laptopClock;
    NtpProbe probe(ntpTarget(port), config);
    QSignalSpy spy(&probe, &Probe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start();
    if (spy.isEmpty())
        spy.wait(timeoutMs + 3000);
    Run run;
    run.elapsedMs = clock.elapsed();
    if (spy.size() == 1)
        run.result = spy.first().first().value<ProbeResult>();
    else
        qWarning("finished() emitted %d times", static_cast<int>(spy.size()));
    return run;
}

double num(const ProbeResult &r, const char *key)
{
    return r.evidence.value(QLatin1String(key)).toDouble();
}

QString text(const ProbeResult &r, const char *key)
{
    return r.evidence.value(QLatin1String(key)).toString();
}

} // namespace

class TestNtpProbe final : public QObject
{
    Q_OBJECT

private slots:
    void schedule()
    {
        // Backoff, as IKE's: the first retry after a fifth of the deadline, then doubling gaps.
        QCOMPARE(NtpProbe::requestSchedule(5000), (QList<int>{0, 1000, 3000}));
        QCOMPARE(NtpProbe::requestSchedule(10000), (QList<int>{0, 1000, 3000}));
        QCOMPARE(NtpProbe::requestSchedule(3000), (QList<int>{0, 600, 1800}));
        QCOMPARE(NtpProbe::requestSchedule(1500), (QList<int>{0, 300, 900}));
        QCOMPARE(datagramRetrySchedule(3000, 3), NtpProbe::requestSchedule(3000));
    }

    void factoryCreatesNtpProbe()
    {
        std::unique_ptr<Probe> probe(createProbe(ntpTarget(123), ProbeConfig{}, nullptr));
        QVERIFY(qobject_cast<NtpProbe *>(probe.get()));
    }

    void synchronisedServerPasses()
    {
        NtpResponder server({});
        const Run run = runProbe(server.port(), 1500);
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(r.reason, Reason::Ok);
        QVERIFY(run.elapsedMs < 1000);
        QVERIFY(r.latencyMs >= 0 && r.latencyMs < 1000);
        QVERIFY2(qAbs(num(r, "clock_offset_ms")) < 50.0, qPrintable(QString::number(num(r, "clock_offset_ms"))));
        QVERIFY(num(r, "delay_ms") >= -1.0 && num(r, "delay_ms") < 200.0);
        QCOMPARE(num(r, "stratum"), 2.0);
        QCOMPARE(text(r, "refid"), QStringLiteral("192.0.2.1"));
        QCOMPARE(num(r, "leap"), 0.0);
        QCOMPARE(num(r, "version"), 4.0);
        QCOMPARE(num(r, "root_delay_ms"), 31.25);
        QCOMPARE(num(r, "root_dispersion_ms"), 15.625);
        QCOMPARE(num(r, "attempts"), 1.0);
        QCOMPARE(num(r, "answered_request"), 1.0);
        QCOMPARE(num(r, "received_bytes"), 48.0);
        QCOMPARE(num(r, "sent_bytes"), 48.0);
        QVERIFY(text(r, "sent_hex").startsWith(QStringLiteral("23000000")));
        QVERIFY(!text(r, "server_time").isEmpty());
        QCOMPARE(server.received.size(), 1);
        // The request: mode 3, VN 4, a random transmit value and nothing else.
        const QByteArray request = server.received.constFirst();
        QCOMPARE(request.size(), 48);
        QCOMPARE(request.left(40), QByteArray(1, '\x23') + QByteArray(39, '\0'));
        QVERIFY(request.mid(40) != QByteArray(8, '\0'));
    }

    void clockSkew_data()
    {
        QTest::addColumn<qint64>("serverAheadMs");
        QTest::addColumn<QString>("word");
        QTest::newRow("laptop an hour behind") << qint64(3600 * 1000) << QStringLiteral("behind");
        QTest::newRow("laptop 20 s ahead") << qint64(-20 * 1000) << QStringLiteral("ahead");
        QTest::newRow("laptop 3 days behind") << qint64(3LL * 86400 * 1000) << QStringLiteral("3 days");
    }

    void clockSkew()
    {
        QFETCH(qint64, serverAheadMs);
        QFETCH(QString, word);
        NtpResponder::Behaviour behaviour;
        behaviour.clockOffsetMs = serverAheadMs;
        NtpResponder server(behaviour);
        const ProbeResult r = runProbe(server.port(), 1500).result;
        QCOMPARE(r.verdict, Verdict::Warn);
        QCOMPARE(r.reason, Reason::ClockSkew);
        // clock_offset_ms is the laptop's clock minus the server's.
        QVERIFY2(qAbs(num(r, "clock_offset_ms") + double(serverAheadMs)) < 100.0,
                 qPrintable(QString::number(num(r, "clock_offset_ms"))));
        QVERIFY(qAbs(num(r, "delay_ms")) < 200.0);
        QVERIFY2(r.detail.contains(word), qPrintable(r.detail));
        QVERIFY(!r.remediation.isEmpty());
    }

    void exactWithFixedClocks_data()
    {
        QTest::addColumn<qint64>("serverAheadUs");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("serverTime");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("server 12.345678 s ahead")
            << qint64(12345678) << int(Verdict::Warn) << QStringLiteral("2030-01-02T03:04:17.345Z")
            << QStringLiteral("this laptop's clock is 12.3 s behind the server's.");
        QTest::newRow("server 2.5 s behind")
            << qint64(-2500000) << int(Verdict::Pass) << QStringLiteral("2030-01-02T03:04:02.500Z")
            << QStringLiteral("the laptop's clock is 2500.0 ms off, round-trip delay 0.0 ms.");
    }

    void exactWithFixedClocks()
    {
        // Both clocks stand still: the laptop's (T4 = T1, through ProbeConfig::clock) and the server's (T3 = T2).
        // The offset is then exactly the difference of the two and the delay 0, whatever the loopback's timing.
        QFETCH(qint64, serverAheadUs);
        QFETCH(int, verdict);
        QFETCH(QString, serverTime);
        QFETCH(QString, sentence);
        FixedClock laptop(QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC).toMSecsSinceEpoch() * 1000);
        NtpResponder::Behaviour behaviour;
        behaviour.fixedTimeUs = laptop.utcMicroseconds() + serverAheadUs;
        NtpResponder server(behaviour);
        const ProbeResult r = runProbe(server.port(), 1500, &laptop).result;
        QCOMPARE(int(r.verdict), verdict);
        QCOMPARE(r.reason, verdict == int(Verdict::Pass) ? Reason::Ok : Reason::ClockSkew);
        QCOMPARE(num(r, "clock_offset_ms"), -double(serverAheadUs) / 1000.0);
        QCOMPARE(num(r, "delay_ms"), 0.0);
        QCOMPARE(num(r, "rtt_ms"), 0.0);
        QCOMPARE(text(r, "server_time"), serverTime);
        QCOMPARE(r.latencyMs, qint64(0));
        QVERIFY2(r.detail.contains(sentence), qPrintable(r.detail));
    }

    void smallOffsetStillPasses()
    {
        NtpResponder::Behaviour behaviour;
        behaviour.clockOffsetMs = 5000;
        NtpResponder server(behaviour);
        const ProbeResult r = runProbe(server.port(), 1500).result;
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(r.reason, Reason::Ok);
        QVERIFY(qAbs(num(r, "clock_offset_ms") + 5000.0) < 100.0);
    }

    void kissOfDeath_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("leap");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("word");
        QTest::newRow("DENY") << QStringLiteral("DENY") << 3 << int(Verdict::Fail) << int(Reason::Refused)
                              << QStringLiteral("refuses");
        QTest::newRow("RSTR") << QStringLiteral("RSTR") << 3 << int(Verdict::Fail) << int(Reason::Refused)
                              << QStringLiteral("refuses");
        QTest::newRow("RATE") << QStringLiteral("RATE") << 0 << int(Verdict::Warn) << int(Reason::Ok)
                              << QStringLiteral("rate-limits");
        QTest::newRow("INIT") << QStringLiteral("INIT") << 3 << int(Verdict::Warn) << int(Reason::Ok)
                              << QStringLiteral("not synchronised");
        QTest::newRow("AUTH") << QStringLiteral("AUTH") << 3 << int(Verdict::Warn) << int(Reason::Ok)
                              << QStringLiteral("kiss code AUTH");
    }

    void kissOfDeath()
    {
        QFETCH(QString, code);
        QFETCH(int, leap);
        QFETCH(int, verdict);
        QFETCH(int, reason);
        QFETCH(QString, word);
        NtpResponder::Behaviour behaviour;
        behaviour.stratum = 0;
        behaviour.leap = leap;
        const QByteArray latin = code.toLatin1();
        behaviour.refId = (quint32(quint8(latin.at(0))) << 24) | (quint32(quint8(latin.at(1))) << 16) |
                          (quint32(quint8(latin.at(2))) << 8) | quint32(quint8(latin.at(3)));
        NtpResponder server(behaviour);
        const Run run = runProbe(server.port(), 1500);
        const ProbeResult &r = run.result;
        QCOMPARE(int(r.verdict), verdict);
        QCOMPARE(int(r.reason), reason);
        QCOMPARE(text(r, "kiss_code"), code);
        QCOMPARE(text(r, "refid"), code);
        QCOMPARE(num(r, "stratum"), 0.0);
        QVERIFY2(r.detail.contains(word), qPrintable(r.detail));
        QVERIFY(!r.remediation.isEmpty());
        // No time from a kiss: no offset for the report's environment to pick up.
        QVERIFY(!r.evidence.contains(QStringLiteral("clock_offset_ms")));
        QVERIFY(run.elapsedMs < 1000);
        // A kiss ends the exchange: no more requests (RATE asks for exactly that).
        QTest::qWait(600);
        QCOMPARE(server.received.size(), 1);
    }

    void unsynchronisedServerWarns_data()
    {
        QTest::addColumn<int>("leap");
        QTest::addColumn<int>("stratum");
        QTest::addColumn<quint32>("refId");
        QTest::newRow("LI 3 stratum 16") << 3 << 16 << ascii("INIT");
        QTest::newRow("stratum 16") << 0 << 16 << quint32(0);
        QTest::newRow("LI 3 stratum 5") << 3 << 5 << quint32(0x0a000001);
        QTest::newRow("chronyd without source") << 3 << 0 << quint32(0);
    }

    void unsynchronisedServerWarns()
    {
        QFETCH(int, leap);
        QFETCH(int, stratum);
        QFETCH(quint32, refId);
        NtpResponder::Behaviour behaviour;
        behaviour.leap = leap;
        behaviour.stratum = stratum;
        behaviour.refId = refId;
        NtpResponder server(behaviour);
        const ProbeResult r = runProbe(server.port(), 1500).result;
        QCOMPARE(r.verdict, Verdict::Warn);
        QCOMPARE(r.reason, Reason::Ok);
        QVERIFY(r.detail.contains(QStringLiteral("not synchronised")));
        QVERIFY(r.detail.contains(QStringLiteral("would not set the gateway's clock")));
        QVERIFY(!r.evidence.contains(QStringLiteral("clock_offset_ms")));
        QVERIFY(!r.evidence.contains(QStringLiteral("kiss_code")));
        QCOMPARE(num(r, "leap"), double(leap));
        QCOMPARE(num(r, "stratum"), double(stratum));
    }

    void wrongOriginNeverPasses()
    {
        NtpResponder::Behaviour behaviour;
        behaviour.wrongOrigin = true;
        NtpResponder server(behaviour);
        const Run run = runProbe(server.port(), 900);
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(r.reason, Reason::WrongService);
        QVERIFY(text(r, "problem").contains(QStringLiteral("origin")));
        QVERIFY(!r.evidence.contains(QStringLiteral("clock_offset_ms")));
        QVERIFY(run.elapsedMs >= 850 && run.elapsedMs < 3000);
        QCOMPARE(num(r, "attempts"), 3.0);
        QVERIFY(r.latencyMs >= 0 && r.latencyMs < 500);
    }

    void rightOriginAfterAWrongOnePasses()
    {
        NtpResponder::Behaviour behaviour;
        behaviour.wrongOriginFirst = true;
        NtpResponder server(behaviour);
        const Run run = runProbe(server.port(), 1500);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(num(run.result, "datagrams_received"), 2.0);
        QVERIFY(run.elapsedMs < 450);
    }

    void misbehavingServers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("word");
        QTest::newRow("mode 3 echo") << 0 << QStringLiteral("unchanged");
        QTest::newRow("40 bytes") << 1 << QStringLiteral("40 bytes");
    }

    void misbehavingServers()
    {
        QFETCH(int, kind);
        QFETCH(QString, word);
        NtpResponder::Behaviour behaviour;
        behaviour.echo = kind == 0;
        behaviour.tooShort = kind == 1;
        NtpResponder server(behaviour);
        const Run run = runProbe(server.port(), 900);
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(r.reason, Reason::WrongService);
        QVERIFY2(r.detail.contains(word), qPrintable(r.detail));
        QVERIFY(!text(r, "received_hex").isEmpty());
        QVERIFY(!r.evidence.contains(QStringLiteral("clock_offset_ms")));
    }

    void silenceIsNoResponse()
    {
        NtpResponder::Behaviour behaviour;
        behaviour.silent = true;
        NtpResponder server(behaviour);
        const Run run = runProbe(server.port(), 1200);
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(r.reason, Reason::NoResponse);
        QCOMPARE(r.latencyMs, qint64(-1));
        QVERIFY2(run.elapsedMs >= 1150 && run.elapsedMs < 3500, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(num(r, "attempts"), 3.0);
        QVERIFY(r.detail.contains(QStringLiteral("nothing came back")));
        // Three requests, each with its own random transmit value.
        QCOMPARE(server.received.size(), 3);
        QVERIFY(server.received.at(0).mid(40) != server.received.at(1).mid(40));
        QVERIFY(server.received.at(1).mid(40) != server.received.at(2).mid(40));
        const QJsonArray sentAt = r.evidence.value(QStringLiteral("sent_at_ms")).toArray();
        // Backoff within 1200 ms: at 0, 240 and 720 ms.
        QVERIFY(sentAt.at(1).toInt() >= 220 && sentAt.at(1).toInt() < 450);
        QVERIFY(sentAt.at(2).toInt() >= 690 && sentAt.at(2).toInt() < 1000);
    }

    void answersOnlyTheThirdRequest()
    {
        NtpResponder::Behaviour behaviour;
        behaviour.answerFrom = 3;
        NtpResponder server(behaviour);
        const Run run = runProbe(server.port(), 1500);
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(num(r, "attempts"), 3.0);
        QCOMPARE(num(r, "answered_request"), 3.0);
        QVERIFY2(run.elapsedMs >= 850 && run.elapsedMs < 1500,
                 qPrintable(QString::number(run.elapsedMs))); // 3rd at 900
        // Offset and delay come from the third request's own send time.
        QVERIFY(qAbs(num(r, "clock_offset_ms")) < 50.0);
        QVERIFY(num(r, "delay_ms") < 100.0);
    }

    void lateReplyToAnEarlierRequest()
    {
        NtpResponder::Behaviour behaviour;
        behaviour.delayFirstUntilSecond = 1;
        NtpResponder server(behaviour);
        const Run run = runProbe(server.port(), 1500);
        const ProbeResult &r = run.result;
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(num(r, "answered_request"), 1.0);
        QCOMPARE(num(r, "attempts"), 2.0);
        // Timed against request 1: a round trip of about the 300 ms it was held (request 2 goes at 300 ms), an offset
        // near 0.
        QVERIFY2(num(r, "rtt_ms") >= 280.0, qPrintable(QString::number(num(r, "rtt_ms"))));
        QVERIFY2(qAbs(num(r, "clock_offset_ms")) < 300.0, qPrintable(QString::number(num(r, "clock_offset_ms"))));
    }

    void closedPortIsRefused()
    {
        quint16 port = 0;
        {
            QUdpSocket socket;
            QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
            port = socket.localPort();
        }
        const Run run = runProbe(port, 1500);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        if (probetest::wineBlursRefusal()) {
            QCOMPARE(run.result.reason, Reason::NoResponse); // Wine: the refusal is never reported (probetestutil.h)
            return;
        }
        QCOMPARE(run.result.reason, Reason::Refused);
        QVERIFY(run.result.detail.contains(QStringLiteral("port-unreachable")));
        QVERIFY(run.elapsedMs < 600);
    }

    void realChronyd()
    {
        // chronyd 4.3 in a loopback-only network namespace: synchronised (local stratum 10), then without any
        // source, then gone.
        const QString why = netnslab::unavailableReason({QStringLiteral("chronyd"), QStringLiteral("ip")});
        if (!why.isEmpty())
            TPREADY_MISSING(why);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray common = "allow 127.0.0.0/8\nport 123\ncmdport 0\nbindcmdaddress /\n"
                                  "bindaddress 127.0.0.1\npidfile " +
                                  dir.filePath(QStringLiteral("chronyd.pid")).toLocal8Bit() + "\n";
        const QString synced = dir.filePath(QStringLiteral("synced.conf"));
        const QString nosource = dir.filePath(QStringLiteral("nosource.conf"));
        {
            QFile a(synced);
            QVERIFY(a.open(QIODevice::WriteOnly));
            a.write("local stratum 10\n" + common);
            QFile b(nosource);
            QVERIFY(b.open(QIODevice::WriteOnly));
            b.write(common);
        }

        netnslab::Lab lab;
        QString error;
        QVERIFY2(lab.create(&error), qPrintable(error));
        auto startChronyd = [&lab](const QString &conf) {
            // -x: never touch the clock; a private /run keeps the host's chrony files alone.
            return lab.startDaemon({QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("mount -t tmpfs tmpfs /run && exec chronyd -x -d -f ") + conf});
        };
        QVERIFY(lab.enter());
        const auto leave = qScopeGuard([&lab] { lab.leave(); });
        // Until chronyd has bound its port the kernel refuses; then the answer counts.
        auto probeUntilUp = [] {
            ProbeResult r;
            for (int i = 0; i < 25; ++i) {
                r = runProbe(123, 1500).result;
                if (r.reason != Reason::Refused)
                    break;
                QTest::qWait(200);
            }
            return r;
        };

        QProcess *daemon = startChronyd(synced);
        QVERIFY(daemon->waitForStarted());
        ProbeResult r = probeUntilUp();
        QCOMPARE(r.verdict, Verdict::Pass);
        QCOMPARE(r.reason, Reason::Ok);
        QCOMPARE(num(r, "stratum"), 10.0);
        QCOMPARE(text(r, "refid"), QStringLiteral("127.127.1.1"));
        QCOMPARE(num(r, "leap"), 0.0);
        QCOMPARE(num(r, "version"), 4.0);
        QVERIFY(qAbs(num(r, "clock_offset_ms")) < 50.0);
        QVERIFY(num(r, "delay_ms") < 50.0);
        netnslab::Lab::stop(daemon);

        daemon = startChronyd(nosource);
        QVERIFY(daemon->waitForStarted());
        r = probeUntilUp();
        QCOMPARE(r.verdict, Verdict::Warn);
        QCOMPARE(r.reason, Reason::Ok);
        QCOMPARE(num(r, "leap"), 3.0);
        QCOMPARE(num(r, "stratum"), 0.0);
        QVERIFY(!r.evidence.contains(QStringLiteral("kiss_code")));
        QVERIFY(!r.evidence.contains(QStringLiteral("clock_offset_ms")));
        netnslab::Lab::stop(daemon);

        r = runProbe(123, 1500).result;
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(r.reason, Reason::Refused);
    }
};

QTEST_GUILESS_MAIN(TestNtpProbe)
#include "testntpprobe.moc"
