// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The ICMP probe's own way on Linux and macOS (chosen in core/CMakeLists.txt): an ICMP datagram socket, which needs
// no privilege where the system allows it (SOCK_DGRAM with IPPROTO_ICMP or IPPROTO_ICMPV6).
#include "icmpprobe.h"

#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <linux/errqueue.h>
#endif

#include "core/probes/bytes.h"
#include "core/probes/icmpecho.h"

namespace tpready {
namespace {

QString errnoName(int error)
{
    const char *name = nullptr;
    switch (error) {
    case EACCES:
        name = "EACCES";
        break;
    case EPERM:
        name = "EPERM";
        break;
    case EPROTONOSUPPORT:
        name = "EPROTONOSUPPORT";
        break;
    case EAFNOSUPPORT:
        name = "EAFNOSUPPORT";
        break;
    case EHOSTUNREACH:
        name = "EHOSTUNREACH";
        break;
    case ENETUNREACH:
        name = "ENETUNREACH";
        break;
    case ECONNREFUSED:
        name = "ECONNREFUSED";
        break;
    default:
        break;
    }
    const QString text = QString::fromLocal8Bit(std::strerror(error));
    return name ? QStringLiteral("%1 (%2)").arg(QLatin1String(name), text)
                : QStringLiteral("%1 (%2)").arg(error).arg(text);
}

QString icmpErrorName(bool ipv6, int type, int code)
{
    if (!ipv6 && type == 3) {
        switch (code) {
        case 0:
            return QStringLiteral("network unreachable");
        case 1:
            return QStringLiteral("host unreachable");
        case 2:
            return QStringLiteral("protocol unreachable");
        case 3:
            return QStringLiteral("port unreachable");
        case 9:
        case 10:
        case 13:
            return QStringLiteral("administratively prohibited");
        default:
            return QStringLiteral("destination unreachable (code %1)").arg(code);
        }
    }
    if (ipv6 && type == 1) {
        switch (code) {
        case 0:
            return QStringLiteral("no route to destination");
        case 1:
            return QStringLiteral("administratively prohibited");
        case 3:
            return QStringLiteral("address unreachable");
        default:
            return QStringLiteral("destination unreachable (code %1)").arg(code);
        }
    }
    if ((!ipv6 && type == 11) || (ipv6 && type == 3))
        return QStringLiteral("time exceeded in transit");
    return QStringLiteral("ICMP type %1 code %2").arg(type).arg(code);
}

/// A non-blocking, close-on-exec ICMP datagram socket, or -1 with errno set.
int openIcmpSocket(bool v6)
{
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM,
                            v6 ? static_cast<int>(IPPROTO_ICMPV6) : static_cast<int>(IPPROTO_ICMP));
    if (fd >= 0) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    return fd;
}

/// Sends @p packet to @p address on @p fd; sendto()'s result, errno set on failure.
ssize_t sendIcmp(qintptr fd, const QHostAddress &address, const QByteArray &packet)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        sin6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, bytes.c, sizeof(bytes.c));
        sin6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(&storage);
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    return ::sendto(static_cast<int>(fd), packet.constData(), static_cast<size_t>(packet.size()), 0,
                    reinterpret_cast<const sockaddr *>(&storage), length);
}

} // namespace

bool IcmpProbe::startNative()
{
    const bool v6 = target().address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = openIcmpSocket(v6);
    if (fd < 0) {
        const int error = errno;
        m_socketError = errnoName(error);
#ifdef Q_OS_LINUX
        if (error == EACCES || error == EPERM)
            m_socketError += QStringLiteral(": net.ipv4.ping_group_range does not include this user's groups");
#endif
        return false;
    }
    m_fd = fd;
    m_methodUsed = QStringLiteral("socket");
    const int one = 1;
#ifdef Q_OS_LINUX
    // ICMP errors about our request (unreachable, time exceeded) arrive on the error queue.
    if (v6)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVERR, &one, sizeof(one));
    else
        ::setsockopt(fd, IPPROTO_IP, IP_RECVERR, &one, sizeof(one));
#endif
#ifdef IP_RECVTTL
    if (!v6)
        ::setsockopt(fd, IPPROTO_IP, IP_RECVTTL, &one, sizeof(one));
#endif
#ifdef IPV6_RECVHOPLIMIT
    if (v6)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, &one, sizeof(one));
