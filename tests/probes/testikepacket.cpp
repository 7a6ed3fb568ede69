// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ikefixtures.h"

#include <QRandomGenerator>
#include <QTest>
#include <memory>

#include <openssl/ec.h>
#include <openssl/obj_mac.h>

#include "core/probes/ikenames.h"
#include "core/probes/ikepacket.h"
#include "core/probes/ikerequest.h"

using namespace tpready;
using namespace ikefixtures;

namespace {

const QByteArray kSpi = QByteArray::fromHex("0102030405060708");
const QByteArray kZeroSpi(8, '\0');

// The P-256 generator G = X || Y (RFC 5903 7; strongSwan accepts it as a public value).
const QByteArray kGenerator = QByteArray::fromHex("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
                                                  "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5");

// SHA-1(SPIi | 0^8 | IP | port), computed independently (Python hashlib) for the documentation addresses.
const QByteArray kNatSource192 = QByteArray::fromHex("9cdaf8713cea81e287d3c0bacb7db468691dfe58"); // 192.0.2.10:500
const QByteArray kNatDest198 = QByteArray::fromHex("3a02de24d181fd88168057d5ab63bd418473444a");   // 198.51.100.1:500

// A real IKE_SA_INIT response of strongSwan 5.9.8 (charon in a network namespace, swanctl
// proposals = aes128-sha256-ecp256,aes128-sha384-ecp384,aes256-sha512-ecp521) to tpready's request from
// 127.0.0.1:41569 to 127.0.0.1:500, SPIi eded30634d2d7492. 256 bytes.
const QByteArray kStrongSwanSpi = QByteArray::fromHex("eded30634d2d7492");
const QByteArray kStrongSwanResponse = QByteArray::fromHex(
    "eded30634d2d7492adfcfb8e5ef9d155212022200000000000000100220000300000002c010100040300000c0100000c"
    "800e0080030000080300000c030000080200000500000008040000132800004800130000f0a279399dafc22cdcea8d8d"
    "ae4491360fdd362428b596375014daa3ece5fdfd780fab7321e412d365b23fd5e858c5528d3ceae8d6949db4cd761ccd"
    "087a101929000024c9f57afbbab9f38f780e35a1c515a1d6a56454b6e2a2ca3f32836155826fc1fa2900001c00004004"
    "93eaeb22095f02cd2608156a775adcdbeaab75752900001c00004005307739c6275a38e05e0c67eb3422631fdf0dabc5"
    "29000008000040220000000800004014");

IkeSaInitRequest referenceRequest()
{
    IkeSaInitRequest request;
    request.initiatorSpi = kSpi;
    request.proposals = {IkeProposal{12, 128, 5, 12, 19}};
    request.keGroup = 19;
    request.keData = kGenerator;
    request.nonce = QByteArray(32, '\x11');
    request.localAddress = QHostAddress(QStringLiteral("192.0.2.10"));
    request.localPort = 500;
    request.remoteAddress = QHostAddress(QStringLiteral("198.51.100.1"));
    request.remotePort = 500;
    return request;
}

bool onP256(const QByteArray &xy)
{
    std::unique_ptr<EC_GROUP, decltype(&EC_GROUP_free)> group(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1),
                                                              &EC_GROUP_free);
    std::unique_ptr<EC_POINT, decltype(&EC_POINT_free)> point(EC_POINT_new(group.get()), &EC_POINT_free);
    const QByteArray encoded = QByteArray(1, '\x04') + xy;
    return EC_POINT_oct2point(group.get(), point.get(), reinterpret_cast<const unsigned char *>(encoded.constData()),
                              static_cast<size_t>(encoded.size()), nullptr) == 1 &&
           EC_POINT_is_on_curve(group.get(), point.get(), nullptr) == 1;
}

} // namespace

