// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "probe.h"

#include <QByteArray>
#include <QProcess>
#include <memory>

#include "core/probes/icmpecho.h"

class QSocketNotifier;
class QTimer;

namespace tpready {

/// ICMP echo (ping) without administrator rights: proof is an echo reply that carries one of our sequence numbers
/// and the payload cookie. A series of kEchoes echoes goes out, echoIntervalMs() apart: any reply passes, and the
/// series gives the path's loss and round trip (min/avg/max, jitter). The probe ends when every echo is answered, or
/// a while after the last one (twice the longest round trip seen, at least kSettleMs), or at the deadline. Three
/// ways, in order:
/// - Linux and macOS: an ICMP datagram socket (SOCK_DGRAM, IPPROTO_ICMP / IPPROTO_ICMPV6). Linux allows it only to
///   groups in net.ipv4.ping_group_range (Debian's default "1 0" allows nobody, root included: EACCES);
/// - Windows: IcmpSendEcho2 / Icmp6SendEcho2 (iphlpapi), in a worker thread;
/// - otherwise the system's ping program (fixed arguments, no shell, LC_ALL=C), parsed (core/probes/icmpecho.h).
/// No reply is `fail`/`timeout`; an ICMP destination unreachable before any reply is `fail`/`unreachable`.
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

    /// Echoes in a series (the ping program of macOS and Windows sends one: its least interval is a second).
    static constexpr int kEchoes = 5;
    /// The least wait for the answers after the last echo.
    static constexpr int kSettleMs = 600;
    /// The gap between two echoes of a check whose deadline is @p timeoutMs: 200 ms, less for a short deadline.
    static int echoIntervalMs(int timeoutMs);

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
    /// Prepares the system's way; false, with m_socketError saying why, when it is not allowed.
    bool startNative();
    /// Sends echo @p index of the series the system's way (sequence m_sequence + index).
    void sendNativeEcho(int index);
    /// Prepares the path-MTU measurement the system's way (DF-set echoes); false where it cannot.
    bool startNativeMtu();
    /// Sends path-MTU echo @p index (sequence m_sequence + kMtuSequenceBase + index), DF set.
    void sendNativeMtu(int index);
    /// Releases what startNative() took.
    void stopNative();
#ifdef Q_OS_WIN
    struct WorkerLink;
    void onIcmpApiEcho(int index, const IcmpApiEcho &echo);
    std::shared_ptr<WorkerLink> m_link;
    int m_apiAnswered = 0; ///< IcmpSendEcho2 calls that came back
    void onIcmpApiMtu(int index, const IcmpApiEcho &echo);
    /// Runs one IcmpSendEcho2 call (DF set when @p dontFragment) on a thread of its own, then @p done in this thread.
    void sendApiEcho(int index, const QByteArray &payload, bool dontFragment,
                     void (IcmpProbe::*done)(int, const IcmpApiEcho &));
#else
    void onReadable();
    void onMtuReadable();
    void finishSocketError(int error, const QString &stage);
    qintptr m_mtuFd = -1;
    QSocketNotifier *m_mtuNotifier = nullptr;
#endif

    // The ping program, everywhere (icmpprobe_ping.cpp).
    void startPing();
    void stopPing();
    void onPingFinished(int exitCode, QProcess::ExitStatus status);

    // The series (icmpprobe.cpp).
    void startSeries();
    void sendNextEcho();
    /// Echo @p index was answered after @p rttMs; ends the probe once every echo is.
    void echoReplied(int index, double rttMs, int ttl);
    /// The index of the echo with sequence @p sequence, or -1 when it is none of ours.
    int echoIndex(quint16 sequence) const;
    bool anyReply() const;
    /// The series so far: echoes sent, and the round trips of those answered.
    EchoSeries series() const;
    /// The pass that the replies of @p series make (with the path MTU, when it was measured).
    ProbeResult seriesResult(const EchoSeries &series) const;
    /// Ends the probe when nothing more can be learnt: every echo answered and the path MTU settled.
    void finishIfComplete();
    /// How long the answers to the last echo sent may take.
    int settleWaitMs() const;
    qint64 m_lastSendMs = 0; ///< the last echo of either kind, on m_sendClock

    // The path MTU (icmpprobe.cpp): DF-set echoes of pathMtuSizes() beside the series, each sent twice on systems
    // that do not wait for the answer (a loss is not a size limit).
    static constexpr quint16 kMtuSequenceBase = 1000;
    void startPathMtu();
    void sendMtuRound();
    /// The index of the path-MTU echo with @p sequence, or -1.
    int mtuIndex(quint16 sequence) const;
    void mtuResult(int index, PathMtuProbe::State state, int reportedMtu = -1);
    /// Whether later answers can no longer change the figure.
    bool mtuSettled() const;
    /// The payload of a path-MTU echo of @p size bytes in all.
    QByteArray mtuPayload(int size) const;
    QList<PathMtuProbe> m_mtuProbes;
    int m_mtuRounds = 0;
    bool m_mtuTried = false;

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
    QStringList m_command;           ///< the ping command line, for the evidence
    int m_pingEchoes = 1;            ///< the echoes asked of the ping program
    Stopwatch m_sendClock;           ///< from the first echo
    QList<qint64> m_echoSentNs;      ///< when each echo went out, on m_sendClock
    QList<double> m_echoRttMs;       ///< each echo's round trip, -1 while unanswered
    QTimer *m_echoTimer = nullptr;   ///< the next echo
    QTimer *m_settleTimer = nullptr; ///< the wait after the last echo
    int m_ttl = -1;                  ///< of the first reply
    quint16 m_sequence = 0;          ///< the first echo's; echo i carries m_sequence + i
    QByteArray m_cookie;
    int m_pendingError = 0; ///< an error the socket reported (from an ICMP error)
};

} // namespace tpready
