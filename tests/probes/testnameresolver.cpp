// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The runner's name resolution: its own A/AAAA queries with retries and backoff, against scripted resolvers that
// lose, delay or refuse, and against a real dnsmasq. The system resolver is off in every case but one: its queries
// would leave this machine.
#include "dnstestserver.h"
#include "probetestutil.h"
#include "testsupport/prerequisite.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include "core/runner/nameresolver.h"

using namespace tpready;
using namespace probetest;
using namespace dnstest;

namespace {

const QString kName = QStringLiteral("lrc1.tpe.example");

QByteArray answers(const DnsResponse &q, const QByteArray &raw)
{
    if (q.questionType == DnsType::A)
        return respond(raw, DnsRcode::NoError, {a("192.0.2.10")});
    return respond(raw, DnsRcode::NoError, {aaaa("2001:db8::10")});
}

struct Lookup
{
    NameResolution result;
    qint64 elapsed = 0;
    int finished = 0;
};

Lookup resolve(const QList<DnsServerAddress> &servers, int deadlineMs, const QString &name = kName)
{
    NameResolver resolver(name, servers, deadlineMs);
    resolver.setSystemResolver(false);
    QSignalSpy spy(&resolver, &NameResolver::finished);
    QElapsedTimer clock;
    clock.start();
    resolver.start();
    Lookup lookup;
    lookup.finished = spy.size(); // never from within start()
    if (lookup.finished == 0)
        spy.wait(deadlineMs + 3000);
    lookup.elapsed = clock.elapsed();
    QTest::qWait(100); // nothing more comes
    lookup.finished = static_cast<int>(spy.size());
    lookup.result = resolver.result();
    return lookup;
}

DnsServerAddress local(quint16 port)
{
    return {QHostAddress::LocalHost, port};
}

QJsonObject queryEvidence(const NameResolution &result, int server, const QString &type)
{
    const QJsonArray queries =
        result.evidence.value(u"servers").toArray().at(server).toObject().value(u"queries").toArray();
    for (const QJsonValue &value : queries) {
        if (value.toObject().value(u"type").toString() == type)
            return value.toObject();
    }
    return {};
}

/// A resolver that keeps the first query of each type and answers it @p delayMs later, ignoring every other try:
/// only a late answer to the first try can resolve the name.
class LateServer : public QObject
{
public:
    explicit LateServer(int delayMs) : m_delayMs(delayMs)
    {
        m_udp.bind(QHostAddress::LocalHost, 0);
        QObject::connect(&m_udp, &QUdpSocket::readyRead, this, [this] {
            while (m_udp.hasPendingDatagrams()) {
                const QNetworkDatagram datagram = m_udp.receiveDatagram();
                ++received;
                const DnsResponse query = parseDnsResponse(datagram.data());
                if (m_seen.contains(query.questionType))
                    continue;
                m_seen << query.questionType;
                const QByteArray reply = answers(query, datagram.data());
                const QHostAddress to = datagram.senderAddress();
                const quint16 port = static_cast<quint16>(datagram.senderPort());
                QTimer::singleShot(m_delayMs, this, [this, reply, to, port] { m_udp.writeDatagram(reply, to, port); });
            }
        });
    }
    quint16 port() const { return m_udp.localPort(); }
    int received = 0;

private:
    int m_delayMs;
    QUdpSocket m_udp;
    QList<quint16> m_seen;
};

} // namespace

class TestNameResolver : public QObject
{
    Q_OBJECT

private slots:
    void schedule()
    {
        // Backoff: 0.5 s, then doubling gaps up to 4 s, none in the last quarter second of the deadline.
        QCOMPARE(NameResolver::retrySchedule(5000), (QList<int>{0, 500, 1500, 3500}));
        QCOMPARE(NameResolver::retrySchedule(20000), (QList<int>{0, 500, 1500, 3500, 7500, 11500, 15500, 19500}));
        QCOMPARE(NameResolver::retrySchedule(1000), (QList<int>{0, 500}));
        QCOMPARE(NameResolver::retrySchedule(600), (QList<int>{0}));
        QCOMPARE(NameResolver::retrySchedule(1), (QList<int>{0}));
    }