class TestIkePacket final : public QObject
{
    Q_OBJECT

private slots:
    void referenceRequestIs240Bytes()
    {
        // The 240-byte request that strongSwan 5.9.8 answered in full, byte for byte.
        const QByteArray expected = QByteArray::fromHex(
            // header: SPIi, SPIr 0, NP=SA, v2.0, IKE_SA_INIT, I-flag, MID 0, length 240
            "0102030405060708"
            "0000000000000000"
            "21202208"
            "00000000"
            "000000f0"
            // SA (NP=KE, 48): proposal #1 IKE, 4 transforms
            "22000030"
            "0000002c01010004"
            "0300000c0100000c800e0080"
            "0300000802000005"
            "030000080300000c"
            "0000000804000013"
            // KE (NP=Nonce, 72): group 19, reserved, G.x || G.y
            "28000048"
            "00130000"
            "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
            "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5"
            // Nonce (NP=N, 36)
            "29000024"
            "1111111111111111111111111111111111111111111111111111111111111111"
            // N(NAT_DETECTION_SOURCE_IP) (NP=N, 28)
            "2900001c00004004"
            "9cdaf8713cea81e287d3c0bacb7db468691dfe58"
            // N(NAT_DETECTION_DESTINATION_IP), last (28)
            "0000001c00004005"
            "3a02de24d181fd88168057d5ab63bd418473444a");
        const QByteArray built = buildIkeSaInit(referenceRequest());
        QCOMPARE(built.size(), 240);
        QCOMPARE(built.toHex(), expected.toHex());

        // The header fields one by one, as RFC 7296 3.1 lays them out.
        QCOMPARE(built.left(8), kSpi);
        QCOMPARE(built.mid(8, 8), kZeroSpi);
        QCOMPARE(quint8(built.at(16)), quint8(33)); // SA
        QCOMPARE(quint8(built.at(17)), quint8(0x20));
        QCOMPARE(quint8(built.at(18)), quint8(34));
        QCOMPARE(quint8(built.at(19)), quint8(0x08));
        QCOMPARE(built.mid(20, 4), QByteArray(4, '\0'));
        QCOMPARE(built.mid(24, 4).toHex(), QByteArray("000000f0"));
        QCOMPARE(ikeSaPayloadBody(referenceRequest().proposals), chosenSaBody());
    }

    void natDetectionHash()
    {
        QCOMPARE(ikeNatDetectionHash(kSpi, kZeroSpi, QHostAddress(QStringLiteral("192.0.2.10")), 500), kNatSource192);
        QCOMPARE(ikeNatDetectionHash(kSpi, kZeroSpi, QHostAddress(QStringLiteral("198.51.100.1")), 500), kNatDest198);
        // An IPv4-mapped IPv6 address is the IPv4 address on the wire.
        QCOMPARE(ikeNatDetectionHash(kSpi, kZeroSpi, QHostAddress(QStringLiteral("::ffff:192.0.2.10")), 500),
                 kNatSource192);
        // IPv6: 16 address bytes; and the port matters.
        QCOMPARE(ikeNatDetectionHash(kSpi, kZeroSpi, QHostAddress(QStringLiteral("2001:db8::1")), 500).size(), 20);
        QVERIFY(ikeNatDetectionHash(kSpi, kZeroSpi, QHostAddress(QStringLiteral("192.0.2.10")), 501) != kNatSource192);
    }

