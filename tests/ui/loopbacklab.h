// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

// In-process servers for the wizard's end-to-end tests, on a loopback address of this process's own (127.x.y.z), so
// that parallel tests, and other programs listening on 127.0.0.1, never answer in their place:
//   TCP 22    an SSH server's identification line (the SSH and SFTP flows pass), or silence;
//   UDP 123   an SNTP server (the NTP flows pass), or silence;
//   UDP 500   an IKEv2 responder answering IKE_SA_INIT with NAT detection (the IKE flow passes), or silence;
//   UDP 4500  silence unless told to answer (the IKE flow on 4500 then fails with a timeout);
//   TCP 3001  after startTls(): a TLS server whose certificate comes from a private root CA made here (the
//             self-hosted TPE of a company with its own CA), else nothing;
//   TCP 3002-3003, UDP 53: nothing listens (refused).
// With Ports::Real the servers hold the plan's own ports (root, or net.ipv4.ip_unprivileged_port_start=0), so the
// real `tpready check` can be run against them. With Ports::Remapped they hold free ports, and factory() gives the
// real probes the port that stands for each of the plan's: no privilege needed.
// Traffic stays on 127.0.0.0/8 (the network rule of docs/TESTING.md and the probe brief).

#include "tests/probes/ikefixtures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QNetworkDatagram>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <memory>

#include "core/probes/ikepacket.h"
#include "core/probes/ntppacket.h"
#include "core/probes/probefactory.h"
#include "core/probes/sshpacket.h"
#include "core/runner/runner.h"

namespace testing {

/// 127.<pid-based>.<random>.<random>: a loopback address no other test process is likely to use.
inline QHostAddress privateLoopbackAddress()
{
    const quint32 pid = static_cast<quint32>(QCoreApplication::applicationPid());
    const quint32 second = 16 + pid % 200;
    const quint32 third = 1 + QRandomGenerator::global()->bounded(250u);
    const quint32 fourth = 2 + QRandomGenerator::global()->bounded(250u);
    return QHostAddress((127u << 24) | (second << 16) | (third << 8) | fourth);
}

/// Which of the lab's servers answer.
struct LabBehaviour
{
    bool sshAnswers = true;
    bool ntpAnswers = true;
    bool ike500Answers = true;
    bool ike4500Answers = false;
};

class LoopbackLab final : public QObject
{
public:
    enum class Ports
    {
        Real,
        Remapped,
    };
    using Behaviour = LabBehaviour;

    explicit LoopbackLab(Ports ports, Behaviour behaviour = Behaviour())
        : m_ports(ports), m_behaviour(behaviour), m_address(privateLoopbackAddress())
    {}

