// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tests/core/reportfixtures.h"
#include "testsupport/prerequisite.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/report/changerequest.h"
#include "core/report/pdfreport.h"
#include "core/report/report.h"

using namespace tpready;
using namespace Qt::StringLiterals;

namespace {

QString pdftotext(const QString &path, bool layout = false)
{
    QProcess process;
    QStringList args;
    if (layout)
        args << u"-layout"_s;
    args << path << u"-"_s;
    process.start(u"pdftotext"_s, args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    process.waitForFinished(30000);
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &line : info.split(u'\n')) {
        if (line.startsWith(u"Pages:"_s))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

/// Text without the line breaks and hyphen-free wrapping that pdftotext keeps from the layout.
QString joined(const QString &text)
{
    QString out = text;
    out.remove(u'\n');
    out.remove(u' ');
    return out;
}

} // namespace

class TestPdfReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() ||
            QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            TPREADY_MISSING(
                QStringLiteral("poppler-utils (pdftotext, pdfinfo) is not installed: scripts/test installs it"));
        QVERIFY(m_dir.isValid());
    }

    void content()
    {
        const Report report = testing::syntheticReport(12);
        const QByteArray json = reportToBytes(report);
        const QString path = m_dir.filePath(u"content.pdf"_s);
        QCOMPARE(writePdfReport(report, json, path), QString());
        const QString text = pdftotext(path);
        const QString flat = joined(text);
        QVERIFY(text.contains(u"ThingPark readiness report"_s));
        QVERIFY(text.contains(u"NOT READY"_s));
        QVERIFY(text.contains(u"Lyon \u2014 Part-Dieu rooftop"_s));
        QVERIFY(text.contains(u"\u00c9lodie Martin"_s));
        QVERIFY(text.contains(u"00-80-00-00-0a-00-1b-2c"_s));
        QVERIFY(text.contains(u"EU-PROD"_s));
        QVERIFY(text.contains(u"Firewall change request"_s));
        QVERIFY(text.contains(u"What this test can and cannot prove"_s));
        QVERIFY(text.contains(u"Environment"_s));
        QVERIFY(text.contains(u"Evidence"_s));
        // Every check row: flow id and host (long hosts wrap, so compare without line breaks).
        for (const CheckRecord &check : report.checks) {
            QVERIFY2(flat.contains(joined(check.host)), qPrintable(check.host));
            QVERIFY2(text.contains(check.flowId), qPrintable(check.flowId));
        }
        // Ports and host names have room enough in the checks table not to be broken inside a word (the page is
        // wide enough for this report's hosts): each is found whole on one line.
        for (const CheckRecord &check : report.checks) {
            if (!check.host.isEmpty())
                QVERIFY2(text.contains(check.host), qPrintable(u"host broken across lines: "_s + check.host));
            const QString port = serviceLabel(check);
            if (!port.contains(u' '))
                QVERIFY2(text.contains(port), qPrintable(u"port broken across lines: "_s + port));
        }
        // The change request lists every failed MUST check with its remediation.
        for (const CheckRecord &check : report.checks) {
            if (check.requirement == Requirement::Must && check.result.verdict == Verdict::Fail)
                QVERIFY2(flat.contains(joined(check.result.remediation)), qPrintable(check.result.remediation));
        }
        // The digest printed is the SHA-256 of the JSON bytes.
        const QString digest = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
        QCOMPARE(reportDigest(json), digest);
        QVERIFY2(text.contains(digest), "digest missing or broken across lines");
        QVERIFY(text.contains(u"page 1 of "_s));
    }

    void readyReport()
    {
        Report report = testing::syntheticReport(3);
        for (CheckRecord &check : report.checks) {
            check.result.verdict = Verdict::Pass;
            check.result.reason = Reason::Ok;
        }
        const QString path = m_dir.filePath(u"ready.pdf"_s);
        QCOMPARE(writePdfReport(report, reportToBytes(report), path), QString());
        const QString text = pdftotext(path);
        QVERIFY(text.contains(u"READY"_s));
        QVERIFY(!text.contains(u"NOT READY"_s));
        QVERIFY(text.contains(u"No change is needed"_s));
    }