#endif

    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &IcmpProbe::onReadable);
    return true;
}

void IcmpProbe::sendNativeEcho(int index)
{
    const bool v6 = target().address.protocol() == QAbstractSocket::IPv6Protocol;
    // Linux puts the socket's own identifier in; the reply is matched on the sequence and the cookie anyway.
    const quint16 identifier = static_cast<quint16>(QRandomGenerator::global()->bounded(65536));
    const QByteArray packet = buildIcmpEchoRequest(v6, identifier, static_cast<quint16>(m_sequence + index), payload());
    if (sendIcmp(m_fd, target().address, packet) < 0 && !anyReply()) {
        const int error = errno;
        QTimer::singleShot(0, this, [this, error] { finishSocketError(error, QStringLiteral("sendto")); });
    }
}

bool IcmpProbe::startNativeMtu()
{
    const bool v6 = target().address.protocol() == QAbstractSocket::IPv6Protocol;
#if defined(Q_OS_LINUX)
    const int fd = openIcmpSocket(v6);
    if (fd < 0)
        return false;
    // DF set, and the route's cached path MTU ignored: what the path itself carries is measured. Errors about our
    // echoes (a router's "fragmentation needed" with its MTU, a size too big for this laptop's link) arrive on
    // the error queue.
    const int probe = v6 ? IPV6_PMTUDISC_PROBE : IP_PMTUDISC_PROBE;
    const int one = 1;
    const bool ok = v6 ? ::setsockopt(fd, IPPROTO_IPV6, IPV6_MTU_DISCOVER, &probe, sizeof(probe)) == 0 &&
                             ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVERR, &one, sizeof(one)) == 0
                       : ::setsockopt(fd, IPPROTO_IP, IP_MTU_DISCOVER, &probe, sizeof(probe)) == 0 &&
                             ::setsockopt(fd, IPPROTO_IP, IP_RECVERR, &one, sizeof(one)) == 0;
    if (!ok) {
        ::close(fd);
        return false;
    }
    m_mtuFd = fd;
    m_mtuNotifier = new QSocketNotifier(m_mtuFd, QSocketNotifier::Read, this);
    connect(m_mtuNotifier, &QSocketNotifier::activated, this, &IcmpProbe::onMtuReadable);
    return true;
#else
    Q_UNUSED(v6)
    return false; // macOS: no DF option on ICMP datagram sockets that this code knows to work
#endif
}

void IcmpProbe::sendNativeMtu(int index)
{
    const bool v6 = target().address.protocol() == QAbstractSocket::IPv6Protocol;
    const QByteArray packet = buildIcmpEchoRequest(v6, 0, static_cast<quint16>(m_sequence + kMtuSequenceBase + index),
                                                   mtuPayload(m_mtuProbes.at(index).size));
    if (sendIcmp(m_mtuFd, target().address, packet) < 0 && errno == EMSGSIZE)
        mtuResult(index, PathMtuProbe::State::TooBigHere);
}

void IcmpProbe::onMtuReadable()
{
    if (isFinished() || m_mtuFd < 0)
        return;
    const bool v6 = target().address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = static_cast<int>(m_mtuFd);
    for (int round = 0; round < 64 && !isFinished(); ++round) {
        QByteArray buffer(2048, '\0');
        const auto n = ::recv(fd, buffer.data(), static_cast<size_t>(buffer.size()), MSG_DONTWAIT);
        if (n < 0)
            break;
        buffer.truncate(n);
        for (int i = 0; i < m_mtuProbes.size(); ++i) {
            const IcmpMessage parsed =
                parseIcmpDatagram(buffer, v6, static_cast<quint16>(m_sequence + kMtuSequenceBase + i), payload());
            if (parsed.kind == IcmpMessage::Kind::EchoReply) {
                mtuResult(i, PathMtuProbe::State::Answered);
                break;
            }
        }
    }
#ifdef Q_OS_LINUX
    for (int round = 0; round < 64 && !isFinished(); ++round) {
        char data[2048];
        alignas(cmsghdr) char control[512];
        iovec iov{data, sizeof(data)};
        msghdr message{};
        message.msg_iov = &iov;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof(control);
        const auto n = ::recvmsg(fd, &message, MSG_ERRQUEUE | MSG_DONTWAIT);
        if (n < 0)
            break;
        const QByteArray original(data, static_cast<qsizetype>(n));
        ByteReader request(original);
        request.skip(6); // type, code, checksum, identifier
        const quint16 sequence = request.u16();
        const int index = request.ok() ? mtuIndex(sequence) : -1;
        for (cmsghdr *c = CMSG_FIRSTHDR(&message); c && index >= 0; c = CMSG_NXTHDR(&message, c)) {
            const bool v4err = c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_RECVERR;
            const bool v6err = c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_RECVERR;
            if ((!v4err && !v6err) || c->cmsg_len < CMSG_LEN(sizeof(sock_extended_err)))
                continue;
            sock_extended_err ee{};
            std::memcpy(&ee, CMSG_DATA(c), sizeof(ee));
            if (ee.ee_errno != EMSGSIZE)
                continue; // unreachable and the like: the series says so
            if (ee.ee_origin == SO_EE_ORIGIN_LOCAL)
                mtuResult(index, PathMtuProbe::State::TooBigHere);
            else
                mtuResult(index, PathMtuProbe::State::FragmentationNeeded, static_cast<int>(ee.ee_info));
        }
    }
#endif
}