    void vendorProposals()
    {
        const QList<IkeProposal> proposals = thingParkIkeProposals();
        QCOMPARE(proposals.size(), 3);
        QCOMPARE(ikeProposalName(proposals.at(0)), QStringLiteral("aes128-sha256-ecp256"));
        QCOMPARE(ikeProposalName(proposals.at(1)), QStringLiteral("aes128-sha384-ecp384"));
        QCOMPARE(ikeProposalName(proposals.at(2)), QStringLiteral("aes256-sha512-ecp521"));

        const QByteArray sa = ikeSaPayloadBody(proposals);
        QCOMPARE(sa.size(), 3 * 44);
        // Proposal substructures: "more" (2), "more", "last" (0); numbered 1..3; IKE; 4 transforms each.
        for (int i = 0; i < 3; ++i) {
            const QByteArray p = sa.mid(i * 44, 8);
            QCOMPARE(quint8(p.at(0)), quint8(i < 2 ? 2 : 0));
            QCOMPARE(p.mid(2, 2).toHex(), QByteArray("002c"));
            QCOMPARE(quint8(p.at(4)), quint8(i + 1));
            QCOMPARE(quint8(p.at(5)), quint8(1));
            QCOMPARE(quint8(p.at(7)), quint8(4));
        }
        QCOMPARE(sa.mid(44, 44).toHex(), QByteArray("0200002c02010004"
                                                    "0300000c0100000c800e0080"
                                                    "0300000802000006"
                                                    "030000080300000d"
                                                    "0000000804000014"));
        QCOMPARE(sa.mid(88, 44).toHex(), QByteArray("0000002c03010004"
                                                    "0300000c0100000c800e0100"
                                                    "0300000802000007"
                                                    "030000080300000e"
                                                    "0000000804000015"));

        // The probe's request: three proposals in one SA, one KE for ECP_256: 240 + 2 * 44 bytes.
        IkeSaInitRequest request = referenceRequest();
        request.proposals = proposals;
        const QByteArray built = buildIkeSaInit(request);
        QCOMPARE(built.size(), 328);
        QCOMPARE(built.mid(28, 4).toHex(), QByteArray("22000088")); // SA header: NP=KE, 136 bytes
    }

    void requestWithoutNatDetection()
    {
        IkeSaInitRequest request = referenceRequest();
        request.natDetection = false;
        const QByteArray built = buildIkeSaInit(request);
        QCOMPARE(built.size(), 240 - 56);
        QCOMPARE(quint8(built.at(28 + 48 + 72)), quint8(0)); // Nonce is the last payload
        request.initiatorSpi = QByteArray(4, '\x01');
        QVERIFY(buildIkeSaInit(request).isEmpty());
    }

    void nonEspMarker()
    {
        const QByteArray message = buildIkeSaInit(referenceRequest());
        const QByteArray framed = ikeWithNonEspMarker(message);
        QCOMPARE(framed.size(), 244);
        QCOMPARE(framed.left(4), QByteArray(4, '\0'));
        QCOMPARE(framed.mid(4), message);
    }

    void ephemeralKeys()
    {
        const QByteArray a = ikeEphemeralEcpPublicKey(19);
        const QByteArray b = ikeEphemeralEcpPublicKey(19);
        QCOMPARE(a.size(), 64);
        QVERIFY(a != b);
        QVERIFY(onP256(a));
        QVERIFY(onP256(kGenerator));
        QVERIFY(!onP256(QByteArray(64, '\x01')));
        QCOMPARE(ikeEphemeralEcpPublicKey(20).size(), 96);
        QCOMPARE(ikeEphemeralEcpPublicKey(21).size(), 132);
        QVERIFY(ikeEphemeralEcpPublicKey(14).isEmpty());
    }

    void parseRealStrongSwanResponse()
    {
        const IkeResponse r = parseIkeResponse(kStrongSwanResponse, kStrongSwanSpi, false);
        QVERIFY2(r.isValid(), qPrintable(r.problem));
        QCOMPARE(r.kind, IkeResponse::Kind::Full);
        QCOMPARE(r.size, 256);
        QCOMPARE(r.responderSpi.toHex(), QByteArray("adfcfb8e5ef9d155"));
        QCOMPARE(r.flags, quint8(0x20));
        QCOMPARE(r.payloads, (QList<quint8>{33, 34, 40, 41, 41, 41, 41}));
        QCOMPARE(r.proposalCount, 1);
        QVERIFY(r.hasChosen);
        QCOMPARE(ikeProposalName(r.chosen), QStringLiteral("aes128-sha256-ecp256"));
        QCOMPARE(r.keGroup, 19);
        QCOMPARE(r.keDataSize, 64);
        QCOMPARE(r.nonceSize, 32);
        QList<quint16> types;
        for (const IkeNotify &n : r.notifies)
            types << n.type;
        QCOMPARE(types, (QList<quint16>{16388, 16389, 16418, 16404}));
        QCOMPARE(r.natSourceHashes.size(), 1);
        QCOMPARE(r.natDestinationHash.size(), 20);
        QCOMPARE(toToken(r.kind), QStringLiteral("full"));
    }

