// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// TPREADY_MISSING (tests/testsupport/prerequisite.h): a missing prerequisite skips a test on a developer's machine
// and fails it under CI=true. Each case runs this executable again, as a child, on the function that calls it.
#include "testsupport/prerequisite.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

class TestPrerequisite final : public QObject
{
    Q_OBJECT

private:
    struct Child
    {
        int exitCode = -1;
        QString output;
    };

    static Child runChild(const QString &ci)
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CI"));
        if (!ci.isNull())
            environment.insert(QStringLiteral("CI"), ci);
        environment.insert(QStringLiteral("TPREADY_PREREQUISITE_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("missingProgram")});
        Child result;
        if (!child.waitForFinished(30000))
            return result;
        result.exitCode = child.exitCode();
        result.output = QString::fromUtf8(child.readAll());
        return result;
    }

private slots:
    // What the children run: a test that lacks a program.
    void missingProgram()
    {
        if (qEnvironmentVariableIsEmpty("TPREADY_PREREQUISITE_CHILD"))
            QSKIP("runs only as the child of the cases below");
        TPREADY_MISSING(QStringLiteral("frobnicate is not installed (Debian package frobnicate)"));
        QFAIL("TPREADY_MISSING returned");
    }

    void skipsOnADevelopersMachine()
    {
        const Child child = runChild(QString());
        QCOMPARE(child.exitCode, 0);
        QVERIFY2(child.output.contains(QStringLiteral("SKIP   : TestPrerequisite::missingProgram() frobnicate is not "
                                                      "installed (Debian package frobnicate)")),
                 qPrintable(child.output));
        QVERIFY2(!child.output.contains(QStringLiteral("CI is set")), qPrintable(child.output));
    }

    void failsUnderCi()
    {
        const Child child = runChild(QStringLiteral("true"));
        QCOMPARE(child.exitCode, 1);
        QVERIFY2(child.output.contains(QStringLiteral("FAIL!  : TestPrerequisite::missingProgram() frobnicate is not "
                                                      "installed (Debian package frobnicate) [CI is set: a missing "
                                                      "prerequisite fails")),
                 qPrintable(child.output));
        QVERIFY2(!child.output.contains(QStringLiteral("TPREADY_MISSING returned")), qPrintable(child.output));
    }

    void emptyCiIsNotCi()
    {
        const Child child = runChild(QStringLiteral(""));
        QCOMPARE(child.exitCode, 0);
        QVERIFY2(child.output.contains(QStringLiteral("SKIP   : TestPrerequisite::missingProgram()")),
                 qPrintable(child.output));
    }
};

QTEST_GUILESS_MAIN(TestPrerequisite)
#include "testprerequisite.moc"