void IcmpProbe::stopNative()
{
    if (m_mtuNotifier) {
        m_mtuNotifier->setEnabled(false);
        delete m_mtuNotifier;
        m_mtuNotifier = nullptr;
    }
    if (m_mtuFd >= 0) {
        ::close(static_cast<int>(m_mtuFd));
        m_mtuFd = -1;
    }
    if (m_notifier) {
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ::close(static_cast<int>(m_fd));
        m_fd = -1;
    }
}

void IcmpProbe::finishSocketError(int error, const QString &stage)
{
    if (isFinished())
        return;
    if (anyReply()) {
        // An error about one echo after another was answered: that echo is lost, the path is proven.
        return;
    }
    const bool unreachable =
        error == EHOSTUNREACH || error == ENETUNREACH || error == EACCES || error == EPERM || error == ECONNREFUSED;
    ProbeResult r = ProbeResult::make(
        Verdict::Fail, unreachable ? Reason::Unreachable : Reason::Error,
        unreachable ? tr("%1 is unreachable: the system reports %2.").arg(target().address.toString(), errnoName(error))
                    : tr("The ICMP echo to %1 failed: %2 reported %3.")
                          .arg(target().address.toString(), stage, errnoName(error)));
    QJsonObject evidence = baseEvidence();
    evidence.insert(QStringLiteral("error"), errnoName(error));
    r.evidence = evidence;
    finish(r);
}

void IcmpProbe::onReadable()
{
    if (isFinished() || m_fd < 0)
        return;
    const bool v6 = target().address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = static_cast<int>(m_fd);
    for (int round = 0; round < 64 && !isFinished(); ++round) {
        char buffer[2048];
        alignas(cmsghdr) char control[256];
        sockaddr_storage from{};
        iovec iov{buffer, sizeof(buffer)};
        msghdr message{};
        message.msg_name = &from;
        message.msg_namelen = sizeof(from);
        message.msg_iov = &iov;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof(control);
        const auto n = ::recvmsg(fd, &message, MSG_DONTWAIT);
        if (n < 0) {
            const int error = errno;
            if (error == EINTR)
                continue;
            if (error != EAGAIN && error != EWOULDBLOCK)
                m_pendingError = error; // an ICMP error reported on the socket: details on the error queue
            break;
        }
        int ttl = -1;
        for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
#ifdef IP_TTL
            if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_TTL && c->cmsg_len >= CMSG_LEN(sizeof(int))) {
                int value = 0;
                std::memcpy(&value, CMSG_DATA(c), sizeof(value));
                ttl = value;
            }
#endif
#if defined(IP_RECVTTL) && defined(Q_OS_MACOS)
            if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_RECVTTL && c->cmsg_len >= CMSG_LEN(1))
                ttl = *reinterpret_cast<unsigned char *>(CMSG_DATA(c));
#endif
#ifdef IPV6_HOPLIMIT
            if (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_HOPLIMIT &&
                c->cmsg_len >= CMSG_LEN(sizeof(int))) {
                int value = 0;
                std::memcpy(&value, CMSG_DATA(c), sizeof(value));
                ttl = value;
            }
