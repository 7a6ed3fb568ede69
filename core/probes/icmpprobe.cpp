// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "icmpprobe.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>
#include <cstring>

#include "core/probes/bytes.h"
#include "core/probes/discardprocess.h"
#include "core/probes/icmpecho.h"
#include "core/probes/textframing.h"

#ifdef Q_OS_WIN
// clang-format off
#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#include <icmpapi.h>
// clang-format on
#include <QMutex>
#include <QThreadPool>
#else
#include <cerrno>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <linux/errqueue.h>
#endif
#endif

namespace tpready {
namespace {

constexpr int kCookieSize = 16;
const char kPayloadTag[] = "tpready!"; // 8 bytes, then the cookie

QString errnoName(int error)
{
#ifdef Q_OS_WIN
    return QString::number(error);
#else
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
#endif
}

#ifndef Q_OS_WIN
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
#endif

/// Where the ping program is: the system directories first, then PATH.
QString findPing(const QString &name)
{
    if (name.contains(u'/') || name.contains(u'\\'))
        return QFileInfo(name).isExecutable() ? name : QString();
#ifdef Q_OS_WIN
    const QString found = QStandardPaths::findExecutable(
        name, {QString::fromLocal8Bit(qgetenv("SystemRoot")) + QStringLiteral("\\System32")});
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
#else
    const QString found = QStandardPaths::findExecutable(name, {QStringLiteral("/bin"), QStringLiteral("/usr/bin"),
                                                                QStringLiteral("/sbin"), QStringLiteral("/usr/sbin")});
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
#endif
}

} // namespace

#ifdef Q_OS_WIN
struct IcmpProbe::WorkerLink
{
    QMutex mutex;
    QObject *receiver = nullptr; ///< the probe, until it stops: the worker posts to it only while it is set
};
#endif

IcmpProbe::IcmpProbe(ProbeTarget target, ProbeConfig config, QObject *parent)
    : Probe(std::move(target), std::move(config), parent)
{}

IcmpProbe::~IcmpProbe()
{
    stop();
}

QJsonObject IcmpProbe::baseEvidence() const
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("method"), m_methodUsed);
    if (!m_socketError.isEmpty())
        evidence.insert(QStringLiteral("socket_error"), m_socketError);
    if (m_methodUsed != u"ping") {
        evidence.insert(QStringLiteral("sent"), QStringLiteral("ICMP echo request, sequence %1, %2-byte payload")
                                                    .arg(m_sequence)
                                                    .arg(static_cast<int>(sizeof(kPayloadTag) - 1) + kCookieSize));
        evidence.insert(QStringLiteral("sequence"), m_sequence);
    } else {
        evidence.insert(QStringLiteral("command"), m_command.join(u' '));
    }
    return evidence;
}

void IcmpProbe::begin()
{
    m_sequence = static_cast<quint16>(QRandomGenerator::global()->bounded(1, 65536));
    m_cookie.resize(kCookieSize);
    for (int i = 0; i < kCookieSize; ++i)
        m_cookie[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    if (target().address.isNull()) {
        QTimer::singleShot(
            0, this, [this] { finish(ProbeResult::make(Verdict::Fail, Reason::Error, tr("No address to ping."))); });
        return;
    }
    if (m_method == Method::PingOnly) {
        startPing();
        return;
    }
#ifdef Q_OS_WIN
    startIcmpApi();
#else
    if (!startSocket()) {
        if (m_method == Method::SocketOnly) {
            const QString why = m_socketError;
            QTimer::singleShot(0, this,
                               [this, why] { finish(notTestable(tr("the ICMP socket is not allowed: %1").arg(why))); });
            return;
        }
        startPing();
    }
#endif
}

void IcmpProbe::stop()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
    }
#ifndef Q_OS_WIN
    if (m_fd >= 0) {
        ::close(static_cast<int>(m_fd));
        m_fd = -1;
    }
#else
    if (m_link) {
        QMutexLocker lock(&m_link->mutex);
        m_link->receiver = nullptr;
    }
    m_link.reset();
#endif
    discardProcess(m_process, this);
    m_process = nullptr;
}

ProbeResult IcmpProbe::notTestable(const QString &why) const
{
    ProbeResult r = ProbeResult::make(
        Verdict::Info, Reason::NotTestable,
        tr("ICMP echo to %1 could not be tested from this laptop: %2.").arg(target().address.toString(), why));
    r.evidence = baseEvidence();
    r.remediation = tr("Ping %1 from another machine on the gateway's network, or allow unprivileged ping on this "
                       "laptop (Linux: sysctl net.ipv4.ping_group_range).")
                        .arg(target().address.toString());
    return r;
}

