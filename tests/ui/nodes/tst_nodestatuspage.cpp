// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The node-status page against the Kubernetes simulator, driven offscreen as a person would:
// watch the table go from 0 to 3 Ready (in English and in Korean), filter, keep the selection
// through updates, see a dropped watch reconnect, and wait until all Ready or time out.

#include "KubeApplyTestCluster.h"
#include "i18n/LanguageManager.h"
#include "kube/nodes/NodeStatusMonitor.h"
#include "kube/nodes/NodeTableModel.h"
#include "openstack/CloudCredentials.h"
#include "openstack/ConnectionCheckResult.h"
#include "pages/nodes/NodeStatusPage.h"
#include "run/NodePortCoverage.h"
#include "sim/kube/KubeFaultInjector.h"
#include "sim/openstack/OpenStackLab.h"
#include "sim/openstack/OpenStackSimulator.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QWizard>

#include <memory>

using namespace podnet;
using namespace podnet::test;

class TestNodeStatusPage : public QObject
{
    Q_OBJECT

private:
    KubeApplyTestCluster m_cluster;
    std::unique_ptr<sim::OpenStackSimulator> m_openStack;
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

    // The OpenStack lab, connected in the shared state as the OpenStack page leaves it. The
    // lab's workers live at 10.240.0.20..22 and the Kubernetes lab's at 10.0.0.11..13: give
    // worker-0's port 10.0.0.11 with both pairs, worker-1's 10.0.0.12 (it already carries the
    // service CIDR only); worker-2 has no port with its address.
    bool connectOpenStack()
    {
        m_openStack = std::make_unique<sim::OpenStackSimulator>();
        if (!m_openStack->start())
            return false;
        m_openStack->loadLab();
        for (int i = 0; i < 2; ++i) {
            sim::OsPort *port = m_openStack->store().mutablePort(portOf(i));
            if (!port)
                return false;
            port->fixedIps.first().ipAddress = QStringLiteral("10.0.0.%1").arg(11 + i);
            if (i == 0)
                port->allowedAddressPairs = {{QStringLiteral("10.200.0.0/16"), QString()},
                                             {QStringLiteral("10.32.0.0/24"), QString()}};
        }
        CloudCredentials credentials;
        credentials.authUrl = m_openStack->authUrl();
        credentials.username = sim::OpenStackLab::userName;
        credentials.userDomainName = QStringLiteral("Default");
        credentials.projectName = sim::OpenStackLab::projectName;
        credentials.projectDomainName = QStringLiteral("Default");
        credentials.secret = sim::OpenStackLab::password;
        m_cluster.state->openStack()->setCredentials(credentials);
        ConnectionCheckResult check;
        check.allowedAddressPairs = true;
        check.portSecurity = true;
        m_cluster.state->openStack()->setCheckResult(check);
        return true;
    }

    // The port of the lab server worker-\a i.k8s.lan.
    QString portOf(int i)
    {
        const QString name = QStringLiteral("worker-%1.k8s.lan").arg(i);
        for (const sim::OsServer &server : m_openStack->store().servers()) {
            if (server.name != name)
                continue;
            for (const sim::OsPort &port : m_openStack->store().ports()) {
                if (port.deviceId == server.id)
                    return port.id;
            }
        }
        return {};
    }

    QString portWithAddress(const QString &address)
    {
        for (const sim::OsPort &port : m_openStack->store().ports()) {
            if (port.fixedIps.first().ipAddress == address)
                return port.id;
        }
        return {};
    }

    QString pairsCell(int worker)
    {
        return cell(QStringLiteral("worker-%1.k8s.lan").arg(worker),
                    NodeTableModel::PairsCoverColumn);
    }

    // The text the column shows for \a state in the current language (the Korean catalogue
    // may not have the newest strings yet; the language switch itself is what is checked).
    static QString coverageText(NodePortCoverage::State state, const QStringList &missing = {},
                                const QString &internalIp = {})
    {
        NodePortCoverage::Entry entry;
        entry.state = state;
        entry.missing = missing;
        entry.internalIp = internalIp;
        return NodePortCoverage::text(entry);
    }