    void resolves()
    {
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) { return answers(q, raw); });
        const Lookup lookup = resolve({local(server.port())}, 3000);
        QCOMPARE(lookup.finished, 1);
        QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Resolved);
        QVERIFY(lookup.result.error.isEmpty());
        QCOMPARE(lookup.result.server, QStringLiteral("127.0.0.1"));
        QVERIFY(!lookup.result.addresses.isEmpty());
        QCOMPARE(lookup.result.addresses.first(), QHostAddress(QStringLiteral("192.0.2.10")));
        QCOMPARE(queryEvidence(lookup.result, 0, QStringLiteral("A")).value(u"tries").toInt(), 1);
        QCOMPARE(queryEvidence(lookup.result, 0, QStringLiteral("A")).value(u"rcode").toString(),
                 QStringLiteral("NOERROR"));
        QCOMPARE(lookup.result.evidence.value(u"system").toObject().value(u"outcome").toString(),
                 QStringLiteral("not asked"));
        QVERIFY(lookup.elapsed < 400);
    }

    void ipv6OnlyName()
    {
        // A answered without an address: the AAAA addresses resolve the name.
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) {
            if (q.questionType == DnsType::A)
                return respond(raw, DnsRcode::NoError, {});
            return respond(raw, DnsRcode::NoError, {aaaa("2001:db8::10")});
        });
        const Lookup lookup = resolve({local(server.port())}, 3000);
        QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Resolved);
        QCOMPARE(lookup.result.addresses, (QList<QHostAddress>{QHostAddress(QStringLiteral("2001:db8::10"))}));
    }

    void survivesLostQueries()
    {
        // The first two tries of each query are lost: the third (at 1.5 s) resolves, well within the deadline.
        auto seen = std::make_shared<QHash<quint16, int>>();
        DnsServer server([seen](const DnsResponse &q, const QByteArray &raw, bool) {
            if (++(*seen)[q.questionType] <= 2)
                return QByteArray();
            return answers(q, raw);
        });
        const Lookup lookup = resolve({local(server.port())}, 5000);
        QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Resolved);
        QCOMPARE(queryEvidence(lookup.result, 0, QStringLiteral("A")).value(u"tries").toInt(), 3);
        QVERIFY2(lookup.elapsed >= 1400 && lookup.elapsed < 2500, qPrintable(QString::number(lookup.elapsed)));
    }

    void lateAnswerToEarlierTryCounts()
    {
        // Only the first try is ever answered, 800 ms late, after the second try went out: it still counts.
        LateServer server(800);
        const Lookup lookup = resolve({local(server.port())}, 5000);
        QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Resolved);
        QVERIFY(server.received >= 3); // A and AAAA, and at least one retry
        QCOMPARE(queryEvidence(lookup.result, 0, QStringLiteral("A")).value(u"tries").toInt(), 2);
        QVERIFY2(lookup.elapsed >= 700 && lookup.elapsed < 1400, qPrintable(QString::number(lookup.elapsed)));
    }

    void negativeAnswers_data()
    {
        QTest::addColumn<int>("rcode");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("maxMs");
        QTest::newRow("NXDOMAIN") << DnsRcode::NxDomain << int(NameResolution::Outcome::NxDomain)
                                  << QStringLiteral("does not exist (NXDOMAIN") << 400;
        QTest::newRow("no address") << DnsRcode::NoError << int(NameResolution::Outcome::NoAddress)
                                    << QStringLiteral("no A or AAAA record") << 400;
        // SERVFAIL and REFUSED are asked once more, at the next try (0.5 s).
        QTest::newRow("SERVFAIL") << DnsRcode::ServFail << int(NameResolution::Outcome::ServFail)
                                  << QStringLiteral("answered SERVFAIL") << 900;
        QTest::newRow("REFUSED") << DnsRcode::Refused << int(NameResolution::Outcome::Refused)
                                 << QStringLiteral("answered REFUSED") << 900;
    }

    void negativeAnswers()
    {
        QFETCH(int, rcode);
        QFETCH(int, outcome);
        QFETCH(QString, words);
        QFETCH(int, maxMs);
        DnsServer server([rcode](const DnsResponse &, const QByteArray &raw, bool) { return respond(raw, rcode, {}); });
        const Lookup lookup = resolve({local(server.port())}, 5000);
        QCOMPARE(lookup.finished, 1);
        QCOMPARE(int(lookup.result.outcome), outcome);
        QVERIFY(lookup.result.addresses.isEmpty());
        QVERIFY2(lookup.result.error.contains(words), qPrintable(lookup.result.error));
        QVERIFY(lookup.result.error.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(lookup.result.server, QStringLiteral("127.0.0.1"));
        QVERIFY2(lookup.elapsed < maxMs, qPrintable(QString::number(lookup.elapsed)));
        if (rcode == DnsRcode::ServFail)
            QCOMPARE(queryEvidence(lookup.result, 0, QStringLiteral("A")).value(u"tries").toInt(), 2);
    }

    void silentResolver()
    {
        DnsServer server([](const DnsResponse &, const QByteArray &, bool) { return QByteArray(); });
        const Lookup lookup = resolve({local(server.port())}, 1200);
        QCOMPARE(lookup.finished, 1);
        QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Silent);
        QVERIFY2(lookup.result.error.contains(QStringLiteral("no resolver answered within 1200 ms")),
                 qPrintable(lookup.result.error));
        QVERIFY2(lookup.result.error.contains(QStringLiteral("127.0.0.1 (4 queries)")),
                 qPrintable(lookup.result.error));
        QCOMPARE(server.udpQueries, 4); // A and AAAA at 0 and 0.5 s
        // Ends at the deadline, not at a later try (the bound leaves room for a loaded machine under ASan).
        QVERIFY2(lookup.elapsed >= 1150 && lookup.elapsed < 2600, qPrintable(QString::number(lookup.elapsed)));
    }

    void oneSilentResolverOfTwo()
    {
        // The first resolver is down; the second answers at once: its answer waits kPreferMs for the first, no longer.
        DnsServer silent([](const DnsResponse &, const QByteArray &, bool) { return QByteArray(); });
        DnsServer good([](const DnsResponse &q, const QByteArray &raw, bool) { return answers(q, raw); });
        const Lookup lookup = resolve({local(silent.port()), local(good.port())}, 5000);
        QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Resolved);
        QVERIFY2(lookup.elapsed >= NameResolver::kPreferMs - 50 && lookup.elapsed < NameResolver::kPreferMs + 1200,
                 qPrintable(QString::number(lookup.elapsed)));
        QCOMPARE(lookup.result.server, QStringLiteral("127.0.0.1"));
        QCOMPARE(lookup.result.evidence.value(u"servers").toArray().size(), 2);
        QVERIFY(silent.udpQueries >= 2);
    }

    void firstResolverInOrderWins()
    {
        // A captive portal listed second answers at once with its own address; the first resolver answers truly 100 ms
        // later: the first one's addresses are the ones the base station would use.
        LateServer truthful(100);
        DnsServer portal([](const DnsResponse &q, const QByteArray &raw, bool) {
            if (q.questionType == DnsType::A)
                return respond(raw, DnsRcode::NoError, {a("192.0.2.80")});
            return respond(raw, DnsRcode::NoError, {});
        });
        const Lookup lookup = resolve({local(truthful.port()), local(portal.port())}, 5000);
        QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Resolved);
        QCOMPARE(lookup.result.addresses.first(), QHostAddress(QStringLiteral("192.0.2.10")));
        QVERIFY2(lookup.elapsed >= 80, qPrintable(QString::number(lookup.elapsed)));
        // The portal's answer came and is in the evidence, though it did not decide.
        QCOMPARE(queryEvidence(lookup.result, 1, QStringLiteral("A")).value(u"answers").toArray().first().toString(),
                 QStringLiteral("192.0.2.80"));
    }

    void laterResolverWhenFirstHasNoAddress()
    {
        // The first resolver says NXDOMAIN at once (a split-horizon resolver that does not know the name): the second's
        // addresses are taken without waiting.
        DnsServer nx(
            [](const DnsResponse &, const QByteArray &raw, bool) { return respond(raw, DnsRcode::NxDomain, {}); });
        DnsServer good([](const DnsResponse &q, const QByteArray &raw, bool) { return answers(q, raw); });
        const Lookup lookup = resolve({local(nx.port()), local(good.port())}, 5000);
        QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Resolved);
        QCOMPARE(lookup.result.addresses.first(), QHostAddress(QStringLiteral("192.0.2.10")));
        QVERIFY2(lookup.elapsed < 400, qPrintable(QString::number(lookup.elapsed)));
    }

    void refusedPort()
    {
        // Nothing listens: on Linux the ICMP port unreachable fails the next send. Wine does not pass it on.
        if (underWine())
            QSKIP("Wine does not report an ICMP port unreachable on a UDP socket");
        const Lookup lookup = resolve({local(closedPort())}, 3000);
        QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Unreachable);
        QVERIFY2(lookup.result.error.startsWith(QStringLiteral("no resolver could be reached: 127.0.0.1 (")),
                 qPrintable(lookup.result.error));
        QVERIFY2(lookup.elapsed < 1000, qPrintable(QString::number(lookup.elapsed)));
    }

    void nothingToAsk()
    {
        const Lookup lookup = resolve({}, 3000);
        QCOMPARE(lookup.finished, 1);
        QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Unreachable);
        QCOMPARE(lookup.result.error, QStringLiteral("no resolver is known"));
    }

    void shortNamesAreLeftToTheSystem()
    {
        // No dot (a search domain's work) or .local (mDNS): our resolvers are not asked.
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) { return answers(q, raw); });
        for (const QString &name : {QStringLiteral("tpe"), QStringLiteral("gateway.local")}) {
            const Lookup lookup = resolve({local(server.port())}, 2000, name);
            QCOMPARE(lookup.finished, 1);
            QCOMPARE(lookup.result.outcome, NameResolution::Outcome::Unreachable);
        }
        QCOMPARE(server.udpQueries, 0);
    }

    void systemResolverAnswersFromHostsFile()
    {
        // "localhost" is answered by the hosts file, without any query leaving this machine.
        DnsServer server([](const DnsResponse &, const QByteArray &, bool) { return QByteArray(); });
        NameResolver resolver(QStringLiteral("localhost"), {local(server.port())}, 3000);
        QSignalSpy spy(&resolver, &NameResolver::finished);
        resolver.start();
        QVERIFY(spy.wait(4000));
        QCOMPARE(resolver.result().outcome, NameResolution::Outcome::Resolved);
        QCOMPARE(resolver.result().server, QStringLiteral("system"));
        QVERIFY(resolver.result().addresses.first().isLoopback());
        QCOMPARE(server.udpQueries, 0);
    }

    void systemResolverOnlyWhenNeeded()
    {
        // Our resolver answers at once: the system resolver is never asked (no second lookup, no query leaving).
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) { return answers(q, raw); });
        NameResolver resolver(kName, {local(server.port())}, 3000);
        QSignalSpy spy(&resolver, &NameResolver::finished);
        resolver.start();
        QVERIFY(spy.wait(2000));
        QCOMPARE(resolver.result().outcome, NameResolution::Outcome::Resolved);
        QCOMPARE(resolver.result().evidence.value(u"system").toObject().value(u"outcome").toString(),
                 QStringLiteral("not needed"));
    }

    void abortIsQuiet()
    {
        DnsServer server([](const DnsResponse &, const QByteArray &, bool) { return QByteArray(); });
        NameResolver resolver(kName, {local(server.port())}, 1000);
        resolver.setSystemResolver(false);
        QSignalSpy spy(&resolver, &NameResolver::finished);
        resolver.start();
        QTest::qWait(100);
        resolver.abort();
        QTest::qWait(1500);
        QCOMPARE(spy.size(), 0);
        QCOMPARE(server.udpQueries, 2); // no try after the abort
    }

    void realDnsmasq()
    {
        const QString dnsmasq = QStringLiteral("/usr/sbin/dnsmasq");
        if (!QFileInfo(dnsmasq).isExecutable())
            TPREADY_MISSING(QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 port = freePort();
        QStringList arguments{QStringLiteral("--keep-in-foreground"),
                              QStringLiteral("--no-daemon"),
                              QStringLiteral("--conf-file=/dev/null"),
                              QStringLiteral("--no-resolv"),
                              QStringLiteral("--no-hosts"),
                              QStringLiteral("--bind-interfaces"),
                              QStringLiteral("--listen-address=127.0.0.1"),
                              QStringLiteral("--port=%1").arg(port),
                              QStringLiteral("--pid-file=%1").arg(dir.filePath(QStringLiteral("pid"))),
                              QStringLiteral("--address=/tpe.example/192.0.2.10"),
                              QStringLiteral("--address=/tpe.example/2001:db8::10"),
                              QStringLiteral("--local=/invalid/")};
        if (QFileInfo(QStringLiteral("/proc/self")).ownerId() == 0)
            arguments << QStringLiteral("--user=root");
        Daemon daemon;
        QVERIFY2(daemon.start(dnsmasq, arguments, port), daemon.output().constData());
        const Lookup found = resolve({local(port)}, 3000);
        QCOMPARE(found.result.outcome, NameResolution::Outcome::Resolved);
        QVERIFY(found.result.addresses.contains(QHostAddress(QStringLiteral("192.0.2.10"))));
        const Lookup missing = resolve({local(port)}, 3000, QStringLiteral("nx-4f1c2b.tpready.invalid"));
        QCOMPARE(missing.result.outcome, NameResolution::Outcome::NxDomain);
        QCOMPARE(missing.result.evidence.value(u"rcode").toString(), QStringLiteral("NXDOMAIN"));
        QVERIFY(missing.elapsed < 1000);
        qInfo("dnsmasq (pid %lld): %s", daemon.pid(), qPrintable(missing.result.error));
        daemon.stop();
    }
};

QTEST_GUILESS_MAIN(TestNameResolver)
#include "testnameresolver.moc"
