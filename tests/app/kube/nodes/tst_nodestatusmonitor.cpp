// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// NodeStatusMonitor against the Kubernetes simulator: the node table's rows must equal the
// server's nodes after live changes and every kind of watch disruption, and the combined
// connection state must say what is going on.

#include "SimClusterSteps.h"
#include "kube/KubeClient.h"
#include "kube/nodes/DaemonSetRollout.h"
#include "kube/nodes/NodeStatus.h"
#include "kube/nodes/NodeStatusMonitor.h"
#include "kube/nodes/NodeTableModel.h"
#include "kube/nodes/RouterPodStatus.h"
#include "sim/kube/KubeFaultInjector.h"
#include "sim/kube/KubeObjectStore.h"
#include "sim/kube/KubeResourceCatalog.h"
#include "sim/kube/KubeSimulator.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace podnet;
using namespace std::chrono_literals;

namespace {

using Versions = QMap<QString, QString>;

} // namespace

class TestNodeStatusMonitor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::KubeSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<NodeStatusMonitor> m_monitor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Versions serverNodes() const
    {
        Versions versions;
        const QList<QJsonObject> nodes = m_sim->store().list(*sim::KubeResourceCatalog::find(
                QString(), QStringLiteral("v1"), QStringLiteral("nodes")));
        for (const QJsonObject &node : nodes) {
            const QJsonObject metadata = node.value(QStringLiteral("metadata")).toObject();
            versions.insert(metadata.value(QStringLiteral("name")).toString(),
                            metadata.value(QStringLiteral("resourceVersion")).toString());
        }
        return versions;
    }

    // What the table shows: node name → the resourceVersion of the row's node.
    Versions rows() const
    {
        Versions versions;
        const NodeTableModel *model = m_monitor->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString name
                    = model->data(model->index(row, NodeTableModel::NameColumn)).toString();
            versions.insert(name, model->nodeStatus(row).value_or(NodeStatus()).resourceVersion);
        }
        return versions;
    }

    bool waitLive()
    {
        return QTest::qWaitFor([this] { return m_monitor->state() == KubeInformer::State::Live; },
                               10000);
    }

    void startMonitor(std::chrono::milliseconds initial = 20ms,
                      std::chrono::milliseconds maximum = 200ms)
    {
        m_monitor = std::make_unique<NodeStatusMonitor>(m_client.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_monitor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_monitor->setBackoff(initial, maximum);
        m_monitor->start();
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<sim::KubeSimulator>();
        QSignalSpy ready(m_sim.get(), &sim::KubeSimulator::ready);
        m_sim->start();
        QVERIFY(ready.wait(20000));
        KubeConnection connection;
        connection.server = m_sim->baseUrl();
        connection.tls.caCertificates = QSslCertificate::fromData(m_sim->caCertificatePem());
        connection.token = m_sim->token();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<KubeClient>(connection, m_network.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_monitor.reset();
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    void startsWithTheServersNodes()
    {
        startMonitor();
        QCOMPARE(m_monitor->state(), KubeInformer::State::Connecting);
        QVERIFY(m_monitor->connectionText().contains(QStringLiteral("Connecting")));
        QSignalSpy synced(m_monitor.get(), &NodeStatusMonitor::synced);
        QVERIFY(synced.wait(10000));
        QVERIFY(m_monitor->hasSynced());
        QVERIFY(waitLive());
        QTRY_COMPARE(rows(), serverNodes());
        QCOMPARE(m_monitor->connectionText(), QStringLiteral("Live"));
        QVERIFY(!m_monitor->lastError().isError());
        QCOMPARE(m_monitor->model()->nodeCount(), 3);
        QCOMPARE(m_monitor->model()->readyNodeCount(), 0);
        QVERIFY(!m_monitor->model()->daemonSet().has_value()
                || !m_monitor->model()->daemonSet()->exists);
        QCOMPARE(m_monitor->nodeInformer()->path(), QStringLiteral("/api/v1/nodes"));
        QCOMPARE(m_monitor->routerPodInformer()->selector().queryItemValue(
                         QStringLiteral("labelSelector")),
                 QStringLiteral("k8s-app=kube-router"));
    }

    void followsNodesAddedAndRemoved()
    {
        startMonitor();
        QVERIFY(waitLive());
        QVERIFY(m_sim->cluster().addNode(
                test::nodeSpec(QStringLiteral("worker-3.k8s.lan"), QStringLiteral("10.0.0.14"))));
        QTRY_COMPARE(rows(), serverNodes());
        QCOMPARE(m_monitor->model()->nodeCount(), 4);
        QVERIFY(m_sim->cluster().removeNode(QStringLiteral("worker-0.k8s.lan")));
        QVERIFY(m_sim->cluster().removeNode(QStringLiteral("worker-3.k8s.lan")));
        QTRY_COMPARE(rows(), serverNodes());
        QCOMPARE(m_monitor->model()->nodeCount(), 2);
    }

    void followsTheDaemonSetAndItsPods()
    {
        startMonitor();
        QVERIFY(waitLive());
        QVERIFY(test::applyBuiltInManifest(m_client.get()));
        QTRY_VERIFY(m_monitor->model()->daemonSet().has_value()
                    && m_monitor->model()->daemonSet()->exists);
        QTRY_COMPARE(m_monitor->routerPodInformer()->count(), 3);
        QCOMPARE(m_monitor->daemonSetInformer()->count(), 1);
        QTRY_VERIFY(m_monitor->model()->routerPod(0).has_value());
        QTRY_COMPARE(rows(), serverNodes());
    }

    void cutWatchesReconnectAndCatchUp()
    {
        startMonitor(500ms, 2000ms);
        QVERIFY(waitLive());
        QSignalSpy changed(m_monitor.get(), &NodeStatusMonitor::stateChanged);
        m_sim->dropWatches();
        QTRY_COMPARE(m_monitor->state(), KubeInformer::State::Reconnecting);
        QVERIFY(!changed.isEmpty());
        QVERIFY(m_monitor->lastError().isError());
        const QString text = m_monitor->connectionText();
        QVERIFY2(text.contains(QStringLiteral("data as of")), qPrintable(text));
        QVERIFY2(text.contains(m_monitor->lastError().message), qPrintable(text));
        QVERIFY(m_sim->cluster().addNode(
                test::nodeSpec(QStringLiteral("worker-4.k8s.lan"), QStringLiteral("10.0.0.15"))));
        QVERIFY(m_sim->cluster().removeNode(QStringLiteral("worker-1.k8s.lan")));
        QVERIFY(waitLive());
        QTRY_COMPARE(rows(), serverNodes());
        QCOMPARE(m_monitor->nodeInformer()->listCount(), 1);
    }

    void connectionTextSaysWhenAndWhy()
    {
        startMonitor(4000ms, 8000ms);
        QVERIFY(waitLive());
        m_sim->dropWatches();
        QTRY_COMPARE(m_monitor->state(), KubeInformer::State::Reconnecting);
        const QDateTime since = m_monitor->since();
        QVERIFY(since.isValid());
        QVERIFY(m_monitor->nextRetry() > since);
        const QString text = m_monitor->connectionText(since.addSecs(1));
        QVERIFY2(text.startsWith(QStringLiteral("Reconnecting in ")), qPrintable(text));
        QVERIFY2(text.contains(
                         QStringLiteral("data as of %1 (1 s ago): ")
                                 .arg(since.toLocalTime().toString(QStringLiteral("HH:mm:ss")))),
                 qPrintable(text));
        QVERIFY2(text.endsWith(m_monitor->lastError().message), qPrintable(text));
        const QString later = m_monitor->connectionText(since.addSecs(125));
        QVERIFY2(later.contains(QStringLiteral("(2 min ago)")), qPrintable(later));
    }

    void goneListsAgain()
    {
        startMonitor();
        QVERIFY(waitLive());
        m_sim->expireNextWatch();
        m_sim->dropWatches();
        QVERIFY(m_sim->cluster().removeNode(QStringLiteral("worker-2.k8s.lan")));
        QTRY_VERIFY(m_monitor->nodeInformer()->listCount()
                            + m_monitor->routerPodInformer()->listCount()
                            + m_monitor->daemonSetInformer()->listCount()
                    == 4);
        QVERIFY(waitLive());
        QTRY_COMPARE(rows(), serverNodes());
    }

    void garbageAndHalfEventsChangeNothing()
    {
        // Long enough a pause to see the monitor reconnecting.
        startMonitor(400ms, 2000ms);
        QVERIFY(waitLive());
        QTRY_COMPARE(m_sim->openWatchCount(), 3);
        m_sim->injectWatchBytes("not json\n");
        QVERIFY(m_sim->cluster().setNodeLabels(QStringLiteral("worker-0.k8s.lan"),
                                               {{QStringLiteral("team"), QStringLiteral("a")}}));
        QTRY_COMPARE(m_monitor->nodeInformer()->badLineCount(), 1);
        QTRY_COMPARE(rows(), serverNodes());
        // A whole node event without its newline, then the connection breaks.
        const QByteArray ghost
                = QJsonDocument(
                          QJsonObject {
                                  {QStringLiteral("type"), QStringLiteral("ADDED")},
                                  {QStringLiteral("object"),
                                   QJsonObject {{QStringLiteral("kind"), QStringLiteral("Node")},
                                                {QStringLiteral("metadata"),
                                                 QJsonObject {{QStringLiteral("name"),
                                                               QStringLiteral("ghost")},
                                                              {QStringLiteral("resourceVersion"),
                                                               QStringLiteral("999999")}}}}}})
                          .toJson(QJsonDocument::Compact);
        m_sim->injectWatchBytes(ghost);
        m_sim->dropWatches();
        QVERIFY(m_sim->cluster().setNodeLabels(QStringLiteral("worker-1.k8s.lan"),
                                               {{QStringLiteral("team"), QStringLiteral("b")}}));
        QTRY_COMPARE(m_monitor->state(), KubeInformer::State::Reconnecting);
        QVERIFY(waitLive());
        QTRY_COMPARE(rows(), serverNodes());
        QVERIFY(!rows().contains(QStringLiteral("ghost")));
        QCOMPARE(m_monitor->nodeInformer()->listCount(), 1);
    }

    void serverEndIsNotAnOutage()
    {
        startMonitor();
        QVERIFY(waitLive());
        QList<KubeInformer::State> states;
        connect(m_monitor.get(), &NodeStatusMonitor::stateChanged, this,
                [&] { states << m_monitor->state(); });
        QTRY_COMPARE(m_sim->openWatchCount(), 3);
        m_sim->endWatches();
        QVERIFY(m_sim->cluster().addNode(
                test::nodeSpec(QStringLiteral("worker-6.k8s.lan"), QStringLiteral("10.0.0.16"))));
        QTRY_COMPARE(rows(), serverNodes());
        QTRY_COMPARE(m_monitor->nodeInformer()->watchCount(), 2);
        QVERIFY(!states.contains(KubeInformer::State::Reconnecting));
        QCOMPARE(m_monitor->nodeInformer()->listCount(), 1);
    }

    void failingListShowsNoDataYetThenRecovers()
    {
        m_sim->faults().failNext("GET", QStringLiteral("/api/v1/nodes"), 2, 503);
        startMonitor(400ms, 2000ms);
        QTRY_COMPARE(m_monitor->state(), KubeInformer::State::Reconnecting);
        QVERIFY(!m_monitor->hasSynced());
        QCOMPARE(m_monitor->lastError().httpStatus, 503);
        QVERIFY2(m_monitor->connectionText().startsWith(QStringLiteral("No data yet")),
                 qPrintable(m_monitor->connectionText()));
        QVERIFY(waitLive());
        QTRY_COMPARE(rows(), serverNodes());
    }

    void givenModelIsFed()
    {
        NodeTableModel model;
        model.setBatchInterval(0);
        NodeStatusMonitor monitor(m_client.get(), &model);
        QCOMPARE(monitor.model(), &model);
        monitor.setBackoff(20ms, 200ms);
        monitor.start();
        QTRY_COMPARE(model.rowCount(), 3);
        monitor.stop();
        QVERIFY(!monitor.isRunning());
        QTRY_COMPARE(m_sim->openWatchCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNodeStatusMonitor)
#include "tst_nodestatusmonitor.moc"
