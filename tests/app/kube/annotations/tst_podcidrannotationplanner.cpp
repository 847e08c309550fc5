// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrAnnotationPlanner.h"

#include <QJsonArray>
#include <QTest>

using namespace podnet;

namespace {

using Action = PodCidrAnnotationPlan::Action;
using Request = PodCidrAnnotationPlanner::Request;

const QString kCluster = QStringLiteral("10.200.0.0/16");

QJsonObject node(const QString &name, const QString &specCidr = {},
                 const QJsonObject &annotations = {})
{
    QJsonObject metadata {{QStringLiteral("name"), name},
                          {QStringLiteral("resourceVersion"), QStringLiteral("42")}};
    if (!annotations.isEmpty())
        metadata.insert(QStringLiteral("annotations"), annotations);
    QJsonObject spec;
    if (!specCidr.isEmpty()) {
        spec.insert(QStringLiteral("podCIDR"), specCidr);
        spec.insert(QStringLiteral("podCIDRs"), QJsonArray {specCidr});
    }
    return {{QStringLiteral("metadata"), metadata}, {QStringLiteral("spec"), spec}};
}

QJsonObject annotated(const QString &single, const QString &plural)
{
    QJsonObject annotations;
    if (!single.isNull())
        annotations.insert(PodCidrNode::podCidrKey(), single);
    if (!plural.isNull())
        annotations.insert(PodCidrNode::podCidrsKey(), plural);
    return annotations;
}

QJsonObject pod(const QString &name, const QString &nodeName, const QString &phase)
{
    return {{QStringLiteral("metadata"),
             QJsonObject {
                     {QStringLiteral("name"), name},
                     {QStringLiteral("namespace"), QStringLiteral("kube-system")},
                     {QStringLiteral("labels"),
                      QJsonObject {{QStringLiteral("k8s-app"), QStringLiteral("kube-router")}}}}},
            {QStringLiteral("spec"), QJsonObject {{QStringLiteral("nodeName"), nodeName}}},
            {QStringLiteral("status"), QJsonObject {{QStringLiteral("phase"), phase}}}};
}

QList<QJsonObject> lab()
{
    return {node(QStringLiteral("worker-2")), node(QStringLiteral("worker-0")),
            node(QStringLiteral("worker-1"))};
}

Request autoRequest()
{
    Request request;
    request.autoAssign = true;
    return request;
}

const PodCidrAnnotationPlan::Entry &entry(const PodCidrAnnotationPlan &plan, const QString &name)
{
    for (const PodCidrAnnotationPlan::Entry &e : plan.entries) {
        if (e.node.name == name)
            return e;
    }
    qFatal("no entry for %s", qPrintable(name));
}

} // namespace

class TestPodCidrAnnotationPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void autoGivesEveryNodeWithoutRangeABlock();
    void autoSkipsNodesWithRangesAndAvoidsThem();
    void ourAnnotationsAreUnchanged();
    void explicitRanges();
    void explicitRangeInvalid();
    void explicitAndAutoTogether();
    void unknownAndDuplicateNodesAreErrors();
    void badClusterCidr();
    void nothingRequested();
    void notNamedWithoutRangeIsSkippedWithWarning();
    void unreadableRangeIsSkipped();
    void fullClusterMakesPlanInapplicable();
    void kubeRouterPods();
    void kubectlCommand();
    void json();
};