ProbeResult IcmpProbe::deadlineResult()
{
    ProbeResult r = ProbeResult::make(
        Verdict::Fail, Reason::Timeout,
        tr("No ICMP echo reply from %1 within %2 ms.").arg(target().address.toString()).arg(config().timeoutMs));
    QJsonObject evidence = baseEvidence();
    if (m_process)
        evidence.insert(QStringLiteral("output"), printable(m_process->readAll(), 400));
    r.evidence = evidence;
    return r;
}

#ifndef Q_OS_WIN
bool IcmpProbe::startSocket()
{
    const bool v6 = target().address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM,
                            v6 ? static_cast<int>(IPPROTO_ICMPV6) : static_cast<int>(IPPROTO_ICMP));
    if (fd < 0) {
        const int error = errno;
        m_socketError = errnoName(error);
#ifdef Q_OS_LINUX
        if (error == EACCES || error == EPERM)
            m_socketError += QStringLiteral(": net.ipv4.ping_group_range does not include this user's groups");
#endif
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
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

    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        sin6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = target().address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, bytes.c, sizeof(bytes.c));
        sin6->sin6_scope_id = target().address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(&storage);
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(target().address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const quint16 identifier = static_cast<quint16>(QRandomGenerator::global()->bounded(65536));
    const QByteArray packet =
        buildIcmpEchoRequest(v6, identifier, m_sequence, QByteArray(kPayloadTag, sizeof(kPayloadTag) - 1) + m_cookie);
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &IcmpProbe::onReadable);
    m_sendClock.start(clock());
    const auto sent = ::sendto(fd, packet.constData(), static_cast<size_t>(packet.size()), 0,
                               reinterpret_cast<const sockaddr *>(&storage), length);
    if (sent < 0) {
        const int error = errno;
        QTimer::singleShot(0, this, [this, error] { finishSocketError(error, QStringLiteral("sendto")); });
    }
    return true;
}

void IcmpProbe::finishSocketError(int error, const QString &stage)
{
    if (isFinished())
        return;
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
        const IcmpMessage parsed = parseIcmpDatagram(QByteArray(buffer, static_cast<qsizetype>(n)), v6, m_sequence,
                                                     QByteArray(kPayloadTag, sizeof(kPayloadTag) - 1) + m_cookie);
        if (parsed.ttl >= 0 && ttl < 0)
            ttl = parsed.ttl;
        QJsonObject evidence = baseEvidence();
        if (parsed.kind == IcmpMessage::Kind::EchoReply) {
            const double rtt = static_cast<double>(m_sendClock.elapsedNs()) / 1e6;
            evidence.insert(QStringLiteral("rtt_ms"), qRound(rtt * 1000.0) / 1000.0);
            evidence.insert(QStringLiteral("ttl"), ttl >= 0 ? QJsonValue(ttl) : QJsonValue());
            evidence.insert(
                QStringLiteral("received"),
                QStringLiteral("ICMP echo reply, sequence %1, %2 bytes").arg(m_sequence).arg(static_cast<qint64>(n)));
            ProbeResult r = ProbeResult::make(Verdict::Pass, Reason::Ok,
                                              tr("%1 answered the ICMP echo in %2 ms.")
                                                  .arg(target().address.toString())
                                                  .arg(rtt, 0, 'f', rtt < 10 ? 3 : 1));
            r.latencyMs = qRound64(rtt);
            r.evidence = evidence;
            finish(r);
            return;
        }
        if (parsed.kind != IcmpMessage::Kind::NotOurs) {
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
            if (request.ok() && sequence != m_sequence)
                continue;
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
#endif

void IcmpProbe::startPing()
{
    m_methodUsed = QStringLiteral("ping");
    const PingFlavor flavor = nativePingFlavor();
    QString program;
    QStringList arguments;
    if (!pingCommand(flavor, target().address, config().timeoutMs, &program, &arguments)) {
        QTimer::singleShot(0, this, [this] {
            finish(
                ProbeResult::make(Verdict::Fail, Reason::Error,
                                  tr("%1 is not an IP address that can be pinged.").arg(target().address.toString())));
        });
        return;
    }
    const QString path = findPing(m_pingProgram.isEmpty() ? program : m_pingProgram);
    m_command = QStringList{program} + arguments;
    if (path.isEmpty()) {
        QTimer::singleShot(0, this, [this, program] {
            finish(notTestable(m_socketError.isEmpty()
                                   ? tr("no %1 program was found").arg(program)
                                   : tr("the ICMP socket is not allowed (%1) and no %2 program was found")
                                         .arg(m_socketError, program)));
        });
        return;
    }
    m_process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setReadChannel(QProcess::StandardOutput);
    connect(m_process, &QProcess::finished, this, &IcmpProbe::onPingFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !isFinished())
            finish(notTestable(tr("the ping program could not be started: %1").arg(m_process->errorString())));
    });
    m_sendClock.start(clock());
    m_process->start(path, arguments, QIODevice::ReadOnly);
}