#endif
        }
        // Whichever echo of the series it is about.
        const QByteArray datagram(buffer, static_cast<qsizetype>(n));
        IcmpMessage parsed;
        int index = -1;
        for (int i = 0; i < m_echoSentNs.size() && parsed.kind == IcmpMessage::Kind::NotOurs; ++i) {
            parsed = parseIcmpDatagram(datagram, v6, static_cast<quint16>(m_sequence + i), payload());
            index = i;
        }
        if (parsed.ttl >= 0 && ttl < 0)
            ttl = parsed.ttl;
        if (parsed.kind == IcmpMessage::Kind::EchoReply) {
            const double rtt = static_cast<double>(m_sendClock.elapsedNs() - m_echoSentNs.at(index)) / 1e6;
            echoReplied(index, rtt, ttl);
            continue;
        }
        if (parsed.kind != IcmpMessage::Kind::NotOurs && !anyReply()) {
            QJsonObject evidence = baseEvidence();
            evidence.insert(QStringLiteral("icmp_type"), parsed.type);
            evidence.insert(QStringLiteral("icmp_code"), parsed.code);
            ProbeResult r =
                ProbeResult::make(Verdict::Fail, Reason::Unreachable,
                                  tr("The ICMP echo to %1 got an error back: %2.")
                                      .arg(target().address.toString(), icmpErrorName(v6, parsed.type, parsed.code)));
            r.evidence = evidence;
            finish(r);
            return;
        }
    }
#ifdef Q_OS_LINUX
    // The error queue: ICMP errors about what we sent, with the router that sent them.
    for (int round = 0; round < 16 && !isFinished(); ++round) {
        char buffer[512];
        alignas(cmsghdr) char control[512];
        iovec iov{buffer, sizeof(buffer)};
        msghdr message{};
        message.msg_iov = &iov;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof(control);
        const auto n = ::recvmsg(fd, &message, MSG_ERRQUEUE | MSG_DONTWAIT);
        if (n < 0)
            break;
        for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
            const bool v4err = c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_RECVERR;
            const bool v6err = c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_RECVERR;
            if ((!v4err && !v6err) || c->cmsg_len < CMSG_LEN(sizeof(sock_extended_err)))
                continue;
            sock_extended_err ee{};
            std::memcpy(&ee, CMSG_DATA(c), sizeof(ee));
            if (ee.ee_origin != SO_EE_ORIGIN_ICMP && ee.ee_origin != SO_EE_ORIGIN_ICMP6)
                continue;
            // The payload is our own request: make sure the error is about it.
            const QByteArray original(buffer, static_cast<qsizetype>(n));
            ByteReader request(original);
            request.skip(6); // type, code, checksum, identifier
            const quint16 sequence = request.u16();
            if (request.ok() && echoIndex(sequence) < 0)
                continue;
            if (anyReply())
                continue; // about one echo of a series that another answered: that one is lost
            QString router;
            const auto *offender = reinterpret_cast<const sockaddr *>(reinterpret_cast<const char *>(CMSG_DATA(c)) +
                                                                      sizeof(sock_extended_err));
            if (c->cmsg_len >= CMSG_LEN(sizeof(sock_extended_err) + sizeof(sockaddr_in)) &&
                offender->sa_family != AF_UNSPEC) {
                QHostAddress address;
                address.setAddress(offender);
                router = address.toString();
            }
            QJsonObject evidence = baseEvidence();
            evidence.insert(QStringLiteral("icmp_type"), ee.ee_type);
            evidence.insert(QStringLiteral("icmp_code"), ee.ee_code);
            evidence.insert(QStringLiteral("error"), errnoName(static_cast<int>(ee.ee_errno)));
            if (!router.isEmpty())
                evidence.insert(QStringLiteral("from"), router);
            const QString what = icmpErrorName(v6, ee.ee_type, ee.ee_code);
            ProbeResult r = ProbeResult::make(
                Verdict::Fail, Reason::Unreachable,
                router.isEmpty()
                    ? tr("The ICMP echo to %1 got an error back: %2.").arg(target().address.toString(), what)
                    : tr("The ICMP echo to %1 got an error back from %2: %3.")
                          .arg(target().address.toString(), router, what));
            r.evidence = evidence;
            finish(r);
            return;
        }
    }
#endif
    if (m_pendingError != 0 && !isFinished())
        finishSocketError(m_pendingError, QStringLiteral("recvmsg"));
}
} // namespace tpready
