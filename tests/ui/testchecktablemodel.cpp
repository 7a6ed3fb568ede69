// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
//
// CheckTableModel and CheckFilterModel under QAbstractItemModelTester through whole runs (scripted probes: nothing is
// sent), the status icons (a distinct shape per verdict, in grey-scale and in a dark palette), and the details pane's
// HTML.
#include "tests/core/scriptedprobe.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

#include "core/catalog/catalog.h"
#include "core/runner/session.h"
#include "ui/checkdetails.h"
#include "ui/checkfiltermodel.h"
#include "ui/checktablemodel.h"
#include "ui/statusicon.h"

using namespace Qt::StringLiterals;
using namespace tpready;

namespace {

/// i5 passes, IKE fails, the rest waits until cancelled.
testing::ProbeScript mixed(const ProbeTarget &target)
{
    testing::ProbeScript script;
    script.delayMs = 5;
    switch (target.protocol) {
    case Protocol::Ssh:
        script.result = testing::result(Verdict::Pass, Reason::Ok, u"an SSH server answered"_s, 12);
        break;
    case Protocol::Ike:
        script.result = testing::result(Verdict::Fail, Reason::Timeout, u"no answer"_s);
        break;
    case Protocol::Esp:
        script.result = testing::result(Verdict::Info, Reason::NotTestable, u"not testable"_s);
        break;
    default:
        script.hang = true;
        break;
    }
    return script;
}

QImage render(const QIcon &icon, int size = 32)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QApplication::palette().color(QPalette::Base));
    QPainter painter(&image);
    icon.paint(&painter, QRect(0, 0, size, size));
    painter.end();
    return image;
}

QImage grey(const QImage &image)
{
    return image.convertToFormat(QImage::Format_Grayscale8);
}

/// The share of pixels that differ clearly between two grey images.
double difference(const QImage &a, const QImage &b)
{
    int differ = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            differ += qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 64 ? 1 : 0;
    }
    return static_cast<double>(differ) / (a.width() * a.height());
}

/// How far the icon's strokes stand from the background, in grey levels (0-255).
int contrast(const QImage &image, const QColor &background)
{
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            best = qMax(best, qAbs(qGray(image.pixel(x, y)) - qGray(background.rgb())));
    }
    return best;
}

} // namespace

class TestCheckTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::loadBuiltIn(&error);
        QVERIFY2(m_catalog, qPrintable(error));
        Selection selection;
        selection.deployment = Deployment::SelfHosted;
        selection.tpeHosts = {u"192.0.2.10"_s};
        selection.transport = Transport::LrrIpsec;
        selection.ntpServers = {u"192.0.2.123"_s};
        selection.dnsServers = {u"192.0.2.53"_s};
        m_plan = buildPlan(*m_catalog, selection, {}, &error);
        QVERIFY2(m_plan, qPrintable(error));
    }

    void modelThroughARun()
    {
        CheckTableModel model;
        CheckFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), CheckTableModel::kColumnCount);

        RunOptions options;
        options.factory = testing::scriptedFactory(mixed);
        auto session = std::make_unique<CheckSession>(*m_plan, options);
        session->setEnvironmentCapture([](const QStringList &) { return Environment(); });
        model.setSession(session.get());
        QCOMPARE(model.rowCount(), session->checks().size());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        session->start();
        QVERIFY(changed.count() > 0);
        const auto col = [](CheckTableModel::Column c) { return CheckTableModel::section(c); };
        const int ssh = [&] {
            for (int i = 0; i < session->checks().size(); ++i) {
                if (session->checks().at(i).target.protocol == Protocol::Ssh)
                    return i;
            }
            return -1;
        }();
        QCOMPARE(model.index(ssh, col(CheckTableModel::Column::Status)).data().toString(), u"Checking"_s);
        QVERIFY(!model.index(ssh, 0).data(CheckTableModel::VerdictRole).isValid());
        QTRY_COMPARE(model.index(ssh, col(CheckTableModel::Column::Status)).data().toString(), u"Pass"_s);
        QCOMPARE(model.index(ssh, col(CheckTableModel::Column::Latency)).data().toString(), u"12 ms"_s);
        QCOMPARE(model.index(ssh, col(CheckTableModel::Column::Flow)).data().toString(), u"i5"_s);
        QCOMPARE(model.index(ssh, col(CheckTableModel::Column::Requirement)).data().toString(), u"MUST"_s);
        QVERIFY(model.index(ssh, col(CheckTableModel::Column::Requirement)).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(ssh, col(CheckTableModel::Column::Protocol)).data().toString(), u"SSH"_s);
        QCOMPARE(model.index(ssh, col(CheckTableModel::Column::Host)).data().toString(), u"192.0.2.10"_s);
        QCOMPARE(model.index(ssh, col(CheckTableModel::Column::Address)).data().toString(), u"192.0.2.10"_s);
        QCOMPARE(model.index(ssh, col(CheckTableModel::Column::Port)).data().toString(), u"TCP/22"_s);
        QCOMPARE(model.index(ssh, 0).data(CheckTableModel::ReasonRole).toString(), u"ok"_s);
        QCOMPARE(model.headerData(col(CheckTableModel::Column::Status), Qt::Horizontal).toString(), u"Status"_s);

        // Filters while results arrive: failed (and not done yet), MUST only, all.
        filter.setFilter(CheckFilterModel::Filter::Failed);
        QTRY_VERIFY(filter.rowCount() < model.rowCount());
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QVariant verdict = filter.index(row, 0).data(CheckTableModel::VerdictRole);
            QVERIFY(!verdict.isValid() || verdict.toInt() == int(Verdict::Fail));
        }
        filter.setFilter(CheckFilterModel::Filter::MustOnly);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(CheckTableModel::RequirementRole).toInt(), int(Requirement::Must));
        filter.setFilter(CheckFilterModel::Filter::Failed);

        // Cancel ends the rest; the Failed view keeps the failures only.
        session->cancel();
        QVERIFY(!session->isRunning());
        int failed = 0;
        for (const CheckRun &check : session->checks())
            failed += check.result.verdict == Verdict::Fail ? 1 : 0;
        QCOMPARE(filter.rowCount(), failed);
        QVERIFY(failed >= 2);

        // Re-run, then a new run, then the session goes away under the model.
        session->rerun({ssh});
        QTRY_VERIFY(session->hasResults());
        session->start();
        session->cancel();
        filter.setFilter(CheckFilterModel::Filter::All);
        QCOMPARE(filter.rowCount(), model.rowCount());
        // The environment snapshot of that last run ends on its own; its thread is deleted by the event loop then,
        // before this test ends (LeakSanitizer would otherwise find it at exit).
        QTRY_VERIFY(session->hasEnvironment());
        session.reset();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(filter.rowCount(), 0);
        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void iconsHaveDistinctShapes()
    {
        const QList<Verdict> verdicts{Verdict::Pass, Verdict::Fail, Verdict::Warn, Verdict::Info, Verdict::Skipped};
        for (const bool dark : {false, true}) {
            if (dark) {
                QPalette palette(QColor(0x3a, 0x3a, 0x3a), QColor(0x2b, 0x2b, 0x2b));
                palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
                palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
                palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
                QApplication::setPalette(palette);
            }
            const QColor base = QApplication::palette().color(QPalette::Base);
            QList<QImage> images;
            for (const Verdict verdict : verdicts)
                images << grey(render(statusIcon(CheckRun::State::Done, verdict)));
            images << grey(render(statusIcon(CheckRun::State::Pending, Verdict::Skipped)))
                   << grey(render(statusIcon(CheckRun::State::Running, Verdict::Skipped)));
            for (int i = 0; i < images.size(); ++i) {
                // Legible: strokes stand out from the background, in grey-scale.
                QVERIFY2(
                    contrast(images.at(i), base) >= 90,
                    qPrintable(u"icon %1 (dark %2): contrast %3"_s.arg(i).arg(dark).arg(contrast(images.at(i), base))));
                // Distinct: no two statuses share a shape.
                for (int j = i + 1; j < images.size(); ++j)
                    QVERIFY2(difference(images.at(i), images.at(j)) > 0.05,
                             qPrintable(u"icons %1 and %2 look alike (dark %3)"_s.arg(i).arg(j).arg(dark)));
            }
            // Crisp at 2x: the pixmap has the device pixels.
            const QPixmap pixmap = statusIcon(CheckRun::State::Done, Verdict::Fail).pixmap(QSize(16, 16), 2.0);
            QCOMPARE(pixmap.size(), QSize(32, 32));
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
        // And the words.
        QCOMPARE(statusWord(CheckRun::State::Done, Verdict::Warn), u"Warning"_s);
        QCOMPARE(statusWord(CheckRun::State::Running, Verdict::Pass), u"Checking"_s);
        QCOMPARE(readinessLabel(Readiness::ReadyWithWarnings), u"Ready with warnings"_s);
        QCOMPARE(readinessShape(Readiness::NotReady), Verdict::Fail);
    }

    void detailsHtml()
    {
        CheckRecord check;
        check.flowId = u"i7a"_s;
        check.protocol = Protocol::Tls;
        check.host = u"slrc1.eu.thingpark.com"_s;
        check.port = 3001;
        check.result = testing::result(Verdict::Fail, Reason::TlsIntercepted, u"issued by <Corp> CA & co"_s, 40);
        check.result.remediation = u"Exempt the host from inspection."_s;
        check.result.evidence = QJsonObject{
            {u"zz_last"_s, 1},
            {u"dns"_s, QJsonObject{{u"addresses"_s, QJsonArray{u"203.0.113.10"_s}}}},
            {u"received"_s, u"<script>alert(1)</script>"_s},
            {u"sent"_s, u"ClientHello"_s},
            {u"chain"_s, QJsonArray{QJsonObject{{u"subject"_s, u"CN=slrc1.eu.thingpark.com"_s}},
                                    QJsonObject{{u"subject"_s, u"CN=Corp Inspection CA"_s}}}},
        };
        const QString html = checkDetailsHtml(check, CheckRun::State::Done);
        // What came from the network is escaped.
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QVERIFY(html.contains(u"issued by &lt;Corp&gt; CA &amp; co"_s));
        QVERIFY(html.contains(u"Exempt the host from inspection."_s));
        QVERIFY(html.contains(u"Fail (tls-intercepted), 40 ms"_s));
        // Sent, then received, then the chain (in order), then the rest, and the DNS resolution last.
        const auto at = [&](const QString &text) { return html.indexOf(text); };
        QVERIFY(at(u">sent<"_s) < at(u">received<"_s));
        QVERIFY(at(u">received<"_s) < at(u">chain<"_s));
        QVERIFY(at(u"CN=slrc1.eu.thingpark.com"_s) < at(u"CN=Corp Inspection CA"_s));
        QVERIFY(at(u">chain<"_s) < at(u">zz_last<"_s));
        QVERIFY(at(u">zz_last<"_s) < at(u">dns<"_s));
        QVERIFY(checkDetailsHtml(check, CheckRun::State::Running).contains(u"running"_s));

        Environment env;
        env.clockOffsetMs = -250;
        env.clockSource = u"pool.ntp.org"_s;
        const QString environment = environmentHtml(env, true);
        QVERIFY(environment.contains(u"-250 ms against pool.ntp.org (this laptop&#x27;s clock is behind)"_s) ||
                environment.contains(u"-250 ms against pool.ntp.org (this laptop's clock is behind)"_s));
        QVERIFY(environmentHtml(env, false).contains(u"Reading"_s));
    }

private:
    std::optional<Catalog> m_catalog;
    std::optional<Plan> m_plan;
};

QTEST_MAIN(TestCheckTableModel)
#include "testchecktablemodel.moc"
