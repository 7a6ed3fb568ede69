// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

// What a test does when something it needs is missing: a program (sshd, dnsmasq, pdftotext), root, a network
// namespace. On a developer's machine it skips, saying what to install. Under CI=true it fails: CI runs on a machine
// that scripts/test prepared, so a missing prerequisite is a broken CI that a green "Skipped" would hide. Under Wine
// the Linux daemons and namespaces are out of reach of a Windows executable by design: it skips there too.

#include <QString>
#include <QTest>
#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace testsupport {

/// True when this (Windows) test executable runs under Wine: ntdll exports wine_get_version there only.
inline bool underWine()
{
#ifdef Q_OS_WIN
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
#else
    return false;
#endif
}

/// True when a missing prerequisite fails the test instead of skipping it: CI=true, and not under Wine.
inline bool prerequisitesMandatory()
{
    return !qEnvironmentVariableIsEmpty("CI") && !underWine();
}

/// The message of a missing prerequisite, as TPREADY_MISSING() reports it.
inline QByteArray missingMessage(const QString &what)
{
    if (!prerequisitesMandatory())
        return what.toUtf8();
    return QStringLiteral("%1 [CI is set: a missing prerequisite fails; scripts/test installs and allows what the "
                          "tests need]")
        .arg(what)
        .toUtf8();
}

} // namespace testsupport

/// Skips the test function (fails it under CI=true, see above) because @p what, a sentence, is missing.
#define TPREADY_MISSING(what)                                                                                          \
    do {                                                                                                               \
        const QByteArray tpreadyMissing_ = testsupport::missingMessage(what);                                          \
        if (testsupport::prerequisitesMandatory())                                                                     \
            QFAIL(tpreadyMissing_.constData());                                                                        \
        QSKIP(tpreadyMissing_.constData());                                                                            \
    } while (false)