    void natFromRealResponse()
    {
        const IkeResponse r = parseIkeResponse(kStrongSwanResponse, kStrongSwanSpi, false);
        const QHostAddress loopback(QStringLiteral("127.0.0.1"));
        IkeNatResult nat = evaluateIkeNat(r, loopback, 41569, loopback, 500);
        QVERIFY(nat.determined);
        QVERIFY(!nat.localBehindNat);
        QVERIFY(!nat.serverBehindNat);
        // Another local port than the one the server saw: we are behind (port-translating) NAT.
        nat = evaluateIkeNat(r, loopback, 41570, loopback, 500);
        QVERIFY(nat.localBehindNat);
        QVERIFY(!nat.serverBehindNat);
        // We sent to another port than the server's own: the server side is translated.
        nat = evaluateIkeNat(r, loopback, 41569, loopback, 4500);
        QVERIFY(!nat.localBehindNat);
        QVERIFY(nat.serverBehindNat);
        // The verified pitfall: with the request's zero SPIr, the hashes never match.
        QVERIFY(r.natDestinationHash != ikeNatDetectionHash(kStrongSwanSpi, kZeroSpi, loopback, 41569));
        QCOMPARE(r.natDestinationHash, ikeNatDetectionHash(kStrongSwanSpi, r.responderSpi, loopback, 41569));
    }

    void parseNotifyAnswers()
    {
        const QByteArray spiR = QByteArray::fromHex("1122334455667788");
        // COOKIE: SPIr 0, 24 bytes of data.
        const QByteArray cookieData(24, '\x33');
        IkeResponse r = parseIkeResponse(notifyResponse(kSpi, kZeroSpi, 16390, cookieData), kSpi, false);
        QVERIFY(r.isValid());
        QCOMPARE(r.kind, IkeResponse::Kind::Cookie);
        QCOMPARE(r.responderSpi, kZeroSpi);
        QVERIFY(r.notify(16390));
        QCOMPARE(r.notify(16390)->data, cookieData);
        QCOMPARE(toToken(r.kind), QStringLiteral("cookie"));

        // INVALID_KE_PAYLOAD asking for group 19: 38 bytes like strongSwan's.
        const QByteArray invalidKe = notifyResponse(kSpi, kZeroSpi, 17, QByteArray::fromHex("0013"));
        QCOMPARE(invalidKe.size(), 38);
        r = parseIkeResponse(invalidKe, kSpi, false);
        QVERIFY(r.isValid());
        QCOMPARE(r.kind, IkeResponse::Kind::InvalidKe);
        QCOMPARE(r.invalidKeGroup, 19);
        QCOMPARE(toToken(r.kind), QStringLiteral("invalid-ke"));

        // NO_PROPOSAL_CHOSEN with a non-zero SPIr ("no IKE config found").
        r = parseIkeResponse(notifyResponse(kSpi, spiR, 14), kSpi, false);
        QVERIFY(r.isValid());
        QCOMPARE(r.kind, IkeResponse::Kind::NoProposalChosen);
        QCOMPARE(r.responderSpi, spiR);

        r = parseIkeResponse(notifyResponse(kSpi, spiR, 7), kSpi, false);
        QCOMPARE(r.kind, IkeResponse::Kind::InvalidSyntax);
        r = parseIkeResponse(notifyResponse(kSpi, kZeroSpi, 5), kSpi, false);
        QCOMPARE(r.kind, IkeResponse::Kind::ErrorNotify);
        r = parseIkeResponse(message(kSpi, spiR, {{41, notify(16418)}}), kSpi, false);
        QCOMPARE(r.kind, IkeResponse::Kind::Other);

        // A notify-only answer has no NAT-D: NAT cannot be determined.
        r = parseIkeResponse(notifyResponse(kSpi, kZeroSpi, 16390, cookieData), kSpi, false);
        QVERIFY(!evaluateIkeNat(r, QHostAddress::LocalHost, 1, QHostAddress::LocalHost, 500).determined);
    }

