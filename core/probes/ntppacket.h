// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tpready {

// SNTP client exchange (RFC 5905 7.3, 8; RFC 4330). Pure functions: no sockets, no clock; the parser never reads
// past the datagram it is given (it will be a fuzz target).

inline constexpr int kNtpPacketSize = 48;
/// Seconds from the NTP epoch (1900-01-01) to the Unix epoch.
inline constexpr qint64 kNtpUnixEpochOffset = 2208988800LL;

/// A 48-byte client request: LI 0, VN 4, mode 3, everything zero but the Transmit Timestamp, which carries
/// @p transmit: any unique 64-bit value (a random nonce keeps the laptop's clock private; servers echo it).
QByteArray buildNtpRequest(quint64 transmit);

/// The fixed fields of an NTP packet.
struct NtpPacket
{
    int leap = 0;    ///< LI: 0 no warning, 1/2 leap second, 3 unsynchronised
    int version = 0; ///< VN
    int mode = 0;    ///< 3 client, 4 server, 5 broadcast
    int stratum = 0; ///< 0 kiss-o'-death, 1 primary, 2-15 secondary, 16 unsynchronised
    int poll = 0;
    int precision = 0;
    quint32 rootDelay = 0;      ///< NTP short format (16.16 seconds)
    quint32 rootDispersion = 0; ///< NTP short format
    quint32 referenceId = 0;
    quint64 reference = 0; ///< NTP timestamp format (32.32 seconds since 1900, in its era)
    quint64 origin = 0;
    quint64 receive = 0;
    quint64 transmit = 0;
};

/// What a datagram received from an NTP port turned out to be.
struct NtpReply
{
    enum class Status
    {
        Valid,          ///< a synchronised server's reply to one of our requests
        TooShort,       ///< fewer than 48 bytes
        NotServerMode,  ///< mode is not 4 (server): an echo, a request, a broadcast...
        BadVersion,     ///< VN 0 or above 4: not NTP
        OriginMismatch, ///< Origin does not echo any of our Transmit values: stale, spoofed or not for us
        ZeroTransmit,   ///< Transmit Timestamp 0 in a normal reply
        KissOfDeath,    ///< stratum 0 with a kiss code in Reference ID (RATE, DENY, RSTR, INIT...)
        Unsynchronised, ///< reachable, but LI 3, stratum 16 or more, or stratum 0 without a kiss code
    };
    Status status = Status::TooShort;
    QString problem;      ///< technical, untranslated: why the datagram is not valid
    NtpPacket packet;     ///< filled from 48 bytes on
    int originIndex = -1; ///< which of the expected origins the reply echoes
    QString kissCode;     ///< stratum 0: the four ASCII characters, trimmed
    QString refId;        ///< text for kiss codes and stratum 1 sources, dotted quad otherwise

    /// The reply proves an NTP server answered our request (valid, kiss-o'-death, or unsynchronised).
    bool isAnswer() const
    {
        return status == Status::Valid || status == Status::KissOfDeath || status == Status::Unsynchronised;
    }
};

/// Parses and validates a datagram from an NTP port against the Transmit values of our requests: length >= 48,
/// mode 4, VN 1-4, Origin == one of @p origins, then kiss-o'-death, Transmit != 0, LI / stratum. Never reads past
/// @p datagram.
NtpReply parseNtpReply(const QByteArray &datagram, const QList<quint64> &origins);

/// The Reference ID as people read it: four ASCII characters for stratum 0 and 1 (and 16 when printable), the
/// dotted IPv4 form otherwise.
QString ntpRefIdText(quint32 referenceId, int stratum);
/// NTP short format (16.16 seconds) in milliseconds.
double ntpShortToMs(quint32 value);

/// Microseconds since the Unix epoch for an NTP timestamp, in the era (136-year cycle) that puts it closest to
/// @p pivotUnixUs: timestamps stay right across the 2036 roll-over as long as the laptop's clock is within 68 years.
qint64 ntpToUnixUs(quint64 timestamp, qint64 pivotUnixUs);
/// The NTP timestamp of a Unix time in microseconds (era bits dropped, as on the wire).
quint64 unixUsToNtp(qint64 unixUs);

/// Clock offset and round-trip delay of one exchange (RFC 5905 8).
struct NtpTiming
{
    double offsetMs = 0; ///< theta: server clock minus laptop clock
    double delayMs = 0;  ///< delta: round trip minus the server's processing time
};

/// theta = ((T2 - T1) + (T3 - T4)) / 2 and delta = (T4 - T1) - (T3 - T2). @p t1UnixUs and @p t4UnixUs are the
/// laptop's send and receive times (take T4 = T1 + monotonic elapsed, so a clock step in between cannot matter);
/// @p t2 and @p t3 the server's Receive and Transmit timestamps, placed in the era around T1.
NtpTiming computeNtpTiming(qint64 t1UnixUs, qint64 t4UnixUs, quint64 t2, quint64 t3);

} // namespace tpready
