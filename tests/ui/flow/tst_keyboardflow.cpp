// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The whole demo flow with the keyboard alone (mnemonics, Tab, Space), in English and in
// Korean, checking on every page that each control that takes focus has an accessible name.

#include "PodNetWizard.h"
#include "demo/DemoController.h"
#include "i18n/LanguageManager.h"
#include "kube/nodes/NodeTableModel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace podnet;

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

    static constexpr int waitMs = 15000;

    LanguageManager m_languages;
    std::unique_ptr<PodNetWizard> m_wizard;

    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }

    /// Alt + the letter: what a person presses for a mnemonic.
    void press(Qt::Key key)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_wizard.get(), key, Qt::AltModifier);
    }

    /// Every visible, enabled control on the current page that takes focus by Tab, without
    /// an accessible name (Qt's computed one: text, buddy label or accessibleName).
    QStringList unnamedControls() const
    {
        QStringList unnamed;
        const QList<QWidget *> widgets = m_wizard->currentPage()->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !widget->isEnabled()
                || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
                continue;
            if (qobject_cast<QAbstractScrollArea *>(widget->parentWidget()))
                continue; // a view's viewport: the view itself carries the name
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2").arg(
                        QLatin1String(widget->metaObject()->className()), widget->objectName());
        }
        return unnamed;
    }

    /// The page's labels, for a failure message.
    QString pageText() const
    {
        QStringList texts {QString::number(m_wizard->currentId())};
        for (QLabel *label : m_wizard->currentPage()->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->text().isEmpty())
                texts << label->text();
        }
        return texts.join(QStringLiteral(" | "));
    }

    void checkNames()
    {
        const QStringList unnamed = unnamedControls();
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("page %1: ").arg(m_wizard->currentId())
                            + unnamed.join(QStringLiteral(", "))));
    }

    void next(PodNetWizard::PageId expected)
    {
        QVERIFY2(
                QTest::qWaitFor([this] { return nextEnabled(); }, waitMs),
                qPrintable(QStringLiteral("Next stays off on page %1").arg(m_wizard->currentId())));
        press(Qt::Key_N);
        QTRY_VERIFY2_WITH_TIMEOUT(
                m_wizard->currentId() == int(expected),
                qPrintable(QStringLiteral("Alt+N on page %1 (focus: %2 %3)")
                                   .arg(m_wizard->currentId())
                                   .arg(QLatin1String(QApplication::focusWidget()
                                                              ->metaObject()
                                                              ->className()),
                                        QApplication::focusWidget()->objectName())),
                waitMs);
    }

private Q_SLOTS:
    void walkWithTheKeyboard_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Korean") << QStringLiteral("ko");
    }

    void walkWithTheKeyboard()
    {
        QFETCH(QString, language);
        m_languages.setLanguage(language);
        m_wizard = std::make_unique<PodNetWizard>(&m_languages);
        m_wizard->findChild<DemoController *>()->setZeroDelays(true);
        m_wizard->show();
        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        checkNames();

        using Id = PodNetWizard::PageId;
        press(Qt::Key_D); // Try it without a cloud (&demo)
        auto *demo = m_wizard->findChild<DemoController *>();
        QTRY_VERIFY2_WITH_TIMEOUT(
                demo->status() == DemoController::Status::Ready,
                qPrintable(QStringLiteral("focus %1, demo %2")
                                   .arg(QApplication::focusWidget()
                                                ? QApplication::focusWidget()->objectName()
                                                : QStringLiteral("none"))
                                   .arg(int(demo->status()))),
                waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(), waitMs);
        for (Id id : {Id::OpenStackPageId, Id::KubeConnectionPageId, Id::NetworkPageId,
                      Id::ManifestSourcePageId, Id::PreflightPageId}) {
            next(id);
            QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled() || id == Id::PreflightPageId,
                                      qPrintable(pageText()), waitMs);
            checkNames();
        }
        // The demo's worker-2 has no pod range: a problem to acknowledge ("I &understand").
        auto *acknowledge = m_wizard->currentPage()->findChild<QCheckBox *>(
                QStringLiteral("acknowledgeCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(acknowledge->isVisible(), waitMs);
        press(Qt::Key_U);
        QTRY_VERIFY(acknowledge->isChecked()); // a mnemonic clicks after a short animation
        next(Id::PlanPageId);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(), waitMs);
        // Every tab of the preview, as Ctrl+Tab shows them.
        auto *tabs = m_wizard->currentPage()->findChild<QTabWidget *>(QStringLiteral("planTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            checkNames();
        }
        tabs->setCurrentIndex(0);
        next(Id::ApplyPageId);
        checkNames();
        press(Qt::Key_A); // &Apply
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(), waitMs);
        checkNames();
        next(Id::NodeStatusPageId);
        auto *model = m_wizard->currentPage()->findChild<NodeTableModel *>();
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->allReady(), waitMs);
        checkNames();
        next(Id::FinishPageId);
        checkNames();
        m_wizard.reset();
    }
};

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
