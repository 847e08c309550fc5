// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The simulated cluster's behaviour over HTTPS: kube-router pods that read the node's pod range
// when they start and crash-loop without one, the DaemonSet replacing deleted pods, node
// readiness following the pods, dead kubelets and cordons.

#include "KubeSimTestClient.h"
#include "sim/kube/KubeClusterController.h"
#include "sim/kube/KubeRouterPodFactory.h"
#include "sim/kube/KubeSimulator.h"

#include <QDateTime>
#include <QTest>

#include <memory>

using namespace podnet::sim;
using podnet::test::KubeSimTestClient;

namespace {

const QString kDsPath
        = QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-router");
const QString kPods = QStringLiteral("/api/v1/namespaces/kube-system/pods");
const QString kWorker0 = QStringLiteral("worker-0.k8s.lan");
const QString kWorker1 = QStringLiteral("worker-1.k8s.lan");
const QString kWorker2 = QStringLiteral("worker-2.k8s.lan");

const QByteArray kDaemonSet = QByteArrayLiteral(
        "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: kube-router\n"
        "  namespace: kube-system\nspec:\n  selector:\n    matchLabels:\n"
        "      k8s-app: kube-router\n  template:\n    metadata:\n      labels:\n"
        "        k8s-app: kube-router\n        tier: node\n    spec:\n      hostNetwork: true\n"
        "      initContainers:\n      - name: install-cni\n        image: kube-router\n"
        "      containers:\n      - name: kube-router\n        image: kube-router\n");

/// The value at a dotted path; numbers index arrays ("status.conditions.0.type").
QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    const QStringList keys = path.split(QLatin1Char('.'));
    for (const QString &key : keys) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        value = isIndex && value.isArray() ? value.toArray().at(index)
                                           : value.toObject().value(key);
    }
    return value;
}

QJsonObject condition(const QJsonObject &object, const char *type)
{
    const QJsonArray conditions = at(object, QStringLiteral("status.conditions")).toArray();
    for (const QJsonValue &value : conditions) {
        if (value.toObject().value(QStringLiteral("type")).toString() == QLatin1String(type))
            return value.toObject();
    }
    return {};
}

QString readyOf(const QJsonObject &object)
{
    return condition(object, "Ready").value(QStringLiteral("status")).toString();
}

QStringList taintsOf(const QJsonObject &node)
{
    QStringList result;
    const QJsonArray taints = at(node, QStringLiteral("spec.taints")).toArray();
    for (const QJsonValue &taint : taints)
        result << taint.toObject().value(QStringLiteral("key")).toString() + QLatin1Char(':')
                        + taint.toObject().value(QStringLiteral("effect")).toString();
    return result;
}

QString nameOf(const QJsonObject &object)
{
    return at(object, QStringLiteral("metadata.name")).toString();
}

QJsonObject nodeJson(const char *name, const QJsonObject &annotations, const QJsonObject &spec)
{
    return {{QStringLiteral("metadata"),
             QJsonObject {{QStringLiteral("name"), QLatin1String(name)},
                          {QStringLiteral("annotations"), annotations}}},
            {QStringLiteral("spec"), spec}};
}

} // namespace

class TestKubeClusterController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void podRangeRules();
    void crashLoopsWithoutPodRange();
    void annotationFixesTheNextRestart();
    void runningPodReadsRangeOnlyAtStart();
    void deletedPodIsReplacedOnItsNode();
    void removedNodeLosesItsPod();
    void unknownNodeStopsHeartbeats();
    void cordonSetsTaint();

private:
    void applyDaemonSet();
    QJsonObject podOn(const QString &node);
    QJsonObject node(const QString &name);
    int annotate(const QString &node, const QJsonValue &podCidr);

    std::unique_ptr<KubeSimulator> m_sim;
    std::unique_ptr<KubeSimTestClient> m_client;
};

