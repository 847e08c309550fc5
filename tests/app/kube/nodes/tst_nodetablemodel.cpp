// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The live node table: batched row ranges (never a reset), kubectl's texts and ours, ticking
// ages, and the summary. Every test runs under QAbstractItemModelTester in Fatal mode.

#include "kube/nodes/DaemonSetRollout.h"
#include "kube/nodes/NodeStatus.h"
#include "kube/nodes/NodeTableModel.h"
#include "kube/nodes/RouterPodStatus.h"
#include "openstack/Port.h"
#include "run/NodePortCoverage.h"

#include "NodeFixtures.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace podnet;
using namespace podnet::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

NodeFixture node(const QString &name, const QString &version = QStringLiteral("100"))
{
    NodeFixture fixture;
    fixture.name = name;
    fixture.resourceVersion = version;
    fixture.created = kNow.addDays(-3);
    fixture.heartbeat = kNow.addSecs(-10);
    fixture.podCidr = QStringLiteral("10.200.1.0/24");
    return fixture;
}

QList<QJsonObject> nodes(const QStringList &names, const QString &version = QStringLiteral("100"))
{
    QList<QJsonObject> list;
    for (const QString &name : names)
        list.append(node(name, version).json());
    return list;
}

KubeWatchEvent watchEvent(KubeWatchEvent::Type type, const QJsonObject &object)
{
    KubeWatchEvent result;
    result.type = type;
    result.object = object;
    result.resourceVersion = object.value(QStringLiteral("metadata"))
                                     .toObject()
                                     .value(QStringLiteral("resourceVersion"))
                                     .toString();
    return result;
}

Port computePort(const QString &id, const QString &ip, const QStringList &pairs)
{
    Port port;
    port.id = id;
    port.deviceOwner = QStringLiteral("compute:nova");
    port.macAddress = QStringLiteral("fa:16:3e:00:00:01");
    port.fixedIps = {ip};
    for (const QString &pair : pairs)
        port.allowedAddressPairs << PortAddressPair(pair);
    return port;
}

QStringList warnings(const QStringList &problems)
{
    QStringList list;
    for (const QString &line : problems) {
        if (line.startsWith(QLatin1String("Warning for ")))
            list << line;
    }
    return list;
}

QStringList names(const QString &prefix, int from, int to)
{
    QStringList list;
    for (int i = from; i <= to; ++i)
        list << prefix + QString::number(i);
    return list;
}

} // namespace

class TestNodeTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<NodeTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now;
    QStringList m_log; ///< "insert 0-2", "remove 4-4", "change 1-3 (cols 0-9)", "reset"

    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->data(m_model->index(row, column), role).toString();
    }
    QString cell(const QString &nodeName, int column, int role = Qt::DisplayRole) const
    {
        return cell(m_model->rowOf(nodeName), column, role);
    }
    QStringList modelNames() const
    {
        QStringList list;
        for (int row = 0; row < m_model->rowCount(); ++row)
            list << cell(row, NodeTableModel::NameColumn);
        return list;
    }
    QStringList takeLog() { return std::exchange(m_log, {}); }

