// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include "core/clock.h"

namespace probetest {

/// A clock that stands still until the test moves it: put in ProbeConfig::clock, it makes what a probe computes
/// from the time exact (offsets, delays, latencies).
class FixedClock final : public tpready::Clock
{
public:
    explicit FixedClock(qint64 utcMicroseconds) : m_utcUs(utcMicroseconds) {}

    qint64 utcMicroseconds() const override { return m_utcUs; }
    qint64 monotonicNanoseconds() const override { return m_monotonicNs; }

    /// Moves both clocks on by @p microseconds, as time passing would.
    void advance(qint64 microseconds)
    {
        m_utcUs += microseconds;
        m_monotonicNs += microseconds * 1000;
    }
    /// Steps the wall clock alone (a user or NTP setting it); durations do not see it.
    void step(qint64 microseconds) { m_utcUs += microseconds; }

private:
    qint64 m_utcUs;
    qint64 m_monotonicNs = 0;
};

} // namespace probetest