void TestKubeClusterController::init()
{
    KubeSimulator::Options options;
    options.nodes = KubeNodeSpec::labPresetWithPodRanges();
    options.timing.crashBackoffMs = 50; // 50, 100, 200, 400, 400, ... ms
    m_sim = std::make_unique<KubeSimulator>(options);
    QSignalSpy ready(m_sim.get(), &KubeSimulator::ready);
    m_sim->start();
    QVERIFY(ready.wait(20000));
    m_client = std::make_unique<KubeSimTestClient>(*m_sim);
}

void TestKubeClusterController::cleanup()
{
    m_client.reset();
    m_sim.reset();
}

void TestKubeClusterController::applyDaemonSet()
{
    QCOMPARE(m_client->call("PATCH", kDsPath + QStringLiteral("?fieldManager=test"), kDaemonSet,
                            "application/apply-patch+yaml")
                     .status,
             201);
}

QJsonObject TestKubeClusterController::podOn(const QString &nodeName)
{
    const QJsonArray pods
            = m_client->items(kPods + QStringLiteral("?fieldSelector=spec.nodeName%3D") + nodeName);
    return pods.size() == 1 ? pods.first().toObject() : QJsonObject();
}

QJsonObject TestKubeClusterController::node(const QString &name)
{
    return m_client->get(QStringLiteral("/api/v1/nodes/") + name);
}

int TestKubeClusterController::annotate(const QString &nodeName, const QJsonValue &podCidr)
{
    const QJsonObject patch {
            {QStringLiteral("metadata"),
             QJsonObject {{QStringLiteral("annotations"),
                           QJsonObject {{QStringLiteral("kube-router.io/pod-cidr"), podCidr}}}}}};
    return m_client
            ->call("PATCH", QStringLiteral("/api/v1/nodes/") + nodeName,
                   QJsonDocument(patch).toJson(), "application/merge-patch+json")
            .status;
}

void TestKubeClusterController::podRangeRules()
{
    const QJsonObject annotated {
            {QStringLiteral("kube-router.io/pod-cidr"), QStringLiteral("10.200.9.0/24")}};
    const QJsonObject spec {
            {QStringLiteral("podCIDR"), QStringLiteral("10.200.1.0/24")},
            {QStringLiteral("podCIDRs"), QJsonArray {QStringLiteral("10.200.1.0/24")}}};
    // The singular annotation wins over the spec.
    QCOMPARE(KubeRouterPodFactory::podRange(nodeJson("a", annotated, spec)),
             QStringLiteral("10.200.9.0/24"));
    QCOMPARE(KubeRouterPodFactory::podRange(nodeJson("a", {}, spec)),
             QStringLiteral("10.200.1.0/24"));
    // The plural forms count when the singular ones are missing.
    QCOMPARE(KubeRouterPodFactory::podRange(nodeJson("a",
                                                     {{QStringLiteral("kube-router.io/pod-cidrs"),
                                                       QStringLiteral("10.200.7.0/24,fd00::/64")}},
                                                     {})),
             QStringLiteral("10.200.7.0/24"));
    QCOMPARE(KubeRouterPodFactory::podRange(nodeJson(
                     "a", {},
                     {{QStringLiteral("podCIDRs"), QJsonArray {QStringLiteral("fd00::/64")}}})),
             QStringLiteral("fd00::/64"));
    QString error;
    QVERIFY(KubeRouterPodFactory::podRange(nodeJson("b", {}, {}), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("failed to get pod CIDR for node b")), qPrintable(error));
    QVERIFY(KubeRouterPodFactory::podRange(
                    nodeJson("c",
                             {{QStringLiteral("kube-router.io/pod-cidr"), QStringLiteral("x")}},
                             spec),
                    &error)
                    .isEmpty());
    QVERIFY2(error.contains(QLatin1String("invalid pod CIDR \"x\"")), qPrintable(error));
    QCOMPARE(KubeRouterPodFactory::goDuration(10000), QStringLiteral("10s"));
    QCOMPARE(KubeRouterPodFactory::goDuration(80000), QStringLiteral("1m20s"));
    QCOMPARE(KubeRouterPodFactory::goDuration(300000), QStringLiteral("5m0s"));
    QCOMPARE(KubeRouterPodFactory::goDuration(50), QStringLiteral("50ms"));
    QCOMPARE(KubeRouterPodFactory::goDuration(1500), QStringLiteral("1.5s"));
}

