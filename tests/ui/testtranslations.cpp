// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tests/core/reportfixtures.h"
#include "tests/core/scriptedprobe.h"
#include "tests/probes/probetestutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>
#include <memory>

#include "app/i18n.h"
#include "core/catalog/catalog.h"
#include "core/catalog/hostnames.h"
#include "core/catalog/planexport.h"
#include "core/env/dhcpinfo.h"
#include "core/env/envadvice.h"
#include "core/gateway/gatewayblock.h"
#include "core/probes/datagramprobe.h"
#include "core/probes/dhcpprobe.h"
#include "core/probes/dnsprobe.h"
#include "core/probes/ftpprobe.h"
#include "core/probes/httpsprobe.h"
#include "core/probes/icmpprobe.h"
#include "core/probes/iec104probe.h"
#include "core/probes/ikeprobe.h"
#include "core/probes/ntpprobe.h"
#include "core/probes/probefactory.h"
#include "core/probes/sshprobe.h"
#include "core/probes/streamprobe.h"
#include "core/probes/textframing.h"
#include "core/probes/tlsprobe.h"
#include "core/probes/wssprobe.h"
#include "core/report/changerequest.h"
#include "core/report/pdfreport.h"
#include "core/report/report.h"
#include "core/report/reportfiles.h"
#include "core/report/uplink.h"
#include "core/runner/runner.h"
#include "core/runner/session.h"
#include "core/settings.h"
#include "ui/checkdetails.h"
#include "ui/checkspage.h"
#include "ui/checktablemodel.h"
#include "ui/deploymentpage.h"
#include "ui/flowitemdelegate.h"
#include "ui/flowspage.h"
#include "ui/flowtablemodel.h"
#include "ui/gatewaydialog.h"
#include "ui/platformpage.h"
#include "ui/reportpage.h"
#include "ui/runoptionsdialog.h"
#include "ui/sitepage.h"
#include "ui/statusicon.h"
#include "ui/tpepage.h"
#include "ui/transportpage.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;
using tpready::Wizard;

namespace {

/// One message of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translation;
    QStringList forms;
};

/// The messages of translations/tpready_<language>.ts, in file order.
QList<Message> readCatalogue(const QString &language)
{
    QFile file(QStringLiteral(TPREADY_SOURCE_DIR) + u"/translations/tpready_"_s + language + u".ts"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.translation = xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
    return messages;
}

/// Answers nothing, remembers every lookup: installed last, it is asked first, and the real translators answer.
class RecordingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (context && sourceText)
            lookups.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QSet<std::pair<QString, QString>> lookups;
};

/// Accepts TCP connections, sends a line no protocol expects and closes: each stream probe says so in its own words.
class GarbageServer final : public QTcpServer
{
public:
    GarbageServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->write("HELLO garbage\r\n");
                QTimer::singleShot(300, socket, [socket] { socket->disconnectFromHost(); });
            }
        });
    }
};

template <typename T>
T *find(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"does not support propagateSizeHints"_s))
        return;
    previousHandler(type, context, message);
}

/// A laptop on Wi-Fi, so that the page says so; nothing of this machine's network is read.
tpready::Environment fakeEnvironment()
{
    tpready::Environment env;
    env.os = u"Debian GNU/Linux 12"_s;
    tpready::InterfaceInfo wifi;
    wifi.name = u"wlan0"_s;
    wifi.kind = u"wifi"_s;
    wifi.addresses = {u"192.168.10.23/24"_s};
    wifi.up = true;
    wifi.defaultRoute = true;
    env.interfaces << wifi;
    env.defaultGateways = {u"192.168.10.1"_s};
    env.dnsServers = {u"192.168.10.1"_s};
    env.proxy = u"none"_s;
    return env;
}

/// Results of every kind, with sentences in the language of the moment: nothing is sent.
testing::ProbeScript scriptedResult(const tpready::ProbeTarget &target)
{
    using tpready::Reason;
    using tpready::Verdict;
    testing::ProbeScript script;
    script.delayMs = 20;
    switch (target.protocol) {
    case tpready::Protocol::Ike:
        script.result =
            testing::result(Verdict::Fail, Reason::Timeout,
                            tpready::IkeProbe::tr("IKEv2 on UDP %1 to %2").arg(target.port).arg(target.host));
        break;
    case tpready::Protocol::Esp:
        script.result = testing::result(Verdict::Info, Reason::NotTestable, QString());
        break;
    case tpready::Protocol::Ntp:
        script.result = testing::result(Verdict::Warn, Reason::ClockSkew, tpready::NtpProbe::tr("%1 s").arg(3));
        break;
    case tpready::Protocol::Tls:
        script.result = testing::result(Verdict::Fail, Reason::TlsIntercepted, QString());
        break;
    default:
        script.result = testing::result(Verdict::Pass, Reason::Ok, QString(), 12);
        break;
    }
    return script;
}

