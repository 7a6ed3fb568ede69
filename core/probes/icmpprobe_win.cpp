// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The ICMP probe's own way on Windows (chosen in core/CMakeLists.txt): IcmpSendEcho2 / Icmp6SendEcho2 (iphlpapi),
// which need no privilege, in a worker thread.
#include "icmpprobe.h"

// clang-format off
#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#include <icmpapi.h>
#include <winternl.h>
// clang-format on
#include <QMutex>
#include <cstring>
#include <thread>

namespace tpready {

struct IcmpProbe::WorkerLink
{
    QMutex mutex;
    QObject *receiver = nullptr; ///< the probe, until it stops: the worker posts to it only while it is set
};

namespace {

// The IPv6 echo reply of icmpapi.h (ICMPV6_ECHO_REPLY_LH), which mingw-w64 10 does not declare; its layout is the
// documented one, over the IPV6_ADDRESS_EX that mingw-w64 does declare.
struct Icmpv6EchoReply
{
    IPV6_ADDRESS_EX Address;
    ULONG Status;
    unsigned int RoundTripTime;
};

IcmpApiEcho winEcho(const QHostAddress &address, int timeoutMs, QByteArray payload, bool dontFragment = false)
{
    IcmpApiEcho result;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    QByteArray reply(static_cast<qsizetype>(sizeof(Icmpv6EchoReply) + sizeof(ICMP_ECHO_REPLY) + payload.size() + 8 +
                                            sizeof(IO_STATUS_BLOCK) + 256),
                     '\0');
    const HANDLE handle = v6 ? Icmp6CreateFile() : IcmpCreateFile();
    if (handle == INVALID_HANDLE_VALUE) {
        result.status = GetLastError();
        return result;
    }
    IP_OPTION_INFORMATION options{};
    options.Ttl = 128;
    if (dontFragment)
        options.Flags = IP_FLAG_DF;
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
            const auto *echo = reinterpret_cast<const Icmpv6EchoReply *>(reply.constData());
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

bool IcmpProbe::startNative()
{
    // Whether this system lets the laptop send ICMP echoes at all is known from the handle, here, where the ping
    // program can still take over (Method::Auto). Wine, for one, has no Icmp6CreateFile (error 120).
    const bool v6 = target().address.protocol() == QAbstractSocket::IPv6Protocol;
    const HANDLE handle = v6 ? Icmp6CreateFile() : IcmpCreateFile();
    if (handle == INVALID_HANDLE_VALUE) {
        m_socketError = QStringLiteral("%1 failed: error %2")
                            .arg(v6 ? QStringLiteral("Icmp6CreateFile") : QStringLiteral("IcmpCreateFile"))
                            .arg(static_cast<qint64>(GetLastError()));
        return false;
    }
    IcmpCloseHandle(handle);
    m_methodUsed = QStringLiteral("icmpapi");
    m_link = std::make_shared<WorkerLink>();
    m_link->receiver = this;
    return true;
}

ProbeResult icmpApiResult(const IcmpApiEcho &echo, const QString &peer, QJsonObject evidence)
{
    evidence.insert(QStringLiteral("status"), static_cast<qint64>(echo.status));
    ProbeResult r;
    if (echo.replied && echo.status == IP_SUCCESS) {
        evidence.insert(QStringLiteral("rtt_ms"), static_cast<qint64>(echo.rttMs));
        evidence.insert(QStringLiteral("ttl"), echo.ttl >= 0 ? QJsonValue(echo.ttl) : QJsonValue());
        r = ProbeResult::make(
            Verdict::Pass, Reason::Ok,
            IcmpProbe::tr("%1 answered the ICMP echo in %2 ms.").arg(peer).arg(static_cast<qint64>(echo.rttMs)));
        r.latencyMs = static_cast<qint64>(echo.rttMs);
    } else if (echo.status == IP_REQ_TIMED_OUT) {
        r = ProbeResult::make(Verdict::Fail, Reason::Timeout, IcmpProbe::tr("No ICMP echo reply from %1.").arg(peer));
    } else if (echo.status == IP_DEST_NET_UNREACHABLE || echo.status == IP_DEST_HOST_UNREACHABLE ||
               echo.status == IP_DEST_PROT_UNREACHABLE || echo.status == IP_DEST_PORT_UNREACHABLE ||
               echo.status == IP_TTL_EXPIRED_TRANSIT || echo.status == IP_DEST_UNREACHABLE) {
        if (!echo.from.isEmpty())
            evidence.insert(QStringLiteral("from"), echo.from);
        r = ProbeResult::make(Verdict::Fail, Reason::Unreachable,
                              IcmpProbe::tr("The ICMP echo to %1 got an error back (IP status %2).")
                                  .arg(peer)
                                  .arg(static_cast<qint64>(echo.status)));
    } else {
        r = ProbeResult::make(
            Verdict::Fail, Reason::Error,
            IcmpProbe::tr("The ICMP echo to %1 failed (status %2).").arg(peer).arg(static_cast<qint64>(echo.status)));
    }
    r.evidence = evidence;
    return r;
}

void IcmpProbe::stopNative()
{
    if (m_link) {
        QMutexLocker lock(&m_link->mutex);
        m_link->receiver = nullptr;
    }
    m_link.reset();
}

void IcmpProbe::sendApiEcho(int index, const QByteArray &payload, bool dontFragment,
                            void (IcmpProbe::*done)(int, const IcmpApiEcho &))
{
    // One blocking IcmpSendEcho2 call per echo, each in a thread of its own, so that a lost echo does not hold up
    // the next; each waits until the probe's deadline at most.
    std::shared_ptr<WorkerLink> link = m_link;
    const QHostAddress address = target().address;
    const int timeoutMs = static_cast<int>(qMax<qint64>(100, config().timeoutMs - m_sendClock.elapsedMs()));
    std::thread([link, address, timeoutMs, payload, dontFragment, index, done] {
        const IcmpApiEcho echo = winEcho(address, timeoutMs, payload, dontFragment);
        QMutexLocker lock(&link->mutex);
        if (!link->receiver)
            return; // the probe ended: nobody to tell
        // Posted to the probe's thread; dropped by Qt if the probe is deleted before it runs.
        auto *probe = static_cast<IcmpProbe *>(link->receiver);
        QMetaObject::invokeMethod(
            probe, [probe, index, echo, done] { (probe->*done)(index, echo); }, Qt::QueuedConnection);
    }).detach();
}

void IcmpProbe::sendNativeEcho(int index)
{
    sendApiEcho(index, payload(), false, &IcmpProbe::onIcmpApiEcho);
}

bool IcmpProbe::startNativeMtu()
{
    // IP_FLAG_DF is an IPv4 option; Icmp6SendEcho2 has none (IPv6 routers never fragment, and Windows says nothing
    // about what it does with a too-large echo): IPv4 only.
    return target().address.protocol() == QAbstractSocket::IPv4Protocol;
}

void IcmpProbe::sendNativeMtu(int index)
{
    sendApiEcho(index, mtuPayload(m_mtuProbes.at(index).size), true, &IcmpProbe::onIcmpApiMtu);
}

void IcmpProbe::onIcmpApiMtu(int index, const IcmpApiEcho &echo)
{
    // IP_PACKET_TOO_BIG: this laptop's link, or a router's "fragmentation needed" (Windows does not say which, nor
    // the MTU the router named).
    if (echo.replied && echo.status == IP_SUCCESS)
        mtuResult(index, PathMtuProbe::State::Answered);
    else if (echo.status == IP_PACKET_TOO_BIG)
        mtuResult(index, PathMtuProbe::State::FragmentationNeeded);
    else if (!isFinished() && index >= 0 && index < m_mtuProbes.size())
        finishIfComplete(); // lost: stays pending
}

void IcmpProbe::onIcmpApiEcho(int index, const IcmpApiEcho &echo)
{
    if (isFinished())
        return;
    ++m_apiAnswered;
    if (echo.replied && echo.status == IP_SUCCESS) {
        echoReplied(index, static_cast<double>(echo.rttMs), echo.ttl);
    } else if (echo.status != IP_REQ_TIMED_OUT && !anyReply()) {
        // Unreachable, or an error, before any reply: the first such answer decides, as a single ping's would.
        finish(icmpApiResult(echo, target().address.toString(), baseEvidence()));
        return;
    }
    if (!isFinished() && m_apiAnswered >= kEchoes && !anyReply())
        finish(icmpApiResult(echo, target().address.toString(), baseEvidence()));
}
} // namespace tpready
