// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace tpready {

/// Where the probes read the time. The system's clocks by default (Clock::system()); a test puts in a clock of its
/// own to make a time-dependent result exact (an NTP clock offset, a certificate's validity).
class Clock
{
public:
    Clock() = default;
    Q_DISABLE_COPY_MOVE(Clock)
    virtual ~Clock();

    /// Wall-clock time, in microseconds since 1970-01-01T00:00:00Z. It may step (a user or NTP setting it).
    virtual qint64 utcMicroseconds() const = 0;
    /// Monotonic time, in nanoseconds from an arbitrary origin: for durations, never steps with the wall clock.
    virtual qint64 monotonicNanoseconds() const = 0;

    /// The wall-clock time as a UTC QDateTime (millisecond precision).
    QDateTime utcNow() const;

    /// The system's clocks (std::chrono's system_clock and steady_clock).
    static const Clock &system();
};

/// Measures a duration on a Clock's monotonic time, as QElapsedTimer does on the system's.
class Stopwatch
{
public:
    /// Starts (or starts again) on @p clock, which must outlive the stopwatch.
    void start(const Clock &clock);
    bool isValid() const { return m_clock != nullptr; }
    /// Nanoseconds since start(); 0 before it.
    qint64 elapsedNs() const;
    /// Whole milliseconds since start(); 0 before it.
    qint64 elapsedMs() const { return elapsedNs() / 1000000; }

private:
    const Clock *m_clock = nullptr;
    qint64 m_startNs = 0;
};

} // namespace tpready