/// The classes whose tr() strings are in the catalogues: for them the context is the name moc gives the class.
const QList<const QMetaObject *> &translatedClasses()
{
    static const QList<const QMetaObject *> classes{
        &tpready::CheckTableModel::staticMetaObject, &tpready::ChecksPage::staticMetaObject,
        &tpready::ReportPage::staticMetaObject,      &tpready::RunOptionsDialog::staticMetaObject,
        &tpready::DatagramProbe::staticMetaObject,   &tpready::DeploymentPage::staticMetaObject,
        &tpready::DhcpProbe::staticMetaObject,       &tpready::DnsProbe::staticMetaObject,
        &tpready::FlowTableModel::staticMetaObject,  &tpready::FlowsPage::staticMetaObject,
        &tpready::FtpProbe::staticMetaObject,        &tpready::HttpsProbe::staticMetaObject,
        &tpready::GatewayDialog::staticMetaObject,   &tpready::IcmpProbe::staticMetaObject,
        &tpready::Iec104Probe::staticMetaObject,     &tpready::IkeProbe::staticMetaObject,
        &tpready::NtpProbe::staticMetaObject,        &tpready::PlatformPage::staticMetaObject,
        &tpready::Runner::staticMetaObject,          &tpready::SitePage::staticMetaObject,
        &tpready::SshProbe::staticMetaObject,        &tpready::StreamProbe::staticMetaObject,
        &tpready::TlsProbe::staticMetaObject,        &tpready::TpePage::staticMetaObject,
        &tpready::TransportPage::staticMetaObject,   &tpready::Wizard::staticMetaObject,
        &tpready::WssProbe::staticMetaObject,
    };
    return classes;
}

/// Every text a person sees in @p root: labels, buttons, group titles, placeholders, tooltips, table headers.
QStringList visibleTexts(QWidget &root)
{
    QStringList texts{root.windowTitle()};
    if (auto *wizard = qobject_cast<QWizard *>(&root); wizard && wizard->currentPage())
        texts << wizard->currentPage()->title() << wizard->currentPage()->subTitle();
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text().remove(QChar(0x2060));
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            texts << edit->placeholderText();
        if (auto *table = qobject_cast<QTableView *>(widget); table && table->model()) {
            for (int column = 0; column < table->model()->columnCount(); ++column)
                texts << table->model()->headerData(column, Qt::Horizontal).toString()
                      << table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        }
    }
    texts.removeAll(QString());
    return texts;
}

/// Nothing of @p page lies outside it, overlaps, or shows less than its text.
void checkLayout(QWizard &wizard, const QString &where)
{
    QWizardPage *page = wizard.currentPage();
    const QRect pageRect = page->rect();
    QList<QWidget *> leaves;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        const bool ownWidget = widget->parentWidget() == page || qobject_cast<QGroupBox *>(widget->parentWidget());
        if (!widget->isVisible() || !ownWidget)
            continue;
        const QString what = where + u": "_s + QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                             widget->objectName() + u" on page "_s + QString::number(wizard.currentId());
        const QRect rect(widget->mapTo(page, QPoint(0, 0)), widget->size());
        QVERIFY2(pageRect.contains(rect), qPrintable(u"outside its page: "_s + what));
        QVERIFY2(widget->height() >= widget->minimumSizeHint().height(), qPrintable(u"squashed: "_s + what));
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
            if (label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(u"clipped text: "_s + what + u": "_s + label->text()));
            else
                QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                         qPrintable(u"cut text: "_s + what + u": "_s + label->text()));
        }
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                     qPrintable(u"cut text: "_s + what + u": "_s + button->text()));
        if (!qobject_cast<QGroupBox *>(widget))
            leaves << widget;
    }
    for (int i = 0; i < leaves.size(); ++i) {
        for (int j = i + 1; j < leaves.size(); ++j) {
            const QRect a(leaves.at(i)->mapTo(page, QPoint(0, 0)), leaves.at(i)->size());
            const QRect b(leaves.at(j)->mapTo(page, QPoint(0, 0)), leaves.at(j)->size());
            QVERIFY2(!a.intersects(b),
                     qPrintable(u"overlap: "_s + leaves.at(i)->objectName() + u" / "_s + leaves.at(j)->objectName() +
                                u" on page "_s + QString::number(wizard.currentId()) + u" ("_s + where + u')'));
        }
    }
    // The wizard's own buttons show their whole text.
    for (const QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                              QWizard::CancelButton, QWizard::HelpButton}) {
        QAbstractButton *button = wizard.button(which);
        if (button->isVisible())
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                     qPrintable(u"cut button: "_s + button->text() + u" ("_s + where + u')'));
    }
}

