// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The SSH binary packets after the identification (RFC 4253 sections 6 and 7.1): the server's KEXINIT.
#include <QTest>
#include <QtEndian>

#include "core/probes/sshbanner.h"
#include "core/probes/sshpacket.h"

using namespace tpready;

namespace {

const QStringList kKex{QStringLiteral("curve25519-sha256"), QStringLiteral("diffie-hellman-group14-sha256")};
const QStringList kHostKeys{QStringLiteral("ssh-ed25519"), QStringLiteral("rsa-sha2-512")};
const QStringList kCiphers{QStringLiteral("chacha20-poly1305@openssh.com"), QStringLiteral("aes256-gcm@openssh.com")};

QByteArray packet(quint8 message, const QByteArray &body, int padding = 4)
{
    const QByteArray payload = char(message) + body;
    QByteArray out(5, '\0');
    qToBigEndian<quint32>(quint32(1 + payload.size() + padding), reinterpret_cast<uchar *>(out.data()));
    out[4] = char(padding);
    return out + payload + QByteArray(padding, '\0');
}

} // namespace

class TestSshPacket : public QObject
{
    Q_OBJECT

private slots:
    void kexInit()
    {
        const QByteArray data = makeSshKexInitPacket(kKex, kHostKeys, kCiphers);
        QCOMPARE(data.size() % 8, 0); // padded as RFC 4253 asks
        const SshKexInit kex = parseSshKexInit(data);
        QCOMPARE(kex.status, SshKexInit::Status::Found);
        QCOMPARE(kex.kexAlgorithms, kKex);
        QCOMPARE(kex.hostKeyAlgorithms, kHostKeys);
        QCOMPARE(kex.ciphers, kCiphers);
        QCOMPARE(kex.bytes, data.size());
    }

    void everyCutIsIncomplete()
    {
        // The probe parses after every read: any prefix is "read more", never a verdict.
        const QByteArray data = makeSshKexInitPacket(kKex, kHostKeys, kCiphers);
        for (qsizetype size = 0; size < data.size(); ++size)
            QCOMPARE(parseSshKexInit(data.left(size)).status, SshKexInit::Status::Incomplete);
    }

    void ignoreAndDebugFirst()
    {
        const QByteArray data = packet(2, QByteArray(8, 'x')) + packet(4, QByteArray(12, 'y')) +
                                makeSshKexInitPacket(kKex, kHostKeys, kCiphers);
        const SshKexInit kex = parseSshKexInit(data);
        QCOMPARE(kex.status, SshKexInit::Status::Found);
        QCOMPARE(kex.bytes, data.size());
    }

    void tooManySkipped()
    {
        QByteArray data;
        for (int i = 0; i < 9; ++i)
            data += packet(2, QByteArray(8, 'x'));
        data += makeSshKexInitPacket(kKex, kHostKeys, kCiphers);
        const SshKexInit kex = parseSshKexInit(data);
        QCOMPARE(kex.status, SshKexInit::Status::Invalid);
        QVERIFY(kex.problem.contains(QStringLiteral("more than 8")));
    }

    void notKexInit()
    {
        const SshKexInit kex = parseSshKexInit(packet(21, QByteArray(8, '\0'))); // SSH_MSG_NEWKEYS
        QCOMPARE(kex.status, SshKexInit::Status::Invalid);
        QCOMPARE(kex.problem, QStringLiteral("the first packet is message 21, not SSH_MSG_KEXINIT (20)"));
    }

    void badLengths_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem");
        QTest::newRow("text") << QByteArray("Protocol mismatch.\n") << QStringLiteral("packet length");
        QTest::newRow("huge") << QByteArray("\x00\x01\x00\x00\x04", 5) << QStringLiteral("packet length 65536");
        QTest::newRow("tiny") << QByteArray("\x00\x00\x00\x05\x04", 5) << QStringLiteral("packet length 5");
        QTest::newRow("padding 3") << QByteArray("\x00\x00\x00\x10\x03", 5) << QStringLiteral("padding length 3");
        QTest::newRow("padding too long")
            << QByteArray("\x00\x00\x00\x10\x0f", 5) << QStringLiteral("padding length 15");
    }

    void badLengths()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);
        const SshKexInit kex = parseSshKexInit(data);
        QCOMPARE(kex.status, SshKexInit::Status::Invalid);
        QVERIFY2(kex.problem.contains(problem), qPrintable(kex.problem));
    }

    void malformedLists()
    {
        // A KEXINIT whose first name-list claims more bytes than the packet holds.
        QByteArray body(16, 'c');
        body += QByteArray("\x00\x00\x10\x00", 4) + "curve25519-sha256";
        const SshKexInit kex = parseSshKexInit(packet(20, body));
        QCOMPARE(kex.status, SshKexInit::Status::Invalid);
        QCOMPARE(kex.problem, QStringLiteral("the SSH_MSG_KEXINIT packet is malformed"));
        // Names with a space or a control character are not names.
        const SshKexInit spaced =
            parseSshKexInit(makeSshKexInitPacket({QStringLiteral("curve 25519")}, kHostKeys, kCiphers));
        QCOMPARE(spaced.status, SshKexInit::Status::Invalid);
    }

    void afterTheIdentification()
    {
        // Where the packets start: just past the identification's LF, with lines before it.
        const QByteArray banner("Welcome\r\nSSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\r\n");
        const QByteArray data = banner + makeSshKexInitPacket(kKex, kHostKeys, kCiphers);
        const SshIdentification id = parseSshIdentification(data);
        QCOMPARE(id.status, SshIdentification::Status::Found);
        QCOMPARE(id.end, banner.size());
        QCOMPARE(parseSshKexInit(data.mid(id.end)).status, SshKexInit::Status::Found);
    }
};

QTEST_APPLESS_MAIN(TestSshPacket)
#include "testsshpacket.moc"