void TestKubeClusterController::crashLoopsWithoutPodRange()
{
    QVERIFY(m_sim->cluster().setNodePodCidr(kWorker2, QString()));
    applyDaemonSet();
    QTRY_COMPARE_WITH_TIMEOUT(readyOf(node(kWorker0)), QStringLiteral("True"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(readyOf(node(kWorker1)), QStringLiteral("True"), 10000);
    // Each restart fails again: the count grows.
    QTRY_VERIFY_WITH_TIMEOUT(KubeRouterPodFactory::restartCount(podOn(kWorker2)) >= 3, 10000);
    const QJsonObject pod = podOn(kWorker2);
    const QJsonObject container = at(pod, QStringLiteral("status.containerStatuses.0")).toObject();
    QCOMPARE(at(container, QStringLiteral("state.waiting.reason")).toString(),
             QStringLiteral("CrashLoopBackOff"));
    const QString waiting = at(container, QStringLiteral("state.waiting.message")).toString();
    QVERIFY2(waiting.startsWith(QLatin1String("back-off ")), qPrintable(waiting));
    QVERIFY2(waiting.contains(QStringLiteral(" restarting failed container=kube-router pod=%1_"
                                             "kube-system(")
                                      .arg(nameOf(pod))),
             qPrintable(waiting));
    const QJsonObject terminated = at(container, QStringLiteral("lastState.terminated")).toObject();
    QCOMPARE(terminated.value(QStringLiteral("reason")).toString(), QStringLiteral("Error"));
    QCOMPARE(terminated.value(QStringLiteral("exitCode")).toInt(), 1);
    QVERIFY(terminated.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("failed to get pod CIDR for node worker-2.k8s.lan")));
    QVERIFY(QDateTime::fromString(terminated.value(QStringLiteral("startedAt")).toString(),
                                  Qt::ISODate)
                    .isValid());
    QVERIFY(QDateTime::fromString(terminated.value(QStringLiteral("finishedAt")).toString(),
                                  Qt::ISODate)
                    .isValid());
    QCOMPARE(container.value(QStringLiteral("ready")).toBool(), false);
    QCOMPARE(at(pod, QStringLiteral("status.phase")).toString(), QStringLiteral("Running"));
    QCOMPARE(readyOf(pod), QStringLiteral("False"));
    QCOMPARE(condition(pod, "Ready").value(QStringLiteral("reason")).toString(),
             QStringLiteral("ContainersNotReady"));
    QCOMPARE(at(pod, QStringLiteral("metadata.labels.k8s-app")).toString(),
             QStringLiteral("kube-router"));

    // The node stays NotReady the way a kubelet without a CNI reports it.
    const QJsonObject worker2 = node(kWorker2);
    QCOMPARE(readyOf(worker2), QStringLiteral("False"));
    QCOMPARE(condition(worker2, "Ready").value(QStringLiteral("reason")).toString(),
             QStringLiteral("KubeletNotReady"));
    // kubelet 1.32 with containerd says it this way.
    const QString message = condition(worker2, "Ready").value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("reason:NetworkPluginNotReady message:Network plugin "
                                            "returns error: cni plugin not initialized")),
             qPrintable(message));
    QCOMPARE(taintsOf(worker2),
             QStringList {QStringLiteral("node.kubernetes.io/not-ready:NoSchedule")});

    const QJsonObject status = at(m_client->get(kDsPath), QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("desiredNumberScheduled")).toInt(), 3);
    QCOMPARE(status.value(QStringLiteral("currentNumberScheduled")).toInt(), 3);
    QCOMPARE(status.value(QStringLiteral("updatedNumberScheduled")).toInt(), 3);
    QCOMPARE(status.value(QStringLiteral("numberReady")).toInt(), 2);
    QCOMPARE(status.value(QStringLiteral("numberAvailable")).toInt(), 2);
    QCOMPARE(status.value(QStringLiteral("numberUnavailable")).toInt(), 1);
    QCOMPARE(status.value(QStringLiteral("observedGeneration")).toInt(), 1);
}