/// Every cell and header of the flow table shows all of its text.
void checkTableWhole(const QTableView &table, const QString &where)
{
    const QAbstractItemModel *model = table.model();
    const int textMargin = table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table) + 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QVariant fontData = index.data(Qt::FontRole);
            const QFont font = fontData.isValid() ? fontData.value<QFont>().resolve(table.font()) : table.font();
            const int width = table.columnWidth(column) - 1 - 2 * textMargin;
            const QString text = tpready::FlowItemDelegate::displayText(index.data().toString());
            const QRect needed = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000),
                                                                 Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
            const QString cell = u"%1: row %2 column %3: %4"_s.arg(where).arg(row).arg(column).arg(text);
            QVERIFY2(needed.width() <= width, qPrintable(u"too narrow: "_s + cell));
            QVERIFY2(needed.height() <= table.rowHeight(row), qPrintable(u"too low: "_s + cell));
        }
    }
    const QHeaderView *header = table.horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString text = model->headerData(column, Qt::Horizontal).toString();
        QStyleOptionHeader option;
        option.initFrom(header);
        option.section = column;
        option.text = text;
        const QSize needed = header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header);
        QVERIFY2(header->sectionSize(column) >= needed.width(), qPrintable(u"header cut: "_s + where + u": "_s + text));
        QVERIFY2(header->height() >= needed.height(), qPrintable(u"header too low: "_s + where + u": "_s + text));
    }
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void cataloguesAreComplete_data();
    void cataloguesAreComplete();
    void embeddedCataloguesMatchTheFiles_data();
    void embeddedCataloguesMatchTheFiles();
    void unknownLanguageIsEnglish();
    void everyContextIsAskedForAtRunTime();
    void wizardInFrench();
    void layoutHoldsInEveryLanguage_data();
    void layoutHoldsInEveryLanguage();

private:
    void useLanguage(const QString &language);
    std::unique_ptr<Wizard> makeWizard();
    void clickNext(Wizard &wizard);
    void exerciseCore();
    void exerciseProbes();
    void exerciseWizard();
    /// Goes through every page for SaaS and for a self-hosted HA TPE; calls @p visit on each page.
    void walk(const std::function<void(Wizard &, const QString &)> &visit);

    std::optional<tpready::Catalog> m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<tpready::Settings> m_settings;
    int m_iniCount = 0;
};

void TestTranslations::initTestCase()
{
    previousHandler = qInstallMessageHandler(quietHandler);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    m_catalog = tpready::Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestTranslations::init()
{
    m_settings = std::make_unique<tpready::Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_iniCount)));
}

void TestTranslations::cleanup()
{
    m_settings.reset();
    useLanguage(u"en"_s);
}

void TestTranslations::useLanguage(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(tpready::installTranslators(qApp, language), QString());
}

std::unique_ptr<Wizard> TestTranslations::makeWizard()
{
    auto wizard = std::make_unique<Wizard>(*m_catalog, m_settings.get());
    wizard->checksPage()->setProbeFactory(testing::scriptedFactory(scriptedResult));
    wizard->checksPage()->setEnvironmentCapture([](const QStringList &) { return fakeEnvironment(); });
    wizard->resize(1024, 700);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qFatal("wizard not exposed");
    return wizard;
}

void TestTranslations::clickNext(Wizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    const int before = wizard.currentId();
    QVERIFY2(next->isVisible() && next->isEnabled(), qPrintable(u"Next unavailable on page %1"_s.arg(before)));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(wizard.currentId() != before);
}

