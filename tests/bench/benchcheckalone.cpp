// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// The critical path of a plan, measured: every check of `tpready check`'s plan run alone (its own name lookup, its
// own probe, nothing else in flight), three times, the median kept. The slowest check's median is the critical path
// a run of the whole plan is compared with (scripts/bench).
//
//   benchcheckalone [--repeat N] CHECK-OPTIONS...   the options of `tpready check` (selection, --ca, --resolve,
//                                                   --timeout-ms); output options are ignored
// Prints one line per check, "alone MS FLOW HOST PORT VERDICT REASON", then "critical MS FLOW HOST PORT".
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

#include "app/checkcommand.h"
#include "app/clicommon.h"
#include "core/runner/runner.h"
#include "core/runner/session.h"

using namespace tpready;

namespace {

/// Runs @p plan once and returns the wall time from start() to finished(), and the check's result.
qint64 runOnce(const Plan &plan, const RunOptions &options, ProbeResult *result)
{
    Runner runner(plan, options);
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    if (runner.isRunning())
        loop.exec();
    const qint64 ms = clock.elapsed();
    *result = runner.checks().constFirst().result;
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int repeat = 3;
    if (args.size() >= 2 && args.constFirst() == u"--repeat") {
        repeat = std::max(1, args.at(1).toInt());
        args = args.mid(2);
    }
    QTextStream out(stdout);
    QString error;
    const auto parsed = cli::parseCheckOptions(args, &error);
    if (!parsed) {
        std::fprintf(stderr, "benchcheckalone: %s\n", qUtf8Printable(error));
        return 2;
    }
    RunOptions options;
    if (parsed->timeoutMs > 0)
        options.probe.timeoutMs = parsed->timeoutMs;
    options.resolveOverrides = parsed->resolve;
    for (const QString &path : parsed->caFiles)
        options.probe.extraCaCertificates += loadCaCertificates(path, &error);
    int exitCode = 0;
    const auto plan = cli::planFor(QStringLiteral("check"), parsed->selection, cli::Globals(), &exitCode);
    if (!plan)
        return exitCode;
    options.probe.planHosts = planHostNames(*plan);
    // One trust store for every run, as one process's runs shared it: the median run is warm (docs/PERFORMANCE.md).
    TrustStore trustStore;
    options.probe.trustStore = &trustStore;

    qint64 critical = -1;
    QString criticalCheck;
    for (const PlannedFlow &flow : plan->flows) {
        for (const Check &check : flow.checks) {
            Plan alone = *plan;
            PlannedFlow only = flow;
            only.checks = {check};
            alone.flows = {only};
            QList<qint64> times;
            ProbeResult result;
            for (int i = 0; i < repeat; ++i)
                times.append(runOnce(alone, options, &result));
            std::sort(times.begin(), times.end());
            const qint64 median = times.at(times.size() / 2);
            const QString name = QStringLiteral("%1 %2 %3")
                                     .arg(flow.flow.id, check.host.isEmpty() ? QStringLiteral("-") : check.host)
                                     .arg(check.port);
            out << "alone " << median << ' ' << name << ' ' << toToken(result.verdict) << ' ' << toToken(result.reason)
                << Qt::endl;
            if (median > critical) {
                critical = median;
                criticalCheck = name;
            }
        }
    }
    out << "critical " << critical << ' ' << criticalCheck << Qt::endl;
    return 0;
}
