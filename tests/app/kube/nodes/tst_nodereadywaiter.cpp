// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// NodeReadyWaiter against the Kubernetes simulator: it finishes true once kube-router's
// DaemonSet rolled out and every node turned Ready, and false at the timeout with the reasons.

#include "SimClusterSteps.h"
#include "kube/KubeClient.h"
#include "kube/nodes/NodeReadyWaiter.h"
#include "kube/nodes/NodeStatusMonitor.h"
#include "kube/nodes/NodeTableModel.h"
#include "sim/kube/KubeFaultInjector.h"
#include "sim/kube/KubeSimulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace podnet;
using namespace std::chrono_literals;

class TestNodeReadyWaiter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::KubeSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<NodeStatusMonitor> m_monitor;

    void startSimulator(const QList<sim::KubeNodeSpec> &nodes)
    {
        sim::KubeSimulator::Options options;
        options.nodes = nodes;
        // Small delays, so the waiter sees the nodes change one by one.
        options.timing.podStartMs = 50;
        options.timing.nodeReadyStepMs = 100;
        m_sim = std::make_unique<sim::KubeSimulator>(options);
        QSignalSpy ready(m_sim.get(), &sim::KubeSimulator::ready);
        m_sim->start();
        QVERIFY(ready.wait(20000));
        KubeConnection connection;
        connection.server = m_sim->baseUrl();
        connection.tls.caCertificates = QSslCertificate::fromData(m_sim->caCertificatePem());
        connection.token = m_sim->token();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<KubeClient>(connection, m_network.get());
        m_monitor = std::make_unique<NodeStatusMonitor>(m_client.get());
        m_monitor->setBackoff(20ms, 200ms);
    }

    static QString joined(const QStringList &lines) { return lines.join(QLatin1Char('\n')); }

private Q_SLOTS:
    void cleanup()
    {
        m_monitor.reset();
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    void finishesWhenNodesTurnReady()
    {
        startSimulator(sim::KubeNodeSpec::labPresetWithPodRanges());
        m_monitor->start();
        QTRY_VERIFY(m_monitor->hasSynced());
        NodeReadyWaiter waiter(m_monitor.get(), 30s);
        QSignalSpy finished(&waiter, &NodeReadyWaiter::finished);
        waiter.start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(test::applyBuiltInManifest(m_client.get()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(waiter.isFinished());
        QVERIFY(waiter.allReady());
        QVERIFY(m_monitor->model()->allReady());
        QCOMPARE(m_monitor->model()->readyNodeCount(), 3);
        QVERIFY2(waiter.problems().isEmpty(), qPrintable(joined(waiter.problems())));
    }

    void alreadyReadyFinishesFromTheEventLoop()
    {
        startSimulator(sim::KubeNodeSpec::labPresetWithPodRanges());
        QVERIFY(test::applyBuiltInManifest(m_client.get()));
        m_monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->model()->allReady(), 20000);
        NodeReadyWaiter waiter(m_monitor.get(), 30s);
        QSignalSpy finished(&waiter, &NodeReadyWaiter::finished);
        waiter.start();
        QCOMPARE(finished.count(), 0); // never from inside start()
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    void timesOutWithTheNotReadyNode()
    {
        startSimulator(sim::KubeNodeSpec::labPresetWithPodRanges());
        QVERIFY(test::applyBuiltInManifest(m_client.get()));
        m_monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->model()->allReady(), 20000);
        QVERIFY(m_sim->cluster().setNodeReady(QStringLiteral("worker-1.k8s.lan"),
                                              sim::KubeNodeReadiness::False));
        QTRY_VERIFY(!m_monitor->model()->allReady());
        NodeReadyWaiter waiter(m_monitor.get(), 1500ms);
        QSignalSpy finished(&waiter, &NodeReadyWaiter::finished);
        waiter.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!waiter.allReady());
        const QStringList problems = waiter.problems();
        QVERIFY2(joined(problems).contains(QStringLiteral("worker-1.k8s.lan")),
                 qPrintable(joined(problems)));
        QVERIFY2(!joined(problems).contains(QStringLiteral("worker-0.k8s.lan")),
                 qPrintable(joined(problems)));
        QCOMPARE(problems, m_monitor->model()->problems()); // live: no connection problem
    }

    void withoutKubeRouterNothingTurnsReady()
    {
        // Nodes without a pod range: kube-router cannot start on them.
        startSimulator(sim::KubeNodeSpec::labPreset());
        m_monitor->start();
        QVERIFY(test::applyBuiltInManifest(m_client.get()));
        NodeReadyWaiter waiter(m_monitor.get(), 1500ms);
        QSignalSpy finished(&waiter, &NodeReadyWaiter::finished);
        waiter.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString problems = joined(waiter.problems());
        for (int i = 0; i < 3; ++i)
            QVERIFY2(problems.contains(QStringLiteral("worker-%1.k8s.lan").arg(i)),
                     qPrintable(problems));
    }

    void connectionProblemIsListed()
    {
        startSimulator(sim::KubeNodeSpec::labPresetWithPodRanges());
        m_sim->faults().failNext("GET", QStringLiteral("/api/v1/nodes"), 1000, 500);
        m_monitor->start();
        NodeReadyWaiter waiter(m_monitor.get(), 1s);
        QSignalSpy finished(&waiter, &NodeReadyWaiter::finished);
        waiter.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(m_monitor->state() != KubeInformer::State::Live);
        // The connection line says there is no data yet, and why.
        QVERIFY2(joined(waiter.problems()).contains(QStringLiteral("No data yet")),
                 qPrintable(joined(waiter.problems())));
    }
};

QTEST_GUILESS_MAIN(TestNodeReadyWaiter)
#include "tst_nodereadywaiter.moc"