    /// Binds every server. Returns false and why in @p error (a port taken, or no privilege for a real port).
    bool start(QString *error)
    {
        auto port = [this](quint16 real) -> quint16 { return m_ports == Ports::Real ? real : 0; };
        if (!m_ssh.listen(m_address, port(22)))
            return failed(error, QStringLiteral("TCP 22"), m_ssh.errorString());
        connect(&m_ssh, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_ssh.nextPendingConnection()) {
                m_connections << socket;
                ++m_accepted;
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (m_behaviour.sshAnswers)
                    socket->write(sshOpening());
            }
        });
        if (!m_ntp.bind(m_address, port(123)))
            return failed(error, QStringLiteral("UDP 123"), m_ntp.errorString());
        connect(&m_ntp, &QUdpSocket::readyRead, this, [this] { answerNtp(); });
        if (!m_ike500.bind(m_address, port(500)))
            return failed(error, QStringLiteral("UDP 500"), m_ike500.errorString());
        connect(&m_ike500, &QUdpSocket::readyRead, this, [this] { answerIke(&m_ike500, m_behaviour.ike500Answers); });
        if (!m_ike4500.bind(m_address, port(4500)))
            return failed(error, QStringLiteral("UDP 4500"), m_ike4500.errorString());
        connect(&m_ike4500, &QUdpSocket::readyRead, this,
                [this] { answerIke(&m_ike4500, m_behaviour.ike4500Answers); });
        if (m_ports == Ports::Remapped) {
            // Free ports where nothing listens: bound, then closed again.
            m_closedTcp = freePort<QTcpServer>();
            m_closedUdp = freePort<QUdpSocket>();
        }
        return true;
    }

    /// Starts the TLS server standing for TCP 3001. Its certificate (subject alternative name: the lab's address)
    /// is issued by a private root CA made here with the openssl command, whose PEM file is caFile(). Returns false
    /// and why when openssl is missing or fails.
    bool startTls(QString *error)
    {
        if (!m_pki.isValid())
            return failed(error, QStringLiteral("TLS"), QStringLiteral("no temporary directory"));
        const QString dir = m_pki.path();
        auto openssl = [&](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(dir);
            process.start(QStringLiteral("openssl"), arguments);
            return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
                   process.exitCode() == 0;
        };
        QFile extensions(m_pki.filePath(QStringLiteral("leaf.cnf")));
        if (!extensions.open(QIODevice::WriteOnly))
            return failed(error, QStringLiteral("TLS"), extensions.errorString());
        extensions.write("subjectAltName=IP:" + m_address.toString().toLatin1() +
                         "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        extensions.close();
        const QString curve = QStringLiteral("ec_paramgen_curve:prime256v1");
        if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                      QStringLiteral("root.key"), QStringLiteral("-out"), QStringLiteral("root.pem"),
                      QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=Site Private Root CA")}) ||
            !openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                      QStringLiteral("leaf.key"), QStringLiteral("-out"), QStringLiteral("leaf.csr"),
                      QStringLiteral("-subj"), QStringLiteral("/CN=tpe.lab")}) ||
            !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                      QStringLiteral("-CA"), QStringLiteral("root.pem"), QStringLiteral("-CAkey"),
                      QStringLiteral("root.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                      QStringLiteral("leaf.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                      QStringLiteral("-extfile"), QStringLiteral("leaf.cnf")}))
            return failed(error, QStringLiteral("TLS"), QStringLiteral("the openssl command failed or is missing"));
        const QList<QSslCertificate> leaf = QSslCertificate::fromPath(m_pki.filePath(QStringLiteral("leaf.pem")));
        const QList<QSslCertificate> root = QSslCertificate::fromPath(caFile());
        QFile keyFile(m_pki.filePath(QStringLiteral("leaf.key")));
        if (leaf.isEmpty() || root.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
            return failed(error, QStringLiteral("TLS"), QStringLiteral("the certificates cannot be read"));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(leaf + root);
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_tls.setSslConfiguration(configuration);
        connect(&m_tls, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_tls.nextPendingConnection())
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
        if (!m_tls.listen(m_address, m_ports == Ports::Real ? 3001 : 0))
            return failed(error, QStringLiteral("TCP 3001"), m_tls.errorString());
        return true;
    }
    /// The private root CA's PEM file (after startTls()).
    QString caFile() const { return m_pki.filePath(QStringLiteral("root.pem")); }

    QHostAddress address() const { return m_address; }
    QString host() const { return m_address.toString(); }
    void setBehaviour(const Behaviour &behaviour) { m_behaviour = behaviour; }

    /// The port that stands for the plan's @p port on @p transport.
    quint16 portFor(tpready::IpTransport transport, quint16 port) const
    {
        if (m_ports == Ports::Real)
            return port;
        if (transport == tpready::IpTransport::Tcp) {
            if (port == 22)
                return m_ssh.serverPort();
            if (port == 3001 && m_tls.isListening())
                return m_tls.serverPort();
            return m_closedTcp;
        }
        if (transport == tpready::IpTransport::Udp) {
            switch (port) {
            case 123:
                return m_ntp.localPort();
            case 500:
                return m_ike500.localPort();
            case 4500:
                return m_ike4500.localPort();
            default:
                return m_closedUdp;
            }
        }
        return port;
    }

    /// The real probes, sent to the ports that stand for the plan's (an empty factory with real ports: the default).
    tpready::ProbeFactory factory() const
    {
        if (m_ports == Ports::Real)
            return {};
        QPointer<LoopbackLab> self(const_cast<LoopbackLab *>(this));
        return [self](const tpready::ProbeTarget &target, const tpready::ProbeConfig &config, QObject *parent) {
            tpready::ProbeTarget remapped = target;
            if (self && target.port != 0)
                remapped.port = self->portFor(target.transport, target.port);
            return tpready::createProbe(remapped, config, parent);
        };
    }

    /// TCP connections to the SSH server still open.
    int openConnections()
    {
        m_connections.removeAll(nullptr);
        int open = 0;
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_connections))
            open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return open;
    }
    int acceptedConnections() const { return m_accepted; }

