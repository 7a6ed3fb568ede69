// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>
#include <memory>
#include <optional>

#include "core/catalog/catalog.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;
using tpready::Wizard;

/// The About box: reachable from every page by mouse and keyboard, and it names the version CMake's project() gives.
class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textCarriesTheProjectVersion();
    void buttonOpensTheBox();
    void keyboardOpensAndClosesTheBox();

private:
    std::unique_ptr<Wizard> makeWizard();

    std::optional<tpready::Catalog> m_catalog;
};

void TestAbout::initTestCase()
{
    QString error;
    m_catalog = tpready::Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<Wizard> TestAbout::makeWizard()
{
    // No Settings: nothing is remembered, and the user's configuration is never touched.
    auto wizard = std::make_unique<Wizard>(*m_catalog, nullptr);
    wizard->show();
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard.get()))
        return nullptr;
    return wizard;
}

void TestAbout::textCarriesTheProjectVersion()
{
    // TPREADY_VERSION is CMake's PROJECT_VERSION (top-level CMakeLists.txt): the one place the version is written.
    const QString version = QStringLiteral(TPREADY_VERSION);
    QVERIFY(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s).match(version).hasMatch());
    const QString text = Wizard::aboutText();
    QVERIFY2(text.contains(u"tpready "_s + version), qPrintable(text));
    QVERIFY(text.contains(u"GPL-3.0-or-later"_s));
    QVERIFY(text.contains(u"Authorizing base station flows to and from ThingPark"_s));
}

void TestAbout::buttonOpensTheBox()
{
    auto wizard = makeWizard();
    QVERIFY(wizard);
    QAbstractButton *button = wizard->button(QWizard::HelpButton);
    QVERIFY(button->isVisible());
    QCOMPARE(button->objectName(), u"aboutButton"_s);
    QVERIFY(button->text().remove(u'&').contains(u"About"_s));
    QCOMPARE(button->accessibleName(), u"About tpready"_s);
    QVERIFY(button->focusPolicy() & Qt::TabFocus);

    // On a later page too: the button belongs to the wizard, not to a page.
    wizard->next();
    QVERIFY(wizard->button(QWizard::HelpButton)->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(wizard->findChild<QMessageBox *>(u"aboutBox"_s));
    QPointer<QMessageBox> box = wizard->findChild<QMessageBox *>(u"aboutBox"_s);
    QCOMPARE(box->windowTitle(), u"About tpready"_s);
    QVERIFY(box->text().contains(u"tpready "_s + QStringLiteral(TPREADY_VERSION)));
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QTest::mouseClick(box->button(QMessageBox::Close), Qt::LeftButton);
    QTRY_VERIFY(!box);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Deployment));
}

void TestAbout::keyboardOpensAndClosesTheBox()
{
    auto wizard = makeWizard();
    QVERIFY(wizard);
    // Alt+A is the button's mnemonic.
    QTest::keyClick(wizard.get(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(wizard->findChild<QMessageBox *>(u"aboutBox"_s));
    QPointer<QMessageBox> box = wizard->findChild<QMessageBox *>(u"aboutBox"_s);
    QTRY_VERIFY(box->isActiveWindow());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!box);
    QCOMPARE(wizard->currentId(), int(Wizard::Page_Site));
}

QTEST_MAIN(TestAbout)
#include "testabout.moc"
