// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The Preview page against both built-in simulators, offscreen, as a person meets it: both
// sides read and summed up, the tabs of a skipped side hidden, Next storing the plan, a bad pod
// range blocking Next with the reason in view, and a 409 conflict that still lets the person on.

#include "SetupTestLab.h"
#include "pages/annotations/PodRangePanel.h"
#include "pages/plan/SetupPlanPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QWizard>

#include <memory>

using namespace podnet;
using namespace podnet::test;

namespace {

enum Tab { PortsTab, PodRangesTab, ManifestTab, RenderedTab };
enum { PlanPage = 1 };

} // namespace

class TestSetupPlanPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SetupTestLab> m_lab;
    std::unique_ptr<QWizard> m_wizard;
    SetupPlanPage *m_page = nullptr;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_page->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }

    QAbstractButton *next() { return m_wizard->button(QWizard::NextButton); }
    QTabWidget *tabs() { return find<QTabWidget>("planTabs"); }
    QString totals() { return find<QLabel>("planTotals")->text(); }

    // A blank page, the preview, and a blank page after it; Next onto the preview.
    void open(bool withOpenStack = true, bool withKube = true)
    {
        if (!m_lab) {
            m_lab = std::make_unique<SetupTestLab>();
            QVERIFY(m_lab->start(withOpenStack, withKube));
        }
        m_wizard = std::make_unique<QWizard>();
        m_wizard->setPage(0, new QWizardPage);
        m_page = new SetupPlanPage(m_lab->state.get());
        m_wizard->setPage(PlanPage, m_page);
        m_wizard->setPage(2, new QWizardPage);
        m_wizard->resize(1100, 760);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QApplication::setActiveWindow(m_wizard.get());
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(PlanPage));
    }

    void waitRead() { QTRY_VERIFY_WITH_TIMEOUT(!totals().startsWith(QStringLiteral("⏳")), 30000); }

    // On the pod-range tab, with the keyboard: the node's row, Enter, type, Enter.
    void typeRange(int row, const QString &text)
    {
        tabs()->setCurrentIndex(PodRangesTab);
        auto *table = find<QTableView>("podCidrTable");
        QVERIFY(table->isVisible());
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "Enter did not open an editor on the range cell");
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(table->hasFocus());
    }

