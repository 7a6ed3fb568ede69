// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// Bad input on the command line: every option given empty, huge, non-ASCII, an IPv6 literal, a host with a port, out
// of range, twice; a corrupted catalog; report paths that are a directory, unwritable, a full device, on a full disk.
// Each must end with exit status 2 and one line on stderr (never an echo of a 100 000-character value), leave no
// file behind, and never crash. Nothing here sends a packet anywhere but 127.0.0.1: selection values that are valid
// elsewhere (an IPv6 TPE, a host name) are tried with `flows`, which sends nothing.
#include "testsupport/prerequisite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1; ///< -2: crashed (a signal), -3: timed out or did not start
    QString out;
    QString err;
};

/// Runs the real executable in @p workDir; @p wrapper (setpriv, unshare...) goes in front when given.
Result runTool(const QStringList &args, const QString &workDir = QString(), const QStringList &wrapper = {})
{
    QProcess process;
    if (wrapper.isEmpty()) {
        process.setProgram(QStringLiteral(TPREADY_EXECUTABLE));
        process.setArguments(args);
    } else {
        process.setProgram(wrapper.constFirst());
        process.setArguments(wrapper.mid(1) + QStringList{QStringLiteral(TPREADY_EXECUTABLE)} + args);
    }
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start();
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.exitCode = -3;
        result.err = u"timed out or did not start: "_s + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// Every file under @p dir, relative, sorted.
QStringList filesIn(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A selection that runs checks against 127.0.0.1 only, where nothing listens: a run takes about 300 ms.
QStringList loopbackCheck()
{
    return {u"check"_s,       u"--deployment"_s, u"self-hosted"_s, u"--tpe"_s,     u"127.0.0.1"_s,
            u"--transport"_s, u"lrr-plain"_s,    u"--dns"_s,       u"127.0.0.1"_s, u"--ntp"_s,
            u"127.0.0.1"_s,   u"--timeout-ms"_s, u"300"_s,         u"--quiet"_s};
}

const QString kHuge = QString(100000, u'a');
const QString kHugeNonAscii = QString(50000, QChar(0x00e9)); // 100 KB of UTF-8, under Linux's 128 KiB per argument
const QString kNonAscii = u"Z\u00fcrich-\u65e5\u672c-\u0639\u0631\u0628\u064a"_s;

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

/// The one-line, exit-2 contract of a refused invocation.
#define VERIFY_REFUSED(r)                                                                                              \
    do {                                                                                                               \
        QVERIFY2((r).exitCode == 2, qPrintable(u"exit %1: %2"_s.arg((r).exitCode).arg((r).err.left(300))));            \
        QCOMPARE((r).err.count(u'\n'), 1);                                                                             \
        QVERIFY((r).err.endsWith(u'\n'));                                                                              \
        QVERIFY2((r).err.startsWith(u"tpready"_s), qPrintable((r).err.left(300)));                                     \
        QVERIFY2((r).err.size() < 600, qPrintable(u"%1 characters on stderr"_s.arg((r).err.size())));                  \
    } while (false)

class TestBadInput final : public QObject
{
    Q_OBJECT

private slots:
    /// Selection options (shared by flows and check), with `flows`: nothing is sent whatever the value.
    void selectionOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QStringList saas{u"flows"_s,   u"--deployment"_s, u"saas"_s,     u"--platform"_s,
                               u"eu-prod"_s, u"--transport"_s,  u"lrr-ipsec"_s};
        const QStringList selfHosted{u"flows"_s,     u"--deployment"_s, u"self-hosted"_s, u"--tpe"_s,
                                     u"192.0.2.1"_s, u"--transport"_s,  u"lrr-tls"_s};
        auto rows = [&](const char *option, const QStringList &base, const QList<QPair<QString, int>> &values) {
            for (const auto &[value, code] : values) {
                QString name = value.size() > 40 ? u"huge %1"_s.arg(value.at(0) == u'a' ? u"ascii"_s : u"utf8"_s)
                               : value.isEmpty() ? u"empty"_s
                                                 : value;
                QStringList args = base;
                const qsizetype at = args.indexOf(QString::fromLatin1(option));
                if (at >= 0)
                    args[at + 1] = value; // replaces the base's value
                else
                    args << QString::fromLatin1(option) << value;
                QTest::addRow("%s %s", option, qPrintable(name)) << args << code;
            }
        };
        const QList<QPair<QString, int>> common{{QString(), 2},
                                                {kHuge, 2},
                                                {kHugeNonAscii, 2},
                                                {kNonAscii, 2},
                                                {u"2001:db8::1"_s, 2},
                                                {u"tpe.example.com:443"_s, 2},
                                                {u"[2001:db8::1]:443"_s, 2},
                                                {u"-1"_s, 2}};
        rows("--deployment", saas, common);
        rows("--transport", saas, common);
        rows("--platform", saas, common);
        rows("--lrr-version", saas,
             common + QList<QPair<QString, int>>{{u"2.8:443"_s, 2}, {u"99999999999.1"_s, 2}, {u"2.8"_s, 0}});
        rows("--tpe", selfHosted,
             {{QString(), 2},
              {kHuge, 2},
              {kHugeNonAscii, 2},
              {kNonAscii, 2},
              {u"2001:db8::1"_s, 0},
              {u"tpe.example.com:443"_s, 2},
              {u"[2001:db8::1]:443"_s, 2},
              {u"[2001:db8::1]"_s, 2},
              {u"fe80::1%eth0"_s, 2},
              {u"300.300.300.300"_s, 2},
              {u"https://tpe.example.com"_s, 2},
              {u"a,b,c,d,e,f,g,h,i"_s, 2},
              {u"192.0.2.1,192.0.2.1"_s, 2},
              {u"tpe.example.com"_s, 0}});
        const QList<QPair<QString, int>> servers{{QString(), 2},
                                                 {kHuge, 2},
                                                 {kHugeNonAscii, 2},
                                                 {kNonAscii, 2},
                                                 {u"2001:db8::1"_s, 0},
                                                 {u"ntp.example.com:123"_s, 2},
                                                 {u"[2001:db8::1]:123"_s, 2},
                                                 {u"300.300.300.300"_s, 2}};
        rows("--ntp", saas, servers + QList<QPair<QString, int>>{{u"ntp.example.com"_s, 0}});
        rows("--dns", saas, servers + QList<QPair<QString, int>>{{u"dns.example.com"_s, 2}});

        // Given twice.
        QTest::newRow("--deployment twice") << saas + QStringList{u"--deployment"_s, u"saas"_s} << 2;
        QTest::newRow("--transport twice") << saas + QStringList{u"--transport"_s, u"lrr-tls"_s} << 2;
        QTest::newRow("--platform twice") << saas + QStringList{u"--platform"_s, u"eu-prod"_s} << 2;
        QTest::newRow("--lrr-version twice")
            << saas + QStringList{u"--lrr-version"_s, u"2.8"_s, u"--lrr-version"_s, u"2.7"_s} << 2;
        QTest::newRow("--tpe twice, same") << selfHosted + QStringList{u"--tpe"_s, u"192.0.2.1"_s} << 2;
        QTest::newRow("--tpe twice, two nodes") << selfHosted + QStringList{u"--tpe"_s, u"192.0.2.2"_s} << 0;
        QTest::newRow("--ntp twice, same")
            << saas + QStringList{u"--ntp"_s, u"ntp.example.com"_s, u"--ntp"_s, u"NTP.example.com"_s} << 2;
        QTest::newRow("--dns twice, same")
            << saas + QStringList{u"--dns"_s, u"192.0.2.53"_s, u"--dns"_s, u"192.0.2.53"_s} << 2;
        QTest::newRow("--json with a value") << saas + QStringList{u"--json=yes"_s} << 2;
        QTest::newRow("unknown option") << saas + QStringList{u"--" + kHuge} << 2;
        QTest::newRow("stray argument") << saas + QStringList{kHugeNonAscii} << 2;
    }

    void selectionOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result r = runTool(args, dir.path());
        if (exitCode == 2) {
            VERIFY_REFUSED(r);
            QVERIFY(r.out.isEmpty());
        } else {
            QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err.left(300))));
            QVERIFY(!r.out.isEmpty());
        }
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    /// The same refusals with `check`: before any probe runs.
    void checkRefusesBadSelection_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        for (const char *option : {"--deployment", "--transport", "--tpe", "--lrr-version", "--ntp", "--dns"}) {
            QTest::addRow("%s empty", option) << QString::fromLatin1(option) << QString();
            QTest::addRow("%s huge", option) << QString::fromLatin1(option) << kHuge;
            QTest::addRow("%s non-ascii", option) << QString::fromLatin1(option) << kNonAscii;
            QTest::addRow("%s host:port", option) << QString::fromLatin1(option) << u"tpe.example.com:443"_s;
        }
    }

    void checkRefusesBadSelection()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QTemporaryDir dir;
        QStringList args = loopbackCheck();
        args[args.indexOf(option) + 1] = value;
        args << u"--json"_s << u"report.json"_s;
        const Result r = runTool(args, dir.path());
        VERIFY_REFUSED(r);
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    /// The options of check alone, on a loopback selection; a value that is accepted runs a ~300 ms loopback check.
    void checkOptions_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        auto row = [](const QString &name, const QStringList &extra, int code) {
            QTest::newRow(qPrintable(name)) << extra << code;
        };
        const QString t = u"--timeout-ms"_s;
        for (const QString &v :
             {QString(), kHuge, kHugeNonAscii, kNonAscii, u"2001:db8::1"_s, u"1000:443"_s, u"-1"_s, u"0"_s, u"99"_s,
              u"120001"_s, u"99999999999"_s, u"1e3"_s, u"\u0663\u0660\u0660"_s /* Arabic-Indic 300 */, u"300ms"_s})
            row(u"--timeout-ms "_s + (v.size() > 40 ? u"huge"_s : v.isEmpty() ? u"empty"_s : v), {t, v}, 2);
        row(u"--timeout-ms twice"_s, {t, u"300"_s}, 2);
        for (const QString &v :
             {QString(), kHuge, kHugeNonAscii, kNonAscii, u"2001:db8::1"_s, u"/"_s, u"ca.pem:443"_s, u"/dev/null"_s})
            row(u"--ca "_s + (v.size() > 40 ? u"huge"_s : v.isEmpty() ? u"empty"_s : v), {u"--ca"_s, v}, 2);
        for (const QString &v :
             {QString(), kHuge, kNonAscii, u"2001:db8::1"_s, u"tpe.example.com"_s, u"tpe.example.com="_s,
              u"=127.0.0.1"_s, u"tpe.example.com:443=127.0.0.1"_s, u"tpe.example.com=127.0.0.1:443"_s,
              u"tpe.example.com=[::1]"_s, u"z\u00fcrich.example.com=127.0.0.1"_s, u"tpe.example.com=300.0.0.1"_s})
            row(u"--resolve "_s + (v.size() > 40 ? u"huge"_s : v.isEmpty() ? u"empty"_s : v), {u"--resolve"_s, v}, 2);
        row(u"--resolve twice, two addresses"_s,
            {u"--resolve"_s, u"a.example.com=127.0.0.1"_s, u"--resolve"_s, u"A.example.com=127.0.0.2"_s}, 2);
        row(u"--site huge"_s, {u"--site"_s, kHuge}, 2);
        row(u"--site 501 characters"_s, {u"--site"_s, QString(501, u'x')}, 2);
        row(u"--site twice"_s, {u"--site"_s, u"a"_s, u"--site"_s, u"b"_s}, 2);
        row(u"--operator huge non-ascii"_s, {u"--operator"_s, kHugeNonAscii}, 2);
        row(u"--operator twice"_s, {u"--operator"_s, u"a"_s, u"--operator"_s, u"b"_s}, 2);
        row(u"--json empty"_s, {u"--json"_s, QString()}, 2);
        row(u"--json huge"_s, {u"--json"_s, kHuge}, 2);
        row(u"--json twice"_s, {u"--json"_s, u"a.json"_s, u"--json"_s, u"b.json"_s}, 2);
        row(u"--pdf empty"_s, {u"--pdf"_s, QString()}, 2);
        row(u"--pdf huge non-ascii"_s, {u"--pdf"_s, kHugeNonAscii}, 2);
        row(u"--pdf twice"_s, {u"--pdf"_s, u"a.pdf"_s, u"--pdf"_s, u"b.pdf"_s}, 2);
        row(u"--pdf and --json the same file"_s, {u"--pdf"_s, u"r.pdf"_s, u"--json"_s, u"r.pdf"_s}, 2);
        row(u"--json in a missing directory"_s, {u"--json"_s, u"missing/r.json"_s}, 2);
        row(u"--redact with a value"_s, {u"--redact=yes"_s}, 2);
        row(u"--quiet with a value"_s, {u"--quiet=no"_s}, 2);
        // Accepted: they run (nothing listens on 127.0.0.1, so MUST flows fail: exit 1).
        row(u"--site non-ascii"_s, {u"--site"_s, kNonAscii, u"--json"_s, u"r.json"_s}, 1);
        row(u"--site empty"_s, {u"--site"_s, QString(), u"--json"_s, u"r.json"_s}, 1);
        row(u"--resolve IPv6, unused"_s, {u"--resolve"_s, u"unused.example.com=2001:db8::1"_s}, 1);
        row(u"--json non-ascii file name"_s, {u"--json"_s, kNonAscii + u".json"_s}, 1);
    }

    void checkOptions()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList args = loopbackCheck();
        if (extra.contains(u"--timeout-ms"_s)) {
            // Replace the base's value, unless the row gives the option twice on purpose.
            const qsizetype at = args.indexOf(u"--timeout-ms"_s);
            if (extra.size() == 2 && extra.at(1) != u"300"_s)
                args.remove(at, 2);
        }
        const Result r = runTool(args + extra, dir.path());
        if (exitCode == 2) {
            VERIFY_REFUSED(r);
            QCOMPARE(filesIn(dir.path()), QStringList());
            return;
        }
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err.left(300))));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err.left(300)));
        const qsizetype json = extra.indexOf(u"--json"_s);
        if (json >= 0) {
            QCOMPARE(filesIn(dir.path()), QStringList{extra.at(json + 1)});
            QFile file(dir.filePath(extra.at(json + 1)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
            QCOMPARE(report.value(u"schema"_s).toString(), u"tpready-report/1"_s);
            const qsizetype site = extra.indexOf(u"--site"_s);
            if (site >= 0) // non-ASCII survives, as UTF-8
                QCOMPARE(report.value(u"site"_s).toObject().value(u"name"_s).toString(), extra.at(site + 1));
        } else {
            QCOMPARE(filesIn(dir.path()), QStringList());
        }
    }

    /// Global options, with every command.
    void globalOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const QString &v :
             {QString(), kHuge, kHugeNonAscii, kNonAscii, u"fr:443"_s, u"2001:db8::1"_s, u"../../etc"_s}) {
            const QString name = v.size() > 40 ? u"huge"_s : v.isEmpty() ? u"empty"_s : v;
            QTest::addRow("--lang %s", qPrintable(name)) << QStringList{u"--lang"_s, v, u"platforms"_s};
            QTest::addRow("--lang= %s", qPrintable(name)) << QStringList{u"--lang="_s + v, u"platforms"_s};
        }
        for (const QString &v :
             {QString(), kHuge, kHugeNonAscii, kNonAscii, u"/dev/null"_s, u"/nonexistent"_s, u"2001:db8::1"_s})
            QTest::addRow("--catalog %s", qPrintable(v.size() > 40 ? u"huge"_s
                                                     : v.isEmpty() ? u"empty"_s
                                                                   : v))
                << QStringList{u"--catalog"_s, v, u"platforms"_s};
        QTest::newRow("--lang at the end") << QStringList{u"platforms"_s, u"--lang"_s};
        QTest::newRow("--lang twice") << QStringList{u"--lang"_s, u"fr"_s, u"platforms"_s, u"--lang=de"_s};
        QTest::newRow("--catalog twice") << QStringList{u"--catalog"_s, u"/tmp"_s, u"--catalog"_s, u"/tmp"_s,
                                                        u"platforms"_s};
        QTest::newRow("report --from twice")
            << QStringList{u"report"_s, u"--from"_s, u"a.json"_s, u"--from"_s, u"b.json"_s, u"--pdf"_s, u"r.pdf"_s};
        QTest::newRow("report --pdf twice")
            << QStringList{u"report"_s, u"--from"_s, u"a.json"_s, u"--pdf"_s, u"a.pdf"_s, u"--pdf"_s, u"b.pdf"_s};
        QTest::newRow("--version with an argument") << QStringList{u"--version"_s, kHuge};
        QTest::newRow("unknown command huge") << QStringList{kHuge};
        QTest::newRow("unknown command non-ascii") << QStringList{kNonAscii};
        QTest::newRow("report without --pdf") << QStringList{u"report"_s, u"--from"_s, kHuge};
    }

    void globalOptions()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const Result r = runTool(args, dir.path());
        VERIFY_REFUSED(r);
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    /// A catalog given with --catalog that is corrupted in every way a file can be.
    void corruptedCatalog_data()
    {
        QTest::addColumn<QByteArray>("saas");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"schema\": \"tpready-catalog/1\", \"deployment\": \"saas\", \"ta");
        QTest::newRow("binary") << QByteArray::fromHex("00ff00ff1f8b0800000000000003");
        QTest::newRow("UTF-16") << QByteArray::fromHex("fffe7b0022007300");
        QTest::newRow("array") << QByteArray("[1, 2, 3]");
        QTest::newRow("deeply nested") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("huge string") << "{\"schema\": \"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}";
        QTest::newRow("larger than 4 MiB") << QByteArray(5 * 1024 * 1024, ' ');
    }

    void corruptedCatalog()
    {
        QFETCH(QByteArray, saas);
        QTemporaryDir catalog;
        const QString source = QStringLiteral(TPREADY_SOURCE_DIR) + u"/resources/catalog/"_s;
        for (const QString &name : {u"platforms.json"_s, u"self-hosted.json"_s})
            QVERIFY(QFile::copy(source + name, catalog.filePath(name)));
        QVERIFY(writeFile(catalog.filePath(u"saas.json"_s), saas));
        QTemporaryDir dir;
        for (const QStringList &command : {QStringList{u"platforms"_s},
                                           QStringList{u"flows"_s, u"--deployment"_s, u"saas"_s, u"--platform"_s,
                                                       u"eu-prod"_s, u"--transport"_s, u"lrr-tls"_s},
                                           loopbackCheck() + QStringList{u"--json"_s, u"r.json"_s}}) {
            const Result r = runTool(QStringList{u"--catalog"_s, catalog.path()} + command, dir.path());
            VERIFY_REFUSED(r);
            QVERIFY2(r.err.contains(u"saas.json"_s), qPrintable(r.err.left(300)));
        }
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    /// `report --from` with files that are not reports.
    void badReportFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray::fromHex("25504446ff00ff00");
        QTest::newRow("deeply nested") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("wrong types") << QByteArray("{\"schema\": \"tpready-report/1\", \"tool\": 1, \"checks\": {}}");
        QTest::newRow("huge numbers") << QByteArray(
            "{\"schema\":\"tpready-report/1\",\"tool\":{\"name\":\"tpready\",\"version\":\"1\"},"
            "\"started_at\":\"2026-01-01T00:00:00Z\",\"finished_at\":\"2026-01-01T00:00:01Z\","
            "\"duration_ms\":1e300,\"selection\":{},\"site\":{},\"environment\":{\"clock_offset_ms\":"
            "-1e300},\"checks\":[{\"flow\":\"i1\",\"requirement\":\"must\",\"protocol\":\"tls\","
            "\"transport\":\"tcp\",\"verdict\":\"pass\",\"reason\":\"ok\",\"port\":1e300,"
            "\"latency_ms\":1e300}]}");
        QTest::newRow("larger than 32 MiB") << QByteArray(33 * 1024 * 1024, ' ');
    }

    void badReportFiles()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"bad.json"_s), content));
        const Result r = runTool({u"report"_s, u"--from"_s, u"bad.json"_s, u"--pdf"_s, u"out.pdf"_s}, dir.path());
        VERIFY_REFUSED(r);
        QCOMPARE(filesIn(dir.path()), QStringList{u"bad.json"_s});
    }

    /// Report paths: a directory, a missing directory, a device (/dev/full, /dev/null: never replaced), the input.
    void badOutputPaths_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("path");
        for (const char *option : {"--json", "--pdf"}) {
            QTest::addRow("%s directory", option) << QString::fromLatin1(option) << u"."_s;
            QTest::addRow("%s missing directory", option) << QString::fromLatin1(option) << u"no/such/dir/r"_s;
            // A device that cannot be written: refused when the write fails (/dev/null works: testcli).
            QTest::addRow("%s /dev/full", option) << QString::fromLatin1(option) << u"/dev/full"_s;
            QTest::addRow("%s under a file", option) << QString::fromLatin1(option) << u"file.txt/r"_s;
        }
    }

    void badOutputPaths()
    {
        QFETCH(QString, option);
        QFETCH(QString, path);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"file.txt"_s), "x"));
        const Result r = runTool(loopbackCheck() + QStringList{option, path}, dir.path());
        VERIFY_REFUSED(r);
        QCOMPARE(filesIn(dir.path()), QStringList{u"file.txt"_s});
        // The devices are still devices.
        QVERIFY(!QFileInfo(u"/dev/full"_s).isFile());
        QVERIFY(!QFileInfo(u"/dev/null"_s).isFile());

        // report --pdf: the same paths.
        QVERIFY(writeFile(dir.filePath(u"in.json"_s), "{}"));
        const Result report = runTool({u"report"_s, u"--from"_s, u"in.json"_s, u"--pdf"_s, path}, dir.path());
        VERIFY_REFUSED(report);
        QCOMPARE(filesIn(dir.path()), (QStringList{u"file.txt"_s, u"in.json"_s}));
    }

    /// A directory the user may not write to (as an unprivileged user: run as nobody when the suite runs as root).
    void unwritableDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"locked"_s));
        const QString locked = dir.filePath(u"locked"_s);
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                                  QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                                      QFile::ExeGroup));
        QStringList wrapper;
        if (isRoot()) {
            const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
            if (setpriv.isEmpty())
                TPREADY_MISSING(
                    QStringLiteral("root without setpriv (util-linux): cannot test an unwritable directory"));
            wrapper = {setpriv, u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s};
        }
        for (const char *option : {"--json", "--pdf"}) {
            const Result r = runTool(loopbackCheck() + QStringList{QString::fromLatin1(option), locked + u"/r.out"_s},
                                     dir.path(), wrapper);
            VERIFY_REFUSED(r);
            QVERIFY2(r.err.contains(u"not writable"_s), qPrintable(r.err));
        }
        QCOMPARE(filesIn(locked), QStringList());
        // An existing report that may not be replaced.
        QVERIFY(writeFile(dir.filePath(u"old.json"_s), "{}"));
        QVERIFY(QFile::setPermissions(dir.filePath(u"old.json"_s), QFile::ReadOwner | QFile::ReadOther));
        const Result r =
            runTool(loopbackCheck() + QStringList{u"--json"_s, dir.filePath(u"old.json"_s)}, dir.path(), wrapper);
        VERIFY_REFUSED(r);
        QFile old(dir.filePath(u"old.json"_s));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("{}"));
    }

    /// Not bad input, but the same runs: --redact leaves none of this laptop's own addresses in the report.
    void redactHidesTheLaptop()
    {
        QTemporaryDir dir;
        const Result plain = runTool(loopbackCheck() + QStringList{u"--json"_s, u"plain.json"_s}, dir.path());
        QCOMPARE(plain.exitCode, 1);
        const Result redacted =
            runTool(loopbackCheck() + QStringList{u"--redact"_s, u"--json"_s, u"redacted.json"_s}, dir.path());
        QCOMPARE(redacted.exitCode, 1);
        auto read = [&](const QString &name) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QJsonObject environment =
            QJsonDocument::fromJson(read(u"plain.json"_s)).object().value(u"environment"_s).toObject();
        QStringList secrets;
        for (const QJsonValue &iface : environment.value(u"interfaces"_s).toArray()) {
            const QJsonObject object = iface.toObject();
            if (object.value(u"kind"_s).toString() == u"loopback"_s)
                continue;
            for (const QJsonValue &address : object.value(u"addresses"_s).toArray())
                secrets << address.toString().section(u'/', 0, 0);
            if (object.value(u"hardware_address"_s).toString().size() >= 8)
                secrets << object.value(u"hardware_address"_s).toString();
        }
        secrets.removeAll(QString());
        if (secrets.isEmpty())
            QSKIP("this machine has no address but loopback: nothing to redact");
        const QString text = QString::fromUtf8(read(u"redacted.json"_s));
        QVERIFY(text.contains(u"\"redacted\""_s));
        for (const QString &secret : std::as_const(secrets)) {
            // Whole occurrences only: 10.0.0.1 may be part of 10.0.0.15, another host.
            const QRegularExpression whole(u"(?<![\\w:.])"_s + QRegularExpression::escape(secret) +
                                               u"(?![\\w:]|\\.\\w)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!whole.match(text).hasMatch(), qPrintable(secret));
        }
    }

    /// A full disk: a small tmpfs filled up, in a private mount namespace. The run ends with one error and leaves
    /// neither the JSON nor the PDF (nor a temporary file) behind.
    void fullDisk()
    {
#ifndef Q_OS_LINUX
        QSKIP("Linux mount namespaces only");
#else
        const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
        if (unshare.isEmpty())
            TPREADY_MISSING(QStringLiteral("unshare (util-linux) is not installed"));
        QTemporaryDir dir;
        const QString disk = dir.filePath(u"disk"_s);
        QVERIFY(QDir().mkpath(disk));
        // Root gets a mount namespace; an unprivileged user a user namespace too, where the kernel allows it.
        const QStringList flags =
            isRoot() ? QStringList{u"--mount"_s} : QStringList{u"--map-root-user"_s, u"--mount"_s};
        const QString script = u"mount -t tmpfs -o size=256k tmpfs \"$1\" || exit 97\n"
                               "head -c 1048576 /dev/zero > \"$1/filler\" 2>/dev/null\n"
                               "shift\n"
                               "\"$@\"\n"
                               "echo \"EXIT=$?\" >&2\n"
                               "ls -A \"$(dirname \"$0\")/disk\" >&2\n"_s;
        QStringList args = loopbackCheck();
        args << u"--json"_s << disk + u"/r.json"_s << u"--pdf"_s << disk + u"/r.pdf"_s;
        QProcess process;
        process.setProgram(unshare);
        process.setArguments(
            flags +
            QStringList{u"sh"_s, u"-c"_s, script, dir.filePath(u"x"_s), disk, QStringLiteral(TPREADY_EXECUTABLE)} +
            args);
        process.start();
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitCode() == 97 || err.contains(u"unshare failed"_s) || err.contains(u"Operation not permitted"_s))
            TPREADY_MISSING(QStringLiteral("no mount namespace here (needs root or unprivileged user namespaces)"));
        const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
        const qsizetype exitLine = lines.indexOf(u"EXIT=2"_s);
        QVERIFY2(exitLine == 1, qPrintable(err.left(600)));
        QVERIFY2(lines.at(0).startsWith(u"tpready check: cannot write"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(u"No space left"_s) || lines.at(0).contains(u"space"_s), qPrintable(lines.at(0)));
        QCOMPARE(lines.mid(exitLine + 1), QStringList{u"filler"_s});
#endif
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "testbadinput.moc"
