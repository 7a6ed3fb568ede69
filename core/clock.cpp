// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "clock.h"

#include <chrono>

namespace tpready {
namespace {

class SystemClock final : public Clock
{
public:
    qint64 utcMicroseconds() const override
    {
        using namespace std::chrono;
        return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    }
    qint64 monotonicNanoseconds() const override
    {
        using namespace std::chrono;
        return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
    }
};

} // namespace

Clock::~Clock() = default;

QDateTime Clock::utcNow() const
{
    return QDateTime::fromMSecsSinceEpoch(utcMicroseconds() / 1000, Qt::UTC);
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

void Stopwatch::start(const Clock &clock)
{
    m_clock = &clock;
    m_startNs = clock.monotonicNanoseconds();
}

qint64 Stopwatch::elapsedNs() const
{
    return m_clock ? m_clock->monotonicNanoseconds() - m_startNs : 0;
}

} // namespace tpready