    void parseWithMarker()
    {
        const QByteArray full =
            fullResponse(kSpi, QByteArray(8, '\x07'), QByteArray(20, '\x01'), QByteArray(20, '\x02'));
        QCOMPARE(full.size(), 256);
        IkeResponse r = parseIkeResponse(ikeWithNonEspMarker(full), kSpi, true);
        QVERIFY2(r.isValid(), qPrintable(r.problem));
        QCOMPARE(r.kind, IkeResponse::Kind::Full);
        QCOMPARE(r.size, 256);
        // No marker where one is due: what a Linux kernel would take for ESP.
        r = parseIkeResponse(full, kSpi, true);
        QCOMPARE(r.status, IkeResponse::Status::MissingMarker);
        r = parseIkeResponse(QByteArray(3, '\0'), kSpi, true);
        QCOMPARE(r.status, IkeResponse::Status::MissingMarker);
        // A marker where none is due: the "SPI" is then wrong.
        r = parseIkeResponse(ikeWithNonEspMarker(full), kSpi, false);
        QVERIFY(!r.isValid());
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::addColumn<int>("status");

        const QByteArray spiR = QByteArray::fromHex("1122334455667788");
        const QByteArray good = notifyResponse(kSpi, spiR, 14);
        using S = IkeResponse::Status;
        auto patched = [](QByteArray data, int at, const QByteArray &bytes) {
            data.replace(at, bytes.size(), bytes);
            return data;
        };

        QTest::newRow("empty") << QByteArray() << int(S::Truncated);
        QTest::newRow("27 bytes") << good.left(27) << int(S::Truncated);
        QTest::newRow("truncated body") << good.left(good.size() - 1) << int(S::LengthMismatch);
        QTest::newRow("trailing bytes") << good + QByteArray(1, '\0') << int(S::LengthMismatch);
        QTest::newRow("header length too big")
            << patched(good, 24, QByteArray::fromHex("00001000")) << int(S::LengthMismatch);
        QTest::newRow("wrong SPI") << notifyResponse(QByteArray(8, '\x09'), spiR, 14) << int(S::WrongSpi);
        QTest::newRow("initiator flag set") << message(kSpi, spiR, {{41, notify(14)}}, 0x28) << int(S::NotAResponse);
        QTest::newRow("our own request") << buildIkeSaInit(referenceRequest()) << int(S::NotAResponse);
        QTest::newRow("wrong exchange") << message(kSpi, spiR, {{41, notify(14)}}, 0x20, 35) << int(S::WrongExchange);
        QTest::newRow("message id 1") << message(kSpi, spiR, {{41, notify(14)}}, 0x20, 34, 1) << int(S::WrongMessageId);
        QTest::newRow("IKEv1") << message(kSpi, spiR, {{41, notify(14)}}, 0x20, 34, 0, 0x10) << int(S::NotIke);
        QTest::newRow("HTTP") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n") << int(S::NotIke);
        QTest::newRow("zeros") << QByteArray(64, '\0') << int(S::NotIke);
        // Payload lengths that lie: below the generic header, beyond the message, a chain that runs off the end.
        QTest::newRow("payload length 2") << patched(good, 28 + 2, QByteArray::fromHex("0002")) << int(S::BadPayloads);
        QTest::newRow("payload length beyond end")
            << patched(good, 28 + 2, QByteArray::fromHex("ffff")) << int(S::BadPayloads);
        QTest::newRow("payload length short of end")
            << patched(good, 28 + 2, QByteArray::fromHex("0006")) << int(S::BadPayloads);
        QTest::newRow("chain runs off the end") << patched(good, 28, QByteArray::fromHex("29")) << int(S::BadPayloads);
        QTest::newRow("no payload room") << message(kSpi, spiR, {}).replace(16, 1, "\x29") << int(S::BadPayloads);
        QTest::newRow("notify SPI size too big")
            << message(kSpi, spiR, {{41, QByteArray::fromHex("0008000e")}}) << int(S::BadPayloads);
        QTest::newRow("notify too short")
            << message(kSpi, spiR, {{41, QByteArray::fromHex("00")}}) << int(S::BadPayloads);
        QTest::newRow("KE too short") << message(kSpi, spiR, {{34, QByteArray::fromHex("0013")}})
                                      << int(S::BadPayloads);
        QTest::newRow("SA proposal length lies")
            << message(kSpi, spiR, {{33, patched(chosenSaBody(), 2, QByteArray::fromHex("00ff"))}})
            << int(S::BadPayloads);
        QTest::newRow("SA transform length lies")
            << message(kSpi, spiR, {{33, patched(chosenSaBody(), 8 + 2, QByteArray::fromHex("0002"))}})
            << int(S::BadPayloads);
        QTest::newRow("SA attribute runs off")
            << message(kSpi, spiR, {{33, patched(chosenSaBody(), 8 + 8, QByteArray::fromHex("000e0100"))}})
            << int(S::BadPayloads);
    }