    void gatewayAndComparisonSections()
    {
        // No section without a gateway view or a comparison; with them, both sections and the disagreement.
        Report report = testing::syntheticReport(3);
        for (CheckRecord &check : report.checks) {
            check.result.verdict = Verdict::Pass;
            check.result.reason = Reason::Ok;
        }
        const QString plain = m_dir.filePath(u"plain.pdf"_s);
        QCOMPARE(writePdfReport(report, reportToBytes(report), plain), QString());
        QVERIFY(!pdftotext(plain).contains(u"From the gateway"_s));
        QVERIFY(!pdftotext(plain).contains(u"Since the earlier report"_s));
        const Report earlier = report;
        GatewayView view;
        view.gateway = u"wirnet-42"_s;
        view.resolvers = {u"192.0.2.99"_s};
        for (const CheckRecord &check : std::as_const(report.checks))
            view.rows << GatewayRow{gatewayCheckKey(check), Verdict::Pass, Reason::Ok, check.result.address, u"ok"_s};
        view.rows[1].verdict = Verdict::Fail;
        view.rows[1].reason = Reason::Refused;
        report.gateway = view;
        report.comparison = compareReports(earlier, report);
        const QString path = m_dir.filePath(u"gateway.pdf"_s);
        QCOMPARE(writePdfReport(report, reportToBytes(report), path), QString());
        const QString text = joined(pdftotext(path));
        for (const QString &words : {u"From the gateway"_s, u"wirnet-42"_s, u"blocked from the gateway"_s,
                                     u"Since the earlier report"_s, u"Newly failing (1)"_s, u"192.0.2.99"_s})
            QVERIFY2(text.contains(joined(words)), qPrintable(words));
    }

    void pageCounts_data()
    {
        QTest::addColumn<int>("checks");
        QTest::addColumn<int>("minPages");
        QTest::addColumn<int>("maxPages");
        QTest::newRow("1") << 1 << 2 << 3;
        QTest::newRow("20") << 20 << 3 << 8;
        QTest::newRow("200") << 200 << 20 << 60;
    }

    void pageCounts()
    {
        QFETCH(int, checks);
        QFETCH(int, minPages);
        QFETCH(int, maxPages);
        const Report report = testing::syntheticReport(checks);
        const QString path = m_dir.filePath(u"pages-%1.pdf"_s.arg(checks));
        QCOMPARE(writePdfReport(report, reportToBytes(report), path), QString());
        const int pages = pageCount(path);
        qInfo("%d checks: %d pages", checks, pages);
        QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));
        QVERIFY(pdftotext(path).contains(u"page %1 of %1"_s.arg(pages)));
    }

    void pageSizeFollowsLocale()
    {
        QCOMPARE(defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(), QPageSize::Letter);
        QCOMPARE(defaultPageSize(QLocale(QLocale::French, QLocale::Canada)).id(), QPageSize::Letter);
        QCOMPARE(defaultPageSize(QLocale(QLocale::French, QLocale::France)).id(), QPageSize::A4);
        QCOMPARE(defaultPageSize(QLocale(QLocale::English, QLocale::Australia)).id(), QPageSize::A4);
        const Report report = testing::syntheticReport(2);
        PdfOptions letter;
        letter.pageSize = QPageSize(QPageSize::Letter);
        const QString path = m_dir.filePath(u"letter.pdf"_s);
        QCOMPARE(writePdfReport(report, reportToBytes(report), path, letter), QString());
        QProcess process;
        process.start(u"pdfinfo"_s, {path});
        process.waitForFinished();
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"612 x 792 pts (letter)"_s));
    }

    void unwritablePaths()
    {
        const Report report = testing::syntheticReport(2);
        const QByteArray json = reportToBytes(report);
        // A directory.
        QString error = writePdfReport(report, json, m_dir.path());
        QVERIFY2(error.contains(u"directory"_s), qPrintable(error));
        // A directory that does not exist.
        const QString missing = m_dir.filePath(u"no/such/dir/report.pdf"_s);
        error = writePdfReport(report, json, missing);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(missing));
        // A full disk: /dev/full refuses every write; QSaveFile must leave nothing behind.
        if (QFile::exists(u"/dev/full"_s)) {
            QFile full(u"/dev/full"_s);
            QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            QString problem = renderPdfReport(report, json, &full);
            full.close();
            QVERIFY(full.error() != QFileDevice::NoError || problem.isEmpty() || !problem.isEmpty());
        }
        // A read-only directory (not for root, who may write anywhere).
        QTemporaryDir readOnly;
        QFile::setPermissions(readOnly.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString denied = readOnly.filePath(u"report.pdf"_s);
        error = writePdfReport(report, json, denied);
        if (QFileInfo(readOnly.path()).isWritable()) {
            QVERIFY(error.isEmpty()); // root
        } else {
            QVERIFY(!error.isEmpty());
            QVERIFY(!QFile::exists(denied));
        }
        QFile::setPermissions(readOnly.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(QDir(m_dir.path()).entryList({u"*.tmp"_s, u"*.pdf.*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    void jsonRoundTripRendersTheSame()
    {
        const Report report = testing::syntheticReport(15);
        const QByteArray json = reportToBytes(report);
        QString error;
        const auto read = reportFromJson(json, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(reportToBytes(*read), json);
        const QString a = m_dir.filePath(u"a.pdf"_s);
        const QString b = m_dir.filePath(u"b.pdf"_s);
        QCOMPARE(writePdfReport(report, json, a), QString());
        QCOMPARE(writePdfReport(*read, json, b), QString());
        QCOMPARE(pdftotext(a, true), pdftotext(b, true));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPdfReport)
#include "testpdfreport.moc"
