// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// The run options that the command line and the wizard share: the bounds of a check's deadline, the private CA file,
// the resolve overrides.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/runner/runoptions.h"

using namespace Qt::StringLiterals;
using namespace tpready;

namespace {

const char kPem[] = "-----BEGIN CERTIFICATE-----\n"
                    "MIIBnDCCAUGgAwIBAgIUXfOf/fmPUQCmT24BfXKPiUhlHdMwCgYIKoZIzj0EAwIw\n"
                    "IjEgMB4GA1UEAwwXdHByZWFkeSB0ZXN0IHByaXZhdGUgQ0EwIBcNMjYxMTIzMjM1\n"
                    "NTMyWhgPMjEyNjEwMzAyMzU1MzJaMCIxIDAeBgNVBAMMF3RwcmVhZHkgdGVzdCBw\n"
                    "cml2YXRlIENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAETnDY1HV87TT18ykx\n"
                    "NmLHGHcEK/nvu3b4hffjWg/8ia9QK0DYjczy52KZg6FVrE5WzjGJbbSULG1uoRgI\n"
                    "xtHpE6NTMFEwHQYDVR0OBBYEFCGwghJI6nDwGouIMtRvVfzmE9t6MB8GA1UdIwQY\n"
                    "MBaAFCGwghJI6nDwGouIMtRvVfzmE9t6MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZI\n"
                    "zj0EAwIDSQAwRgIhAKFErqCM/WJErjc8vVQjQeSa/3iyzxRnAVHYxcyK2ec8AiEA\n"
                    "1BBJq3c6qTTjF6SwSpC12srnYR6SXfMn+FQtaIp9YV8=\n"
                    "-----END CERTIFICATE-----\n";

} // namespace

class TestRunOptions final : public QObject
{
    Q_OBJECT

private slots:
    void timeoutBounds()
    {
        // The probes' own default deadline is one a user may also choose.
        QVERIFY(kMinTimeoutMs > 0 && kMinTimeoutMs < kMaxTimeoutMs);
        QVERIFY(RunOptions().probe.timeoutMs >= kMinTimeoutMs && RunOptions().probe.timeoutMs <= kMaxTimeoutMs);
    }

    void caCertificates()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(loadCaCertificates(dir.filePath(u"missing.pem"_s), &error).isEmpty());
        QCOMPARE(error, u"no readable file there"_s);
        QFile junk(dir.filePath(u"junk.pem"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        QVERIFY(loadCaCertificates(junk.fileName(), &error).isEmpty());
        QCOMPARE(error, u"the file holds no PEM certificate"_s);
        QFile big(dir.filePath(u"big.pem"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(kMaxCaFileSize + 1)); // read no further than its size
        big.close();
        QVERIFY(loadCaCertificates(big.fileName(), &error).isEmpty());
        QCOMPARE(error, u"the file is larger than 4 MiB"_s);
        QFile pem(dir.filePath(u"ca.pem"_s));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(kPem);
        pem.close();
        error.clear();
        QCOMPARE(loadCaCertificates(pem.fileName(), &error).size(), 1);
        QVERIFY(error.isEmpty());
    }

    void resolveOverrides_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::newRow("ipv4") << u"SLRC1.eu.thingpark.com=192.0.2.10"_s << true << u"slrc1.eu.thingpark.com"_s;
        QTest::newRow("ipv6, spaces") << u" tpe.example.com = 2001:db8::1 "_s << true << u"tpe.example.com"_s;
        QTest::newRow("no equals") << u"tpe.example.com"_s << false << QString();
        QTest::newRow("no ip") << u"tpe.example.com=tpe2.example.com"_s << false << QString();
        QTest::newRow("ip for host") << u"192.0.2.1=192.0.2.2"_s << false << QString();
        QTest::newRow("empty host") << u"=192.0.2.2"_s << false << QString();
    }

    void resolveOverrides()
    {
        QFETCH(QString, entry);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QString parsedHost;
        QHostAddress address;
        QCOMPARE(parseResolveOverride(entry, &parsedHost, &address), valid);
        if (valid) {
            QCOMPARE(parsedHost, host);
            QVERIFY(!address.isNull());
        }
    }
};

QTEST_GUILESS_MAIN(TestRunOptions)
#include "testrunoptions.moc"