    void parseInvalid()
    {
        QFETCH(QByteArray, datagram);
        QFETCH(int, status);
        const IkeResponse r = parseIkeResponse(datagram, kSpi, false);
        QCOMPARE(int(r.status), status);
        QVERIFY(!r.isValid());
        QCOMPARE(r.kind, IkeResponse::Kind::None);
        QVERIFY(!r.problem.isEmpty());
    }

    void parseNeverOverreads()
    {
        // Every prefix and random corruptions of a valid answer: no crash, no read past the data (run under ASan).
        const QByteArray full =
            fullResponse(kSpi, QByteArray(8, '\x07'), QByteArray(20, '\x01'), QByteArray(20, '\x02'));
        for (int n = 0; n <= full.size(); ++n) {
            const QByteArray prefix = full.left(n);
            const IkeResponse r = parseIkeResponse(prefix, kSpi, false);
            QCOMPARE(r.isValid(), n == full.size());
            parseIkeResponse(prefix, kSpi, true);
        }
        QRandomGenerator random(20261123);
        for (int i = 0; i < 5000; ++i) {
            QByteArray corrupt = full;
            const int flips = 1 + random.bounded(6);
            for (int f = 0; f < flips; ++f)
                corrupt[random.bounded(static_cast<int>(corrupt.size()))] = static_cast<char>(random.bounded(256));
            if (random.bounded(4) == 0)
                corrupt.truncate(random.bounded(static_cast<int>(corrupt.size())));
            const IkeResponse r = parseIkeResponse(corrupt, kSpi, false);
            if (r.isValid())
                QVERIFY(r.kind != IkeResponse::Kind::None);
        }
    }

    void names()
    {
        QCOMPARE(ikeNotifyName(16390), QStringLiteral("COOKIE"));
        QCOMPARE(ikeNotifyName(17), QStringLiteral("INVALID_KE_PAYLOAD"));
        QCOMPARE(ikeNotifyName(60000), QStringLiteral("60000"));
        QCOMPARE(ikePayloadName(41), QStringLiteral("N"));
        QCOMPARE(ikeProposalName(IkeProposal{20, 256, 7, 0, 31}), QStringLiteral("aes256gcm16-prfsha512-curve25519"));
        QCOMPARE(ikeProposalName(IkeProposal{12, 128, 2, 12, 14}), QStringLiteral("aes128-sha256-prfsha1-modp2048"));
    }
};

QTEST_APPLESS_MAIN(TestIkePacket)
#include "testikepacket.moc"
