// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tests/core/reportfixtures.h"
#include "testsupport/prerequisite.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/report/report.h"

using namespace Qt::StringLiterals;

namespace {

using Environment = QHash<QString, QString>;

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the executable with the test's environment (LC_ALL=C.UTF-8) changed by @p environment; an empty value
/// removes the variable.
Result runTool(const QStringList &args, const Environment &environment = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral(TPREADY_EXECUTABLE));
    process.setArguments(args);
    process.start();
    Result result;
    if (!process.waitForFinished(60000)) {
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

/// The system locale as a user's session sets it: LANG, without the test's LC_ALL.
Environment session(const QString &lang)
{
    return {{u"LC_ALL"_s, QString()}, {u"LC_MESSAGES"_s, QString()}, {u"LANGUAGE"_s, QString()}, {u"LANG"_s, lang}};
}

/// What must read the same in every language: flow ids, protocols and ports, host names, the vendor's words.
QStringList technicalTokens(const QString &text)
{
    static const QRegularExpression token(
        u"\\b(?:[in]\\d+[a-z]?|(?:TCP|UDP|IP)/\\d+|ICMP|MUST|OPTIONAL|BASE STATION|SLRC|SUPPORT|LRC|"
        u"Bidirectional|Unidirectional|[a-z0-9-]+(?:\\.[a-z0-9-]+)+\\.(?:com|org)|\\d+\\.\\d+\\.\\d+\\.\\d+)\\b"_s);
    QStringList tokens;
    for (const QRegularExpressionMatch &match : token.globalMatch(text))
        tokens << match.captured();
    tokens.sort();
    return tokens;
}

const QStringList kFlows{u"flows"_s,   u"--deployment"_s, u"saas"_s,   u"--platform"_s,
                         u"eu-prod"_s, u"--transport"_s,  u"lrr-tls"_s};

QString pdftotext(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    process.waitForFinished(30000);
    // One line per paragraph: the PDF wraps sentences where the page ends.
    // Ligatures (the "fi" of "vérifications") as letters.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

class TestCliLanguages final : public QObject
{
    Q_OBJECT

private slots:
    void flowsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("hosts");
        QTest::addColumn<QString>("counts");
        QTest::addColumn<QString>("tunnel");
        QTest::newRow("en") << u"en"_s << u"Hosts: "_s << u"7 flows, 15 checks"_s << u"is not reached directly"_s;
        QTest::newRow("fr") << u"fr"_s << u"Hôtes : "_s << u"7 flux, 15 vérifications"_s
                            << u"n'est pas joint directement"_s;
        QTest::newRow("de") << u"de"_s << u"Hosts: "_s << u"7 Flows, 15 Prüfungen"_s << u"wird nicht direkt erreicht"_s;
        QTest::newRow("es") << u"es"_s << u"Hosts: "_s << u"7 flujos, 15 comprobaciones"_s
                            << u"no se alcanza directamente"_s;
    }

    void flowsInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, hosts);
        QFETCH(QString, counts);
        QFETCH(QString, tunnel);
        const Result r = runTool(QStringList{u"--lang"_s, language} + kFlows);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(hosts + u"slrc1.eu.thingpark.com, slrc2.eu.thingpark.com"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(counts), qPrintable(r.out));
        QVERIFY2(r.out.contains(tunnel), qPrintable(r.out));
        // The vendor's wording is the vendor's, whatever the language.
        QVERIFY(r.out.contains(u"LRR flows when TLS is used"_s));
        QVERIFY(r.out.contains(u"TLS tunnels to respectively"_s));
        const Result english = runTool(QStringList{u"--lang"_s, u"en"_s} + kFlows);
        QCOMPARE(technicalTokens(r.out), technicalTokens(english.out));
        QVERIFY(technicalTokens(r.out).contains(u"i7a"_s));
    }

