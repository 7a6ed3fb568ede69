// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// Bad input in every field of the wizard: the same hostile values as on the command line (empty, huge, non-ASCII,
// an IPv6 literal, a host with a port, out of range, a value twice) typed into each field. A field that cannot take
// the value refuses it with a message beside it and keeps Next disabled; nothing crashes, and a field that can take
// it (an IPv6 TPE) lets the installer go on.
#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "ui/fieldmessage.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;
using tpready::Wizard;

namespace {

const QString kHuge = QString(100000, u'a');
const QString kNonAscii = u"Z\u00fcrich-\u65e5\u672c-\u0639\u0631\u0628\u064a"_s;

template <typename T>
T *find(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

/// Types @p text as a user would: keystrokes for short values, a paste (setText) for huge ones.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    const bool control = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20; });
    if (text.size() > 200 || control) {
        // A paste: a hundred thousand key events would only test the event loop, and control characters cannot be
        // typed (QLineEdit drops them from key events) but can be pasted.
        edit->insert(text);
        return;
    }
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            // What an input method delivers: a key event that carries the text (QTest's ASCII table has no key
            // for it).
            QTest::sendKeyEvent(QTest::Press, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

} // namespace

class TestBadInputUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        m_catalog = tpready::Catalog::loadBuiltIn(&error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    void init() { m_settings = std::make_unique<tpready::Settings>(m_dir.filePath(u"settings.ini"_s)); }
    void cleanup()
    {
        m_settings.reset();
        QFile::remove(m_dir.filePath(u"settings.ini"_s));
    }

    void tpeField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << u"   "_s << false;
        QTest::newRow("huge") << kHuge << false;
        QTest::newRow("non-ascii") << kNonAscii << false;
        QTest::newRow("IPv6 literal") << u"2001:db8::1"_s << true;
        QTest::newRow("host with a port") << u"tpe.example.com:443"_s << false;
        QTest::newRow("IPv6 with a port") << u"[2001:db8::1]:443"_s << false;
        QTest::newRow("IPv6 in brackets") << u"[2001:db8::1]"_s << false;
        QTest::newRow("IPv6 with a zone") << u"fe80::1%eth0"_s << false;
        QTest::newRow("out of range") << u"300.300.300.300"_s << false;
        QTest::newRow("URL") << u"https://tpe.example.com/"_s << false;
        QTest::newRow("twice") << u"192.0.2.1, 192.0.2.1"_s << false;
        QTest::newRow("nine nodes") << u"a b c d e f g h i"_s << false;
        QTest::newRow("control characters") << u"tpe\u0007.example.com"_s << false;
        QTest::newRow("host name") << u"tpe.example.com"_s << true;
    }

    void tpeField()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        auto wizard = makeWizard();
        next(*wizard); // site
        QTest::mouseClick(find<QRadioButton>(*wizard, u"selfHostedRadio"_s), Qt::LeftButton);
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Tpe));
        auto *edit = find<QLineEdit>(*wizard, u"tpeHostsEdit"_s);
        type(edit, value);
        checkField(*wizard, find<tpready::FieldMessage>(*wizard, u"tpeHostsMessage"_s), accepted, value.isEmpty());
    }

    void transportFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        const QString lrr = u"lrrVersionEdit"_s, ntp = u"ntpServersEdit"_s, dns = u"dnsServersEdit"_s;
        const QString lrrMessage = u"lrrVersionMessage"_s, ntpMessage = u"ntpServersMessage"_s,
                      dnsMessage = u"dnsServersMessage"_s;
        // The LRR version field holds 16 characters: a paste of more is cut there, and still refused.
        for (const auto &[value, accepted] : QList<QPair<QString, bool>>{{kHuge, false},
                                                                         {kNonAscii, false},
                                                                         {u"2001:db8::1"_s, false},
                                                                         {u"2.8:443"_s, false},
                                                                         {u"-1.0"_s, false},
                                                                         {u"99999999999.1"_s, false},
                                                                         {u"2.8"_s, true},
                                                                         {QString(), true}})
            QTest::addRow("LRR %s", qPrintable(value.size() > 40 ? u"huge"_s : value))
                << lrr << lrrMessage << value << accepted;
        for (const auto &[value, accepted] : QList<QPair<QString, bool>>{{kHuge, false},
                                                                         {kNonAscii, false},
                                                                         {u"2001:db8::1"_s, true},
                                                                         {u"ntp.example.com:123"_s, false},
                                                                         {u"[2001:db8::1]:123"_s, false},
                                                                         {u"300.300.300.300"_s, false},
                                                                         {u"ntp.example.com ntp.example.com"_s, false},
                                                                         {u"ntp.example.com"_s, true},
                                                                         {QString(), true}})
            QTest::addRow("NTP %s", qPrintable(value.size() > 40 ? u"huge"_s : value))
                << ntp << ntpMessage << value << accepted;
        for (const auto &[value, accepted] : QList<QPair<QString, bool>>{{kHuge, false},
                                                                         {kNonAscii, false},
                                                                         {u"2001:db8::1"_s, true},
                                                                         {u"192.0.2.53:53"_s, false},
                                                                         {u"dns.example.com"_s, false},
                                                                         {u"192.0.2.53, 192.0.2.53"_s, false},
                                                                         {QString(), true}})
            QTest::addRow("DNS %s", qPrintable(value.size() > 40 ? u"huge"_s : value))
                << dns << dnsMessage << value << accepted;
    }

    void transportFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        auto wizard = makeWizard();
        next(*wizard); // site
        QTest::mouseClick(find<QRadioButton>(*wizard, u"saasRadio"_s), Qt::LeftButton);
        next(*wizard);
        QTest::mouseClick(find<QRadioButton>(*wizard, u"platformRadio_eu-prod"_s), Qt::LeftButton);
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Transport));
        type(find<QLineEdit>(*wizard, field), value);
        checkField(*wizard, find<tpready::FieldMessage>(*wizard, message), accepted, value.isEmpty());
    }

    /// The site page is optional and free text: any value is taken, bounded (names at 200 characters), and the
    /// wizard goes on without a crash.
    void siteFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("huge") << kHuge;
        QTest::newRow("non-ascii") << kNonAscii;
        QTest::newRow("IPv6 literal") << u"2001:db8::1"_s;
        QTest::newRow("host with a port") << u"tpe.example.com:443"_s;
        QTest::newRow("control characters") << u"a\u0000b\u0007c\u202ed"_s;
    }

    void siteFields()
    {
        QFETCH(QString, value);
        auto wizard = makeWizard();
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Site));
        for (const QString &name : {u"siteNameEdit"_s, u"operatorEdit"_s}) {
            auto *edit = find<QLineEdit>(*wizard, name);
            type(edit, value);
            QVERIFY(edit->text().size() <= 200);
        }
        auto *notes = find<QPlainTextEdit>(*wizard, u"notesEdit"_s);
        notes->setPlainText(value);
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(Wizard::Page_Deployment));
    }