void TestTranslations::cataloguesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "fr", "de", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::cataloguesAreComplete()
{
    QFETCH(QString, language);
    const QList<Message> messages = readCatalogue(language);
    const QList<Message> english = readCatalogue(u"en"_s);
    QCOMPARE(messages.size(), english.size());
    QVERIFY(messages.size() > 500);
    static const QRegularExpression placeholder(u"%(?:\\d+|n)"_s);
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
            found << match.captured();
        found.sort();
        return found;
    };
    for (const Message &message : messages) {
        const QString where = message.context + u": "_s + message.source;
        if (message.numerus) {
            QCOMPARE(message.forms.size(), 2); // en, fr, de, es: one and other
            for (const QString &form : message.forms) {
                QVERIFY2(!form.isEmpty(), qPrintable(where));
                QStringList expected = placeholders(message.source);
                if (!form.contains(u"%n"_s)) // a singular may say "one" instead of %n
                    expected.removeAll(u"%n"_s);
                QVERIFY2(placeholders(form) == expected, qPrintable(where + u" -> "_s + form));
            }
            continue;
        }
        QVERIFY2(!message.translation.isEmpty(), qPrintable(where));
        QVERIFY2(placeholders(message.translation) == placeholders(message.source),
                 qPrintable(where + u" -> "_s + message.translation));
        // A keyboard accelerator stays an accelerator; leading and trailing spaces (joiners) stay.
        QCOMPARE(message.translation.contains(u'&') && !message.translation.contains(u"&&"_s),
                 message.source.contains(u'&') && !message.source.contains(u"&&"_s) &&
                     !message.source.startsWith(u'<'));
        QCOMPARE(message.translation.startsWith(u' '), message.source.startsWith(u' '));
        QCOMPARE(message.translation.endsWith(u' '), message.source.endsWith(u' '));
        if (language == u"en")
            QCOMPARE(message.translation, message.source);
    }
}

void TestTranslations::embeddedCataloguesMatchTheFiles_data()
{
    cataloguesAreComplete_data();
}

void TestTranslations::embeddedCataloguesMatchTheFiles()
{
    QFETCH(QString, language);
    useLanguage(language);
    // Qt's own strings come from qtbase_<lang>.qm.
    if (language == u"fr") {
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), u"&Suivant >"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
    } else if (language == u"de") {
        QCOMPARE(QCoreApplication::translate("QWizard", "< &Back"), u"< &Zurück"_s);
    } else if (language == u"es") {
        QCOMPARE(QCoreApplication::translate("QWizard", "< &Back"), u"< &Atrás"_s);
    }
    QCOMPARE(QLocale().name().left(2), language);
    for (const Message &message : readCatalogue(language)) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
        if (message.numerus) {
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 1),
                     QString(message.forms.at(0)).replace(u"%n"_s, u"1"_s));
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 5),
                     QString(message.forms.at(1)).replace(u"%n"_s, u"5"_s));
        } else {
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation),
                     message.translation);
        }
    }
}

void TestTranslations::unknownLanguageIsEnglish()
{
    useLanguage(u"fr"_s);
    QCOMPARE(QCoreApplication::translate("tpready::SitePage", "Site name"), u"Nom du site"_s);
    // A well-formed code without a catalogue gives English, Qt's own strings included.
    for (const QString &code : {u"xx"_s, u"tlh"_s, u"pt_BR"_s}) {
        useLanguage(code);
        QCOMPARE(QCoreApplication::translate("tpready::SitePage", "Site name"), u"Site name"_s);
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), u"&Next >"_s);
    }
    // A region without a catalogue of its own takes its language's; numbers and dates follow the region.
    useLanguage(u"fr_CA"_s);
    QCOMPARE(QCoreApplication::translate("tpready::SitePage", "Site name"), u"Nom du site"_s);
    QCOMPARE(QLocale().name(), u"fr_CA"_s);
    useLanguage(u"de-AT"_s);
    QCOMPARE(QCoreApplication::translate("tpready::SitePage", "Site name"), u"Standortname"_s);
    QCOMPARE(QLocale().toString(1.5, 'f', 1), u"1,5"_s);
    // Not a language code at all: a sentence for the command line, and nothing installed.
    QVERIFY(!tpready::installTranslators(qApp, u"fr; rm -rf /"_s).isEmpty());
}