void IcmpProbe::onPingFinished(int exitCode, QProcess::ExitStatus status)
{
    if (isFinished())
        return;
    const QByteArray output = m_process->readAll().left(64 * 1024);
    QJsonObject evidence = baseEvidence();
    evidence.insert(QStringLiteral("exit_code"), status == QProcess::NormalExit ? exitCode : -1);
    evidence.insert(QStringLiteral("output"), printable(output, 400));
    if (status != QProcess::NormalExit) {
        ProbeResult r = ProbeResult::make(Verdict::Fail, Reason::Error, tr("The ping program crashed."));
        r.evidence = evidence;
        finish(r);
        return;
    }
    const PingOutcome outcome = parsePingOutput(nativePingFlavor(), exitCode, output);
    const QString address = target().address.toString();
    ProbeResult r;
    switch (outcome.status) {
    case PingOutcome::Status::Reply:
        evidence.insert(QStringLiteral("rtt_ms"), outcome.rttMs >= 0 ? QJsonValue(outcome.rttMs) : QJsonValue());
        evidence.insert(QStringLiteral("ttl"), outcome.ttl >= 0 ? QJsonValue(outcome.ttl) : QJsonValue());
        evidence.insert(QStringLiteral("received"), outcome.line);
        r = ProbeResult::make(Verdict::Pass, Reason::Ok,
                              outcome.rttText.isEmpty()
                                  ? tr("%1 answered the ping.").arg(address)
                                  : tr("%1 answered the ping in %2.").arg(address, outcome.rttText));
        r.latencyMs = outcome.rttMs >= 0 ? qRound64(outcome.rttMs) : m_sendClock.elapsedMs();
        break;
    case PingOutcome::Status::Unreachable:
        evidence.insert(QStringLiteral("received"), outcome.line);
        r = ProbeResult::make(
            Verdict::Fail, Reason::Unreachable,
            tr("The ping to %1 says the destination is unreachable: \"%2\".").arg(address, outcome.line));
        break;
    case PingOutcome::Status::Timeout:
        r = ProbeResult::make(Verdict::Fail, Reason::Timeout, tr("No ICMP echo reply from %1.").arg(address));
        break;
    case PingOutcome::Status::Error:
        r = ProbeResult::make(
            Verdict::Fail, Reason::Error,
            tr("The ping program could not test %1: \"%2\" (exit code %3).").arg(address, outcome.line).arg(exitCode));
        break;
    }
    r.evidence = evidence;
    finish(r);
}

#ifdef Q_OS_WIN
namespace {

struct WinEcho
{
    bool replied = false;
    unsigned long status = 0; ///< IP_STATUS of the reply, or the error code when there was none
    unsigned long rttMs = 0;
    int ttl = -1;
    QString from;
};

WinEcho winEcho(const QHostAddress &address, int timeoutMs, QByteArray payload)
{
    WinEcho result;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    QByteArray reply(static_cast<qsizetype>(sizeof(ICMPV6_ECHO_REPLY) + sizeof(ICMP_ECHO_REPLY) + payload.size() + 8 +
                                            sizeof(IO_STATUS_BLOCK) + 256),
                     '\0');
    const HANDLE handle = v6 ? Icmp6CreateFile() : IcmpCreateFile();
    if (handle == INVALID_HANDLE_VALUE) {
        result.status = GetLastError();
        return result;
    }
    IP_OPTION_INFORMATION options{};
    options.Ttl = 128;
    DWORD count = 0;
    if (v6) {
        sockaddr_in6 source{};
        source.sin6_family = AF_INET6;
        sockaddr_in6 destination{};
        destination.sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&destination.sin6_addr, bytes.c, sizeof(bytes.c));
        destination.sin6_scope_id = address.scopeId().toULong();
        count = Icmp6SendEcho2(handle, nullptr, nullptr, nullptr, &source, &destination, payload.data(),
                               static_cast<WORD>(payload.size()), &options, reply.data(),
                               static_cast<DWORD>(reply.size()), static_cast<DWORD>(timeoutMs));
        if (count == 0) {
            result.status = GetLastError();
        } else {
            Icmp6ParseReplies(reply.data(), static_cast<DWORD>(reply.size()));
            const auto *echo = reinterpret_cast<const ICMPV6_ECHO_REPLY *>(reply.constData());
            result.replied = true;
            result.status = echo->Status;
            result.rttMs = echo->RoundTripTime;
            Q_IPV6ADDR from;
            std::memcpy(from.c, echo->Address.sin6_addr, sizeof(from.c));
            result.from = QHostAddress(from).toString();
        }
    } else {
        const IPAddr destination = htonl(address.toIPv4Address());
        count = IcmpSendEcho2(handle, nullptr, nullptr, nullptr, destination, payload.data(),
                              static_cast<WORD>(payload.size()), &options, reply.data(),
                              static_cast<DWORD>(reply.size()), static_cast<DWORD>(timeoutMs));
        if (count == 0) {
            result.status = GetLastError();
        } else {
            const auto *echo = reinterpret_cast<const ICMP_ECHO_REPLY *>(reply.constData());
            result.replied = true;
            result.status = echo->Status;
            result.rttMs = echo->RoundTripTime;
            result.ttl = echo->Options.Ttl;
            result.from = QHostAddress(ntohl(echo->Address)).toString();
        }
    }
    IcmpCloseHandle(handle);
    return result;
}

} // namespace