private Q_SLOTS:
    void cleanup()
    {
        m_wizard.reset();
        m_page = nullptr;
        m_lab.reset();
    }

    void bothSidesAreReadAndNextStoresThePlan()
    {
        open();
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 30000);
        waitRead();
        for (int tab : {PortsTab, PodRangesTab, ManifestTab, RenderedTab})
            QVERIFY2(tabs()->isTabVisible(tab), qPrintable(tabs()->tabText(tab)));
        // The totals line sums up both sides in one vocabulary.
        const SetupPlan shown = m_page->currentPlan();
        QVERIFY(shown.hasOpenStack());
        QVERIFY(shown.hasKubernetes());
        QVERIFY(shown.isApplicable());
        QVERIFY(!shown.isNoOp());
        QVERIFY(totals().startsWith(shown.totalsText()));
        QVERIFY2(totals().contains(QLatin1String("port")), qPrintable(totals()));
        QVERIFY2(totals().contains(QLatin1String("pod range")), qPrintable(totals()));
        QVERIFY2(totals().contains(QLatin1String("create")), qPrintable(totals()));
        QCOMPARE(shown.ports->totals().portsToChange, 3);
        QCOMPARE(shown.podRanges->count(PodCidrAnnotationPlan::Action::Set), 1);
        QCOMPARE(shown.manifest.size(), 5);
        // Nothing was changed by looking.
        QCOMPARE(m_lab->puts(), 0);
        QVERIFY(!m_lab->get(SetupTestLab::daemonSetPath()));

        QVERIFY(!m_lab->state->plan());
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), 2);
        const auto &stored = m_lab->state->plan();
        QVERIFY(stored);
        QVERIFY(stored->isApplicable());
        QCOMPARE(stored->ports->totals().portsToChange, 3);
        QCOMPARE(stored->manifest.size(), 5);
        QCOMPARE(stored->totalsText(), shown.totalsText());
        QVERIFY(!stored->manifestYaml.isEmpty());
    }

    void readAgainAfterAChangeElsewhere()
    {
        open();
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 30000);
        waitRead();
        const int before = m_page->currentPlan().ports->totals().portsToChange;
        // Someone gives worker-0's port both pairs by hand meanwhile.
        sim::OsPort *port = m_lab->openStack.store().mutablePort(
                m_lab->portOf(QStringLiteral("worker-0.k8s.lan")));
        QVERIFY(port);
        port->allowedAddressPairs = {{QStringLiteral("10.200.0.0/16"), QString()},
                                     {QStringLiteral("10.32.0.0/24"), QString()}};
        QTest::mouseClick(find<QAbstractButton>("readAgainButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 30000);
        waitRead();
        QCOMPARE(m_page->currentPlan().ports->totals().portsToChange, before - 1);
    }

    void openStackSkippedHidesItsTab()
    {
        open(false, true);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 30000);
        QVERIFY(!tabs()->isTabVisible(PortsTab));
        QVERIFY(tabs()->isTabVisible(PodRangesTab));
        QVERIFY(tabs()->isTabVisible(ManifestTab));
        QVERIFY(!m_page->currentPlan().hasOpenStack());
        QVERIFY(!totals().contains(QLatin1String("port")));
        QTest::mouseClick(next(), Qt::LeftButton);
        QVERIFY(m_lab->state->plan());
        QVERIFY(!m_lab->state->plan()->hasOpenStack());
        QVERIFY(m_lab->state->plan()->hasKubernetes());
    }

    void kubernetesSkippedHidesItsTabs()
    {
        open(true, false);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 30000);
        QVERIFY(tabs()->isTabVisible(PortsTab));
        QVERIFY(!tabs()->isTabVisible(PodRangesTab));
        QVERIFY(!tabs()->isTabVisible(ManifestTab));
        QVERIFY(!m_page->currentPlan().hasKubernetes());
        QTest::mouseClick(next(), Qt::LeftButton);
        QVERIFY(m_lab->state->plan());
        QVERIFY(m_lab->state->plan()->hasOpenStack());
        QVERIFY(!m_lab->state->plan()->hasKubernetes());
        QVERIFY(m_lab->state->plan()->manifest.isEmpty());
    }

    void badPodRangeBlocksNextWithTheReason()
    {
        open();
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 30000);
        waitRead();
        // worker-2 has no range and is offered one; type one outside the cluster CIDR.
        typeRange(2, QStringLiteral("10.99.0.0/24"));
        QTRY_VERIFY(!next()->isEnabled());
        QVERIFY(!m_page->isComplete());
        QVERIFY2(totals().contains(QLatin1String("not inside the cluster CIDR")),
                 qPrintable(totals()));
        QVERIFY(totals().contains(QLatin1String("worker-2.k8s.lan")));

        // A good range lets the person on, and the plan carries it.
        typeRange(2, QStringLiteral("10.200.9.0/24"));
        QTRY_VERIFY(next()->isEnabled());
        QVERIFY(!totals().contains(QLatin1String("not inside")));
        QTest::mouseClick(next(), Qt::LeftButton);
        QVERIFY(m_lab->state->plan());
        bool found = false;
        for (const auto &entry : m_lab->state->plan()->podRanges->entries)
            found = found || entry.proposed == QLatin1String("10.200.9.0/24");
        QVERIFY(found);
    }

    void conflictStillAllowsNext()
    {
        m_lab = std::make_unique<SetupTestLab>();
        QVERIFY(m_lab->start(false, true));
        QVERIFY(m_lab->takeKubeconfigAsOtherTool());
        open();
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 30000);
        waitRead();
        const SetupPlan shown = m_page->currentPlan();
        int conflicts = 0;
        for (const ManifestDiffEntry &entry : shown.manifest)
            conflicts += entry.action == ManifestDiffEntry::Action::Conflict;
        QCOMPARE(conflicts, 1);
        QVERIFY(shown.isApplicable());
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), 2);
        QVERIFY(m_lab->state->plan());
        QCOMPARE(m_lab->state->plan()->manifest.size(), shown.manifest.size());
    }
};

QTEST_MAIN(TestSetupPlanPage)
#include "tst_setupplanpage.moc"
