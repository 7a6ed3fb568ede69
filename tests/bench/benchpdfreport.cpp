// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tests/core/reportfixtures.h"

#include <QBuffer>
#include <QTest>

#include "core/report/pdfreport.h"

using namespace tpready;

/// PDF export time of a 40-check report (issue target: well under 300 ms).
class BenchPdfReport final : public QObject
{
    Q_OBJECT

private slots:
    void export40Checks()
    {
        const Report report = testing::syntheticReport(40);
        const QByteArray json = reportToBytes(report);
        QBENCHMARK
        {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            const QString problem = renderPdfReport(report, json, &buffer);
            QVERIFY(problem.isEmpty());
        }
    }
};

QTEST_MAIN(BenchPdfReport)
#include "benchpdfreport.moc"