void TestKubeClusterController::annotationFixesTheNextRestart()
{
    QVERIFY(m_sim->cluster().setNodePodCidr(kWorker2, QString()));
    applyDaemonSet();
    QTRY_VERIFY_WITH_TIMEOUT(KubeRouterPodFactory::restartCount(podOn(kWorker2)) >= 2, 10000);
    const QString crashing = nameOf(podOn(kWorker2));
    QCOMPARE(annotate(kWorker2, QStringLiteral("10.200.2.0/24")), 200);
    // The same pod: its next restart reads the annotation and runs.
    QTRY_COMPARE_WITH_TIMEOUT(readyOf(podOn(kWorker2)), QStringLiteral("True"), 10000);
    const QJsonObject pod = podOn(kWorker2);
    QCOMPARE(nameOf(pod), crashing);
    QVERIFY(at(pod, QStringLiteral("status.containerStatuses.0.state.running.startedAt"))
                    .isString());
    QVERIFY(at(pod, QStringLiteral("status.containerStatuses.0.restartCount")).toInt() >= 3);
    QCOMPARE(at(pod, QStringLiteral("status.containerStatuses.0.lastState.terminated.reason"))
                     .toString(),
             QStringLiteral("Error"));
    QTRY_COMPARE_WITH_TIMEOUT(readyOf(node(kWorker2)), QStringLiteral("True"), 10000);
    QVERIFY(taintsOf(node(kWorker2)).isEmpty());
    QTRY_COMPARE(at(m_client->get(kDsPath), QStringLiteral("status.numberReady")).toInt(), 3);
    QVERIFY(!at(m_client->get(kDsPath), QStringLiteral("status"))
                     .toObject()
                     .contains(QStringLiteral("numberUnavailable")));
}

void TestKubeClusterController::runningPodReadsRangeOnlyAtStart()
{
    applyDaemonSet();
    QTRY_COMPARE_WITH_TIMEOUT(readyOf(node(kWorker0)), QStringLiteral("True"), 10000);
    const QString first = nameOf(podOn(kWorker0));
    // A broken annotation (it wins over spec.podCIDR) changes nothing for the running pod...
    QCOMPARE(annotate(kWorker0, QStringLiteral("not-a-cidr")), 200);
    QCOMPARE(nameOf(podOn(kWorker0)), first);
    QCOMPARE(readyOf(podOn(kWorker0)), QStringLiteral("True"));
    QCOMPARE(KubeRouterPodFactory::restartCount(podOn(kWorker0)), 0);
    QCOMPARE(readyOf(node(kWorker0)), QStringLiteral("True"));
    // ...until the pod is deleted: its replacement reads it and fails.
    QCOMPARE(m_client->call("DELETE", kPods + QLatin1Char('/') + first).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!podOn(kWorker0).isEmpty() && nameOf(podOn(kWorker0)) != first, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
            at(podOn(kWorker0), QStringLiteral("status.containerStatuses.0.state.waiting.reason"))
                    .toString(),
            QStringLiteral("CrashLoopBackOff"), 10000);
    QVERIFY(at(podOn(kWorker0),
               QStringLiteral("status.containerStatuses.0.lastState.terminated.message"))
                    .toString()
                    .contains(QLatin1String("invalid pod CIDR \"not-a-cidr\"")));
    QCOMPARE(readyOf(node(kWorker0)), QStringLiteral("False"));
    QCOMPARE(annotate(kWorker0, QJsonValue::Null), 200);
    QTRY_COMPARE_WITH_TIMEOUT(readyOf(node(kWorker0)), QStringLiteral("True"), 10000);
}

