// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The pre-flight page against the Kubernetes simulator, driven offscreen as a person would.

#include "KubeApplyTestCluster.h"
#include "pages/kube/PreflightPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QWizard>

using namespace podnet;
using namespace podnet::test;

class TestPreflightPage : public QObject
{
    Q_OBJECT

private:
    KubeApplyTestCluster m_cluster;
    QWizard *m_wizard = nullptr;
    PreflightPage *m_page = nullptr;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_wizard->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }

    QAbstractButton *next() { return m_wizard->button(QWizard::NextButton); }

    // From the first page to the checklist, waiting for the checks to finish.
    bool enterChecklist()
    {
        QTest::mouseClick(next(), Qt::LeftButton);
        if (m_wizard->currentPage() != m_page)
            return false;
        return QTest::qWaitFor([this] { return !m_page->isChecking(); }, 20000);
    }

    int rowOf(const QString &id)
    {
        const QList<PreflightItem> items = m_page->items();
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).id == id)
                return i;
        }
        return -1;
    }

    QString rowText(const QString &id)
    {
        const int row = rowOf(id);
        return row < 0 ? QString() : find<QListWidget>("preflightList")->item(row)->text();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_cluster.start());
        m_wizard = new QWizard;
        m_wizard->addPage(new QWizardPage);
        m_page = new PreflightPage(m_cluster.state.get());
        m_wizard->addPage(m_page);
        m_wizard->addPage(new QWizardPage);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    }

    void cleanup()
    {
        delete m_wizard;
        m_wizard = nullptr;
        m_cluster.stop();
    }

    void nodesWithoutPodRangeBlockUntilAcknowledged()
    {
        QVERIFY(enterChecklist());
        const QString problem = rowText(QStringLiteral("node-without-pod-range"));
        QVERIFY2(problem.startsWith(QStringLiteral("✖ Problem: ")), qPrintable(problem));
        QVERIFY(problem.contains(QStringLiteral("have no pod range")));
        // Problems come first and the first row is selected, with its commands.
        QCOMPARE(rowOf(QStringLiteral("node-without-pod-range")), 0);
        auto *list = find<QListWidget>("preflightList");
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(find<QLabel>("preflightExplanation")->text().contains(QStringLiteral("crash")));
        const QString commands = find<QPlainTextEdit>("preflightCommands")->toPlainText();
        QVERIFY2(commands.contains(QStringLiteral("kubectl annotate node worker-0.k8s.lan "
                                                  "kube-router.io/pod-cidr=")),
                 qPrintable(commands));
        QCOMPARE(commands.count(QLatin1Char('\n')), 2);
        QVERIFY(rowText(QStringLiteral("image-pin")).startsWith(QStringLiteral("⚠ Warning: ")));
        QVERIFY(find<QLabel>("preflightStatus")->text().contains(QStringLiteral("1 problem")));
        QVERIFY(!find<QLabel>("preflightImportant")->isVisible());

        // Copy gives exactly the commands.
        QTest::mouseClick(find<QPushButton>("copyCommandsButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), commands);

        // Blocked until the person says they will fix it later.
        QVERIFY(!next()->isEnabled());
        auto *acknowledge = find<QCheckBox>("acknowledgeCheck");
        QVERIFY(acknowledge->isVisible());
        acknowledge->setFocus();
        QTest::keyClick(acknowledge, Qt::Key_Space);
        QVERIFY(acknowledge->isChecked());
        QVERIFY(next()->isEnabled());

        // Keyboard: moving through the list shows each item's words.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(find<QLabel>("preflightExplanation")->text(), m_page->items().at(1).explanation);
    }

    void recheckAfterGivingNodesPodRangesIsOk()
    {
        QVERIFY(enterChecklist());
        QVERIFY(!next()->isEnabled());
        m_cluster.setPodRanges();
        QTest::mouseClick(find<QPushButton>("recheckButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isChecking(), 20000);
        QCOMPARE(rowOf(QStringLiteral("node-without-pod-range")), -1);
        const QString ok = rowText(QStringLiteral("node-pod-ranges"));
        QVERIFY2(ok.startsWith(QStringLiteral("✔ OK: ")), qPrintable(ok));
        QVERIFY(!find<QCheckBox>("acknowledgeCheck")->isVisible());
        QVERIFY(next()->isEnabled());
        QVERIFY(find<QLabel>("preflightStatus")->text().contains(QStringLiteral("0 problem")));
    }

    void existingInstallWithAnotherServerIsImportant()
    {
        QVERIFY(m_cluster.applyWithEngine(
                KubeApplyTestCluster::render(QStringLiteral("https://10.0.0.99:6443"))));
        QVERIFY(enterChecklist());
        auto *important = find<QLabel>("preflightImportant");
        QVERIFY(important->isVisible());
        QVERIFY2(important->text().contains(QStringLiteral("Important")),
                 qPrintable(important->text()));
        QVERIFY(important->text().contains(QStringLiteral("https://10.0.0.99:6443")));
        const QString stale = rowText(QStringLiteral("stale-kubeconfig"));
        QVERIFY2(stale.startsWith(QStringLiteral("⚠ Warning: ")), qPrintable(stale));
        // The warning is the selected item, with the commands for every node.
        QCOMPARE(find<QListWidget>("preflightList")->currentRow(),
                 rowOf(QStringLiteral("stale-kubeconfig")));
        const QString commands = find<QPlainTextEdit>("preflightCommands")->toPlainText();
        QVERIFY2(commands.contains(QStringLiteral("ssh worker-0.k8s.lan sudo rm -f "
                                                  "/var/lib/kube-router/kubeconfig")),
                 qPrintable(commands));
        QVERIFY(commands.contains(QStringLiteral("kubectl -n kube-system delete pod -l "
                                                 "k8s-app=kube-router --field-selector "
                                                 "spec.nodeName=worker-2.k8s.lan")));
    }

    void withoutConnectionTheChecksAreSkipped()
    {
        m_cluster.state->kube()->clearConnection();
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentPage(), m_page);
        QVERIFY(!m_page->isChecking());
        QVERIFY(find<QLabel>("preflightStatus")
                        ->text()
                        .contains(QStringLiteral("need a connection")));
        QVERIFY(!find<QPushButton>("recheckButton")->isEnabled());
        QVERIFY(next()->isEnabled());
    }
};

QTEST_MAIN(TestPreflightPage)
#include "tst_preflightpage.moc"
