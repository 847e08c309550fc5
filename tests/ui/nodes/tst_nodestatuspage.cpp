// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The node-status page against the Kubernetes simulator, driven offscreen as a person would:
// watch the table go from 0 to 3 Ready (in English and in Korean), filter, keep the selection
// through updates, see a dropped watch reconnect, and wait until all Ready or time out.

#include "KubeApplyTestCluster.h"
#include "i18n/LanguageManager.h"
#include "kube/nodes/NodeTableModel.h"
#include "pages/nodes/NodeStatusPage.h"
#include "sim/kube/KubeFaultInjector.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QWizard>

using namespace podnet;
using namespace podnet::test;

class TestNodeStatusPage : public QObject
{
    Q_OBJECT

private:
    KubeApplyTestCluster m_cluster;
    LanguageManager m_languages;
    QWizard *m_wizard = nullptr;
    NodeStatusPage *m_page = nullptr;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_wizard->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }

    QTableView *table() { return find<QTableView>("nodeTable"); }
    QString summary() { return find<QLabel>("nodeSummary")->text(); }
    QString connection() { return find<QLabel>("connectionState")->text(); }

    // The text of the cell in the row showing \a node.
    QString cell(const QString &node, int column)
    {
        QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, NodeTableModel::NameColumn).data().toString() == node)
                return model->index(row, column).data().toString();
        }
        return QStringLiteral("<no row for %1>").arg(node);
    }

    int readyRows()
    {
        QAbstractItemModel *model = table()->model();
        int ready = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            ready += model->index(row, NodeTableModel::StatusColumn).data().toString()
                    == QLatin1String("Ready");
        return ready;
    }

    // Shows the wizard on the node page, as after the kube-router apply.
    void open()
    {
        m_wizard = new QWizard;
        m_page = new NodeStatusPage(m_cluster.state.get());
        m_page->setBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
        m_wizard->setPage(0, m_page);
        m_wizard->resize(1100, 700);
        m_wizard->show();
        m_wizard->restart();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    }

    void installKubeRouter()
    {
        QVERIFY(m_cluster.applyWithEngine(
                KubeApplyTestCluster::render(KubeApplyTestCluster::server())));
    }

    void watchZeroToThreeReady(const QString &notReadySummary, const QString &readySummary)
    {
        m_cluster.setPodRanges();
        open();
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 3, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(summary().contains(notReadySummary), qPrintable(summary()),
                                  10000);
        QCOMPARE(readyRows(), 0);
        QCOMPARE(cell(QStringLiteral("worker-1.k8s.lan"), NodeTableModel::StatusColumn),
                 QStringLiteral("NotReady"));
        QVERIFY(!cell(QStringLiteral("worker-1.k8s.lan"), NodeTableModel::WhyNotReadyColumn)
                         .isEmpty());

        installKubeRouter();
        QTRY_COMPARE_WITH_TIMEOUT(readyRows(), 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(summary().contains(readySummary), 10000);
        QCOMPARE(cell(QStringLiteral("worker-2.k8s.lan"), NodeTableModel::WhyNotReadyColumn),
                 QString());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void init() { QVERIFY(m_cluster.start()); }

    void cleanup()
    {
        delete m_wizard;
        m_wizard = nullptr;
        m_page = nullptr;
        m_cluster.stop();
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void tableGoesFromZeroToThreeReady()
    {
        watchZeroToThreeReady(QStringLiteral("0 of 3 nodes Ready"),
                              QStringLiteral("3 of 3 nodes Ready"));
        QVERIFY(connection().contains(QStringLiteral("Live")));
        QCOMPARE(table()->model()
                         ->headerData(NodeTableModel::StatusColumn, Qt::Horizontal)
                         .toString(),
                 QStringLiteral("STATUS"));
    }

    void tableGoesFromZeroToThreeReadyInKorean()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("ko")));
        watchZeroToThreeReady(QStringLiteral("노드 3개 중 0개 Ready"),
                              QStringLiteral("노드 3개 중 3개 Ready"));
        QVERIFY(!find<QPushButton>("waitReadyButton")->text().contains(QLatin1String("Wait")));
        // Switching back retranslates the page at once.
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(summary().contains(QStringLiteral("3 of 3 nodes Ready")));
        QTRY_VERIFY(find<QPushButton>("waitReadyButton")->text().contains(QLatin1String("Wait")));
    }

    void nodeWithoutPodRangeSaysWhy()
    {
        open();
        installKubeRouter();
        // The lab preset gives no node a pod range: kube-router cannot start on any of them.
        QTRY_VERIFY_WITH_TIMEOUT(
                cell(QStringLiteral("worker-0.k8s.lan"), NodeTableModel::RouterPodColumn)
                        .contains(QStringLiteral("CrashLoopBackOff")),
                15000);
        QCOMPARE(readyRows(), 0);
        QVERIFY(!cell(QStringLiteral("worker-0.k8s.lan"), NodeTableModel::WhyNotReadyColumn)
                         .isEmpty());
        table()->setFocus();
        table()->selectRow(0);
        QTRY_VERIFY(find<QLabel>("nodeDetail")->text().contains(QStringLiteral("worker-")));
    }

    void filterAndSelectionSurviveUpdates()
    {
        m_cluster.setPodRanges();
        open();
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 3, 10000);
        QLineEdit *filter = find<QLineEdit>("nodeFilter");
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("worker-1"));
        QCOMPARE(filter->text(), QStringLiteral("worker-1"));
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        filter->clear();
        QTRY_COMPARE(table()->model()->rowCount(), 3);

        table()->selectRow(2);
        const QString selected = table()->currentIndex()
                                         .siblingAtColumn(NodeTableModel::NameColumn)
                                         .data()
                                         .toString();
        QVERIFY(!selected.isEmpty());
        installKubeRouter();
        QTRY_COMPARE_WITH_TIMEOUT(readyRows(), 3, 15000);
        QCOMPARE(table()->currentIndex()
                         .siblingAtColumn(NodeTableModel::NameColumn)
                         .data()
                         .toString(),
                 selected);
        QVERIFY(find<QLabel>("nodeDetail")->text().contains(selected));
    }

    void droppedWatchReconnectsAndCatchesUp()
    {
        m_cluster.setPodRanges();
        open();
        QTRY_VERIFY_WITH_TIMEOUT(connection().contains(QStringLiteral("Live")), 10000);
        m_cluster.sim->faults().failNext("GET", QStringLiteral("/api/v1/nodes*"), 3, 503);
        m_cluster.sim->dropWatches();
        QTRY_VERIFY_WITH_TIMEOUT(!connection().contains(QStringLiteral("Live")), 10000);
        sim::KubeNodeSpec extra;
        extra.name = QStringLiteral("worker-3.k8s.lan");
        extra.internalIP = QStringLiteral("10.0.0.14");
        extra.podCIDR = QStringLiteral("10.200.3.0/24");
        QVERIFY(m_cluster.sim->cluster().addNode(extra));
        QTRY_VERIFY_WITH_TIMEOUT(connection().contains(QStringLiteral("Live")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 4, 10000);
        QVERIFY(m_cluster.sim->cluster().removeNode(QStringLiteral("worker-0.k8s.lan")));
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 3, 10000);
        QCOMPARE(cell(QStringLiteral("worker-3.k8s.lan"), NodeTableModel::InternalIpColumn),
                 QStringLiteral("10.0.0.14"));
    }

    void waitUntilAllReadyByKeyboard()
    {
        m_cluster.setPodRanges();
        open();
        QPushButton *wait = find<QPushButton>("waitReadyButton");
        wait->setFocus();
        QTest::keyClick(wait, Qt::Key_Space);
        QTRY_VERIFY(find<QLabel>("waitResult")->isVisible());
        installKubeRouter();
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("waitResult")
                                         ->text()
                                         .startsWith(QStringLiteral("Done: all 3 nodes are Ready")),
                                 15000);
    }

    void waitTimesOutWithWhatIsWrong()
    {
        // kube-router never comes, so the nodes stay NotReady.
        open();
        find<QSpinBox>("waitTimeout")->setValue(5);
        QTest::mouseClick(find<QPushButton>("waitReadyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("waitResult")
                                         ->text()
                                         .startsWith(QStringLiteral("Not everything was Ready")),
                                 15000);
        const QString result = find<QLabel>("waitResult")->text();
        QVERIFY2(result.contains(QStringLiteral("worker-0.k8s.lan")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("kube-router")), qPrintable(result));
    }
};

QTEST_MAIN(TestNodeStatusPage)
#include "tst_nodestatuspage.moc"