void TestTranslations::exerciseCore()
{
    QString error;
    // Catalog and selection errors, host input.
    QTemporaryDir broken;
    QFile file(broken.filePath(u"broken.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{");
    file.close();
    QVERIFY(!tpready::Catalog::loadFromDirectory(broken.path(), &error));
    tpready::Selection selection;
    selection.deployment = tpready::Deployment::Saas;
    QVERIFY(!tpready::buildPlan(*m_catalog, selection, {}, &error));
    selection.deployment = tpready::Deployment::SelfHosted;
    selection.tpeHosts = {u"https://tpe.example.com/"_s};
    QVERIFY(!tpready::buildPlan(*m_catalog, selection, {}, &error));
    QVERIFY(!tpready::checkDnsServerInput(u"dns.example.com"_s).isEmpty());

    // Plan text: tunnels, a dropped flow, the host-less rows, the counts.
    selection = {};
    selection.platform = u"eu-prod"_s;
    selection.transport = tpready::Transport::LrrTls;
    auto plan = tpready::buildPlan(*m_catalog, selection, {u"192.0.2.53"_s}, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(!tpready::planToText(*plan).isEmpty());
    selection = {};
    selection.deployment = tpready::Deployment::SelfHosted;
    selection.tpeHosts = {u"192.0.2.10"_s, u"192.0.2.11"_s};
    selection.transport = tpready::Transport::LrrIpsec;
    selection.lrrVersion = tpready::LrrVersion::parse(u"2.7"_s);
    plan = tpready::buildPlan(*m_catalog, selection, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(!tpready::planToText(*plan).isEmpty());

    // Reports: reading errors, remediation sentences, the PDF.
    QVERIFY(!tpready::reportFromJson("[]", &error));
    tpready::Report report = tpready::testing::syntheticReport(12);
    for (tpready::CheckRecord &check : report.checks) {
        check.result.remediation.clear();
        QVERIFY(check.result.verdict != tpready::Verdict::Fail || !tpready::remediationFor(check).isEmpty());
    }
    // An uplink poor in every way (loss, round trip, jitter, a black hole under an IPsec plan), for its sentences.
    tpready::CheckRecord icmp;
    icmp.protocol = tpready::Protocol::Icmp;
    icmp.transport = tpready::IpTransport::Icmp;
    icmp.host = u"slrc1.eu.thingpark.com"_s;
    icmp.result = tpready::ProbeResult::make(tpready::Verdict::Pass, tpready::Reason::Ok, u"ICMP"_s);
    icmp.result.address = u"192.0.2.31"_s;
    icmp.result.evidence =
        QJsonObject{{u"echoes_sent"_s, 5},    {u"echoes_received"_s, 3}, {u"loss_percent"_s, 40},
                    {u"rtt_min_ms"_s, 500.0}, {u"rtt_avg_ms"_s, 650.0},  {u"rtt_max_ms"_s, 800.0},
                    {u"jitter_ms"_s, 150.0},  {u"path_mtu"_s, 1000},     {u"path_mtu_black_hole"_s, true}};
    tpready::CheckRecord ike = icmp;
    ike.protocol = tpready::Protocol::Ike;
    report.checks << icmp << ike;
    QCOMPARE(tpready::uplinkQuality(report).hosts.first().warnings.size(), 5);
    QVERIFY(!tpready::uplinkLines(tpready::uplinkQuality(report)).isEmpty());
    // The gateway's view (a disagreement, another address, another resolver) and a comparison: their sentences,
    // in the JSON and the PDF; a refused block and a comparison's text.
    {
        tpready::GatewayView view;
        view.gateway = u"gw"_s;
        view.resolvers = {u"192.0.2.99"_s};
        for (const tpready::CheckRecord &check : std::as_const(report.checks))
            view.rows << tpready::GatewayRow{tpready::gatewayCheckKey(check),
                                             check.result.verdict == tpready::Verdict::Pass ? tpready::Verdict::Fail
                                                                                            : tpready::Verdict::Pass,
                                             tpready::Reason::Refused, u"203.0.113.9"_s, u"from the gateway"_s};
        view.rows.first().verdict = tpready::Verdict::Warn;
        report.gateway = view;
        tpready::Report earlier = report;
        earlier.gateway.reset();
        report.comparison = tpready::compareReports(earlier, report);
        QVERIFY(!tpready::comparisonToText(*report.comparison).isEmpty());
        QVERIFY(!tpready::parseGatewayBlock("-----BEGIN TPREADY GATEWAY RESULTS-----\n", &error));
        QVERIFY(!tpready::comparisonFromJson({}, &error));
        QVERIFY(!tpready::gatewayViewFromJson({}, &error));
    }
    const QByteArray json = tpready::reportToBytes(report);
    QBuffer pdf;
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    QCOMPARE(tpready::renderPdfReport(report, json, &pdf), QString());

    // The change request, the laptop's path, report files, the run session's CA file.
    QVERIFY(!tpready::changeRequestText(report).isEmpty());
    QVERIFY(!tpready::laptopPathWarning(fakeEnvironment()).isEmpty());
    QVERIFY(!tpready::writeReportFiles(report, broken.filePath(u"no/such/dir/report.json"_s)).isEmpty());
    QVERIFY(tpready::loadCaCertificates(broken.filePath(u"no-such-ca.pem"_s), &error).isEmpty());
    QVERIFY(!error.isEmpty());

    // The environment and protocol sentences, and the command line's context.
    QVERIFY(!tpready::DhcpFinding().summary().isEmpty());
    QVERIFY(!tpready::recogniseForeignProtocol("HTTP/1.1 200 OK\r\n").isEmpty());
    QVERIFY(!tpready::installTranslators(qApp, u"not a language"_s).isEmpty());
}

void TestTranslations::exerciseProbes()
{
    // A whole IPsec plan against this machine: refused TCP, unanswered UDP, ESP and DHCP explained, correlated.
    tpready::Selection selection;
    selection.platform = u"eu-prod"_s;
    selection.transport = tpready::Transport::LrrIpsec;
    selection.dnsServers = {u"127.0.0.1"_s};
    QString error;
    const auto plan = tpready::buildPlan(*m_catalog, selection, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    tpready::RunOptions options;
    options.probe.timeoutMs = 1500;
    for (const tpready::PlannedFlow &flow : plan->flows) {
        for (const tpready::Check &check : flow.checks) {
            if (!check.host.isEmpty())
                options.resolveOverrides.insert(check.host.toLower(), QHostAddress::LocalHost);
        }
    }
    {
        tpready::Runner runner(*plan, options);
        QSignalSpy finished(&runner, &tpready::Runner::finished);
        runner.start();
        QVERIFY(finished.wait(30000));
    }
    {
        tpready::Runner runner(*plan, options);
        QSignalSpy finished(&runner, &tpready::Runner::finished);
        runner.start();
        runner.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
    }

    // Stream protocols against a server that answers something none of them expects.
    GarbageServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    for (const tpready::Protocol protocol :
         {tpready::Protocol::Ssh, tpready::Protocol::Ftp, tpready::Protocol::Iec104, tpready::Protocol::Tls}) {
        tpready::ProbeTarget target;
        target.protocol = protocol;
        target.host = u"localhost"_s;
        target.address = QHostAddress::LocalHost;
        target.port = server.serverPort();
        std::unique_ptr<tpready::Probe> probe(tpready::createProbe(target, options.probe, nullptr));
        QSignalSpy finished(probe.get(), &tpready::Probe::finished);
        probe->start();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
    }
}

void TestTranslations::walk(const std::function<void(Wizard &, const QString &)> &visit)
{
    for (const tpready::Deployment deployment : tpready::allDeployments()) {
        const bool saas = deployment == tpready::Deployment::Saas;
        init();
        auto wizard = makeWizard();
        find<QLineEdit>(*wizard, u"siteNameEdit"_s)->setText(u"Entrepôt 3, Lyon"_s);
        visit(*wizard, u"site"_s);
        clickNext(*wizard);
        QTest::mouseClick(find<QRadioButton>(*wizard, saas ? u"saasRadio"_s : u"selfHostedRadio"_s), Qt::LeftButton);
        visit(*wizard, u"deployment"_s);
        clickNext(*wizard);
        if (QTest::currentTestFailed())
            return;
        if (saas) {
            QTest::mouseClick(find<QRadioButton>(*wizard, u"platformRadio_eu-prod"_s), Qt::LeftButton);
            visit(*wizard, u"platform"_s);
        } else {
            // The longest message the page can show, then a high-availability TPE.
            typeInto(find<QLineEdit>(*wizard, u"tpeHostsEdit"_s), u"tpe.example.com:8443"_s);
            visit(*wizard, u"tpe-invalid"_s);
            typeInto(find<QLineEdit>(*wizard, u"tpeHostsEdit"_s), u"192.0.2.10, 192.0.2.11"_s);
            visit(*wizard, u"tpe"_s);
        }
        clickNext(*wizard);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(
            find<QRadioButton>(*wizard, saas ? u"transportRadio_lrr-tls"_s : u"transportRadio_lrr-ipsec"_s),
            Qt::LeftButton);
        if (!saas) {
            // Every field's message at once.
            typeInto(find<QLineEdit>(*wizard, u"lrrVersionEdit"_s), u"two"_s);
            typeInto(find<QLineEdit>(*wizard, u"ntpServersEdit"_s), u"ntp.example.com:123"_s);
            typeInto(find<QLineEdit>(*wizard, u"dnsServersEdit"_s), u"dns.example.com"_s);
            visit(*wizard, u"transport-invalid"_s);
            typeInto(find<QLineEdit>(*wizard, u"lrrVersionEdit"_s), u"2.7"_s);
            typeInto(find<QLineEdit>(*wizard, u"ntpServersEdit"_s), QString());
            typeInto(find<QLineEdit>(*wizard, u"dnsServersEdit"_s), QString());
        }
        visit(*wizard, saas ? u"transport"_s : u"transport-self-hosted"_s);
        clickNext(*wizard);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Flows));
        visit(*wizard, saas ? u"flows"_s : u"flows-self-hosted"_s);
        if (QTest::currentTestFailed())
            return;
        if (!saas)
            continue;
        // Pages 6 and 7 with scripted results: a run with failures, then its report.
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Checks));
        QVERIFY(wizard->checksPage()->session());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->checksPage()->session()->isRunning(), 20000);
        QTest::keyClick(find<QTableView>(*wizard, u"checkTable"_s), Qt::Key_Down);
        visit(*wizard, u"checks"_s);
        clickNext(*wizard);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Report));
        visit(*wizard, u"report"_s);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestTranslations::exerciseWizard()
{
    walk([](Wizard &wizard, const QString &) {
        if (wizard.currentId() == Wizard::Page_Flows) {
            QTest::mouseClick(find<QAbstractButton>(wizard, u"copyTextButton"_s), Qt::LeftButton);
            QTest::mouseClick(find<QAbstractButton>(wizard, u"copyCsvButton"_s), Qt::LeftButton);
        }
    });
    // The words and panes of pages 6 and 7 that a short run may not show.
    for (const auto state : {tpready::CheckRun::State::Pending, tpready::CheckRun::State::Running})
        QVERIFY(!tpready::statusWord(state, tpready::Verdict::Pass).isEmpty());
    for (const auto verdict : {tpready::Verdict::Pass, tpready::Verdict::Fail, tpready::Verdict::Warn,
                               tpready::Verdict::Info, tpready::Verdict::Skipped})
        QVERIFY(!tpready::statusWord(tpready::CheckRun::State::Done, verdict).isEmpty());
    for (const auto readiness :
         {tpready::Readiness::Ready, tpready::Readiness::ReadyWithWarnings, tpready::Readiness::NotReady}) {
        QVERIFY(!tpready::readinessLabel(readiness).isEmpty());
        QVERIFY(!tpready::readinessHeadline(readiness).isEmpty());
    }
    const tpready::Report report = tpready::testing::syntheticReport(3);
    QVERIFY(!tpready::checkDetailsHtml(report.checks.at(1), tpready::CheckRun::State::Done).isEmpty());
    QVERIFY(!tpready::environmentHtml(fakeEnvironment(), false).isEmpty());
    QVERIFY(!tpready::environmentHtml(fakeEnvironment(), true).isEmpty());
    {
        tpready::RunOptionsDialog options;
        options.show();
        QVERIFY(QTest::qWaitForWindowExposed(&options));
    }

    init();
    auto wizard = makeWizard();
    QTest::mouseClick(wizard->button(QWizard::HelpButton), Qt::LeftButton);
    QTRY_VERIFY(wizard->findChild<QMessageBox *>(u"aboutBox"_s));
    wizard->findChild<QMessageBox *>(u"aboutBox"_s)->close();
}

