// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

// A stand-in probe for the GUI and session tests: it sends nothing, and ends with the result the test chose, after the
// delay the test chose, or never (only a cancel or its deadline ends it). It counts the live instances, so a test can
// prove that none is left behind.

#include <QTimer>
#include <functional>

#include "core/probes/probe.h"
#include "core/runner/runner.h"

namespace testing {

struct ProbeScript
{
    tpready::ProbeResult result;
    int delayMs = 0;
    bool hang = false; ///< never ends by itself
};

class ScriptedProbe final : public tpready::Probe
{
public:
    ScriptedProbe(const tpready::ProbeTarget &target, const tpready::ProbeConfig &config, ProbeScript script,
                  QObject *parent)
        : tpready::Probe(target, config, parent), m_script(std::move(script))
    {
        ++live();
    }
    ~ScriptedProbe() override { --live(); }

    /// How many scripted probes exist now.
    static int &live()
    {
        static int count = 0;
        return count;
    }

protected:
    void begin() override
    {
        if (m_script.hang)
            return;
        QTimer::singleShot(m_script.delayMs, this, [this] {
            tpready::ProbeResult result = m_script.result;
            if (result.latencyMs < 0 && result.verdict == tpready::Verdict::Pass)
                result.latencyMs = elapsedMs();
            finish(result);
        });
    }
    tpready::ProbeResult deadlineResult() override
    {
        return tpready::ProbeResult::make(tpready::Verdict::Fail, tpready::Reason::Timeout,
                                          QStringLiteral("No answer before the deadline (scripted)."));
    }

private:
    ProbeScript m_script;
};

/// A Runner factory of scripted probes.
inline tpready::ProbeFactory scriptedFactory(std::function<ProbeScript(const tpready::ProbeTarget &)> script)
{
    return [script](const tpready::ProbeTarget &target, const tpready::ProbeConfig &config, QObject *parent) {
        return new ScriptedProbe(target, config, script(target), parent);
    };
}

inline tpready::ProbeResult result(tpready::Verdict verdict, tpready::Reason reason, const QString &detail,
                                   qint64 latencyMs = -1, const QJsonObject &evidence = {})
{
    tpready::ProbeResult r = tpready::ProbeResult::make(verdict, reason, detail);
    r.latencyMs = latencyMs;
    r.evidence = evidence;
    return r;
}

} // namespace testing
