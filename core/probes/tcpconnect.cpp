// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tcpconnect.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <cstring>

#ifdef Q_OS_WIN
// clang-format off
#include <winsock2.h>
#include <ws2tcpip.h>
// clang-format on
#else
#include <cerrno>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace tpready {
namespace {

#ifdef Q_OS_WIN
using NativeSocket = SOCKET;
constexpr qintptr kInvalid = static_cast<qintptr>(INVALID_SOCKET);
int lastError()
{
    return WSAGetLastError();
}
bool inProgress(int error)
{
    return error == WSAEWOULDBLOCK || error == WSAEINPROGRESS;
}
void closeNative(qintptr fd)
{
    ::closesocket(static_cast<SOCKET>(fd));
}
constexpr int kRefused = WSAECONNREFUSED;
constexpr int kHostUnreachable = WSAEHOSTUNREACH;
constexpr int kNetUnreachable = WSAENETUNREACH;
constexpr int kTimedOut = WSAETIMEDOUT;
#else
constexpr qintptr kInvalid = -1;
int lastError()
{
    return errno;
}
bool inProgress(int error)
{
    return error == EINPROGRESS || error == EINTR;
}
void closeNative(qintptr fd)
{
    ::close(static_cast<int>(fd));
}
constexpr int kRefused = ECONNREFUSED;
constexpr int kHostUnreachable = EHOSTUNREACH;
constexpr int kNetUnreachable = ENETUNREACH;
constexpr int kTimedOut = ETIMEDOUT;
#endif

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class TcpConnectText
{
    Q_DECLARE_TR_FUNCTIONS(TcpConnectText)
};

Reason classify(int error)
{
    if (error == kRefused)
        return Reason::Refused;
    if (error == kHostUnreachable || error == kNetUnreachable)
        return Reason::Unreachable;
    if (error == kTimedOut)
        return Reason::Timeout;
    return Reason::Error;
}

} // namespace

QString describeConnectError(Reason reason, int systemError)
{
    switch (reason) {
    case Reason::Refused:
        return TcpConnectText::tr(
            "the connection was refused (TCP reset or ICMP port unreachable): nothing listens there, or a "
            "firewall rejects it");
    case Reason::Unreachable:
        return systemError == kNetUnreachable
                   ? TcpConnectText::tr(
                         "there is no route to the network (ICMP network unreachable, or no route on the laptop)")
                   : TcpConnectText::tr(
                         "the host is unreachable (ICMP host unreachable or administratively prohibited, or no "
                         "route)");
    case Reason::Timeout:
        return TcpConnectText::tr("nothing answered the connection attempt (packets silently dropped)");
    default:
        return TcpConnectText::tr("the connection failed (system error %1: %2)")
            .arg(systemError)
            .arg(QString::fromLocal8Bit(std::strerror(systemError)));
    }
}

TcpConnector::TcpConnector(QObject *parent) : TcpConnector(Clock::system(), parent) {}

TcpConnector::TcpConnector(const Clock &clock, QObject *parent) : QObject(parent), m_fd(kInvalid), m_timeSource(clock)
{}

TcpConnector::~TcpConnector()
{
    abort();
}

void TcpConnector::connectTo(const QHostAddress &address, quint16 port)
{
    abort();
    const quint64 generation = m_generation;
    m_clock.start(m_timeSource);
    sockaddr_storage storage{};
    socklen_t length = 0;
    int family = AF_INET;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        family = AF_INET6;
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, bytes.c, sizeof(bytes.c));
        sin6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(&storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }

#ifdef Q_OS_WIN
    const SOCKET fd = ::socket(family, SOCK_STREAM, IPPROTO_TCP);
    if (fd == INVALID_SOCKET) {
        const int error = lastError();
        QTimer::singleShot(0, this, [this, error, generation] {
            if (generation == m_generation)
                fail(error);
        });
        return;
    }
    u_long nonBlocking = 1;
    ::ioctlsocket(fd, FIONBIO, &nonBlocking);
    m_fd = static_cast<qintptr>(fd);
    const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length);
#else
    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        const int error = lastError();
        QTimer::singleShot(0, this, [this, error, generation] {
            if (generation == m_generation)
                fail(error);
        });
        return;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    m_fd = fd;
    const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length);
#endif
    if (rc == 0) {
        // Loopback can connect at once; report it from the event loop like every other outcome.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation != m_generation)
                return;
            m_connectMs = m_clock.elapsedMs();
            emit connected();
        });
        return;
    }
    const int error = lastError();
    if (!inProgress(error)) {
        QTimer::singleShot(0, this, [this, error, generation] {
            if (generation == m_generation)
                fail(error);
        });
        return;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TcpConnector::onWritable);
#ifdef Q_OS_WIN
    // Winsock reports a failed connect as an exception condition, not as writability.
    auto *exception = new QSocketNotifier(m_fd, QSocketNotifier::Exception, m_notifier);
    connect(exception, &QSocketNotifier::activated, this, &TcpConnector::onWritable);
#endif
}

void TcpConnector::onWritable()
{
    if (m_notifier)
        m_notifier->setEnabled(false);
    int error = 0;
    socklen_t length = sizeof(error);
#ifdef Q_OS_WIN
    ::getsockopt(static_cast<SOCKET>(m_fd), SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&error), &length);
#else
    ::getsockopt(static_cast<int>(m_fd), SOL_SOCKET, SO_ERROR, &error, &length);
#endif
    if (m_notifier) {
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (error != 0) {
        fail(error);
        return;
    }
    m_connectMs = m_clock.elapsedMs();
    emit connected();
}

void TcpConnector::fail(int systemError)
{
    closeDescriptor();
    const Reason reason = classify(systemError);
    emit failed(reason, describeConnectError(reason, systemError), systemError);
}

void TcpConnector::abort()
{
    ++m_generation;
    if (m_notifier) {
        delete m_notifier;
        m_notifier = nullptr;
    }
    closeDescriptor();
}

void TcpConnector::closeDescriptor()
{
    if (m_fd != kInvalid) {
        closeNative(m_fd);
        m_fd = kInvalid;
    }
}

qintptr TcpConnector::takeDescriptor()
{
    const qintptr fd = m_fd;
    m_fd = kInvalid;
    return fd;
}

} // namespace tpready
