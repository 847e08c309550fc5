// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The node table's proxy: natural sorting by SortRole that follows live changes, and a
// case-insensitive filter over every column.

#include "kube/nodes/NodeTableFilter.h"
#include "kube/nodes/NodeTableModel.h"

#include "NodeFixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace podnet;
using namespace podnet::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

NodeFixture node(const QString &name, int ageMinutes, const QString &ip)
{
    NodeFixture fixture;
    fixture.name = name;
    fixture.created = kNow.addSecs(-60 * ageMinutes);
    fixture.heartbeat = kNow.addSecs(-5);
    fixture.internalIp = ip;
    fixture.podCidr = QStringLiteral("10.200.0.0/24");
    return fixture;
}

} // namespace

class TestNodeTableFilter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<NodeTableModel> m_model;
    std::unique_ptr<NodeTableFilter> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;

    QStringList shown() const
    {
        QStringList names;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            names << m_filter->index(row, NodeTableModel::NameColumn).data().toString();
        return names;
    }

    void apply(const NodeFixture &fixture,
               KubeWatchEvent::Type type = KubeWatchEvent::Type::Modified)
    {
        KubeWatchEvent event;
        event.type = type;
        event.object = fixture.json();
        m_model->applyNodeEvent(event);
        m_model->flush();
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<NodeTableModel>();
        m_model->setClock([] { return kNow; });
        m_filter = std::make_unique<NodeTableFilter>();
        m_filter->setSourceModel(m_model.get());
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(), Mode::Fatal);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(m_filter.get(), Mode::Fatal);

        NodeFixture crashing = node(QStringLiteral("worker-2"), 300, QStringLiteral("10.0.0.9"));
        crashing.notReady(QStringLiteral("False"), QStringLiteral("KubeletNotReady"),
                          QStringLiteral("cni plugin not initialized"));
        NodeFixture annotated = node(QStringLiteral("worker-10"), 5, QStringLiteral("10.0.0.10"));
        annotated.annotations.insert(QStringLiteral("kube-router.io/pod-cidr"),
                                     QStringLiteral("10.200.7.0/24"));
        m_model->setNodes(
                {node(QStringLiteral("control-0"), 6000, QStringLiteral("10.0.0.2")).json(),
                 crashing.json(), annotated.json(),
                 node(QStringLiteral("worker-1"), 60, QStringLiteral("10.0.0.100")).json()});
        PodFixture looping;
        looping.node = QStringLiteral("worker-2");
        looping.crashLooping(3);
        m_model->setRouterPods({looping.json()});
        m_model->flush();
    }

    void cleanup()
    {
        m_filterTester.reset();
        m_modelTester.reset();
        m_filter.reset();
        m_model.reset();
    }

    void sortsNaturally()
    {
        QVERIFY(m_filter->dynamicSortFilter());
        QCOMPARE(m_filter->sortRole(), int(NodeTableModel::SortRole));
        m_filter->sort(NodeTableModel::NameColumn);
        QCOMPARE(shown(),
                 QStringList({QStringLiteral("control-0"), QStringLiteral("worker-1"),
                              QStringLiteral("worker-2"), QStringLiteral("worker-10")}));
        m_filter->sort(NodeTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(shown().first(), QStringLiteral("worker-10"));

        m_filter->sort(NodeTableModel::InternalIpColumn);
        QCOMPARE(shown(),
                 QStringList({QStringLiteral("control-0"), QStringLiteral("worker-2"),
                              QStringLiteral("worker-10"), QStringLiteral("worker-1")}));

        // AGE ascending: youngest first, as the ages read (5m, 60m, 5h, 4d).
        m_filter->sort(NodeTableModel::AgeColumn);
        QCOMPARE(shown(),
                 QStringList({QStringLiteral("worker-10"), QStringLiteral("worker-1"),
                              QStringLiteral("worker-2"), QStringLiteral("control-0")}));
        QCOMPARE(m_filter->index(0, NodeTableModel::AgeColumn).data().toString(),
                 QStringLiteral("5m"));

        m_filter->sort(NodeTableModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(shown().first(), QStringLiteral("worker-2"));
    }

    void sortFollowsLiveChanges()
    {
        m_filter->sort(NodeTableModel::NameColumn);
        apply(node(QStringLiteral("worker-3"), 1, QStringLiteral("10.0.0.13")),
              KubeWatchEvent::Type::Added);
        QCOMPARE(shown(),
                 QStringList({QStringLiteral("control-0"), QStringLiteral("worker-1"),
                              QStringLiteral("worker-2"), QStringLiteral("worker-3"),
                              QStringLiteral("worker-10")}));

        m_filter->sort(NodeTableModel::StatusColumn);
        QCOMPARE(shown().last(), QStringLiteral("worker-2"));
        NodeFixture lost = node(QStringLiteral("control-0"), 6000, QStringLiteral("10.0.0.2"));
        lost.resourceVersion = QStringLiteral("900");
        lost.notReady(QStringLiteral("Unknown"), QStringLiteral("NodeStatusUnknown"),
                      QStringLiteral("Kubelet stopped posting node status."));
        apply(lost);
        // Unknown sorts after NotReady.
        QCOMPARE(shown().mid(3),
                 QStringList({QStringLiteral("worker-2"), QStringLiteral("control-0")}));
    }

    void filtersEveryColumnIgnoringCase()
    {
        m_filter->sort(NodeTableModel::NameColumn);
        m_filter->setFilterText(QStringLiteral("WORKER-1"));
        QCOMPARE(shown(), QStringList({QStringLiteral("worker-1"), QStringLiteral("worker-10")}));
        m_filter->setFilterText(QStringLiteral("crashloop"));
        QCOMPARE(shown(), QStringList {QStringLiteral("worker-2")});
        m_filter->setFilterText(QStringLiteral("10.0.0.100"));
        QCOMPARE(shown(), QStringList {QStringLiteral("worker-1")});
        m_filter->setFilterText(QStringLiteral("(annotation)"));
        QCOMPARE(shown(), QStringList {QStringLiteral("worker-10")});
        m_filter->setFilterText(QStringLiteral("  notready "));
        QCOMPARE(m_filter->filterText(), QStringLiteral("notready"));
        QCOMPARE(shown(), QStringList {QStringLiteral("worker-2")});
        m_filter->setFilterText(QStringLiteral("no such thing"));
        QCOMPARE(m_filter->rowCount(), 0);
        m_filter->setFilterText(QString());
        QCOMPARE(m_filter->rowCount(), 4);
    }

    void filterFollowsLiveChanges()
    {
        m_filter->setFilterText(QStringLiteral("NotReady"));
        QCOMPARE(shown(), QStringList {QStringLiteral("worker-2")});
        NodeFixture healed = node(QStringLiteral("worker-2"), 300, QStringLiteral("10.0.0.9"));
        healed.resourceVersion = QStringLiteral("901");
        apply(healed);
        QCOMPARE(m_filter->rowCount(), 0);
        NodeFixture broken = node(QStringLiteral("worker-1"), 60, QStringLiteral("10.0.0.100"));
        broken.resourceVersion = QStringLiteral("902");
        broken.notReady(QStringLiteral("False"), QStringLiteral("KubeletNotReady"), QString());
        apply(broken);
        QCOMPARE(shown(), QStringList {QStringLiteral("worker-1")});
    }

    void problemsOnly()
    {
        m_filter->sort(NodeTableModel::NameColumn);
        m_filter->setProblemsOnly(true);
        QVERIFY(m_filter->problemsOnly());
        QCOMPARE(shown(), QStringList {QStringLiteral("worker-2")});
        m_filter->setFilterText(QStringLiteral("worker-1"));
        QCOMPARE(m_filter->rowCount(), 0);
        m_filter->setProblemsOnly(false);
        QCOMPARE(shown(), QStringList({QStringLiteral("worker-1"), QStringLiteral("worker-10")}));
    }
};

QTEST_GUILESS_MAIN(TestNodeTableFilter)
#include "tst_nodetablefilter.moc"
