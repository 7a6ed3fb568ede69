// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "probe.h"

#include <QByteArray>
#include <QProcess>
#include <memory>

class QSocketNotifier;

namespace tpready {

/// ICMP echo (ping) without administrator rights: proof is an echo reply that carries our sequence number and
/// payload cookie. Three ways, in order:
/// - Linux and macOS: an ICMP datagram socket (SOCK_DGRAM, IPPROTO_ICMP / IPPROTO_ICMPV6). Linux allows it only to
///   groups in net.ipv4.ping_group_range (Debian's default "1 0" allows nobody, root included: EACCES);
/// - Windows: IcmpSendEcho2 / Icmp6SendEcho2 (iphlpapi), in a worker thread;
/// - otherwise the system's ping program (fixed arguments, no shell, LC_ALL=C), parsed (core/probes/icmpecho.h).
/// A timeout is `fail`/`timeout`; an ICMP destination unreachable is `fail`/`unreachable`.
#ifdef Q_OS_WIN
/// What one IcmpSendEcho2 / Icmp6SendEcho2 call (iphlpapi) came back with.
struct IcmpApiEcho
{
    bool replied = false;     ///< a reply structure was returned
    unsigned long status = 0; ///< its IP_STATUS, or GetLastError() when there was none
    unsigned long rttMs = 0;
    int ttl = -1;
    QString from; ///< who sent the reply (the target, or a router's error)
};
/// The verdict that @p echo means, by the IP_STATUS codes Windows documents (ipexport.h): IP_SUCCESS passes,
/// IP_REQ_TIMED_OUT is a timeout, the destination-unreachable and TTL-expired codes are `unreachable`, anything else
/// an error that names the code. @p evidence is the probe's, completed here.
ProbeResult icmpApiResult(const IcmpApiEcho &echo, const QString &peer, QJsonObject evidence);
#endif

class IcmpProbe final : public Probe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IcmpProbe)

public:
    /// Which ways the probe may use (tests force one).
    enum class Method
    {
        Auto,       ///< the system's way first, then the ping program
        SocketOnly, ///< the datagram socket (or the Windows API) only
        PingOnly,   ///< the ping program only
    };

    IcmpProbe(ProbeTarget target, ProbeConfig config, QObject *parent = nullptr);
    ~IcmpProbe() override;

    void setMethod(Method method) { m_method = method; }
    /// Replaces the ping program (a test's recorded-output stand-in); empty: the system's.
    void setPingProgram(const QString &program) { m_pingProgram = program; }

protected:
    void begin() override;
    void stop() override;
    ProbeResult deadlineResult() override;

private:
    static constexpr int kCookieSize = 16;
    static constexpr char kPayloadTag[] = "tpready!"; ///< 8 bytes, then the cookie

    // The system's own way, one file per platform chosen in core/CMakeLists.txt: icmpprobe_socket.cpp (Linux,
    // macOS), icmpprobe_win.cpp (Windows).
    /// Sends the echo request the system's way; false, with m_socketError saying why, when it is not allowed.
    bool startNative();
    /// Releases what startNative() took.
    void stopNative();
#ifdef Q_OS_WIN
    struct WorkerLink;
    void startIcmpApi();
    std::shared_ptr<WorkerLink> m_link;
#else
    void onReadable();
    void finishSocketError(int error, const QString &stage);
#endif

    // The ping program, everywhere (icmpprobe_ping.cpp).
    void startPing();
    void stopPing();
    void onPingFinished(int exitCode, QProcess::ExitStatus status);

    ProbeResult notTestable(const QString &why) const;
    QJsonObject baseEvidence() const;
    /// What the echo request carries: the tag, then the cookie.
    QByteArray payload() const;

    Method m_method = Method::Auto;
    QString m_pingProgram;
    QString m_methodUsed;  ///< "socket", "ping" or "icmpapi"
    QString m_socketError; ///< why the socket could not be used, when the probe fell back
    qintptr m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QProcess *m_process = nullptr;
    QStringList m_command; ///< the ping command line, for the evidence
    Stopwatch m_sendClock;
    quint16 m_sequence = 0;
    QByteArray m_cookie;
    int m_pendingError = 0; ///< an error the socket reported (from an ICMP error)
};

} // namespace tpready