private:
    std::unique_ptr<Wizard> makeWizard()
    {
        auto wizard = std::make_unique<Wizard>(*m_catalog, m_settings.get());
        wizard->resize(1024, 700);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            qFatal("wizard not exposed");
        return wizard;
    }

    void next(Wizard &wizard)
    {
        QAbstractButton *button = wizard.button(QWizard::NextButton);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// A refused value: a message, Next disabled (and Enter does not move on). An accepted one: no message, Next.
    void checkField(Wizard &wizard, tpready::FieldMessage *message, bool accepted, bool emptyValue)
    {
        QAbstractButton *button = wizard.button(QWizard::NextButton);
        const int page = wizard.currentId();
        if (accepted) {
            QVERIFY2(message->message().isEmpty(), qPrintable(message->message()));
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(wizard.currentId() != page);
            return;
        }
        QVERIFY(!button->isEnabled());
        // An empty required field may say nothing until typed into; anything else says what is wrong.
        if (!emptyValue) {
            QVERIFY2(!message->message().isEmpty(), "a refused value must say why");
            QVERIFY2(message->message().size() < 400, qPrintable(message->message().left(100)));
        }
        QTest::keyClick(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), page);
    }

    std::optional<tpready::Catalog> m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<tpready::Settings> m_settings;
};

QTEST_MAIN(TestBadInputUi)
#include "testbadinput.moc"