    void languageFromSystemLocale_data()
    {
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        const QString french = u"7 flux, 15 vérifications"_s;
        const QString german = u"7 Flows, 15 Prüfungen"_s;
        const QString english = u"7 flows, 15 checks"_s;
        QTest::newRow("LANG=fr_FR") << session(u"fr_FR.UTF-8"_s) << QStringList() << french;
        QTest::newRow("LANG=fr_CA") << session(u"fr_CA.UTF-8"_s) << QStringList() << french;
        QTest::newRow("LANG=es_MX") << session(u"es_MX.UTF-8"_s) << QStringList() << u"7 flujos, 15 comprobaciones"_s;
        Environment lcAll = session(u"fr_FR.UTF-8"_s);
        lcAll.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        QTest::newRow("LC_ALL=de_DE over LANG") << lcAll << QStringList() << german;
        QTest::newRow("LANG=pt_BR (no catalogue)") << session(u"pt_BR.UTF-8"_s) << QStringList() << english;
        QTest::newRow("LANG=C") << session(u"C"_s) << QStringList() << english;
        QTest::newRow("--lang de over LANG=fr")
            << session(u"fr_FR.UTF-8"_s) << QStringList{u"--lang"_s, u"de"_s} << german;
        QTest::newRow("--lang=en over LANG=fr") << session(u"fr_FR.UTF-8"_s) << QStringList{u"--lang=en"_s} << english;
        QTest::newRow("--lang xx") << session(u"fr_FR.UTF-8"_s) << QStringList{u"--lang"_s, u"xx"_s} << english;
    }