void TestPodCidrAnnotationPlanner::autoGivesEveryNodeWithoutRangeABlock()
{
    const PodCidrAnnotationPlan plan
            = PodCidrAnnotationPlanner::plan(lab(), {}, kCluster, autoRequest());
    QVERIFY2(plan.isApplicable(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    QCOMPARE(plan.entries.size(), 3);
    // Sorted by name; blocks in that order.
    for (int i = 0; i < 3; ++i) {
        const PodCidrAnnotationPlan::Entry &e = plan.entries.at(i);
        QCOMPARE(e.node.name, QStringLiteral("worker-%1").arg(i));
        QCOMPARE(e.action, Action::Set);
        QCOMPARE(e.proposed, QStringLiteral("10.200.%1.0/24").arg(i));
        QCOMPARE(e.node.resourceVersion, QStringLiteral("42"));
        QVERIFY(!e.requested);
    }
    QCOMPARE(plan.count(Action::Set), 3);
    QVERIFY(plan.summary().contains(QStringLiteral("3 to set")));
}

void TestPodCidrAnnotationPlanner::autoSkipsNodesWithRangesAndAvoidsThem()
{
    const QList<QJsonObject> nodes {
            node(QStringLiteral("a"), QStringLiteral("10.200.0.0/24")),
            node(QStringLiteral("b"), {}, annotated(QStringLiteral("10.200.1.0/24"), {})),
            node(QStringLiteral("c"), {}, annotated({}, QStringLiteral("10.200.2.0/23"))),
            node(QStringLiteral("d")),
    };
    const PodCidrAnnotationPlan plan
            = PodCidrAnnotationPlanner::plan(nodes, {}, kCluster, autoRequest());
    QVERIFY(plan.isApplicable());
    QCOMPARE(entry(plan, QStringLiteral("a")).action, Action::Skip);
    QVERIFY(entry(plan, QStringLiteral("a")).message.contains(QStringLiteral("10.200.0.0/24")));
    QCOMPARE(entry(plan, QStringLiteral("b")).action, Action::Skip);
    QCOMPARE(entry(plan, QStringLiteral("c")).action, Action::Skip);
    QCOMPARE(entry(plan, QStringLiteral("d")).action, Action::Set);
    QCOMPARE(entry(plan, QStringLiteral("d")).proposed, QStringLiteral("10.200.4.0/24"));
}

void TestPodCidrAnnotationPlanner::ourAnnotationsAreUnchanged()
{
    const QString range = QStringLiteral("10.200.0.0/24");
    const QList<QJsonObject> nodes {node(QStringLiteral("a"), {}, annotated(range, range)),
                                    node(QStringLiteral("b"))};
    PodCidrAnnotationPlan plan = PodCidrAnnotationPlanner::plan(nodes, {}, kCluster, autoRequest());
    QCOMPARE(entry(plan, QStringLiteral("a")).action, Action::Unchanged);
    QCOMPARE(entry(plan, QStringLiteral("a")).proposed, range);
    QCOMPARE(entry(plan, QStringLiteral("b")).proposed, QStringLiteral("10.200.1.0/24"));

    // Naming it with the same range is unchanged too.
    Request request;
    request.ranges = {{QStringLiteral("a"), range}};
    plan = PodCidrAnnotationPlanner::plan(nodes, {}, kCluster, request);
    QCOMPARE(entry(plan, QStringLiteral("a")).action, Action::Unchanged);
    QVERIFY(entry(plan, QStringLiteral("a")).requested);
    QCOMPARE(entry(plan, QStringLiteral("b")).action, Action::Skip);
}

void TestPodCidrAnnotationPlanner::explicitRanges()
{
    Request request;
    request.ranges = {{QStringLiteral("worker-1"), QStringLiteral("10.200.9.0/24")},
                      {QStringLiteral("worker-0"), QStringLiteral("10.200.7.0/24")}};
    QList<QJsonObject> nodes = lab();
    // worker-0 has spec.podCIDR 10.200.3.0/24: the annotation overrides it, a note says so.
    nodes[1] = node(QStringLiteral("worker-0"), QStringLiteral("10.200.3.0/24"));
    const PodCidrAnnotationPlan plan = PodCidrAnnotationPlanner::plan(nodes, {}, kCluster, request);
    QVERIFY2(plan.isApplicable(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    QCOMPARE(entry(plan, QStringLiteral("worker-0")).action, Action::Set);
    QCOMPARE(entry(plan, QStringLiteral("worker-0")).proposed, QStringLiteral("10.200.7.0/24"));
    QVERIFY(entry(plan, QStringLiteral("worker-0"))
                    .message.contains(QStringLiteral("10.200.3.0/24")));
    QCOMPARE(entry(plan, QStringLiteral("worker-1")).proposed, QStringLiteral("10.200.9.0/24"));
    QVERIFY(entry(plan, QStringLiteral("worker-1")).requested);
    QCOMPARE(entry(plan, QStringLiteral("worker-2")).action, Action::Skip);
}

void TestPodCidrAnnotationPlanner::explicitRangeInvalid()
{
    Request request;
    request.ranges = {{QStringLiteral("worker-0"), QStringLiteral("10.200.9.0/24")},
                      {QStringLiteral("worker-1"), QStringLiteral("10.200.9.0/24")},
                      {QStringLiteral("worker-2"), QStringLiteral("10.99.0.0/24")}};
    const PodCidrAnnotationPlan plan = PodCidrAnnotationPlanner::plan(lab(), {}, kCluster, request);
    QVERIFY(!plan.isApplicable());
    QCOMPARE(entry(plan, QStringLiteral("worker-0")).action, Action::Set);
    QCOMPARE(entry(plan, QStringLiteral("worker-1")).action, Action::Invalid);
    QVERIFY(entry(plan, QStringLiteral("worker-1")).message.contains(QStringLiteral("worker-0")));
    QCOMPARE(entry(plan, QStringLiteral("worker-2")).action, Action::Invalid);
    QVERIFY(entry(plan, QStringLiteral("worker-2")).message.contains(kCluster));
    QCOMPARE(plan.problems().size(), 2);

    // Overlapping a node that keeps its range.
    QList<QJsonObject> nodes = lab();
    nodes[0] = node(QStringLiteral("worker-2"), QStringLiteral("10.200.0.0/23"));
    request.ranges = {{QStringLiteral("worker-0"), QStringLiteral("10.200.1.0/24")}};
    const PodCidrAnnotationPlan overlap
            = PodCidrAnnotationPlanner::plan(nodes, {}, kCluster, request);
    QCOMPARE(entry(overlap, QStringLiteral("worker-0")).action, Action::Invalid);
    QVERIFY(entry(overlap, QStringLiteral("worker-0"))
                    .message.contains(QStringLiteral("worker-2")));
}

void TestPodCidrAnnotationPlanner::explicitAndAutoTogether()
{
    Request request = autoRequest();
    request.ranges = {{QStringLiteral("worker-2"), QStringLiteral("10.200.0.0/24")}};
    const PodCidrAnnotationPlan plan = PodCidrAnnotationPlanner::plan(lab(), {}, kCluster, request);
    QVERIFY(plan.isApplicable());
    // The explicit range is taken first; suggestions go around it.
    QCOMPARE(entry(plan, QStringLiteral("worker-2")).proposed, QStringLiteral("10.200.0.0/24"));
    QCOMPARE(entry(plan, QStringLiteral("worker-0")).proposed, QStringLiteral("10.200.1.0/24"));
    QCOMPARE(entry(plan, QStringLiteral("worker-1")).proposed, QStringLiteral("10.200.2.0/24"));
}

void TestPodCidrAnnotationPlanner::unknownAndDuplicateNodesAreErrors()
{
    Request request;
    request.ranges = {{QStringLiteral("worker-9"), QStringLiteral("10.200.9.0/24")},
                      {QStringLiteral("worker-0"), QStringLiteral("10.200.1.0/24")},
                      {QStringLiteral("worker-0"), QStringLiteral("10.200.2.0/24")}};
    const PodCidrAnnotationPlan plan = PodCidrAnnotationPlanner::plan(lab(), {}, kCluster, request);
    QVERIFY(!plan.isApplicable());
    QCOMPARE(plan.errors.size(), 2);
    QVERIFY2(plan.errors.at(0).contains(QStringLiteral("\"worker-9\"")),
             qPrintable(plan.errors.at(0)));
    QVERIFY(plan.errors.at(0).contains(QStringLiteral("worker-0, worker-1, worker-2")));
    QVERIFY(plan.errors.at(1).contains(QStringLiteral("more than once")));
}

void TestPodCidrAnnotationPlanner::badClusterCidr()
{
    const PodCidrAnnotationPlan plan = PodCidrAnnotationPlanner::plan(
            lab(), {}, QStringLiteral("10.200.0.0"), autoRequest());
    QVERIFY(!plan.isApplicable());
    QVERIFY(plan.errors.value(0).contains(QStringLiteral("10.200.0.0")));
    QCOMPARE(plan.count(Action::Set), 0);
}

void TestPodCidrAnnotationPlanner::nothingRequested()
{
    const PodCidrAnnotationPlan plan = PodCidrAnnotationPlanner::plan(lab(), {}, kCluster, {});
    QVERIFY(!plan.isApplicable());
    QCOMPARE(plan.errors.size(), 1);
}

void TestPodCidrAnnotationPlanner::notNamedWithoutRangeIsSkippedWithWarning()
{
    Request request;
    request.ranges = {{QStringLiteral("worker-0"), QStringLiteral("10.200.1.0/24")}};
    const PodCidrAnnotationPlan plan = PodCidrAnnotationPlanner::plan(lab(), {}, kCluster, request);
    QCOMPARE(entry(plan, QStringLiteral("worker-1")).action, Action::Skip);
    QVERIFY(entry(plan, QStringLiteral("worker-1"))
                    .message.contains(QStringLiteral("crash-loops")));
}

void TestPodCidrAnnotationPlanner::unreadableRangeIsSkipped()
{
    const QList<QJsonObject> nodes {
            node(QStringLiteral("a"), {}, annotated(QStringLiteral("garbage"), {}))};
    const PodCidrAnnotationPlan plan
            = PodCidrAnnotationPlanner::plan(nodes, {}, kCluster, autoRequest());
    QCOMPARE(entry(plan, QStringLiteral("a")).action, Action::Skip);
    QVERIFY(entry(plan, QStringLiteral("a")).message.contains(QStringLiteral("not valid CIDR")));
}

void TestPodCidrAnnotationPlanner::fullClusterMakesPlanInapplicable()
{
    QList<QJsonObject> nodes {node(QStringLiteral("a"), QStringLiteral("10.200.0.0/24")),
                              node(QStringLiteral("b"))};
    const PodCidrAnnotationPlan plan = PodCidrAnnotationPlanner::plan(
            nodes, {}, QStringLiteral("10.200.0.0/24"), autoRequest());
    QVERIFY(!plan.isApplicable());
    QCOMPARE(entry(plan, QStringLiteral("b")).action, Action::Invalid);
    QVERIFY(entry(plan, QStringLiteral("b")).message.contains(QStringLiteral("No free")));
}

void TestPodCidrAnnotationPlanner::kubeRouterPods()
{
    const QList<QJsonObject> pods {pod(QStringLiteral("kube-router-aaaaa"),
                                       QStringLiteral("worker-0"), QStringLiteral("Running")),
                                   pod(QStringLiteral("kube-router-bbbbb"),
                                       QStringLiteral("worker-1"), QStringLiteral("Pending"))};
    const PodCidrAnnotationPlan plan
            = PodCidrAnnotationPlanner::plan(lab(), pods, kCluster, autoRequest());
    const PodCidrAnnotationPlan::Entry &w0 = entry(plan, QStringLiteral("worker-0"));
    QCOMPARE(w0.kubeRouterPod, QStringLiteral("kube-router-aaaaa"));
    QVERIFY(w0.kubeRouterRunning);
    QCOMPARE(w0.restartCommand(),
             QStringLiteral("kubectl -n kube-system delete pod kube-router-aaaaa"));
    QVERIFY(!entry(plan, QStringLiteral("worker-1")).kubeRouterRunning);
    QCOMPARE(entry(plan, QStringLiteral("worker-1")).kubeRouterPod,
             QStringLiteral("kube-router-bbbbb"));
    QVERIFY(entry(plan, QStringLiteral("worker-2")).kubeRouterPod.isEmpty());
    QVERIFY(entry(plan, QStringLiteral("worker-2")).restartCommand().isEmpty());
}

void TestPodCidrAnnotationPlanner::kubectlCommand()
{
    const PodCidrAnnotationPlan plan
            = PodCidrAnnotationPlanner::plan(lab(), {}, kCluster, autoRequest());
    QCOMPARE(entry(plan, QStringLiteral("worker-1")).kubectlCommand(),
             QStringLiteral("kubectl annotate node/worker-1 "
                            "\"kube-router.io/pod-cidr=10.200.1.0/24\" "
                            "\"kube-router.io/pod-cidrs=10.200.1.0/24\" --overwrite"));
}

void TestPodCidrAnnotationPlanner::json()
{
    const PodCidrAnnotationPlan plan
            = PodCidrAnnotationPlanner::plan(lab(), {}, kCluster, autoRequest());
    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QStringLiteral("clusterCidr")).toString(), kCluster);
    QVERIFY(json.value(QStringLiteral("applicable")).toBool());
    const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 3);
    const QJsonObject first = nodes.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("set"));
    QCOMPARE(first.value(QStringLiteral("proposed")).toString(), QStringLiteral("10.200.0.0/24"));
    QVERIFY(first.value(QStringLiteral("current"))
                    .toObject()
                    .value(PodCidrNode::podCidrKey())
                    .isNull());
}

QTEST_GUILESS_MAIN(TestPodCidrAnnotationPlanner)
#include "tst_podcidrannotationplanner.moc"