void TestTranslations::everyContextIsAskedForAtRunTime()
{
    // A context in a .ts file that the program never asks for leaves its strings untranslated: lupdate and the code
    // must agree. What the program asks for is recorded while core, probes and wizard do their work in French.
    useLanguage(u"fr"_s);
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);
    exerciseCore();
    exerciseProbes();
    exerciseWizard();
    QCoreApplication::removeTranslator(&recorder);
    if (QTest::currentTestFailed())
        return;

    const QList<Message> messages = readCatalogue(u"fr"_s);
    QSet<std::pair<QString, QString>> catalogued;
    QSet<QString> contexts;
    QSet<QString> sources;
    for (const Message &message : messages) {
        catalogued.insert({message.context, message.source});
        contexts.insert(message.context);
        sources.insert(message.source);
    }

    // Every string of ours that was asked for is catalogued under the context it was asked for with.
    QSet<QString> askedContexts;
    for (const auto &[context, source] : std::as_const(recorder.lookups)) {
        askedContexts.insert(context);
        const bool qtOwn = context.startsWith(u'Q') && context.size() > 1 && context.at(1).isUpper();
        const bool ours =
            contexts.contains(context) || context.startsWith(u"tpready"_s) || (sources.contains(source) && !qtOwn);
        if (ours)
            QVERIFY2(catalogued.contains({context, source}),
                     qPrintable(u"asked for but not catalogued: "_s + context + u": "_s + source));
    }

    // Every catalogued context is asked for: seen above, or the context of a QObject class's own tr().
    QSet<QString> classContexts;
    for (const QMetaObject *meta : translatedClasses())
        classContexts.insert(QString::fromLatin1(meta->className()));
    // main.cpp's message box title shows only when the built-in catalog is broken.
    QSet<QString> unreachable{u"QObject"_s};
    // Under Wine a refused connection is never reported (tests/probes/probetestutil.h): the sentences of a refusal
    // are not asked for there.
    if (probetest::wineBlursRefusal())
        unreachable.insert(u"TcpConnectText"_s);
    for (const QString &context : std::as_const(contexts)) {
        if (askedContexts.contains(context) || unreachable.contains(context))
            continue;
        QVERIFY2(classContexts.contains(context), qPrintable(u"never asked for at run time: "_s + context +
                                                             u" (a QObject class? add it to "_s
                                                             u"translatedClasses())"_s));
        // And its tr() reaches the catalogue.
        const auto message = std::find_if(messages.cbegin(), messages.cend(),
                                          [&](const Message &m) { return m.context == context && !m.numerus; });
        QVERIFY(message != messages.cend());
        const QByteArray source = message->source.toUtf8();
        QCOMPARE(QCoreApplication::translate(qPrintable(context), source.constData()), message->translation);
    }
}

