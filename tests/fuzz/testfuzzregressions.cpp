// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// Every fuzz target's function over its seed corpus (tests/fuzz/corpus/<target>/) and over every input that once
// crashed it (tests/fuzz/regressions/<target>/): in the normal build, and under ASan + UBSan in the sanitizer build.
// A target aborts (qFatal) when one of its invariants breaks, which fails this test.
#include "tests/fuzz/fuzztarget.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

void fuzz_catalog(const QByteArray &input);
void fuzz_cli(const QByteArray &input);
void fuzz_cupsresponse(const QByteArray &input);
void fuzz_dnsmessage(const QByteArray &input);
void fuzz_ftpgreeting(const QByteArray &input);
void fuzz_gatewayblock(const QByteArray &input);
void fuzz_httpresponse(const QByteArray &input);
void fuzz_icmpecho(const QByteArray &input);
void fuzz_iec104frame(const QByteArray &input);
void fuzz_ikepacket(const QByteArray &input);
void fuzz_ntppacket(const QByteArray &input);
void fuzz_report(const QByteArray &input);
void fuzz_reportpdf(const QByteArray &input);
void fuzz_sshbanner(const QByteArray &input);
void fuzz_textframing(const QByteArray &input);
void fuzz_tlsrecord(const QByteArray &input);
void fuzz_websocketframe(const QByteArray &input);

namespace {

struct Target
{
    const char *name;
    void (*run)(const QByteArray &);
};

const Target kTargets[] = {
    {"catalog", fuzz_catalog},
    {"cli", fuzz_cli},
    {"cupsresponse", fuzz_cupsresponse},
    {"dnsmessage", fuzz_dnsmessage},
    {"ftpgreeting", fuzz_ftpgreeting},
    {"gatewayblock", fuzz_gatewayblock},
    {"httpresponse", fuzz_httpresponse},
    {"icmpecho", fuzz_icmpecho},
    {"iec104frame", fuzz_iec104frame},
    {"ikepacket", fuzz_ikepacket},
    {"ntppacket", fuzz_ntppacket},
    {"report", fuzz_report},
    {"reportpdf", fuzz_reportpdf},
    {"sshbanner", fuzz_sshbanner},
    {"textframing", fuzz_textframing},
    {"tlsrecord", fuzz_tlsrecord},
    {"websocketframe", fuzz_websocketframe},
};

const QString kFuzzDir = QStringLiteral(TPREADY_FUZZ_DIR);

QStringList filesUnder(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    /// Each target has seeds, and every corpus or regression folder belongs to a target.
    void everyTargetHasSeeds()
    {
        QStringList names;
        for (const Target &target : kTargets) {
            names << QLatin1String(target.name);
            QVERIFY2(!filesUnder(kFuzzDir + u"/corpus/" + QLatin1String(target.name)).isEmpty(), target.name);
        }
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            for (const QString &dir : QDir(kFuzzDir + u'/' + kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                QVERIFY2(names.contains(dir), qPrintable(kind + u'/' + dir + u" is not a fuzz target"));
        }
    }

    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        for (int i = 0; i < int(std::size(kTargets)); ++i) {
            for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
                const QString dir = kFuzzDir + u'/' + kind + u'/' + QLatin1String(kTargets[i].name);
                for (const QString &path : filesUnder(dir)) {
                    if (path.endsWith(u".md"))
                        continue;
                    const QString row =
                        QLatin1String(kTargets[i].name) + u'/' + kind + u'/' + QFileInfo(path).fileName();
                    QTest::newRow(qPrintable(row)) << i << path;
                }
            }
        }
    }

    /// The input goes through the target as the fuzzer gives it: without a copy, without a terminating zero.
    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        kTargets[target].run(QByteArray::fromRawData(bytes.constData(), bytes.size()));
    }
};

QTEST_MAIN(TestFuzzRegressions)
#include "testfuzzregressions.moc"