private:
    /// OpenSSH's opening: the identification, then its KEXINIT (the SSH probe passes on both).
    static QByteArray sshOpening()
    {
        return QByteArrayLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n") +
               tpready::makeSshKexInitPacket({QStringLiteral("curve25519-sha256")}, {QStringLiteral("ssh-ed25519")},
                                             {QStringLiteral("chacha20-poly1305@openssh.com")});
    }

    static bool failed(QString *error, const QString &what, const QString &reason)
    {
        *error = QStringLiteral("cannot bind %1: %2").arg(what, reason);
        return false;
    }

    template <typename Socket>
    quint16 freePort()
    {
        Socket socket;
        if constexpr (std::is_same_v<Socket, QTcpServer>) {
            socket.listen(m_address, 0);
            return socket.serverPort();
        } else {
            socket.bind(m_address, 0);
            return socket.localPort();
        }
    }

    void answerNtp()
    {
        while (m_ntp.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_ntp.receiveDatagram();
            const QByteArray request = datagram.data();
            if (!m_behaviour.ntpAnswers || request.size() < tpready::kNtpPacketSize)
                continue;
            const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
            QByteArray reply(tpready::kNtpPacketSize, '\0');
            reply[0] = static_cast<char>((0 << 6) | (4 << 3) | 4); // LI 0, VN 4, server
            reply[1] = 2;                                          // stratum 2
            reply[2] = 3;
            reply[3] = static_cast<char>(-20);
            putU32(&reply, 4, 0x00000800);
            putU32(&reply, 8, 0x00000400);
            putU32(&reply, 12, 0xc0000201);
            putU64(&reply, 16, tpready::unixUsToNtp(nowUs - 60 * 1000000LL));
            reply.replace(24, 8, request.mid(40, 8));
            putU64(&reply, 32, tpready::unixUsToNtp(nowUs));
            putU64(&reply, 40, tpready::unixUsToNtp(nowUs));
            m_ntp.writeDatagram(reply, datagram.senderAddress(), static_cast<quint16>(datagram.senderPort()));
        }
    }

    void answerIke(QUdpSocket *socket, bool answers)
    {
        while (socket->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = socket->receiveDatagram();
            QByteArray request = datagram.data();
            if (!answers)
                continue;
            // The probe frames IKE with the non-ESP marker on every port but 500 (a remapped 500 included).
            const bool marker = request.startsWith(QByteArray(4, '\0'));
            if (marker)
                request.remove(0, 4);
            const QByteArray spiI = request.left(8);
            const QByteArray spiR = QByteArray::fromHex("a1b2c3d4e5f60718");
            const auto peerPort = static_cast<quint16>(datagram.senderPort());
            QByteArray reply = ikefixtures::fullResponse(
                spiI, spiR, tpready::ikeNatDetectionHash(spiI, spiR, m_address, socket->localPort()),
                tpready::ikeNatDetectionHash(spiI, spiR, datagram.senderAddress(), peerPort));
            if (marker)
                reply.prepend(QByteArray(4, '\0'));
            socket->writeDatagram(reply, datagram.senderAddress(), peerPort);
        }
    }

    static void putU32(QByteArray *data, int at, quint32 value)
    {
        for (int i = 0; i < 4; ++i)
            (*data)[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
    }
    static void putU64(QByteArray *data, int at, quint64 value)
    {
        putU32(data, at, static_cast<quint32>(value >> 32));
        putU32(data, at + 4, static_cast<quint32>(value));
    }

    Ports m_ports;
    Behaviour m_behaviour;
    QHostAddress m_address;
    QTcpServer m_ssh;
    QUdpSocket m_ntp;
    QUdpSocket m_ike500;
    QUdpSocket m_ike4500;
    QSslServer m_tls;
    QTemporaryDir m_pki;
    quint16 m_closedTcp = 0;
    quint16 m_closedUdp = 0;
    QList<QPointer<QTcpSocket>> m_connections;
    int m_accepted = 0;
};

} // namespace testing
