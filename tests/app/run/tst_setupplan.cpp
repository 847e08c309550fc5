// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/SetupPlan.h"
#include "run/SetupStep.h"

#include <QJsonArray>
#include <QTest>

using namespace podnet;

namespace {

PortPlan::Entry portEntry(const QString &id, PortPlan::Action action, int pairs = 0)
{
    PortPlan::Entry entry;
    entry.port.id = id;
    entry.port.deviceOwner = QStringLiteral("compute:nova");
    entry.serverName = QStringLiteral("server-") + id;
    entry.action = action;
    for (int i = 0; i < pairs; ++i)
        entry.toAdd << PortAddressPair(QStringLiteral("10.%1.0.0/16").arg(i));
    if (action == PortPlan::Action::Blocked)
        entry.reason = PortPlan::Reason::PairLimit;
    return entry;
}

PodCidrAnnotationPlan::Entry nodeEntry(const QString &name, PodCidrAnnotationPlan::Action action,
                                       const QString &proposed = {})
{
    PodCidrAnnotationPlan::Entry entry;
    entry.node.name = name;
    entry.action = action;
    entry.proposed = proposed;
    if (action == PodCidrAnnotationPlan::Action::Invalid)
        entry.message = QStringLiteral("range %1 overlaps").arg(proposed);
    return entry;
}

ManifestDiffEntry object(const QString &kind, const QString &name, ManifestDiffEntry::Action action)
{
    ManifestDiffEntry entry;
    entry.item.resource.apiVersion = QStringLiteral("v1");
    entry.item.resource.kind = kind;
    entry.item.resource.name = name;
    entry.action = action;
    if (action == ManifestDiffEntry::Action::Failed)
        entry.message = QStringLiteral("dry run refused");
    return entry;
}

/// 2 ports get 3 pairs, 1 node gets a range, 2 objects to create and 1 to configure.
SetupPlan fullPlan()
{
    SetupPlan plan;
    PortPlan ports;
    ports.entries << portEntry(QStringLiteral("a"), PortPlan::Action::Change, 2)
                  << portEntry(QStringLiteral("b"), PortPlan::Action::Change, 1)
                  << portEntry(QStringLiteral("c"), PortPlan::Action::Complete);
    plan.ports = ports;
    PodCidrAnnotationPlan ranges;
    ranges.clusterCidr = QStringLiteral("10.200.0.0/16");
    ranges.entries << nodeEntry(QStringLiteral("worker-0"), PodCidrAnnotationPlan::Action::Skip)
                   << nodeEntry(QStringLiteral("worker-2"), PodCidrAnnotationPlan::Action::Set,
                                QStringLiteral("10.200.2.0/24"));
    plan.podRanges = ranges;
    plan.manifest << object(QStringLiteral("ServiceAccount"), QStringLiteral("kube-router"),
                            ManifestDiffEntry::Action::Create)
                  << object(QStringLiteral("ConfigMap"), QStringLiteral("kube-router-cfg"),
                            ManifestDiffEntry::Action::Configure)
                  << object(QStringLiteral("DaemonSet"), QStringLiteral("kube-router"),
                            ManifestDiffEntry::Action::Create);
    plan.manifestYaml = "kind: ServiceAccount\n";
    return plan;
}

} // namespace

class TestSetupPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalsOverBothSides()
    {
        const SetupPlan plan = fullPlan();
        QVERIFY(plan.hasOpenStack());
        QVERIFY(plan.hasKubernetes());
        const QString totals = plan.totalsText();
        QVERIFY2(totals.contains(QStringLiteral("2 port(s) get 3 pair(s)")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("1 node(s) get a pod range")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("2 object(s) to create, 1 to configure")),
                 qPrintable(totals));
        QCOMPARE(totals.count(QStringLiteral(" · ")), 2);
    }

    void totalsWithoutOpenStack()
    {
        SetupPlan plan = fullPlan();
        plan.ports.reset();
        QVERIFY(!plan.hasOpenStack());
        QVERIFY(!plan.totalsText().contains(QStringLiteral("port")));
        SetupPlan empty;
        QVERIFY(!empty.totalsText().isEmpty());
        QVERIFY(empty.isNoOp());
    }

    void applicableAndProblems()
    {
        SetupPlan plan = fullPlan();
        QVERIFY(plan.isApplicable());
        QVERIFY(plan.problems().isEmpty());

        // A 409 conflict is allowed: the apply asks before taking ownership.
        plan.manifest[1].action = ManifestDiffEntry::Action::Conflict;
        QVERIFY(plan.isApplicable());

        plan.ports->entries << portEntry(QStringLiteral("blocked-port"), PortPlan::Action::Blocked);
        QVERIFY(!plan.isApplicable());
        QCOMPARE(plan.problems().size(), 1);
        QVERIFY(plan.problems().first().contains(QStringLiteral("blocked-port")));

        plan.podRanges->entries << nodeEntry(QStringLiteral("worker-9"),
                                             PodCidrAnnotationPlan::Action::Invalid,
                                             QStringLiteral("10.200.2.0/24"));
        plan.manifest << object(QStringLiteral("Service"), QStringLiteral("x"),
                                ManifestDiffEntry::Action::Failed);
        const QStringList problems = plan.problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(1).contains(QStringLiteral("overlaps")));
        QVERIFY(problems.at(2).contains(QStringLiteral("service/x")));
        QVERIFY(plan.toText().contains(problems.at(2)));
    }

    void noOpAfterSuccess()
    {
        SetupPlan plan = fullPlan();
        QVERIFY(!plan.isNoOp());
        for (PortPlan::Entry &entry : plan.ports->entries) {
            entry.action = PortPlan::Action::Complete;
            entry.toAdd.clear();
        }
        QVERIFY(!plan.isNoOp());
        plan.podRanges->entries[1].action = PodCidrAnnotationPlan::Action::Unchanged;
        QVERIFY(!plan.isNoOp());
        for (ManifestDiffEntry &entry : plan.manifest)
            entry.action = ManifestDiffEntry::Action::Unchanged;
        QVERIFY(plan.isNoOp());
        QVERIFY(plan.toJson().value(QStringLiteral("noOp")).toBool());
    }

    void jsonKeys()
    {
        const SetupPlan plan = fullPlan();
        const QJsonObject json = plan.toJson();
        for (const char *key : {"ports", "podRanges", "manifest", "applicable", "totals"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QVERIFY(json.value(QStringLiteral("ports")).isObject());
        QVERIFY(json.value(QStringLiteral("applicable")).toBool());
        const QJsonArray manifest = json.value(QStringLiteral("manifest")).toArray();
        QCOMPARE(manifest.size(), 3);
        QCOMPARE(manifest.at(1).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("configure"));
        QCOMPARE(manifest.at(2).toObject().value(QStringLiteral("object")).toString(),
                 QStringLiteral("daemonset/kube-router"));

        SetupPlan withoutOpenStack = plan;
        withoutOpenStack.ports.reset();
        QVERIFY(withoutOpenStack.toJson().value(QStringLiteral("ports")).isNull());
    }

    void textNamesBothSides()
    {
        const QString text = fullPlan().toText();
        QVERIFY(text.contains(QStringLiteral("+ node/worker-2 10.200.2.0/24")));
        QVERIFY(text.contains(QStringLiteral("~ configmap/kube-router-cfg")));
        QVERIFY(text.contains(fullPlan().totalsText()));
    }

    void stepKeys()
    {
        QStringList keys;
        for (const SetupStep step : allSetupSteps) {
            keys << SetupStepText::key(step);
            QVERIFY(!SetupStepText::name(step).isEmpty());
        }
        QCOMPARE(keys,
                 QStringList({QStringLiteral("ports"), QStringLiteral("podRanges"),
                              QStringLiteral("manifest"), QStringLiteral("ready")}));
        QCOMPARE(SetupStepText::key(SetupStepState::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(SetupStepText::state(SetupStepState::Done), QStringLiteral("Done"));
    }
};

QTEST_GUILESS_MAIN(TestSetupPlan)
#include "tst_setupplan.moc"