void TestKubeClusterController::deletedPodIsReplacedOnItsNode()
{
    KubeClusterController::Timing timing = m_sim->cluster().timing();
    timing.podStartMs = 100;
    m_sim->cluster().setTiming(timing);
    applyDaemonSet();
    QTRY_COMPARE_WITH_TIMEOUT(
            at(m_client->get(kDsPath), QStringLiteral("status.numberReady")).toInt(), 3, 10000);
    const QString old = nameOf(podOn(kWorker1));
    QVERIFY(old.startsWith(QLatin1String("kube-router-")));
    QCOMPARE(m_client->call("DELETE", kPods + QLatin1Char('/') + old).status, 200);
    QCOMPARE(m_client->call("GET", kPods + QLatin1Char('/') + old).status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(readyOf(podOn(kWorker1)), QStringLiteral("True"), 10000);
    const QString replacement = nameOf(podOn(kWorker1));
    QVERIFY(replacement != old);
    QVERIFY(replacement.startsWith(QLatin1String("kube-router-")));
    QCOMPARE(m_client->items(kPods).size(), 3);
    QCOMPARE(readyOf(node(kWorker1)), QStringLiteral("True")); // the CNI stays on the host
    QTRY_COMPARE(at(m_client->get(kDsPath), QStringLiteral("status.numberReady")).toInt(), 3);
}

void TestKubeClusterController::removedNodeLosesItsPod()
{
    applyDaemonSet();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->items(kPods).size(), 3, 10000);
    QVERIFY(m_sim->cluster().removeNode(kWorker2));
    QVERIFY(!m_sim->cluster().removeNode(kWorker2));
    QTRY_COMPARE(m_client->items(kPods).size(), 2);
    QTRY_COMPARE(
            at(m_client->get(kDsPath), QStringLiteral("status.desiredNumberScheduled")).toInt(), 2);
    QVERIFY(m_sim->cluster().addNode({QStringLiteral("worker-3.k8s.lan"),
                                      QStringLiteral("10.0.0.14"),
                                      QStringLiteral("10.200.3.0/24"),
                                      {}}));
    QTRY_COMPARE_WITH_TIMEOUT(readyOf(node(QStringLiteral("worker-3.k8s.lan"))),
                              QStringLiteral("True"), 10000);
    QTRY_COMPARE(at(m_client->get(kDsPath), QStringLiteral("status.numberReady")).toInt(), 3);
}