    void pairsCoverTheNodes(const QString &summaryText)
    {
        m_cluster.setPodRanges();
        QVERIFY(connectOpenStack());
        open();
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(summary().contains(summaryText), 10000);
        QVERIFY(!table()->isColumnHidden(NodeTableModel::PairsCoverColumn));
        QCOMPARE(table()->model()
                         ->headerData(NodeTableModel::PairsCoverColumn, Qt::Horizontal)
                         .toString(),
                 QCoreApplication::translate("podnet::NodeTableModel", "PAIRS COVER"));
        QTRY_COMPARE_WITH_TIMEOUT(pairsCell(0), coverageText(NodePortCoverage::State::Covered),
                                  10000);
        QCOMPARE(pairsCell(1),
                 coverageText(NodePortCoverage::State::Missing, {QStringLiteral("10.200.0.0/16")}));
        QCOMPARE(pairsCell(2),
                 coverageText(NodePortCoverage::State::NoPort, {}, QStringLiteral("10.0.0.13")));
        QVERIFY(find<QLabel>("portsState")->isVisible());
        const QString ports = find<QLabel>("portsState")->text();
        QVERIFY2(ports.contains(QLatin1String("1")) && ports.contains(QLatin1String("3")),
                 qPrintable(ports));

        // Someone adds the missing pair and moves the port-security-off port to worker-2's
        // address; "Refresh ports", by keyboard, shows both.
        sim::OsPort *one = m_openStack->store().mutablePort(portOf(1));
        one->allowedAddressPairs.append({QStringLiteral("10.200.0.0/16"), one->macAddress});
        ++one->revisionNumber;
        m_openStack->store()
                .mutablePort(portWithAddress(QStringLiteral("10.240.0.10")))
                ->fixedIps.first()
                .ipAddress
                = QStringLiteral("10.0.0.13");
        const int lists = m_openStack->requestCount("GET", QStringLiteral("/network/v2\\.0/ports"));
        QPushButton *refresh = find<QPushButton>("refreshPortsButton");
        QVERIFY(!refresh->accessibleName().isEmpty());
        QVERIFY(refresh->focusPolicy() & Qt::TabFocus);
        refresh->setFocus();
        QTest::keyClick(refresh, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(pairsCell(1), coverageText(NodePortCoverage::State::Covered),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(pairsCell(2),
                                  coverageText(NodePortCoverage::State::PortSecurityOff), 10000);
        QVERIFY(m_openStack->requestCount("GET", QStringLiteral("/network/v2\\.0/ports")) > lists);
        // The model's problems have no pairs warning any more.
        const QStringList problems = m_page->monitor()->model()->problems();
        QVERIFY2(!problems.join(QLatin1Char('\n')).contains(QLatin1String("10.0.0.1")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
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
        m_openStack.reset();
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

    void pairsCoverColumnWithOpenStack()
    {
        pairsCoverTheNodes(QStringLiteral("0 of 3 nodes Ready"));
    }

    void pairsCoverColumnInKorean()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("ko")));
        pairsCoverTheNodes(QStringLiteral("노드 3개 중 0개 Ready"));
        // Back to English: the column's cells and header follow at once.
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(pairsCell(0), QStringLiteral("yes"));
        QCOMPARE(pairsCell(2), QStringLiteral("not needed (port security off)"));
        QCOMPARE(table()->model()
                         ->headerData(NodeTableModel::PairsCoverColumn, Qt::Horizontal)
                         .toString(),
                 QStringLiteral("PAIRS COVER"));
    }

    void pairsColumnHiddenWithoutOpenStack()
    {
        m_cluster.setPodRanges();
        open();
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 3, 10000);
        QVERIFY(table()->isColumnHidden(NodeTableModel::PairsCoverColumn));
        QVERIFY(!find<QPushButton>("refreshPortsButton")->isVisible());
        QCOMPARE(pairsCell(0), QStringLiteral("—"));
    }

    void portsThatCannotBeReadSaySo()
    {
        m_cluster.setPodRanges();
        QVERIFY(connectOpenStack());
        m_openStack->failNext("GET", QStringLiteral("/network/v2\\.0/ports"), 500);
        open();
        QTRY_VERIFY_WITH_TIMEOUT(
                find<QLabel>("portsState")->text().contains(QLatin1String("could not be read")),
                10000);
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 3, 10000);
        QCOMPARE(pairsCell(0), QStringLiteral("—"));
        // Refreshing after the fault reads them.
        QTest::mouseClick(find<QPushButton>("refreshPortsButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pairsCell(0), QStringLiteral("yes"), 10000);
        QVERIFY(!find<QLabel>("portsState")->text().contains(QLatin1String("could not be read")));
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
