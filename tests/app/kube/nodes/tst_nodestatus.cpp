// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// A Node object read the way kubectl reads it: STATUS, ROLES, AGE, VERSION, the wide columns,
// the Ready condition kept apart, and the pod range kube-router will use.

#include "kube/nodes/KubeAge.h"
#include "kube/nodes/NodeStatus.h"

#include "NodeFixtures.h"

#include <QTest>

using namespace podnet;
using namespace podnet::test;

class TestNodeStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyNode()
    {
        NodeFixture fixture;
        fixture.externalIp = QStringLiteral("192.0.2.7");
        const NodeStatus node = NodeStatus::fromJson(fixture.json());
        QCOMPARE(node.name, QStringLiteral("worker-0"));
        QCOMPARE(node.resourceVersion, QStringLiteral("100"));
        QCOMPARE(node.statusText(), QStringLiteral("Ready"));
        QVERIFY(node.isReady());
        QCOMPARE(node.ready.state, NodeReadyCondition::State::True);
        QCOMPARE(node.ready.reason, QStringLiteral("KubeletReady"));
        QCOMPARE(node.ready.lastHeartbeatTime, fixture.heartbeat);
        QCOMPARE(node.ready.lastTransitionTime, fixture.transition);
        QCOMPARE(node.roles, QStringLiteral("<none>"));
        QCOMPARE(node.creationTimestamp, fixture.created);
        QCOMPARE(node.kubeletVersion, QStringLiteral("v1.32.4"));
        QCOMPARE(node.internalIpText(), QStringLiteral("10.0.0.11"));
        QCOMPARE(node.externalIpText(), QStringLiteral("192.0.2.7"));
        QCOMPARE(node.osImageText(), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(node.kernelVersionText(), QStringLiteral("6.1.0-31-amd64"));
        QCOMPARE(node.containerRuntimeText(), QStringLiteral("containerd://1.7.24"));
        QVERIFY(node.taints.isEmpty());
        QVERIFY(!node.unschedulable);
    }

    void cordonedNode()
    {
        NodeFixture fixture;
        fixture.unschedulable = true;
        NodeStatus node = NodeStatus::fromJson(fixture.json());
        QCOMPARE(node.statusText(), QStringLiteral("Ready,SchedulingDisabled"));
        QVERIFY(node.unschedulable);
        QCOMPARE(node.taints.size(), 1);
        QCOMPARE(node.taints.first().key, QStringLiteral("node.kubernetes.io/unschedulable"));
        QCOMPARE(node.taints.first().effect, QStringLiteral("NoSchedule"));

        fixture.notReady(QStringLiteral("False"), QStringLiteral("KubeletNotReady"),
                         QStringLiteral("cni plugin not initialized"));
        node = NodeStatus::fromJson(fixture.json());
        QCOMPARE(node.statusText(), QStringLiteral("NotReady,SchedulingDisabled"));
        QCOMPARE(node.taints.size(), 2);
    }

    void roles_data()
    {
        QTest::addColumn<QStringList>("labels"); // key=value
        QTest::addColumn<QString>("roles");
        QTest::newRow("none") << QStringList() << QStringLiteral("<none>");
        QTest::newRow("control-plane")
                << QStringList {QStringLiteral("node-role.kubernetes.io/control-plane=")}
                << QStringLiteral("control-plane");
        QTest::newRow("several, sorted")
                << QStringList {QStringLiteral("node-role.kubernetes.io/worker="),
                                QStringLiteral("node-role.kubernetes.io/control-plane="),
                                QStringLiteral("node-role.kubernetes.io/etcd=true")}
                << QStringLiteral("control-plane,etcd,worker");
        QTest::newRow("legacy label") << QStringList {QStringLiteral("kubernetes.io/role=master")}
                                      << QStringLiteral("master");
        QTest::newRow("legacy and new, deduplicated")
                << QStringList {QStringLiteral("kubernetes.io/role=worker"),
                                QStringLiteral("node-role.kubernetes.io/worker="),
                                QStringLiteral("node-role.kubernetes.io/ingress=")}
                << QStringLiteral("ingress,worker");
        QTest::newRow("empty legacy value and bare prefix ignored")
                << QStringList {QStringLiteral("kubernetes.io/role="),
                                QStringLiteral("node-role.kubernetes.io/=")}
                << QStringLiteral("<none>");
        QTest::newRow("other labels ignored")
                << QStringList {QStringLiteral("node-role.example.com/gpu="),
                                QStringLiteral("role=db")}
                << QStringLiteral("<none>");
    }

    void roles()
    {
        QFETCH(QStringList, labels);
        QFETCH(QString, roles);
        NodeFixture fixture;
        for (const QString &label : labels) {
            const qsizetype equals = label.indexOf(QLatin1Char('='));
            fixture.labels.insert(label.left(equals), label.mid(equals + 1));
        }
        QCOMPARE(NodeStatus::fromJson(fixture.json()).roles, roles);
    }

    void unknownNode()
    {
        NodeFixture fixture;
        fixture.notReady(QStringLiteral("Unknown"), QStringLiteral("NodeStatusUnknown"),
                         QStringLiteral("Kubelet stopped posting node status."));
        const NodeStatus node = NodeStatus::fromJson(fixture.json());
        // kubectl lumps Unknown with NotReady; the condition keeps them apart.
        QCOMPARE(node.statusText(), QStringLiteral("NotReady"));
        QCOMPARE(node.ready.state, NodeReadyCondition::State::Unknown);
        QCOMPARE(node.ready.stateText(), QStringLiteral("Unknown"));
        QCOMPARE(node.ready.reason, QStringLiteral("NodeStatusUnknown"));
        QCOMPARE(node.ready.message, QStringLiteral("Kubelet stopped posting node status."));
        QVERIFY(!node.isReady());
    }

    void notReadyNode()
    {
        NodeFixture fixture;
        fixture.notReady(QStringLiteral("False"), QStringLiteral("KubeletNotReady"),
                         QStringLiteral("container runtime network not ready"));
        const NodeStatus node = NodeStatus::fromJson(fixture.json());
        QCOMPARE(node.statusText(), QStringLiteral("NotReady"));
        QCOMPARE(node.ready.state, NodeReadyCondition::State::False);
        QCOMPARE(node.ready.stateText(), QStringLiteral("False"));
    }

    void noReadyCondition()
    {
        NodeFixture fixture;
        fixture.ready.clear();
        const NodeStatus node = NodeStatus::fromJson(fixture.json());
        QCOMPARE(node.statusText(), QStringLiteral("Unknown"));
        QCOMPARE(node.ready.state, NodeReadyCondition::State::Absent);
        QVERIFY(node.ready.stateText().isEmpty());
        QVERIFY(!node.ready.lastHeartbeatTime.isValid());
        QCOMPARE(NodeReadyCondition::fromJson(fixture.json()).state,
                 NodeReadyCondition::State::Absent);

        fixture.unschedulable = true;
        QCOMPARE(NodeStatus::fromJson(fixture.json()).statusText(),
                 QStringLiteral("Unknown,SchedulingDisabled"));
    }

    void oddConditionStatusIsUnknown()
    {
        const NodeReadyCondition condition = NodeReadyCondition::fromCondition(
                {{QStringLiteral("type"), QStringLiteral("Ready")},
                 {QStringLiteral("status"), QStringLiteral("Maybe")}});
        QCOMPARE(condition.state, NodeReadyCondition::State::Unknown);
    }

    void futureCreationTimestamp()
    {
        NodeFixture fixture;
        const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        fixture.created = now.addSecs(3600);
        const NodeStatus node = NodeStatus::fromJson(fixture.json());
        QCOMPARE(node.creationTimestamp, fixture.created);
        QCOMPARE(KubeAge::since(node.creationTimestamp, now), QStringLiteral("<invalid>"));
        // Within the tolerance it is simply new.
        QCOMPARE(KubeAge::since(node.creationTimestamp, fixture.created.addMSecs(-1500)),
                 QStringLiteral("0s"));
    }

    void missingCreationTimestamp()
    {
        NodeFixture fixture;
        fixture.created = QDateTime();
        const NodeStatus node = NodeStatus::fromJson(fixture.json());
        QVERIFY(!node.creationTimestamp.isValid());
        QCOMPARE(KubeAge::since(node.creationTimestamp, QDateTime::currentDateTimeUtc()),
                 QStringLiteral("<unknown>"));
    }

    void podRange_data()
    {
        QTest::addColumn<QString>("podCidrAnnotation"); // "-": absent
        QTest::addColumn<QString>("podCidrsAnnotation");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("effective");
        QTest::addColumn<int>("source");
        using S = NodeStatus::PodCidrSource;
        const QString none = QStringLiteral("-");
        QTest::newRow("nothing") << none << none << QString() << QString() << int(S::None);
        QTest::newRow("spec only") << none << none << QStringLiteral("10.200.1.0/24")
                                   << QStringLiteral("10.200.1.0/24") << int(S::Spec);
        QTest::newRow("annotation only")
                << QStringLiteral("10.200.2.0/24") << none << QString()
                << QStringLiteral("10.200.2.0/24") << int(S::PodCidrAnnotation);
        QTest::newRow("annotation wins over spec")
                << QStringLiteral("10.200.2.0/24") << none << QStringLiteral("10.244.0.0/24")
                << QStringLiteral("10.200.2.0/24") << int(S::PodCidrAnnotation);
        QTest::newRow("singular annotation wins over plural")
                << QStringLiteral("10.200.2.0/24") << QStringLiteral("10.200.9.0/24") << QString()
                << QStringLiteral("10.200.2.0/24") << int(S::PodCidrAnnotation);
        QTest::newRow("plural annotation over spec")
                << none << QStringLiteral("10.200.3.0/24,fd00:200:3::/64")
                << QStringLiteral("10.244.0.0/24")
                << QStringLiteral("10.200.3.0/24, fd00:200:3::/64") << int(S::PodCidrsAnnotation);
    }

    void podRange()
    {
        QFETCH(QString, podCidrAnnotation);
        QFETCH(QString, podCidrsAnnotation);
        QFETCH(QString, spec);
        QFETCH(QString, effective);
        QFETCH(int, source);
        NodeFixture fixture;
        if (podCidrAnnotation != QLatin1String("-"))
            fixture.annotations.insert(QStringLiteral("kube-router.io/pod-cidr"),
                                       podCidrAnnotation);
        if (podCidrsAnnotation != QLatin1String("-"))
            fixture.annotations.insert(QStringLiteral("kube-router.io/pod-cidrs"),
                                       podCidrsAnnotation);
        fixture.podCidr = spec;
        const NodeStatus node = NodeStatus::fromJson(fixture.json());
        QCOMPARE(node.effectivePodCidr(), effective);
        QCOMPARE(int(node.podCidrSource()), source);
        QCOMPARE(node.specPodCidr, spec);
        QCOMPARE(node.specPodCidrs, spec.isEmpty() ? QStringList() : QStringList {spec});
    }

    void externalIpAbsent()
    {
        NodeFixture fixture;
        QVERIFY(fixture.externalIp.isEmpty());
        NodeStatus node = NodeStatus::fromJson(fixture.json());
        QCOMPARE(node.externalIpText(), QStringLiteral("<none>"));
        QVERIFY(node.externalIp.isEmpty());

        fixture.internalIp.clear();
        node = NodeStatus::fromJson(fixture.json());
        QCOMPARE(node.internalIpText(), QStringLiteral("<none>"));
    }

    void emptyNodeInfoIsUnknown()
    {
        const NodeStatus node = NodeStatus::fromJson(
                {{QStringLiteral("metadata"),
                  QJsonObject {{QStringLiteral("name"), QStringLiteral("bare")}}}});
        QCOMPARE(node.name, QStringLiteral("bare"));
        QCOMPARE(node.statusText(), QStringLiteral("Unknown"));
        QCOMPARE(node.osImageText(), QStringLiteral("<unknown>"));
        QCOMPARE(node.kernelVersionText(), QStringLiteral("<unknown>"));
        QCOMPARE(node.containerRuntimeText(), QStringLiteral("<unknown>"));
        QCOMPARE(node.roles, QStringLiteral("<none>"));
        QVERIFY(node.kubeletVersion.isEmpty());
    }

    void sameContentIgnoresResourceVersion()
    {
        NodeFixture fixture;
        const NodeStatus a = NodeStatus::fromJson(fixture.json());
        fixture.resourceVersion = QStringLiteral("101");
        const NodeStatus b = NodeStatus::fromJson(fixture.json());
        QVERIFY(a != b);
        QVERIFY(a.sameContent(b));
        fixture.heartbeat = fixture.heartbeat.addSecs(10);
        QVERIFY(!a.sameContent(NodeStatus::fromJson(fixture.json())));
    }
};

QTEST_GUILESS_MAIN(TestNodeStatus)
#include "tst_nodestatus.moc"