void IcmpProbe::startIcmpApi()
{
    m_methodUsed = QStringLiteral("icmpapi");
    m_link = std::make_shared<WorkerLink>();
    m_link->receiver = this;
    std::shared_ptr<WorkerLink> link = m_link;
    const QHostAddress address = target().address;
    const int timeoutMs = config().timeoutMs;
    const QByteArray payload = QByteArray(kPayloadTag, sizeof(kPayloadTag) - 1) + m_cookie;
    m_sendClock.start(clock());
    QThreadPool::globalInstance()->start([link, address, timeoutMs, payload] {
        const WinEcho echo = winEcho(address, timeoutMs, payload);
        QMutexLocker lock(&link->mutex);
        if (!link->receiver)
            return; // the probe ended: nobody to tell
        // Posted to the probe's thread; dropped by Qt if the probe is deleted before it runs.
        auto *probe = static_cast<IcmpProbe *>(link->receiver);
        QMetaObject::invokeMethod(
            probe,
            [probe, echo] {
                if (probe->isFinished())
                    return;
                QJsonObject evidence = probe->baseEvidence();
                evidence.insert(QStringLiteral("status"), static_cast<qint64>(echo.status));
                const QString address = probe->target().address.toString();
                ProbeResult r;
                if (echo.replied && echo.status == IP_SUCCESS) {
                    evidence.insert(QStringLiteral("rtt_ms"), static_cast<qint64>(echo.rttMs));
                    evidence.insert(QStringLiteral("ttl"), echo.ttl >= 0 ? QJsonValue(echo.ttl) : QJsonValue());
                    r = ProbeResult::make(Verdict::Pass, Reason::Ok,
                                          IcmpProbe::tr("%1 answered the ICMP echo in %2 ms.")
                                              .arg(address)
                                              .arg(static_cast<qint64>(echo.rttMs)));
                    r.latencyMs = static_cast<qint64>(echo.rttMs);
                } else if (echo.status == IP_REQ_TIMED_OUT) {
                    r = ProbeResult::make(Verdict::Fail, Reason::Timeout,
                                          IcmpProbe::tr("No ICMP echo reply from %1.").arg(address));
                } else if (echo.status == IP_DEST_NET_UNREACHABLE || echo.status == IP_DEST_HOST_UNREACHABLE ||
                           echo.status == IP_DEST_PROT_UNREACHABLE || echo.status == IP_DEST_PORT_UNREACHABLE ||
                           echo.status == IP_TTL_EXPIRED_TRANSIT || echo.status == IP_DEST_UNREACHABLE) {
                    if (!echo.from.isEmpty())
                        evidence.insert(QStringLiteral("from"), echo.from);
                    r = ProbeResult::make(Verdict::Fail, Reason::Unreachable,
                                          IcmpProbe::tr("The ICMP echo to %1 got an error back (IP status %2).")
                                              .arg(address)
                                              .arg(static_cast<qint64>(echo.status)));
                } else {
                    r = ProbeResult::make(Verdict::Fail, Reason::Error,
                                          IcmpProbe::tr("The ICMP echo to %1 failed (status %2).")
                                              .arg(address)
                                              .arg(static_cast<qint64>(echo.status)));
                }
                r.evidence = evidence;
                probe->finish(r);
            },
            Qt::QueuedConnection);
    });
}
#endif

} // namespace tpready