private Q_SLOTS:
    void init()
    {
        m_now = kNow;
        m_model = std::make_unique<NodeTableModel>();
        m_model->setClock([this] { return m_now; });
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_log.clear();
        NodeTableModel *model = m_model.get();
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    m_log << QStringLiteral("insert %1-%2").arg(first).arg(last);
                });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    m_log << QStringLiteral("remove %1-%2").arg(first).arg(last);
                });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    m_log << QStringLiteral("change %1-%2 (cols %3-%4)")
                                     .arg(topLeft.row())
                                     .arg(bottomRight.row())
                                     .arg(topLeft.column())
                                     .arg(bottomRight.column());
                });
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_log << QStringLiteral("reset"); });
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                [this] { m_log << QStringLiteral("layout"); });
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void firstSnapshotIsOneInsert()
    {
        m_model->setNodes(nodes({QStringLiteral("worker-2"), QStringLiteral("worker-10"),
                                 QStringLiteral("control-0")}));
        QCOMPARE(m_model->rowCount(), 0); // queued
        m_model->flush();
        QCOMPARE(takeLog(), QStringList {QStringLiteral("insert 0-2")});
        // Insertion order: sorting is the proxy's job.
        QCOMPARE(modelNames(),
                 QStringList({QStringLiteral("worker-2"), QStringLiteral("worker-10"),
                              QStringLiteral("control-0")}));
        QCOMPARE(m_model->columnCount(), int(NodeTableModel::ColumnCount));
        QCOMPARE(m_model->rowOf(QStringLiteral("worker-10")), 1);
        QCOMPARE(m_model->rowOf(QStringLiteral("nope")), -1);
        QCOMPARE(m_model->nodeStatus(2)->name, QStringLiteral("control-0"));
        QVERIFY(!m_model->nodeStatus(3));
    }

    void batchWaitsForItsInterval()
    {
        QSignalSpy summary(m_model.get(), &NodeTableModel::summaryChanged);
        m_model->setBatchInterval(30);
        m_model->setNodes(nodes(names(QStringLiteral("n"), 0, 4)));
        m_model->applyNodeEvent(
                watchEvent(KubeWatchEvent::Type::Added, node(QStringLiteral("n5")).json()));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(summary.wait(5000));
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(summary.size(), 1);
        QCOMPARE(takeLog(), QStringList {QStringLiteral("insert 0-5")});

        // Interval 0: at the next turn of the event loop.
        m_model->setBatchInterval(0);
        m_model->applyNodeEvent(
                watchEvent(KubeWatchEvent::Type::Deleted, node(QStringLiteral("n0")).json()));
        QCOMPARE(m_model->rowCount(), 6);
        QTRY_COMPARE(m_model->rowCount(), 5);
    }

    void eventsThenSnapshotChangeInRanges()
    {
        m_model->setNodes(nodes(names(QStringLiteral("n"), 0, 5)));
        m_model->flush();
        takeLog();

        NodeFixture changed = node(QStringLiteral("n2"), QStringLiteral("101"));
        changed.notReady(QStringLiteral("False"), QStringLiteral("KubeletNotReady"),
                         QStringLiteral("PLEG is not healthy"));
        m_model->applyNodeEvent(watchEvent(KubeWatchEvent::Type::Modified, changed.json()));
        m_model->applyNodeEvent(
                watchEvent(KubeWatchEvent::Type::Deleted, node(QStringLiteral("n4")).json()));
        m_model->applyNodeEvent(
                watchEvent(KubeWatchEvent::Type::Added, node(QStringLiteral("n6")).json()));
        // Deleted and added again within one batch: the node stays, with its new content.
        m_model->applyNodeEvent(
                watchEvent(KubeWatchEvent::Type::Deleted, node(QStringLiteral("n5")).json()));
        NodeFixture back = node(QStringLiteral("n5"), QStringLiteral("102"));
        back.version = QStringLiteral("v1.33.0");
        m_model->applyNodeEvent(watchEvent(KubeWatchEvent::Type::Added, back.json()));
        m_model->flush();
        QCOMPARE(takeLog(),
                 QStringList({QStringLiteral("remove 4-4"), QStringLiteral("change 2-2 (cols 0-9)"),
                              QStringLiteral("change 4-4 (cols 0-9)"),
                              QStringLiteral("insert 5-5")}));
        const QStringList expected = names(QStringLiteral("n"), 0, 3)
                + QStringList {QStringLiteral("n5"), QStringLiteral("n6")};
        QCOMPARE(modelNames(), expected);
        QCOMPARE(cell(QStringLiteral("n2"), NodeTableModel::StatusColumn),
                 QStringLiteral("NotReady"));
        QCOMPARE(cell(QStringLiteral("n5"), NodeTableModel::VersionColumn),
                 QStringLiteral("v1.33.0"));

        // A re-list: n0 changed, n1 and n3 gone, n2 back to Ready, n7 new, n5/n6 as they were.
        QList<QJsonObject> relist;
        NodeFixture n0 = node(QStringLiteral("n0"), QStringLiteral("110"));
        n0.unschedulable = true;
        relist << n0.json() << node(QStringLiteral("n2"), QStringLiteral("111")).json()
               << back.json() << node(QStringLiteral("n6")).json()
               << node(QStringLiteral("n7")).json();
        m_model->setNodes(relist);
        m_model->flush();
        QCOMPARE(takeLog(),
                 QStringList({QStringLiteral("remove 3-3"), QStringLiteral("remove 1-1"),
                              QStringLiteral("change 0-1 (cols 0-9)"),
                              QStringLiteral("insert 4-4")}));
        QCOMPARE(modelNames(),
                 QStringList({QStringLiteral("n0"), QStringLiteral("n2"), QStringLiteral("n5"),
                              QStringLiteral("n6"), QStringLiteral("n7")}));
        QCOMPARE(cell(0, NodeTableModel::StatusColumn), QStringLiteral("Ready,SchedulingDisabled"));
        QCOMPARE(cell(1, NodeTableModel::StatusColumn), QStringLiteral("Ready"));
        QCOMPARE(m_model->rowOf(QStringLiteral("n7")), 4);

        // An empty list empties the table in one range.
        m_model->setNodes({});
        m_model->flush();
        QCOMPARE(takeLog(), QStringList {QStringLiteral("remove 0-4")});
        QCOMPARE(m_model->rowCount(), 0);
    }

    void eventsAfterSnapshotInOneBatchWin()
    {
        m_model->setNodes(nodes(names(QStringLiteral("n"), 0, 2)));
        m_model->applyNodeEvent(
                watchEvent(KubeWatchEvent::Type::Deleted, node(QStringLiteral("n1")).json()));
        m_model->applyNodeEvent(
                watchEvent(KubeWatchEvent::Type::Added, node(QStringLiteral("n3")).json()));
        m_model->flush();
        QCOMPARE(takeLog(), QStringList {QStringLiteral("insert 0-2")});
        QCOMPARE(modelNames(),
                 QStringList({QStringLiteral("n0"), QStringLiteral("n2"), QStringLiteral("n3")}));
        // Events before a snapshot are superseded by it.
        m_model->applyNodeEvent(
                watchEvent(KubeWatchEvent::Type::Added, node(QStringLiteral("n9")).json()));
        m_model->setNodes(nodes(names(QStringLiteral("n"), 0, 3)));
        m_model->flush();
        QCOMPARE(takeLog(), QStringList {QStringLiteral("insert 3-3")});
        QCOMPARE(modelNames(),
                 QStringList({QStringLiteral("n0"), QStringLiteral("n2"), QStringLiteral("n3"),
                              QStringLiteral("n1")}));
    }

    void burstOfModifiedEventsIsAHandfulOfSignals()
    {
        m_model->setNodes(nodes(names(QStringLiteral("node-"), 0, 49)));
        m_model->flush();
        takeLog();
        QSignalSpy summary(m_model.get(), &NodeTableModel::summaryChanged);
        // 1,000 heartbeats over rows 10..19 and 30..34, every node changing many times.
        for (int i = 0; i < 1000; ++i) {
            const int index = i % 15 < 10 ? 10 + i % 15 : 20 + i % 15;
            NodeFixture fixture
                    = node(QStringLiteral("node-%1").arg(index), QString::number(1000 + i));
            fixture.heartbeat = kNow.addSecs(-100 + i / 15);
            if (index == 12)
                fixture.notReady(QStringLiteral("Unknown"), QStringLiteral("NodeStatusUnknown"),
                                 QStringLiteral("Kubelet stopped posting node status."));
            m_model->applyNodeEvent(watchEvent(KubeWatchEvent::Type::Modified, fixture.json()));
        }
        m_model->flush();
        QCOMPARE(takeLog(),
                 QStringList({QStringLiteral("change 10-19 (cols 0-9)"),
                              QStringLiteral("change 30-34 (cols 0-9)")}));
        QCOMPARE(summary.size(), 1);
        QCOMPARE(m_model->readyNodeCount(), 49);
        QCOMPARE(cell(12, NodeTableModel::WhyNotReadyColumn),
                 QStringLiteral("Unknown · NodeStatusUnknown: Kubelet stopped posting node "
                                "status. · last heartbeat 34s ago"));

        // The same objects again (a re-list): nothing to announce.
        QList<QJsonObject> same;
        for (int row = 0; row < 50; ++row) {
            const auto status = m_model->nodeStatus(row);
            NodeFixture fixture = node(status->name, status->resourceVersion);
            same << fixture.json();
        }
        m_model->setNodes(same);
        m_model->flush();
        QCOMPARE(takeLog(), QStringList());
        // A new resourceVersion with nothing visible changed: no signal either.
        NodeFixture quiet = node(QStringLiteral("node-0"), QStringLiteral("5000"));
        m_model->applyNodeEvent(watchEvent(KubeWatchEvent::Type::Modified, quiet.json()));
        m_model->flush();
        QCOMPARE(takeLog(), QStringList());
        QCOMPARE(m_model->nodeStatus(0)->resourceVersion, QStringLiteral("5000"));
    }

    void persistentIndexSurvivesUnrelatedRemovals()
    {
        m_model->setNodes(nodes(names(QStringLiteral("n"), 0, 9)));
        m_model->flush();
        takeLog();
        const QPersistentModelIndex five(m_model->index(5, NodeTableModel::StatusColumn));
        const QPersistentModelIndex last(m_model->index(9, NodeTableModel::NameColumn));
        for (const char *gone : {"n1", "n2", "n8", "n7", "n3"})
            m_model->applyNodeEvent(
                    watchEvent(KubeWatchEvent::Type::Deleted, node(QLatin1String(gone)).json()));
        m_model->flush();
        // Highest range first.
        QCOMPARE(takeLog(),
                 QStringList({QStringLiteral("remove 7-8"), QStringLiteral("remove 1-3")}));
        QVERIFY(five.isValid());
        QCOMPARE(five.row(), 2);
        QCOMPARE(five.column(), int(NodeTableModel::StatusColumn));
        QCOMPARE(five.data(NodeTableModel::NodeNameRole).toString(), QStringLiteral("n5"));
        QCOMPARE(last.row(), 4);
        QCOMPARE(last.data().toString(), QStringLiteral("n9"));
        QCOMPARE(m_model->rowOf(QStringLiteral("n9")), 4);
        QCOMPARE(m_model->rowOf(QStringLiteral("n8")), -1);
    }

    void ageTicksWithTheClock()
    {
        NodeFixture fresh = node(QStringLiteral("fresh"));
        fresh.created = kNow.addSecs(-119);
        NodeFixture lost = node(QStringLiteral("lost"));
        lost.notReady(QStringLiteral("Unknown"), QStringLiteral("NodeStatusUnknown"),
                      QStringLiteral("Kubelet stopped posting node status."));
        lost.heartbeat = kNow.addSecs(-170);
        m_model->setNodes({fresh.json(), lost.json()});
        m_model->flush();
        takeLog();
        QCOMPARE(cell(0, NodeTableModel::AgeColumn), QStringLiteral("119s"));
        QCOMPARE(cell(1, NodeTableModel::AgeColumn), QStringLiteral("3d"));
        QCOMPARE(cell(1, NodeTableModel::WhyNotReadyColumn),
                 QStringLiteral("Unknown · NodeStatusUnknown: Kubelet stopped posting node "
                                "status. · last heartbeat 2m50s ago"));

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_now = kNow.addSecs(62);
        // The time is read at each tick (every second), not at each data() call.
        QCOMPARE(cell(0, NodeTableModel::AgeColumn), QStringLiteral("119s"));
        QVERIFY(changed.wait(3000));
        QCOMPARE(changed.size(), 1);
        const QModelIndex topLeft = changed.first().at(0).toModelIndex();
        const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(topLeft.column(), int(NodeTableModel::AgeColumn));
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(bottomRight.column(), int(NodeTableModel::WhyNotReadyColumn));
        QCOMPARE(cell(0, NodeTableModel::AgeColumn), QStringLiteral("3m1s"));
        QCOMPARE(cell(1, NodeTableModel::WhyNotReadyColumn),
                 QStringLiteral("Unknown · NodeStatusUnknown: Kubelet stopped posting node "
                                "status. · last heartbeat 3m52s ago"));

        // No rows, no ticks.
        m_model->setTickInterval(20);
        m_model->setNodes({});
        m_model->flush();
        changed.clear();
        QVERIFY(!changed.wait(300));
    }

    void cellTexts()
    {
        NodeFixture ready = node(QStringLiteral("ready"));
        ready.annotations.insert(QStringLiteral("kube-router.io/pod-cidr"),
                                 QStringLiteral("10.200.2.0/24"));
        NodeFixture crashing = node(QStringLiteral("crashing"));
        crashing.podCidr.clear();
        crashing.notReady(QStringLiteral("False"), QStringLiteral("KubeletNotReady"),
                          QStringLiteral("container runtime network not ready: "
                                         "NetworkReady=false"));
        NodeFixture lost = node(QStringLiteral("lost"));
        lost.notReady(QStringLiteral("Unknown"), QStringLiteral("NodeStatusUnknown"),
                      QStringLiteral("Kubelet stopped posting node status."));
        lost.heartbeat = kNow.addSecs(-190);
        lost.internalIp.clear();
        NodeFixture silent = node(QStringLiteral("silent"));
        silent.ready.clear();
        silent.unschedulable = true;
        silent.labels.insert(QStringLiteral("kubernetes.io/role"), QStringLiteral("master"));
        silent.labels.insert(QStringLiteral("node-role.kubernetes.io/control-plane"), QString());
        m_model->setNodes({ready.json(), crashing.json(), lost.json(), silent.json()});
        PodFixture running;
        running.name = QStringLiteral("kube-router-a");
        running.node = QStringLiteral("ready");
        PodFixture looping;
        looping.name = QStringLiteral("kube-router-b");
        looping.node = QStringLiteral("crashing");
        looping.crashLooping(5);
        m_model->setRouterPods({running.json(), looping.json()});
        m_model->flush();

        using M = NodeTableModel;
        QCOMPARE(cell(0, M::StatusColumn), QStringLiteral("Ready"));
        QCOMPARE(cell(1, M::StatusColumn), QStringLiteral("NotReady"));
        QCOMPARE(cell(2, M::StatusColumn), QStringLiteral("NotReady"));
        QCOMPARE(cell(3, M::StatusColumn), QStringLiteral("Unknown,SchedulingDisabled"));
        QCOMPARE(cell(3, M::RolesColumn), QStringLiteral("control-plane,master"));
        QCOMPARE(cell(0, M::RolesColumn), QStringLiteral("<none>"));
        QCOMPARE(cell(0, M::AgeColumn), QStringLiteral("3d"));
        QCOMPARE(cell(0, M::VersionColumn), QStringLiteral("v1.32.4"));
        QCOMPARE(cell(0, M::InternalIpColumn), QStringLiteral("10.0.0.11"));
        QCOMPARE(cell(2, M::InternalIpColumn), QStringLiteral("<none>"));

        QCOMPARE(cell(0, M::PodCidrColumn), QStringLiteral("10.200.2.0/24 (annotation)"));
        QCOMPARE(cell(2, M::PodCidrColumn), QStringLiteral("10.200.1.0/24 (spec.podCIDR)"));
        QCOMPARE(cell(1, M::PodCidrColumn), QStringLiteral("none — kube-router will crash-loop"));
        QVERIFY(cell(0, M::PodCidrColumn, Qt::ToolTipRole)
                        .contains(QLatin1String("10.200.1.0/24")));

        QCOMPARE(cell(0, M::RouterPodColumn), QStringLiteral("Running 1/1"));
        QCOMPARE(englishPlurals(cell(1, M::RouterPodColumn)),
                 QStringLiteral("CrashLoopBackOff 0/1 · 5 restarts · last: Error (exit 1)"));
        QCOMPARE(cell(2, M::RouterPodColumn), QStringLiteral("no pod yet"));
        const QString podTip = cell(1, M::RouterPodColumn, Qt::ToolTipRole);
        QVERIFY2(podTip.contains(QLatin1String("Failed to get pod CIDR from node spec")),
                 qPrintable(podTip));
        QVERIFY2(podTip.contains(QLatin1String("kubectl -n kube-system logs kube-router-b")),
                 qPrintable(podTip));

        QCOMPARE(cell(0, M::WhyNotReadyColumn), QString());
        QCOMPARE(cell(1, M::WhyNotReadyColumn),
                 QStringLiteral("False · KubeletNotReady: container runtime network not ready: "
                                "NetworkReady=false · last heartbeat 10s ago · likely cause: "
                                "kube-router is crash-looping on this node (kube-router-b)"));
        QCOMPARE(cell(2, M::WhyNotReadyColumn),
                 QStringLiteral("Unknown · NodeStatusUnknown: Kubelet stopped posting node "
                                "status. · last heartbeat 3m10s ago"));
        QCOMPARE(cell(3, M::WhyNotReadyColumn),
                 QStringLiteral("no Ready condition: the kubelet has not reported"));
        QVERIFY(cell(3, M::StatusColumn, Qt::ToolTipRole).contains(QLatin1String("uncordon")));
        QVERIFY(cell(0, M::NameColumn, Qt::ToolTipRole).contains(QLatin1String("containerd")));
        QVERIFY(cell(0, M::AgeColumn, Qt::ToolTipRole).contains(QLatin1String("2026-02-26")));

        auto state = [this](int row) {
            return M::RowState(m_model->data(m_model->index(row, 0), M::RowStateRole).toInt());
        };
        QCOMPARE(state(0), M::RowState::Ready);
        QCOMPARE(state(1), M::RowState::NotReady);
        QCOMPARE(state(2), M::RowState::Unknown);
        QCOMPARE(state(3), M::RowState::NoReadyCondition);
        QCOMPARE(m_model->routerPod(1)->name, QStringLiteral("kube-router-b"));
        QVERIFY(!m_model->routerPod(2));
    }

    void longMessagesAreShortInTheCell()
    {
        NodeFixture fixture = node(QStringLiteral("wordy"));
        const QString message = QStringLiteral("word ").repeated(60).trimmed();
        fixture.notReady(QStringLiteral("False"), QStringLiteral("KubeletNotReady"), message);
        m_model->setNodes({fixture.json()});
        m_model->flush();
        const QString text = cell(0, NodeTableModel::WhyNotReadyColumn);
        QVERIFY2(!text.contains(message) && text.contains(QChar(0x2026)), qPrintable(text));
        QVERIFY(cell(0, NodeTableModel::WhyNotReadyColumn, Qt::ToolTipRole).contains(message));
    }

    void podEventsChangeOnlyTheirRow()
    {
        m_model->setNodes(nodes(names(QStringLiteral("n"), 0, 4)));
        m_model->setRouterPods({});
        m_model->flush();
        takeLog();

        PodFixture pod;
        pod.name = QStringLiteral("kube-router-3");
        pod.node = QStringLiteral("n3");
        m_model->applyRouterPodEvent(watchEvent(KubeWatchEvent::Type::Added, pod.json()));
        // A pod of a node the table does not know yet waits for it.
        PodFixture early;
        early.name = QStringLiteral("kube-router-9");
        early.node = QStringLiteral("n9");
        m_model->applyRouterPodEvent(watchEvent(KubeWatchEvent::Type::Added, early.json()));
        m_model->flush();
        QCOMPARE(takeLog(), QStringList {QStringLiteral("change 3-3 (cols 0-9)")});
        QCOMPARE(cell(3, NodeTableModel::RouterPodColumn), QStringLiteral("Running 1/1"));
        m_model->applyNodeEvent(
                watchEvent(KubeWatchEvent::Type::Added, node(QStringLiteral("n9")).json()));
        m_model->flush();
        QCOMPARE(takeLog(), QStringList {QStringLiteral("insert 5-5")});
        QCOMPARE(cell(5, NodeTableModel::RouterPodColumn), QStringLiteral("Running 1/1"));

        // A rollout: the old pod terminates while the new one starts; the live one is shown.
        PodFixture old = pod;
        old.deleted = kNow;
        old.resourceVersion = QStringLiteral("300");
        PodFixture next;
        next.name = QStringLiteral("kube-router-3b");
        next.node = QStringLiteral("n3");
        next.created = kNow;
        next.initDone = false;
        next.phase = QStringLiteral("Pending");
        m_model->applyRouterPodEvent(watchEvent(KubeWatchEvent::Type::Modified, old.json()));
        m_model->applyRouterPodEvent(watchEvent(KubeWatchEvent::Type::Added, next.json()));
        m_model->flush();
        QCOMPARE(takeLog(), QStringList {QStringLiteral("change 3-3 (cols 0-9)")});
        QCOMPARE(cell(3, NodeTableModel::RouterPodColumn), QStringLiteral("Init:0/1 0/1"));
        m_model->applyRouterPodEvent(watchEvent(KubeWatchEvent::Type::Deleted, next.json()));
        m_model->flush();
        QCOMPARE(takeLog(), QStringList {QStringLiteral("change 3-3 (cols 0-9)")});
        QCOMPARE(cell(3, NodeTableModel::RouterPodColumn), QStringLiteral("Terminating 1/1"));

        // A pod re-list drops pods that are gone.
        m_model->setRouterPods({early.json()});
        m_model->flush();
        QCOMPARE(takeLog(), QStringList {QStringLiteral("change 3-3 (cols 0-9)")});
        QCOMPARE(cell(3, NodeTableModel::RouterPodColumn), QStringLiteral("no pod yet"));
        QCOMPARE(cell(5, NodeTableModel::RouterPodColumn), QStringLiteral("Running 1/1"));
    }

    void summaryProblemsAndAllReady()
    {
        QVERIFY(!m_model->allReady());
        // No nodes, and nothing known about the DaemonSet yet.
        QCOMPARE(m_model->problems().size(), 2);
        QVERIFY(m_model->problems().at(1).contains(QLatin1String("not been read")));
        m_model->setNodes({});
        m_model->setDaemonSet(std::nullopt);
        m_model->flush();
        QCOMPARE(m_model->problems().size(), 2);
        QVERIFY(m_model->problems().first().contains(QLatin1String("no nodes")));
        QCOMPARE(englishPlurals(m_model->summaryText()),
                 QStringLiteral("0 of 0 nodes Ready · kube-router not installed"));

        NodeFixture crashing = node(QStringLiteral("worker-1"));
        crashing.notReady(QStringLiteral("False"), QStringLiteral("KubeletNotReady"),
                          QStringLiteral("cni plugin not initialized"));
        crashing.podCidr.clear();
        NodeFixture lost = node(QStringLiteral("worker-2"));
        lost.notReady(QStringLiteral("Unknown"), QStringLiteral("NodeStatusUnknown"),
                      QStringLiteral("Kubelet stopped posting node status."));
        m_model->setNodes({node(QStringLiteral("worker-0")).json(), crashing.json(), lost.json()});
        PodFixture looping;
        looping.name = QStringLiteral("kube-router-w1");
        looping.node = QStringLiteral("worker-1");
        looping.crashLooping(4);
        m_model->setRouterPods({looping.json()});
        QSignalSpy summary(m_model.get(), &NodeTableModel::summaryChanged);
        m_model->setDaemonSet(daemonSetJson(3, 3, 1));
        m_model->flush();
        QCOMPARE(summary.size(), 1);
        QCOMPARE(m_model->nodeCount(), 3);
        QCOMPARE(m_model->readyNodeCount(), 1);
        QCOMPARE(m_model->daemonSet()->ready, 1);
        QCOMPARE(englishPlurals(m_model->summaryText()),
                 QStringLiteral("1 of 3 nodes Ready · kube-router 1/3"));
        QVERIFY(!m_model->allReady());
        const QStringList problems = m_model->problems();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(englishPlurals(problems.at(0)),
                 QStringLiteral("worker-1 is NotReady: KubeletNotReady: cni plugin not "
                                "initialized. Its last heartbeat was 10s ago. Its kube-router pod "
                                "kube-router-w1 is crash-looping (4 restarts): read its log with "
                                "kubectl -n kube-system logs kube-router-w1 --previous. It has no "
                                "pod CIDR, so kube-router cannot start there: add the "
                                "kube-router.io/pod-cidr annotation."));
        QVERIFY2(problems.at(1).startsWith(QLatin1String("worker-2"))
                         && problems.at(1).contains(QLatin1String("Unknown")),
                 qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).contains(QLatin1String("1 of 3")), qPrintable(problems.at(2)));

        // Everything Ready, but the DaemonSet has not seen its latest spec.
        m_model->setNodes(nodes(names(QStringLiteral("worker-"), 0, 2), QStringLiteral("120")));
        m_model->setDaemonSet(daemonSetJson(3, 3, 3, 2, 1));
        m_model->flush();
        QCOMPARE(m_model->readyNodeCount(), 3);
        QVERIFY(!m_model->allReady());
        QCOMPARE(m_model->problems().size(), 1);
        QVERIFY(m_model->problems().first().contains(QLatin1String("generation 2")));

        m_model->setDaemonSet(daemonSetJson(3, 3, 3, 2, 2));
        m_model->flush();
        QVERIFY(m_model->allReady());
        QCOMPARE(m_model->problems(), QStringList());
        QCOMPARE(englishPlurals(m_model->summaryText()),
                 QStringLiteral("3 of 3 nodes Ready · kube-router 3/3"));
    }

    void pairsCoverColumn()
    {
        QCOMPARE(m_model->headerData(NodeTableModel::PairsCoverColumn, Qt::Horizontal).toString(),
                 QStringLiteral("PAIRS COVER"));
        QList<QJsonObject> list;
        for (int i = 0; i < 3; ++i) {
            NodeFixture fixture = node(QStringLiteral("worker-%1").arg(i));
            fixture.internalIp = QStringLiteral("10.240.0.%1").arg(20 + i);
            fixture.podCidr = QStringLiteral("10.200.%1.0/24").arg(i);
            list << fixture.json();
        }
        m_model->setNodes(list);
        m_model->setDaemonSet(daemonSetJson(3, 3, 3));
        m_model->flush();
        QVERIFY(m_model->allReady());
        takeLog();
        // No OpenStack data: a dash, a tooltip that says why, and no warnings.
        QCOMPARE(cell(0, NodeTableModel::PairsCoverColumn), QStringLiteral("—"));
        QVERIFY(cell(0, NodeTableModel::PairsCoverColumn, Qt::ToolTipRole)
                        .contains(QLatin1String("have not been read")));
        QCOMPARE(m_model->portCoverage(0).state, NodePortCoverage::State::Unknown);
        QCOMPARE(m_model->problems(), QStringList());

        NodePortCoverage coverage;
        coverage.setCidrs(QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24"));
        coverage.setPorts(
                {computePort(QStringLiteral("p0"), QStringLiteral("10.240.0.20"),
                             {QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")}),
                 computePort(QStringLiteral("p1"), QStringLiteral("10.240.0.21"),
                             {QStringLiteral("10.32.0.0/24")})});
        const QString pairsColumnChanged = QStringLiteral("change 0-2 (cols %1-%1)")
                                                   .arg(int(NodeTableModel::PairsCoverColumn));
        QSignalSpy summary(m_model.get(), &NodeTableModel::summaryChanged);
        m_model->setPortCoverage(coverage);
        // Only the new column changes, for every row at once, and the problems may have.
        QCOMPARE(takeLog(), QStringList {pairsColumnChanged});
        QCOMPARE(summary.size(), 1);
        QCOMPARE(cell(QStringLiteral("worker-0"), NodeTableModel::PairsCoverColumn),
                 QStringLiteral("yes"));
        QCOMPARE(cell(QStringLiteral("worker-1"), NodeTableModel::PairsCoverColumn),
                 QStringLiteral("no — missing 10.200.0.0/16"));
        QCOMPARE(cell(QStringLiteral("worker-2"), NodeTableModel::PairsCoverColumn),
                 QStringLiteral("no port with 10.240.0.22"));
        QVERIFY(cell(QStringLiteral("worker-1"), NodeTableModel::PairsCoverColumn, Qt::ToolTipRole)
                        .contains(QLatin1String("port p1")));
        QCOMPARE(m_model->portCoverage(1).portId, QStringLiteral("p1"));
        QCOMPARE(m_model->portCoverage(1).missing, QStringList {QStringLiteral("10.200.0.0/16")});
        QCOMPARE(m_model->portCoverage(3).state, NodePortCoverage::State::Unknown);
        // Problems have a warning per uncovered node, yet everything is still Ready.
        QVERIFY(m_model->allReady());
        const QStringList lines = m_model->problems();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(warnings(lines).size(), 2);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("Warning for worker-1: "))
                         && lines.at(0).contains(QLatin1String("10.200.0.0/16")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("Warning for worker-2: "))
                         && lines.at(1).contains(QLatin1String("10.240.0.22")),
                 qPrintable(lines.at(1)));
        // Sorting by the column groups by state.
        QVERIFY(m_model->data(m_model->index(0, NodeTableModel::PairsCoverColumn),
                              NodeTableModel::SortRole)
                != m_model->data(m_model->index(1, NodeTableModel::PairsCoverColumn),
                                 NodeTableModel::SortRole));

        // A node that moves to the covered port's range follows at the next batch, in its row.
        NodeFixture moved = node(QStringLiteral("worker-1"), QStringLiteral("101"));
        moved.internalIp = QStringLiteral("10.240.0.21");
        moved.podCidr = QStringLiteral("10.200.1.0/24");
        coverage.setPorts(
                {computePort(QStringLiteral("p1"), QStringLiteral("10.240.0.21"),
                             {QStringLiteral("10.200.1.0/24"), QStringLiteral("10.32.0.0/24")})});
        m_model->setPortCoverage(coverage);
        takeLog();
        QCOMPARE(cell(QStringLiteral("worker-1"), NodeTableModel::PairsCoverColumn),
                 QStringLiteral("yes"));
        QCOMPARE(cell(QStringLiteral("worker-0"), NodeTableModel::PairsCoverColumn),
                 QStringLiteral("no port with 10.240.0.20"));
        moved.internalIp = QStringLiteral("10.240.0.20");
        m_model->applyNodeEvent(watchEvent(KubeWatchEvent::Type::Modified, moved.json()));
        m_model->flush();
        QCOMPARE(takeLog(), QStringList {QStringLiteral("change 1-1 (cols 0-9)")});
        QCOMPARE(cell(QStringLiteral("worker-1"), NodeTableModel::PairsCoverColumn),
                 QStringLiteral("no port with 10.240.0.20"));

        // Dropping the OpenStack data brings the dashes back and the warnings go.
        m_model->setPortCoverage(NodePortCoverage());
        QCOMPARE(takeLog(), QStringList {pairsColumnChanged});
        QCOMPARE(cell(1, NodeTableModel::PairsCoverColumn), QStringLiteral("—"));
        QCOMPARE(m_model->problems(), QStringList());
    }

    void coverageBeforeAnyNode()
    {
        NodePortCoverage coverage;
        coverage.setPorts({});
        m_model->setPortCoverage(coverage); // no rows: no dataChanged
        QCOMPARE(takeLog(), QStringList());
        m_model->setNodes(nodes({QStringLiteral("worker-0")}));
        m_model->flush();
        QCOMPARE(cell(0, NodeTableModel::PairsCoverColumn),
                 QStringLiteral("no port with 10.0.0.11"));
    }

    void sortValues()
    {
        NodeFixture young = node(QStringLiteral("worker-10"));
        young.created = kNow.addSecs(-60);
        young.internalIp = QStringLiteral("10.0.0.10");
        NodeFixture old = node(QStringLiteral("worker-2"));
        old.created = kNow.addDays(-30);
        old.internalIp = QStringLiteral("10.0.0.9");
        old.notReady(QStringLiteral("False"), QStringLiteral("KubeletNotReady"), QString());
        m_model->setNodes({young.json(), old.json()});
        m_model->flush();
        auto sortValue = [this](int row, int column) {
            return m_model->data(m_model->index(row, column), NodeTableModel::SortRole);
        };
        auto less = [&](int column) {
            return QVariant::compare(sortValue(1, column), sortValue(0, column))
                    == QPartialOrdering::Less;
        };
        QVERIFY(less(NodeTableModel::NameColumn));       // worker-2 < worker-10
        QVERIFY(less(NodeTableModel::InternalIpColumn)); // 10.0.0.9 < 10.0.0.10
        QVERIFY(!less(NodeTableModel::AgeColumn));       // the younger one first
        QVERIFY(!less(NodeTableModel::StatusColumn));    // Ready before NotReady
    }

    void headers()
    {
        QCOMPARE(m_model->headerData(NodeTableModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("NAME"));
        QCOMPARE(m_model->headerData(NodeTableModel::InternalIpColumn, Qt::Horizontal).toString(),
                 QStringLiteral("INTERNAL-IP"));
        QCOMPARE(m_model->headerData(NodeTableModel::WhyNotReadyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("WHY NOT READY"));
        QVERIFY(!m_model->headerData(NodeTableModel::PodCidrColumn, Qt::Horizontal, Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"