void TestTranslations::wizardInFrench()
{
    useLanguage(u"fr"_s);
    QHash<QString, QString> french; // English source -> French, where they differ
    for (const Message &message : readCatalogue(u"fr"_s)) {
        if (!message.numerus && message.translation != message.source)
            french.insert(message.source, message.translation);
    }
    int pages = 0;
    walk([&](Wizard &wizard, const QString &name) {
        ++pages;
        QApplication::processEvents();
        QCOMPARE(wizard.windowTitle(), u"Préparation ThingPark"_s);
        // Qt's own buttons, from qtbase_fr.
        if (wizard.currentId() < Wizard::Page_Flows)
            QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"&Suivant >"_s);
        if (wizard.currentId() == Wizard::Page_Flows)
            QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"&Lancer les vérifications >"_s);
        if (wizard.currentId() < Wizard::Page_Checks)
            QCOMPARE(wizard.button(QWizard::CancelButton)->text(), u"Annuler"_s);
        else
            QCOMPARE(wizard.button(QWizard::CancelButton)->text(), u"Fermer"_s);
        if (wizard.currentId() != Wizard::Page_Site)
            QCOMPARE(wizard.button(QWizard::BackButton)->text(), u"< &Précédent"_s);
        QCOMPARE(wizard.button(QWizard::HelpButton)->text(), u"À pr&opos"_s);
        const QString title = wizard.currentPage()->title();
        QVERIFY2(!title.isEmpty() && !french.contains(title), qPrintable(title));
        // No English sentence of ours is left on the page.
        for (const QString &text : visibleTexts(wizard))
            QVERIFY2(!french.contains(text), qPrintable(name + u": English text shown: "_s + text));
        if (wizard.currentId() == Wizard::Page_Flows) {
            auto *table = find<QTableView>(wizard, u"flowTable"_s);
            QVERIFY(table->model()->headerData(0, Qt::Horizontal).toString() != u"Flow"_s);
            // The vendor's words stay as the vendor prints them.
            QStringList requirements;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                requirements << table->model()->index(row, 1).data().toString();
            QVERIFY2(requirements.contains(u"MUST"_s), qPrintable(requirements.join(u' ')));
        }
        const QString directory = qEnvironmentVariable("TPREADY_SCREENSHOT_DIR");
        if (!directory.isEmpty()) {
            const QString file = QDir(directory).filePath(u"wizard-%1-fr.png"_s.arg(name));
            QVERIFY2(wizard.grab().save(file), qPrintable(file));
        }
    });
    QCOMPARE(pages, 14);
}

