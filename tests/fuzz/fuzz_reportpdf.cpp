// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// A report JSON file rendered as PDF (`tpready report --from FILE --pdf OUT`): hostile strings, huge lists and odd
// values must not crash the layout code.
#include "tests/fuzz/fuzztarget.h"

#include <QBuffer>
#include <QGuiApplication>

#include "core/report/pdfreport.h"
#include "core/report/report.h"

using namespace tpready;

#ifdef TPREADY_LIBFUZZER
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The PDF writer needs fonts, hence a QGuiApplication; offscreen, as the command line runs it.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never destroyed: the fuzzer exits without returning, and a static QGuiApplication torn down at exit leaves
    // the font caches of its thread storage behind (LeakSanitizer reported them as leaks of Qt and FreeType).
    static int qtArgc = 1;
    static QGuiApplication *app = new QGuiApplication(qtArgc, *argv);
    Q_UNUSED(app)
    Q_UNUSED(argc)
    return 0;
}
#endif

TPREADY_FUZZ_TARGET(reportpdf)
{
    QString error;
    const auto report = reportFromJson(input, &error);
    if (!report)
        return;
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const QString problem = renderPdfReport(*report, input, &pdf);
    if (problem.isEmpty())
        TPREADY_FUZZ_ASSERT(pdf.data().startsWith("%PDF-"));
}