    void languageFromSystemLocale()
    {
        QFETCH(Environment, environment);
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        // --lang works before and after the command.
        for (const QStringList &args : {options + kFlows, kFlows + options}) {
            const Result r = runTool(args, environment);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(expected), qPrintable(r.out.right(200)));
        }
    }

    void jsonIsTheSameInEveryLanguage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("flows saas") << QStringList{u"flows"_s,   u"--deployment"_s, u"saas"_s,      u"--platform"_s,
                                                   u"au-prod"_s, u"--transport"_s,  u"lrr-ipsec"_s, u"--json"_s};
        QTest::newRow("flows self-hosted") << QStringList{
            u"flows"_s,       u"--deployment"_s, u"self-hosted"_s,   u"--tpe"_s, u"a.example,b.example"_s,
            u"--transport"_s, u"lrr-plain"_s,    u"--lrr-version"_s, u"2.7"_s,   u"--json"_s};
        QTest::newRow("platforms") << QStringList{u"platforms"_s, u"--json"_s};
    }

    void jsonIsTheSameInEveryLanguage()
    {
        // JSON is for programs: keys, tokens and the vendor's wording never change with the language.
        QFETCH(QStringList, args);
        const Result english = runTool(QStringList{u"--lang"_s, u"en"_s} + args);
        QCOMPARE(english.exitCode, 0);
        QVERIFY(english.out.startsWith(u'{'));
        for (const QString &language : {u"fr"_s, u"de"_s, u"es"_s}) {
            const Result r = runTool(QStringList{u"--lang"_s, language} + args);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out.toUtf8(), english.out.toUtf8());
        }
        QCOMPARE(runTool(args, session(u"fr_FR.UTF-8"_s)).out.toUtf8(), english.out.toUtf8());
    }

    void errorsAndHelp()
    {
        Result r =
            runTool({u"--lang"_s, u"fr"_s, u"flows"_s, u"--deployment"_s, u"saas"_s, u"--transport"_s, u"lrr-tls"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"tpready flows: Un déploiement SaaS exige une plateforme"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"eu-prod, au-prod"_s));

        r = runTool({u"--lang"_s, u"de"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Aufruf:"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]"_s));
        QVERIFY(r.out.contains(u"saas | self-hosted"_s));
        QVERIFY(r.out.contains(u"--lang LANG       Sprache der Ausgabe (en, fr, de, es)"_s));

        r = runTool({u"check"_s, u"--help"_s, u"--lang"_s, u"es"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Uso: tpready check"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"--timeout-ms N     plazo de cada comprobación"_s));

        r = runTool({u"--lang"_s, u"fr!"_s, u"platforms"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"is not a language code"_s), qPrintable(r.err));
    }

    void pdfInTheReportLanguage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("de") << QStringList{u"--lang"_s, u"de"_s} << Environment()
                            << QStringList{u"ThingPark-Bereitschaftsbericht"_s,
                                           u"NICHT BEREIT"_s,
                                           u"Standort und Durchlauf"_s,
                                           u"Firewall-Änderungsantrag"_s,
                                           u"Was dieser Test nachweisen kann und was nicht"_s,
                                           u"Umgebung"_s,
                                           u"Integrität"_s,
                                           u"Seite 1 von"_s};
        QTest::newRow("fr (system)") << QStringList() << session(u"fr_FR.UTF-8"_s)
                                     << QStringList{u"Rapport de préparation ThingPark"_s, u"PAS PRÊT"_s,
                                                    u"Demande de modification du pare-feu"_s, u"page 1 sur"_s};
        QTest::newRow("es") << QStringList{u"--lang"_s, u"es"_s} << Environment()
                            << QStringList{u"Informe de preparación para ThingPark"_s, u"NO LISTO"_s,
                                           u"Solicitud de cambio del firewall"_s, u"página 1 de"_s};
    }

    void pdfInTheReportLanguage()
    {
        QFETCH(QStringList, options);
        QFETCH(Environment, environment);
        QFETCH(QStringList, expected);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            TPREADY_MISSING(QStringLiteral("poppler-utils (pdftotext) is not installed: scripts/test installs it"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString json = dir.filePath(u"report.json"_s);
        const QString pdf = dir.filePath(u"report.pdf"_s);
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tpready::reportToBytes(tpready::testing::syntheticReport(12)));
        file.close();
        const Result r = runTool(options + QStringList{u"report"_s, u"--from"_s, json, u"--pdf"_s, pdf}, environment);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdftotext(pdf);
        for (const QString &heading : expected)
            QVERIFY2(text.contains(heading), qPrintable(heading + u" not in: "_s + text.left(3000)));
        for (const QString &english :
             {u"ThingPark readiness report"_s, u"Firewall change request"_s, u"What this test can and cannot prove"_s})
            QVERIFY2(!text.contains(english), qPrintable(english));
        // Tokens and the report's own data are not translated.
        for (const QString &token : {u"slrc1.eu.thingpark.com"_s, u"MUST"_s, u"timeout"_s, u"clock-skew"_s,
                                     u"TCP/3001"_s, u"Lyon \u2014 Part-Dieu rooftop"_s})
            QVERIFY2(text.contains(token), qPrintable(token));
        // Kept to be looked at when asked for.
        if (!qEnvironmentVariableIsEmpty("TPREADY_SCREENSHOT_DIR")) {
            const QDir keep(qEnvironmentVariable("TPREADY_SCREENSHOT_DIR"));
            const QString tag = QString::fromLatin1(QTest::currentDataTag()).section(u' ', 0, 0);
            QFile::remove(keep.filePath(u"report-%1.pdf"_s.arg(tag)));
            QFile::copy(pdf, keep.filePath(u"report-%1.pdf"_s.arg(tag)));
            QFile::remove(keep.filePath(u"report.json"_s));
            QFile::copy(json, keep.filePath(u"report.json"_s));
        }
    }

    void paperFollowsTheRegionNotTheLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("size");
        QTest::newRow("France, in English") << u"fr_FR.UTF-8"_s << u"en"_s << u"595 x 842 pts (A4)"_s;
        QTest::newRow("United States, in French") << u"en_US.UTF-8"_s << u"fr"_s << u"612 x 792 pts (letter)"_s;
        QTest::newRow("Canada, in French") << u"fr_CA.UTF-8"_s << QString() << u"612 x 792 pts (letter)"_s;
    }

    void paperFollowsTheRegionNotTheLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, option);
        QFETCH(QString, size);
        if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            TPREADY_MISSING(QStringLiteral("poppler-utils (pdfinfo) is not installed: scripts/test installs it"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString json = dir.filePath(u"report.json"_s);
        const QString pdf = dir.filePath(u"report.pdf"_s);
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tpready::reportToBytes(tpready::testing::syntheticReport(3)));
        file.close();
        QStringList args{u"report"_s, u"--from"_s, json, u"--pdf"_s, pdf};
        if (!option.isEmpty())
            args << u"--lang"_s << option;
        const Result r = runTool(args, session(lang));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess info;
        info.start(u"pdfinfo"_s, {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(text.contains(u"Page size:"_s) && text.contains(size), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguages)
#include "testclilanguages.moc"
