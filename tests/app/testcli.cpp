// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "testsupport/gatewayblocktext.h"
#include "testsupport/prerequisite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real executable, in @p workDir when given, its standard output into @p stdoutFile when given.
Result runTool(const QStringList &args, const QString &workDir = QString(), const QString &stdoutFile = QString())
{
    QProcess process;
    process.setProgram(QStringLiteral(TPREADY_EXECUTABLE));
    process.setArguments(args);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start();
    Result result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

#ifdef Q_OS_UNIX // what the output-file tests share
/// A check against 127.0.0.1 only, where nothing listens on the plan's ports: MUST flows fail (exit status 1).
QStringList loopbackCheck()
{
    return {u"check"_s,       u"--deployment"_s, u"self-hosted"_s, u"--tpe"_s,     u"127.0.0.1"_s,
            u"--transport"_s, u"lrr-plain"_s,    u"--dns"_s,       u"127.0.0.1"_s, u"--ntp"_s,
            u"127.0.0.1"_s,   u"--timeout-ms"_s, u"300"_s,         u"--quiet"_s};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The report a `check --json` printed before its summary: the indented JSON ends with its first unindented "}".
QJsonObject leadingReport(const QString &out, QString *rest = nullptr)
{
    const qsizetype end = out.indexOf(u"\n}\n"_s);
    if (end < 0)
        return {};
    if (rest)
        *rest = out.mid(end + 3);
    return parseJson(out.left(end + 2));
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
}

/// /dev/null as it must stay, whoever runs the tests: a character device anyone may write to.
bool devNullIntact()
{
    const QFileInfo null(u"/dev/null"_s);
    return null.exists() && !null.isFile() && !null.isDir() && null.permissions().testFlag(QFileDevice::WriteOther) &&
           !QFile::exists(u"/dev/null.json"_s);
}
#endif

QStringList flowIds(const QJsonObject &flows)
{
    QStringList ids;
    for (const QJsonValue &flow : flows.value(u"flows"_s).toArray())
        ids << flow.toObject().value(u"flow"_s).toString();
    return ids;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const Result r = runTool({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"tpready "_s + QStringLiteral(TPREADY_VERSION));
        QVERIFY(r.err.isEmpty());
    }

    void help()
    {
        const Result r = runTool({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"tpready flows --deployment D --transport T"_s));
        QVERIFY(r.out.contains(u"tpready platforms [--json]"_s));
        const Result flows = runTool({u"flows"_s, u"--help"_s});
        QCOMPARE(flows.exitCode, 0);
        QVERIFY(flows.out.contains(u"--lrr-version X.Y"_s));
    }

    void platformsText()
    {
        const Result r = runTool({u"platforms"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &id :
             {u"eu-prod"_s, u"au-prod"_s, u"us-prod"_s, u"community"_s, u"eu-preprod"_s, u"au-preprod"_s})
            QVERIFY2(r.out.contains(id), qPrintable(id));
        QVERIFY(r.out.contains(u"slrc1-au1-preprod.thingpark.com"_s));
        QVERIFY(r.out.contains(u"reached only through the SLRC tunnels"_s));
    }

    void platformsJson()
    {
        const Result r = runTool({u"platforms"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = parseJson(r.out);
        QCOMPARE(root.value(u"schema"_s).toString(), u"tpready-platforms/1"_s);
        const QJsonArray platforms = root.value(u"platforms"_s).toArray();
        QCOMPARE(platforms.size(), 6);
        const QJsonObject eu = platforms.at(0).toObject();
        QCOMPARE(eu.value(u"id"_s).toString(), u"eu-prod"_s);
        QCOMPARE(eu.value(u"hosts"_s).toObject().value(u"SLRC"_s).toArray().size(), 2);
        QCOMPARE(eu.value(u"hosts"_s).toObject().value(u"PROXY_HTTP"_s).toArray().at(0).toString(),
                 u"thingparkenterprise.eu.actility.com"_s);
    }

    void flowsJson_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("checks");
        const QStringList saasIpsec{u"i6"_s,  u"i7"_s,   u"i7a"_s, u"i8a"_s, u"i10"_s,
                                    u"i11"_s, u"i11b"_s, u"i9"_s,  u"i17"_s};
        // i6 4 + i7 2 + i7a 6 + i8a 2 + i10 1 + i11 1 + i11b 2 + i9 2 + i17 1
        QTest::newRow("saas eu-prod ipsec")
            << QStringList{u"--deployment"_s, u"saas"_s,      u"--platform"_s, u"eu-prod"_s,
                           u"--transport"_s,  u"lrr-ipsec"_s, u"--dns"_s,      u"192.0.2.53"_s}
            << saasIpsec << 21;
        QTest::newRow("saas au-preprod tls")
            << QStringList{u"--deployment"_s, u"saas"_s,    u"--platform"_s, u"au-preprod"_s,
                           u"--transport"_s,  u"lrr-tls"_s, u"--dns"_s,      u"192.0.2.53"_s}
            << QStringList{u"i7a"_s, u"i8a"_s, u"i10"_s, u"i11"_s, u"i11b"_s, u"i9"_s, u"i17"_s} << 15;
        QTest::newRow("saas community basics station")
            << QStringList{u"--deployment"_s, u"saas"_s,           u"--platform"_s, u"community"_s,
                           u"--transport"_s,  u"basics-station"_s, u"--dns"_s,      u"192.0.2.53"_s}
            << QStringList{u"i10"_s, u"i11"_s, u"i11c"_s, u"i11d"_s, u"i17"_s} << 5;
        QTest::newRow("saas ipsec lrr 2.7")
            << QStringList{u"--deployment"_s, u"saas"_s,          u"--platform"_s, u"us-prod"_s, u"--transport"_s,
                           u"lrr-ipsec"_s,    u"--lrr-version"_s, u"2.7"_s,        u"--dns"_s,   u"192.0.2.53"_s}
            << QStringList{u"i6"_s, u"i7"_s, u"i8a"_s, u"i10"_s, u"i11"_s, u"i11b"_s, u"i9"_s, u"i17"_s} << 15;
        QTest::newRow("self-hosted plain")
            << QStringList{u"--deployment"_s, u"self-hosted"_s, u"--tpe"_s, u"tpe.example.com"_s,
                           u"--transport"_s,  u"lrr-plain"_s,   u"--dns"_s, u"192.0.2.53"_s}
            << QStringList{u"i3"_s, u"i5"_s, u"i6"_s, u"i7"_s, u"i8"_s, u"n1"_s, u"n2"_s, u"n3"_s, u"n4"_s} << 9;
        QTest::newRow("self-hosted HA basics station")
            << QStringList{u"--deployment"_s, u"self-hosted"_s,      u"--tpe"_s, u"192.0.2.1,192.0.2.2"_s,
                           u"--transport"_s,  u"basics-station"_s,   u"--ntp"_s, u"ntp1.example.com"_s,
                           u"--ntp"_s,        u"ntp2.example.com"_s, u"--dns"_s, u"192.0.2.53"_s}
            // i42 2 + i43 2 + n1 2 + n2 1 + n3 2 + n4 1
            << QStringList{u"i42"_s, u"i43"_s, u"n1"_s, u"n2"_s, u"n3"_s, u"n4"_s} << 10;
    }

    void flowsJson()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, ids);
        QFETCH(int, checks);
        const Result r = runTool(QStringList{u"flows"_s} + args + QStringList{u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QJsonObject root = parseJson(r.out);
        QCOMPARE(root.value(u"schema"_s).toString(), u"tpready-flows/1"_s);
        QCOMPARE(flowIds(root), ids);
        int count = 0;
        for (const QJsonValue &flow : root.value(u"flows"_s).toArray()) {
            const QJsonObject object = flow.toObject();
            for (const char16_t *key : {u"flow", u"requirement", u"protocol", u"direction", u"from", u"to",
                                        u"to_application", u"description", u"notes", u"checks"})
                QVERIFY2(object.contains(QString::fromUtf16(key)), qPrintable(QString::fromUtf16(key)));
            const QString requirement = object.value(u"requirement"_s).toString();
            QVERIFY(requirement == u"must"_s || requirement == u"optional"_s);
            count += static_cast<int>(object.value(u"checks"_s).toArray().size());
        }
        QCOMPARE(count, checks);
        const QJsonObject selection = root.value(u"selection"_s).toObject();
        QCOMPARE(selection.value(u"dns_servers"_s).toArray().at(0).toString(), u"192.0.2.53"_s);
    }

    void flowsJsonIpsecDetail()
    {
        const Result r = runTool({u"flows"_s, u"--deployment"_s, u"saas"_s, u"--platform"_s, u"eu-prod"_s,
                                  u"--transport"_s, u"lrr-ipsec"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = parseJson(r.out);
        const QJsonObject selection = root.value(u"selection"_s).toObject();
        QCOMPARE(selection.value(u"deployment"_s).toString(), u"saas"_s);
        QCOMPARE(selection.value(u"platform"_s).toString(), u"eu-prod"_s);
        QCOMPARE(selection.value(u"transport"_s).toString(), u"lrr-ipsec"_s);
        const QJsonArray flows = root.value(u"flows"_s).toArray();
        const QJsonObject i6 = flows.at(0).toObject();
        QCOMPARE(i6.value(u"protocol"_s).toString(), u"ike"_s);
        QCOMPARE(i6.value(u"direction"_s).toString(), u"bidirectional"_s);
        QCOMPARE(i6.value(u"from"_s).toString(), u"strongswan (client)"_s);
        QCOMPARE(i6.value(u"to"_s).toString(), u"SLRC"_s);
        QCOMPARE(i6.value(u"to_application"_s).toString(), u"strongswan"_s);
        const QJsonArray checks = i6.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks.at(0).toObject(),
                 (QJsonObject{{u"host"_s, u"slrc1.eu.thingpark.com"_s}, {u"port"_s, 500}, {u"transport"_s, u"udp"_s}}));
        QCOMPARE(checks.at(1).toObject().value(u"port"_s).toInt(), 4500);
        QCOMPARE(checks.at(2).toObject().value(u"host"_s).toString(), u"slrc2.eu.thingpark.com"_s);
        const QJsonObject esp = flows.at(1).toObject().value(u"checks"_s).toArray().at(0).toObject();
        QVERIFY(esp.value(u"port"_s).isNull());
        QCOMPARE(esp.value(u"transport"_s).toString(), u"ip"_s);
        QCOMPARE(esp.value(u"ip_protocol"_s).toInt(), 50);
        const QJsonObject dhcp = flows.at(5).toObject().value(u"checks"_s).toArray().at(0).toObject();
        QVERIFY(dhcp.value(u"host"_s).isNull());
        QCOMPARE(flows.at(4).toObject().value(u"requirement"_s).toString(), u"optional"_s);
        QCOMPARE(flows.at(4).toObject().value(u"notes"_s).toString(),
                 u"OPTIONAL, to be evaluated according to the access network."_s);
    }

    void flowsText()
    {
        const Result r = runTool({u"flows"_s, u"--deployment"_s, u"saas"_s, u"--platform"_s, u"eu-prod"_s,
                                  u"--transport"_s, u"lrr-tls"_s, u"--dns"_s, u"192.0.2.53"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"LRR flows when TLS is used"_s));
        QVERIFY(r.out.contains(u"TLS tunnels to respectively LRC:2404 (i14), LRC:22 (i15b), SUPPORT:22 (i17d)"_s));
        QVERIFY(r.out.contains(u"lrc1-tpe-eu.thingpark.com"_s));
        QVERIFY(r.out.contains(u"slrc2.eu.thingpark.com TCP/3003"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList base{u"flows"_s, u"--deployment"_s, u"saas"_s, u"--transport"_s, u"lrr-ipsec"_s};
        QTest::newRow("no command") << QStringList{u"--lang"_s, u"en"_s, u"--catalog"_s} << u"needs a value"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
        QTest::newRow("unknown global option") << QStringList{u"--frob"_s} << u"unknown option '--frob'"_s;
        QTest::newRow("unknown option") << (base + QStringList{u"--platform"_s, u"eu-prod"_s, u"--bogus"_s})
                                        << u"Unknown option 'bogus'"_s;
        QTest::newRow("positional") << (base + QStringList{u"--platform"_s, u"eu-prod"_s, u"extra"_s})
                                    << u"unexpected argument 'extra'"_s;
        QTest::newRow("missing deployment")
            << QStringList{u"flows"_s, u"--transport"_s, u"lrr-tls"_s} << u"--deployment is required"_s;
        QTest::newRow("missing transport")
            << QStringList{u"flows"_s, u"--deployment"_s, u"saas"_s, u"--platform"_s, u"eu-prod"_s}
            << u"--transport is required"_s;
        QTest::newRow("bad deployment") << QStringList{u"flows"_s, u"--deployment"_s, u"cloud"_s, u"--transport"_s,
                                                       u"lrr-tls"_s}
                                        << u"unknown deployment 'cloud'"_s;
        QTest::newRow("bad transport") << QStringList{u"flows"_s, u"--deployment"_s, u"saas"_s, u"--transport"_s,
                                                      u"gre"_s}
                                       << u"unknown transport 'gre'"_s;
        QTest::newRow("plain saas") << QStringList{u"flows"_s,   u"--deployment"_s, u"saas"_s,     u"--platform"_s,
                                                   u"eu-prod"_s, u"--transport"_s,  u"lrr-plain"_s}
                                    << u"exists only for self-hosted"_s;
        QTest::newRow("no platform") << base << u"needs a platform"_s;
        QTest::newRow("unknown platform")
            << (base + QStringList{u"--platform"_s, u"mars-prod"_s}) << u"Unknown platform 'mars-prod'"_s;
        QTest::newRow("platform twice") << (base +
                                            QStringList{u"--platform"_s, u"eu-prod"_s, u"--platform"_s, u"us-prod"_s})
                                        << u"--platform is given more than once"_s;
        QTest::newRow("empty platform") << (base + QStringList{u"--platform"_s, u""_s}) << u"needs a value"_s;
        QTest::newRow("saas with tpe") << (base +
                                           QStringList{u"--platform"_s, u"eu-prod"_s, u"--tpe"_s, u"192.0.2.1"_s})
                                       << u"only to self-hosted"_s;
        QTest::newRow("self-hosted no tpe")
            << QStringList{u"flows"_s, u"--deployment"_s, u"self-hosted"_s, u"--transport"_s, u"lrr-tls"_s}
            << u"at least one TPE"_s;
        QTest::newRow("tpe with port") << QStringList{u"flows"_s,  u"--deployment"_s,        u"self-hosted"_s,
                                                      u"--tpe"_s,  u"tpe.example.com:443"_s, u"--transport"_s,
                                                      u"lrr-tls"_s}
                                       << u"includes a port"_s;
        QTest::newRow("tpe empty item") << QStringList{u"flows"_s,      u"--deployment"_s, u"self-hosted"_s, u"--tpe"_s,
                                                       u"192.0.2.1,"_s, u"--transport"_s,  u"lrr-tls"_s}
                                        << u"is empty"_s;
        QTest::newRow("tpe bad ipv4") << QStringList{u"flows"_s,       u"--deployment"_s, u"self-hosted"_s, u"--tpe"_s,
                                                     u"192.0.2.256"_s, u"--transport"_s,  u"lrr-tls"_s}
                                      << u"not a valid IPv4"_s;
        QTest::newRow("tpe non-ascii") << QStringList{u"flows"_s,  u"--deployment"_s,           u"self-hosted"_s,
                                                      u"--tpe"_s,  u"t\u00e9l\u00e9.example"_s, u"--transport"_s,
                                                      u"lrr-tls"_s}
                                       << u"neither a host name nor an IP address"_s;
        QTest::newRow("bad lrr version") << (base +
                                             QStringList{u"--platform"_s, u"eu-prod"_s, u"--lrr-version"_s, u"two"_s})
                                         << u"'two' is not an LRR version"_s;
        QTest::newRow("lrr version basics station")
            << QStringList{u"flows"_s,       u"--deployment"_s,   u"saas"_s,          u"--platform"_s, u"eu-prod"_s,
                           u"--transport"_s, u"basics-station"_s, u"--lrr-version"_s, u"2.8"_s}
            << u"applies only to the LRR transports"_s;
        QTest::newRow("dns name") << (base +
                                      QStringList{u"--platform"_s, u"eu-prod"_s, u"--dns"_s, u"dns.example.com"_s})
                                  << u"not an IP address"_s;
        QTest::newRow("ntp url") << (base +
                                     QStringList{u"--platform"_s, u"eu-prod"_s, u"--ntp"_s, u"ntp://pool.ntp.org"_s})
                                 << u"is a URL"_s;
        QTest::newRow("bad language") << QStringList{u"--lang"_s, u"../../etc"_s, u"platforms"_s}
                                      << u"not a language code"_s;
        QTest::newRow("missing catalog") << QStringList{u"--catalog"_s, u"/nonexistent/tpready"_s, u"platforms"_s}
                                         << u"holds no .json file"_s;
        QTest::newRow("huge value") << (base + QStringList{u"--platform"_s, QString(100000, u'x')})
                                    << u"Unknown platform"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runTool(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // One line on stderr, nothing on stdout.
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.err.endsWith(u'\n'));
        QVERIFY(r.err.startsWith(u"tpready"_s));
        QVERIFY2(r.err.size() < 400, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void brokenCatalogDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"saas.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"schema\": \"tpready-catalog/1\", ");
        file.close();
        const Result r = runTool({u"--catalog"_s, dir.path(), u"platforms"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"catalog file saas.json"_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void customCatalogDirectory()
    {
        // A copy of the built-in catalog with one more platform: adding a platform is a JSON edit.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = QStringLiteral(TPREADY_SOURCE_DIR) + u"/resources/catalog/"_s;
        for (const QString &name : {u"saas.json"_s, u"self-hosted.json"_s})
            QVERIFY(QFile::copy(source + name, dir.filePath(name)));
        QFile platforms(source + u"platforms.json"_s);
        QVERIFY(platforms.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(platforms.readAll()).object();
        QJsonArray list = root.value(u"platforms"_s).toArray();
        QJsonObject lab = list.at(0).toObject();
        lab.insert(u"id"_s, u"lab"_s);
        lab.insert(u"name"_s, u"LAB"_s);
        list.append(lab);
        root.insert(u"platforms"_s, list);
        QFile out(dir.filePath(u"platforms.json"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();
        const Result r = runTool({u"--catalog"_s, dir.path(), u"flows"_s, u"--deployment"_s, u"saas"_s, u"--platform"_s,
                                  u"lab"_s, u"--transport"_s, u"lrr-tls"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(parseJson(r.out).value(u"selection"_s).toObject().value(u"platform"_s).toString(), u"lab"_s);
    }

    void checkWritesPdfAndJsonBeside()
    {
        // Loopback only: a self-hosted TPE at 127.0.0.1 where nothing listens on the plan's ports.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(u"site.pdf"_s);
        const Result r =
            runTool({u"check"_s, u"--deployment"_s, u"self-hosted"_s, u"--tpe"_s, u"127.0.0.1"_s, u"--transport"_s,
                     u"lrr-plain"_s, u"--dns"_s, u"127.0.0.1"_s, u"--ntp"_s, u"127.0.0.1"_s, u"--timeout-ms"_s,
                     u"300"_s, u"--site"_s, u"Lab bench"_s, u"--pdf"_s, pdf, u"--quiet"_s});
        QCOMPARE(r.exitCode, 1); // nothing listens: MUST flows fail
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(u"NOT-READY"_s));
        const QString json = dir.filePath(u"site.json"_s);
        QVERIFY(QFile::exists(pdf));
        QVERIFY(QFile::exists(json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(parseJson(QString::fromUtf8(bytes)).value(u"schema"_s).toString(), u"tpready-report/1"_s);
        const QString digest = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            TPREADY_MISSING(QStringLiteral("pdftotext is not installed: scripts/test installs poppler-utils"));
        auto text = [](const QString &path) {
            QProcess process;
            process.start(u"pdftotext"_s, {path, u"-"_s});
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        // The digest is printed whole, on one line, so support can compare it at a glance.
        QVERIFY(text(pdf).contains(digest));

        // Re-rendered from the JSON: the same content, tied by the same digest.
        const QString again = dir.filePath(u"again.pdf"_s);
        const Result report = runTool({u"report"_s, u"--from"_s, json, u"--pdf"_s, again});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QCOMPARE(text(again), text(pdf));
    }

    void reportErrors_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << u"this is not json"_s << u"not valid JSON"_s;
        QTest::newRow("wrong schema") << u"{\"schema\": \"tpready-flows/1\"}"_s << u"schema"_s;
        QTest::newRow("missing key") << u"{\"schema\": \"tpready-report/1\"}"_s << u"missing"_s;
    }

    void reportErrors()
    {
        QFETCH(QString, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString json = dir.filePath(u"bad.json"_s);
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
        file.close();
        const QString pdf = dir.filePath(u"out.pdf"_s);
        const Result r = runTool({u"report"_s, u"--from"_s, json, u"--pdf"_s, pdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(pdf));
    }

#ifdef Q_OS_UNIX
    void gatewayResultsAndCompare()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The laptop's report: nothing listens on loopback, the MUST flows fail.
        const QString laptop = dir.filePath(u"laptop.json"_s);
        Result r = runTool(loopbackCheck() << u"--json"_s << laptop);
        QCOMPARE(r.exitCode, 1);
        // The script for the same selection names the plan and every check.
        QStringList selection = loopbackCheck().mid(1, 10);
        r = runTool(QStringList{u"gateway-script"_s} + selection);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"#!/bin/sh\n"_s));
        const QRegularExpression keyLine(u"echo '([^']+)' >\"\\$TP_DIR/key\\.\\d+\""_s);
        QStringList keys;
        for (auto it = keyLine.globalMatch(r.out); it.hasNext();)
            keys << it.next().captured(1);
        QVERIFY(keys.size() > 3);
        const QString plan = QRegularExpression(u"echo \"plan ([0-9a-f]{16})\""_s).match(r.out).captured(1);
        QVERIFY(!plan.isEmpty());
        const Result pasted = runTool(QStringList{u"gateway-script"_s, u"--paste"_s} + selection);
        QVERIFY(pasted.out.startsWith(u"sh <<'TPREADY_GATEWAY_CHECK'\n#!/bin/sh\n"_s));

        // What the gateway printed: every check passed there.
        QStringList lines{u"format tpready-gateway/1"_s, u"plan "_s + plan, u"gateway gw-1"_s,
                          u"resolvers 127.0.0.1"_s};
        for (const QString &key : std::as_const(keys))
            lines << u"check "_s + key + u" pass ok - 127.0.0.1 answered"_s;
        const QByteArray block = tpready::testing::gatewayBlock(lines);
        const QString blockFile = dir.filePath(u"block.txt"_s);
        QVERIFY(writeFile(blockFile, block));

        const QString merged = dir.filePath(u"merged.json"_s);
        r = runTool({u"report"_s, u"--from"_s, laptop, u"--gateway-results"_s, blockFile, u"--json"_s, merged,
                     u"--pdf"_s, dir.filePath(u"merged.pdf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = parseJson(QString::fromUtf8(readAll(merged)));
        QCOMPARE(report.value(u"gateway"_s).toObject().value(u"gateway"_s).toString(), u"gw-1"_s);
        QCOMPARE(report.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"ready"_s);
        QVERIFY(QFileInfo(dir.filePath(u"merged.pdf"_s)).size() > 1000);

        // check --gateway-results: the same block merged into a new run; the gateway's passes count (exit 0), and the
        // text shows both views.
        const QString checked = dir.filePath(u"checked.json"_s);
        r = runTool(loopbackCheck() << u"--json"_s << checked << u"--gateway-results"_s << blockFile);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"Gateway view: gw-1"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"gateway: PASS ok"_s) && r.out.contains(u"Blocked from the laptop"_s),
                 qPrintable(r.out));
        QCOMPARE(parseJson(QString::fromUtf8(readAll(checked)))
                     .value(u"summary"_s)
                     .toObject()
                     .value(u"verdict"_s)
                     .toString(),
                 u"ready"_s);

        // compare: laptop -> merged fixes the MUST flows (exit 0); the other way they newly fail (exit 1).
        r = runTool({u"compare"_s, laptop, merged, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject comparison = parseJson(r.out);
        QCOMPARE(comparison.value(u"schema"_s).toString(), u"tpready-compare/1"_s);
        QVERIFY(!comparison.value(u"fixed"_s).toArray().isEmpty());
        r = runTool({u"compare"_s, merged, laptop});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"Newly failing ("_s), qPrintable(r.out));
        r = runTool({u"compare"_s, merged});
        QCOMPARE(r.exitCode, 2);
        r = runTool({u"compare"_s, merged, dir.filePath(u"absent.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no such file"_s), qPrintable(r.err));

        // A block changed after the gateway printed it: refused before anything runs, no report written.
        QByteArray changed = block;
        changed.replace(" pass ok - 127.0.0.1", " fail ok - 127.0.0.1");
        QVERIFY(writeFile(blockFile, changed));
        const QString refused = dir.filePath(u"refused.json"_s);
        r = runTool(loopbackCheck() << u"--json"_s << refused << u"--gateway-results"_s << blockFile);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"refused, nothing merged"_s) && r.err.contains(u"does not match"_s),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(refused));
        // Cut short: likewise.
        QVERIFY(writeFile(blockFile, block.left(block.indexOf("sum sha256"))));
        r = runTool({u"report"_s, u"--from"_s, laptop, u"--gateway-results"_s, blockFile, u"--json"_s, refused,
                     u"--pdf"_s, dir.filePath(u"refused.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"cut short"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(refused));
        // A comparison in the PDF's report: report --compare.
        const QString withComparison = dir.filePath(u"compared.json"_s);
        r = runTool({u"report"_s, u"--from"_s, merged, u"--compare"_s, laptop, u"--json"_s, withComparison, u"--pdf"_s,
                     dir.filePath(u"compared.pdf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(parseJson(QString::fromUtf8(readAll(withComparison))).contains(u"comparison"_s));
    }
#endif

    void unwritableOutputs()
    {
        QTemporaryDir dir;
        const QStringList selection{u"check"_s,       u"--deployment"_s, u"self-hosted"_s,  u"--tpe"_s, u"127.0.0.1"_s,
                                    u"--transport"_s, u"lrr-plain"_s,    u"--timeout-ms"_s, u"300"_s};
        // A directory, a missing directory: refused before anything is sent.
        Result r = runTool(selection + QStringList{u"--json"_s, dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"is a directory"_s), qPrintable(r.err));
        r = runTool(selection + QStringList{u"--pdf"_s, dir.filePath(u"missing/x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        r = runTool({u"report"_s, u"--from"_s, dir.filePath(u"none.json"_s), u"--pdf"_s, dir.filePath(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no such file"_s), qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    /// /dev/null discards: `check --json`, `check --pdf` and `report --pdf` succeed, write nothing anywhere else
    /// (no copy beside /dev/null, no JSON beside the PDF) and leave the device a device.
    void outputToDevNull()
    {
#ifndef Q_OS_UNIX
        QSKIP("/dev/null is Unix");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &option : {u"--json"_s, u"--pdf"_s}) {
            const Result r = runTool(loopbackCheck() + QStringList{option, u"/dev/null"_s}, dir.path());
            QVERIFY2(r.exitCode == 1, qPrintable(u"%1: exit %2: %3"_s.arg(option).arg(r.exitCode).arg(r.err)));
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
            QVERIFY(r.out.contains(u"NOT-READY"_s));
            QCOMPARE(filesIn(dir.path()), QStringList());
            QVERIFY(devNullIntact());
        }
        QCOMPARE(runTool(loopbackCheck() + QStringList{u"--json"_s, u"r.json"_s}, dir.path()).exitCode, 1);
        const Result report = runTool({u"report"_s, u"--from"_s, u"r.json"_s, u"--pdf"_s, u"/dev/null"_s}, dir.path());
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QVERIFY(report.err.isEmpty());
        QCOMPARE(filesIn(dir.path()), QStringList{u"r.json"_s});
        QVERIFY(devNullIntact());
#endif
    }

    /// /dev/stdout prints: the report, then the summary, on a pipe and on a file the shell redirected the output to
    /// (written through the stream, not opened again over it from its start).
    void outputToStdout()
    {
#ifndef Q_OS_UNIX
        QSKIP("/dev/stdout is Unix");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList toStdout = loopbackCheck() + QStringList{u"--json"_s, u"/dev/stdout"_s};
        Result r = runTool(toStdout, dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QString summary;
        QCOMPARE(leadingReport(r.out, &summary).value(u"schema"_s).toString(), u"tpready-report/1"_s);
        QVERIFY2(summary.contains(u"NOT-READY"_s), qPrintable(summary));

        const QString captured = dir.filePath(u"stdout.txt"_s);
        r = runTool(toStdout, dir.path(), captured);
        QCOMPARE(r.exitCode, 1);
        summary.clear();
        const QString text = QString::fromUtf8(readAll(captured));
        QCOMPARE(leadingReport(text, &summary).value(u"schema"_s).toString(), u"tpready-report/1"_s);
        QVERIFY2(summary.contains(u"NOT-READY"_s), qPrintable(text.right(400)));

        // The PDF, redirected to a file: whole, then the summary; `report --pdf` alone.
        const QString pdf = dir.filePath(u"pdf.out"_s);
        r = runTool(loopbackCheck() + QStringList{u"--json"_s, u"r.json"_s, u"--pdf"_s, u"/dev/stdout"_s}, dir.path(),
                    pdf);
        QCOMPARE(r.exitCode, 1);
        QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        const qsizetype eof = bytes.lastIndexOf("%%EOF");
        QVERIFY(eof > 0);
        QVERIFY(bytes.mid(eof).contains("NOT-READY"));
        r = runTool({u"report"_s, u"--from"_s, u"r.json"_s, u"--pdf"_s, u"/dev/stdout"_s}, dir.path(), pdf);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QCOMPARE(filesIn(dir.path()), (QStringList{u"pdf.out"_s, u"r.json"_s, u"stdout.txt"_s}));
#endif
    }

    /// A named pipe delivers: a program reading it (cat, started first) gets the whole report or PDF, the pipe stays
    /// a pipe, and nothing is saved beside it.
    void outputToFifo()
    {
#ifndef Q_OS_UNIX
        QSKIP("named pipes are Unix");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString received = dir.filePath(u"received"_s);
        auto through = [&](const QStringList &args, int *exitCode) {
            QProcess reader;
            reader.setStandardOutputFile(received);
            reader.start(u"cat"_s, {fifo});
            if (!reader.waitForStarted())
                return QByteArray();
            *exitCode = runTool(args, dir.path()).exitCode;
            if (!reader.waitForFinished(30000)) { // tpready never opened the pipe: cat still waits for a writer
                reader.kill();
                reader.waitForFinished();
            }
            const QByteArray bytes = readAll(received);
            QFile::remove(received);
            return bytes;
        };
        int exitCode = -1;
        QCOMPARE(parseJson(QString::fromUtf8(through(loopbackCheck() + QStringList{u"--json"_s, fifo}, &exitCode)))
                     .value(u"schema"_s)
                     .toString(),
                 u"tpready-report/1"_s);
        QCOMPARE(exitCode, 1);
        QByteArray pdf = through(loopbackCheck() + QStringList{u"--pdf"_s, u"pipe"_s}, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(filesIn(dir.path()), QStringList{u"pipe"_s}); // no pipe.json beside it

        QCOMPARE(runTool(loopbackCheck() + QStringList{u"--json"_s, u"r.json"_s}, dir.path()).exitCode, 1);
        pdf = through({u"report"_s, u"--from"_s, u"r.json"_s, u"--pdf"_s, fifo}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(filesIn(dir.path()), (QStringList{u"pipe"_s, u"r.json"_s}));
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &status), 0);
        QVERIFY(S_ISFIFO(status.st_mode));
#endif
    }

    /// A regular file is still replaced whole: the new report is a new file renamed over the old one (a hard link to
    /// the old one keeps the old bytes), and when any output fails, the old file is left as it was, with no copy
    /// beside it.
    void regularFileReplacedAtomically()
    {
#ifndef Q_OS_UNIX
        QSKIP("hard links and /dev/full are Unix");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString report = dir.filePath(u"r.json"_s);
        const QString link = dir.filePath(u"link.json"_s);
        QVERIFY(writeFile(report, "old"));
        QCOMPARE(::link(QFile::encodeName(report).constData(), QFile::encodeName(link).constData()), 0);

        // The PDF cannot be written (/dev/full): the JSON, ready beside r.json, is not put in its place.
        Result r =
            runTool(loopbackCheck() + QStringList{u"--json"_s, u"r.json"_s, u"--pdf"_s, u"/dev/full"_s}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"tpready check: cannot write /dev/full"_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QCOMPARE(readAll(report), QByteArray("old"));
        QCOMPARE(filesIn(dir.path()), (QStringList{u"link.json"_s, u"r.json"_s}));

        r = runTool(loopbackCheck() + QStringList{u"--json"_s, u"r.json"_s}, dir.path());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(parseJson(QString::fromUtf8(readAll(report))).value(u"schema"_s).toString(), u"tpready-report/1"_s);
        QCOMPARE(readAll(link), QByteArray("old")); // renamed into place, not written into the old file
        QCOMPARE(filesIn(dir.path()), (QStringList{u"link.json"_s, u"r.json"_s}));
#endif
    }

    void languageOption()
    {
        const Result r = runTool({u"--lang"_s, u"fr"_s, u"platforms"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        // Technical tokens never change with the language.
        QCOMPARE(parseJson(r.out).value(u"schema"_s).toString(), u"tpready-platforms/1"_s);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
