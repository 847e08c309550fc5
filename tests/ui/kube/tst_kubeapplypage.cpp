// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The apply page against the Kubernetes simulator, driven offscreen as a person would: preview,
// apply, rollout, revisit, a changed API server, a conflict, uninstall, and Korean.

#include "KubeApplyTestCluster.h"
#include "i18n/LanguageManager.h"
#include "pages/kube/KubeApplyPage.h"
#include "pages/kube/PreflightPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>

using namespace podnet;
using namespace podnet::test;

class TestKubeApplyPage : public QObject
{
    Q_OBJECT

private:
    KubeApplyTestCluster m_cluster;
    QWizard *m_wizard = nullptr;
    PreflightPage *m_preflight = nullptr;
    KubeApplyPage *m_page = nullptr;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_wizard->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }

    QAbstractButton *next() { return m_wizard->button(QWizard::NextButton); }
    QAbstractButton *back() { return m_wizard->button(QWizard::BackButton); }
    QTreeWidget *objects() { return find<QTreeWidget>("applyObjectList"); }

    static void click(QAbstractButton *button)
    {
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Start page → checklist (acknowledging its problems) → apply page with its preview done.
    void walkToApplyPage()
    {
        click(next());
        QTRY_VERIFY_WITH_TIMEOUT(!m_preflight->isChecking(), 20000);
        auto *acknowledge = find<QCheckBox>("acknowledgeCheck");
        if (acknowledge->isVisible() && !acknowledge->isChecked()) {
            acknowledge->setFocus();
            QTest::keyClick(acknowledge, Qt::Key_Space);
        }
        click(next());
        QCOMPARE(m_wizard->currentPage(), m_page);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isPreviewing(), 20000);
    }

    // Back to the checklist and forward again: the apply page previews anew.
    void revisit()
    {
        click(back());
        QCOMPARE(m_wizard->currentPage(), m_preflight);
        click(next());
        QCOMPARE(m_wizard->currentPage(), m_page);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isPreviewing(), 20000);
    }

    QStringList column(int column)
    {
        QStringList texts;
        for (int i = 0; i < objects()->topLevelItemCount(); ++i)
            texts << objects()->topLevelItem(i)->text(column);
        return texts;
    }

    int rowOf(const QString &name) { return static_cast<int>(column(1).indexOf(name)); }

    void applyAndWait()
    {
        click(find<QPushButton>("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isApplying(), 20000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_cluster.start());
        // The rollouts below finish only when every node's kube-router finds a pod range.
        m_cluster.setPodRanges();
        m_wizard = new QWizard;
        m_wizard->addPage(new QWizardPage);
        m_preflight = new PreflightPage(m_cluster.state.get());
        m_wizard->addPage(m_preflight);
        m_page = new KubeApplyPage(m_cluster.state.get());
        m_page->setRolloutTiming(std::chrono::milliseconds(20), std::chrono::milliseconds(15000));
        m_wizard->addPage(m_page);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    }

    void cleanup()
    {
        delete m_wizard;
        m_wizard = nullptr;
        m_cluster.stop();
    }

    void previewApplyRolloutRevisitAndChange()
    {
        walkToApplyPage();
        QCOMPARE(objects()->topLevelItemCount(), 5);
        QCOMPARE(column(0), QStringList(5, QStringLiteral("+")));
        QVERIFY(column(2).contains(QStringLiteral("will be created")));
        QVERIFY(find<QLabel>("applyStatus")->text().contains(QStringLiteral("5 to create")));
        // Never applied by itself: nothing exists yet, and the page waits for Apply.
        QVERIFY(m_cluster.isAbsent(KubeApplyTestCluster::configMapPath()));
        QVERIFY(!m_page->isComplete());
        QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());

        applyAndWait();
        QCOMPARE(column(2), QStringList(5, QStringLiteral("created")));
        QCOMPARE(column(0), QStringList(5, QStringLiteral("✔")));
        const QString log = find<QPlainTextEdit>("applyLog")->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("configmap/kube-router-cfg created")),
                 qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("daemonset.apps/kube-router created")));
        QVERIFY(m_page->isComplete());
        QVERIFY(!m_cluster.isAbsent(KubeApplyTestCluster::configMapPath()));

        // The rollout: all three lab nodes run kube-router.
        QTRY_VERIFY_WITH_TIMEOUT(
                find<QLabel>("rolloutLabel")->text().contains(QStringLiteral("3 of 3 ready")),
                20000);
        QVERIFY(find<QLabel>("rolloutLabel")->text().startsWith(QStringLiteral("✔")));
        QCOMPARE(find<QProgressBar>("rolloutProgress")->value(), 3);

        // Coming back: nothing to do, and the page may be left without applying.
        revisit();
        QCOMPARE(column(0), QStringList(5, QStringLiteral("=")));
        QVERIFY(m_page->isComplete());
        QVERIFY(find<QLabel>("applyStatus")->text().contains(QStringLiteral("Nothing to do")));

        // Another API server: the ConfigMap would change, shown as a diff with +/- lines.
        m_cluster.state->network()->setApiServerUrl(QStringLiteral("https://10.0.0.20:6443"));
        revisit();
        const int row = rowOf(QStringLiteral("configmap/kube-router-cfg"));
        QVERIFY(row >= 0);
        QCOMPARE(objects()->topLevelItem(row)->text(0), QStringLiteral("~"));
        QCOMPARE(column(0).count(QStringLiteral("=")), 4);
        QVERIFY(!m_page->isComplete());
        objects()->setFocus();
        objects()->setCurrentItem(objects()->topLevelItem(0));
        for (int i = 0; i < row; ++i)
            QTest::keyClick(objects(), Qt::Key_Down);
        const QString diff = find<QPlainTextEdit>("applyDetailView")->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("\n-        server: https://10.0.0.10:6443\n")),
                 qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("\n+        server: https://10.0.0.20:6443")));

        applyAndWait();
        QCOMPARE(objects()->topLevelItem(row)->text(2), QStringLiteral("configured"));
        QCOMPARE(column(2).count(QStringLiteral("unchanged")), 4);
    }

    void conflictThenTakeOwnership()
    {
        QVERIFY(m_cluster.applyWithEngine(
                KubeApplyTestCluster::render(KubeApplyTestCluster::server())));
        QVERIFY(m_cluster.takeKubeconfigAsOtherTool());
        walkToApplyPage();
        const int row = rowOf(QStringLiteral("configmap/kube-router-cfg"));
        QVERIFY(row >= 0);
        QCOMPARE(objects()->topLevelItem(row)->text(0), QStringLiteral("!"));

        applyAndWait();
        QCOMPARE(objects()->topLevelItem(row)->text(2), QStringLiteral("conflict: not applied"));
        QVERIFY(find<QFrame>("conflictBox")->isVisible());
        const QString conflict = find<QLabel>("conflictText")->text();
        QVERIFY2(conflict.contains(QStringLiteral("other-tool")), qPrintable(conflict));
        QVERIFY(conflict.contains(QStringLiteral("kubeconfig")));
        QVERIFY(conflict.contains(QStringLiteral("owner")));
        // A stopped apply is an outcome: the person may go on (and fix it later).
        QVERIFY(m_page->isComplete());

        click(find<QPushButton>("takeOwnershipButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isApplying(), 20000);
        QCOMPARE(objects()->topLevelItem(row)->text(2), QStringLiteral("configured"));
        QVERIFY(!find<QFrame>("conflictBox")->isVisible());
        QVERIFY(m_page->isComplete());
        QTRY_VERIFY_WITH_TIMEOUT(
                find<QLabel>("rolloutLabel")->text().contains(QStringLiteral("3 of 3")), 20000);
    }

    void uninstallAfterConfirmation()
    {
        QVERIFY(m_cluster.applyWithEngine(
                KubeApplyTestCluster::render(KubeApplyTestCluster::server())));
        walkToApplyPage();
        click(find<QPushButton>("uninstallButton"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (box = m_wizard->findChild<QMessageBox *>(QStringLiteral("uninstallConfirmBox"))),
                20000);
        QVERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(QStringLiteral("daemonset.apps/kube-router")));
        QVERIFY(!m_cluster.isAbsent(KubeApplyTestCluster::daemonSetPath()));
        QCOMPARE(column(2).count(QStringLiteral("exists; will be deleted")), 5);

        click(box->findChild<QPushButton *>(QStringLiteral("confirmUninstallButton")));
        QTRY_COMPARE_WITH_TIMEOUT(column(2), QStringList(5, QStringLiteral("deleted")), 20000);
        QTRY_VERIFY(find<QPushButton>("applyButton")->isEnabled());
        QVERIFY(m_cluster.isAbsent(KubeApplyTestCluster::daemonSetPath()));
        QVERIFY(m_cluster.isAbsent(KubeApplyTestCluster::configMapPath()));
        QVERIFY(m_cluster.isAbsent(QStringLiteral("/api/v1/namespaces/kube-system/"
                                                  "serviceaccounts/kube-router")));
        QVERIFY(m_cluster.isAbsent(
                QStringLiteral("/apis/rbac.authorization.k8s.io/v1/clusterroles/kube-router")));
        QVERIFY(m_cluster.isAbsent(QStringLiteral(
                "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/kube-router")));
        QVERIFY(find<QPlainTextEdit>("applyLog")
                        ->toPlainText()
                        .contains(QStringLiteral("daemonset.apps/kube-router deleted")));
    }

    void uninstallCancelledDeletesNothing()
    {
        QVERIFY(m_cluster.applyWithEngine(
                KubeApplyTestCluster::render(KubeApplyTestCluster::server())));
        walkToApplyPage();
        click(find<QPushButton>("uninstallButton"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (box = m_wizard->findChild<QMessageBox *>(QStringLiteral("uninstallConfirmBox"))),
                20000);
        click(box->findChild<QPushButton *>(QStringLiteral("cancelUninstallButton")));
        QTRY_VERIFY(find<QPushButton>("uninstallButton")->isEnabled());
        QVERIFY(!m_cluster.isAbsent(KubeApplyTestCluster::daemonSetPath()));
    }

    void leavingWhileJobsRunDoesNotCrash()
    {
        walkToApplyPage();
        click(find<QPushButton>("applyButton"));
        // Gone mid-apply: the wizard and its pages go away with the apply's first steps queued;
        // they run now, with their page gone.
        delete m_wizard;
        m_wizard = nullptr;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        // And a page deleted while its preview runs.
        m_wizard = new QWizard;
        m_page = new KubeApplyPage(m_cluster.state.get());
        m_wizard->addPage(m_page);
        m_wizard->show();
        QVERIFY(m_page->isPreviewing());
        delete m_wizard;
        m_wizard = nullptr;
        // What the preview had queued runs now, with its page gone.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    void koreanKeyFlow()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        walkToApplyPage();
        QCOMPARE(column(0), QStringList(5, QStringLiteral("+")));
        click(find<QPushButton>("applyButton"));
        // Switching language mid-apply retranslates without losing the run.
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isApplying(), 20000);
        QCOMPARE(column(0), QStringList(5, QStringLiteral("✔")));
        QTRY_COMPARE_WITH_TIMEOUT(find<QProgressBar>("rolloutProgress")->value(), 3, 20000);
        QVERIFY(m_page->isComplete());
        click(back());
        QTRY_VERIFY_WITH_TIMEOUT(!m_preflight->isChecking(), 20000);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_preflight->isChecking(), 20000);
        QVERIFY(!m_preflight->items().isEmpty());
    }
};

QTEST_MAIN(TestKubeApplyPage)
#include "tst_kubeapplypage.moc"