void TestKubeClusterController::unknownNodeStopsHeartbeats()
{
    const QString beforeFault = condition(node(kWorker1), "Ready")
                                        .value(QStringLiteral("lastHeartbeatTime"))
                                        .toString();
    QVERIFY(m_sim->cluster().setNodeReady(kWorker1, KubeClusterController::Readiness::Unknown));
    QVERIFY(!m_sim->cluster().setNodeReady(QStringLiteral("nope"),
                                           KubeClusterController::Readiness::Unknown));
    const QJsonObject dead = node(kWorker1);
    const QJsonArray conditions = at(dead, QStringLiteral("status.conditions")).toArray();
    QCOMPARE(conditions.size(), 4);
    for (const QJsonValue &value : conditions) {
        QCOMPARE(value.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("Unknown"));
        QCOMPARE(value.toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("NodeStatusUnknown"));
        QCOMPARE(value.toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Kubelet stopped posting node status."));
    }
    QCOMPARE(condition(dead, "Ready").value(QStringLiteral("lastHeartbeatTime")).toString(),
             beforeFault);
    QCOMPARE(taintsOf(dead),
             QStringList({QStringLiteral("node.kubernetes.io/unreachable:NoSchedule"),
                          QStringLiteral("node.kubernetes.io/unreachable:NoExecute")}));

    // Live kubelets keep posting heartbeats; the dead one does not.
    KubeClusterController::Timing timing = m_sim->cluster().timing();
    timing.heartbeatMs = 100;
    m_sim->cluster().setTiming(timing);
    const QString live = condition(node(kWorker0), "Ready")
                                 .value(QStringLiteral("lastHeartbeatTime"))
                                 .toString();
    QTRY_VERIFY_WITH_TIMEOUT(condition(node(kWorker0), "MemoryPressure")
                                             .value(QStringLiteral("lastHeartbeatTime"))
                                             .toString()
                                     > live,
                             5000);
    QVERIFY(condition(node(kWorker0), "Ready").value(QStringLiteral("lastHeartbeatTime")).toString()
            > live);
    QCOMPARE(condition(node(kWorker1), "Ready")
                     .value(QStringLiteral("lastHeartbeatTime"))
                     .toString(),
             beforeFault);

    // The kubelet comes back.
    QVERIFY(m_sim->cluster().setNodeReady(kWorker1, KubeClusterController::Readiness::False));
    QCOMPARE(taintsOf(node(kWorker1)),
             QStringList {QStringLiteral("node.kubernetes.io/not-ready:NoSchedule")});
    QCOMPARE(condition(node(kWorker1), "DiskPressure").value(QStringLiteral("status")).toString(),
             QStringLiteral("False"));
    QTRY_VERIFY_WITH_TIMEOUT(
            condition(node(kWorker1), "Ready").value(QStringLiteral("lastHeartbeatTime")).toString()
                    > beforeFault,
            5000);
}

void TestKubeClusterController::cordonSetsTaint()
{
    QVERIFY(m_sim->cluster().setNodeUnschedulable(kWorker0, true));
    const QJsonObject cordoned = node(kWorker0);
    QCOMPARE(at(cordoned, QStringLiteral("spec.unschedulable")).toBool(), true);
    QVERIFY(taintsOf(cordoned).contains(
            QStringLiteral("node.kubernetes.io/unschedulable:NoSchedule")));
    QVERIFY(taintsOf(cordoned).contains(QStringLiteral("node.kubernetes.io/not-ready:NoSchedule")));
    QVERIFY(at(cordoned, QStringLiteral("spec.taints.1.timeAdded")).isString());
    QVERIFY(m_sim->cluster().setNodeUnschedulable(kWorker0, false));
    QVERIFY(!at(node(kWorker0), QStringLiteral("spec"))
                     .toObject()
                     .contains(QStringLiteral("unschedulable")));
    QCOMPARE(taintsOf(node(kWorker0)),
             QStringList {QStringLiteral("node.kubernetes.io/not-ready:NoSchedule")});

    // kubectl cordon patches spec.unschedulable; the node lifecycle controller adds the taint.
    const QString path = QStringLiteral("/api/v1/nodes/") + kWorker1;
    QCOMPARE(m_client->call("PATCH", path, R"({"spec":{"unschedulable":true}})",
                            "application/strategic-merge-patch+json")
                     .status,
             200);
    QTRY_VERIFY(taintsOf(node(kWorker1))
                        .contains(QStringLiteral("node.kubernetes.io/unschedulable:NoSchedule")));
    QCOMPARE(m_client->call("PATCH", path, R"({"spec":{"unschedulable":null}})",
                            "application/strategic-merge-patch+json")
                     .status,
             200);
    QTRY_COMPARE(taintsOf(node(kWorker1)),
                 QStringList {QStringLiteral("node.kubernetes.io/not-ready:NoSchedule")});
}

QTEST_GUILESS_MAIN(TestKubeClusterController)
#include "tst_kubeclustercontroller.moc"