void TestTranslations::layoutHoldsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"fr", "de", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::layoutHoldsInEveryLanguage()
{
    // French, German and Spanish are longer than English: at the smallest size the pages are laid out for, nothing
    // is cut, squashed or overlapping.
    QFETCH(QString, language);
    if (probetest::underWine())
        QSKIP("Wine's stand-in fonts lay text out otherwise than Windows' and Linux's: the layout is proven on Linux");
    useLanguage(language);
    const QString directory = qEnvironmentVariable("TPREADY_SCREENSHOT_DIR");
    walk([&](Wizard &wizard, const QString &name) {
        QApplication::processEvents();
        QVERIFY2(wizard.minimumSizeHint().width() <= 1024 && wizard.minimumSizeHint().height() <= 700,
                 qPrintable(u"%1 x %2 (%3)"_s.arg(wizard.minimumSizeHint().width())
                                .arg(wizard.minimumSizeHint().height())
                                .arg(name)));
        checkLayout(wizard, language + u' ' + name);
        if (wizard.currentId() == Wizard::Page_Flows) {
            auto *table = find<QTableView>(wizard, u"flowTable"_s);
            checkTableWhole(*table, language + u' ' + name);
            QVERIFY2(table->viewport()->height() >= 4 * 2 * table->fontMetrics().height(), qPrintable(name));
        }
        if (!directory.isEmpty() && language != u"fr") {
            const QString file = QDir(directory).filePath(u"wizard-%1-%2.png"_s.arg(name, language));
            QVERIFY2(wizard.grab().save(file), qPrintable(file));
        }
    });
}

QTEST_MAIN(TestTranslations)
#include "testtranslations.moc"
