// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupTestLab.h"
#include "openstack/PortSelection.h"

#include <QTest>

using namespace podnet;
using namespace podnet::test;

class TestSetupPlanJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothSides()
    {
        SetupTestLab lab;
        QVERIFY(lab.start());
        SetupPlanJob job(lab.state.get());
        QSignalSpy finished(&job, &SetupPlanJob::finished);
        job.start();
        QCOMPARE(finished.size(), 0); // never from inside start()
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(job.isOk(), qPrintable(job.errorMessage()));
        const SetupPlan &plan = job.plan();
        QVERIFY(plan.hasOpenStack());
        QVERIFY(plan.hasKubernetes());
        QVERIFY(plan.isApplicable());
        QVERIFY(!plan.isNoOp());

        // The lab's workers: worker-0 and worker-2 lack both pairs, worker-1 has one already.
        const PortPlan::Entry *worker0
                = plan.ports->entry(lab.portOf(QStringLiteral("worker-0.k8s.lan")));
        QVERIFY(worker0);
        QCOMPARE(worker0->action, PortPlan::Action::Change);
        QCOMPARE(worker0->toAdd.size(), 2);
        QCOMPARE(plan.ports->cidrs,
                 QStringList({QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")}));
        QVERIFY(plan.ports->totals().portsToChange >= 2);

        // Only worker-2 has no pod range.
        QCOMPARE(plan.podRanges->count(PodCidrAnnotationPlan::Action::Set), 1);
        for (const PodCidrAnnotationPlan::Entry &entry : plan.podRanges->entries) {
            if (entry.action == PodCidrAnnotationPlan::Action::Set)
                QCOMPARE(entry.node.name, QStringLiteral("worker-2.k8s.lan"));
        }

        // Nothing installed yet: every object is created.
        QVERIFY(plan.manifest.size() >= 4);
        for (const ManifestDiffEntry &entry : plan.manifest)
            QCOMPARE(entry.action, ManifestDiffEntry::Action::Create);
        QVERIFY(plan.manifestYaml.contains("kube-router"));

        QCOMPARE(job.nodes().size(), 3);
        QVERIFY(!job.livePorts().isEmpty());
        QVERIFY(job.serverNames().values().contains(QStringLiteral("worker-2.k8s.lan")));
        // Reading changes nothing.
        QCOMPARE(lab.puts(), 0);
        QVERIFY(!lab.get(SetupTestLab::daemonSetPath()));
    }

    void replanWithOtherChoices()
    {
        SetupTestLab lab;
        QVERIFY(lab.start());
        SetupPlanJob job(lab.state.get());
        QVERIFY(lab.plan(&job));
        const int before = job.plan().ports->totals().portsToChange;
        const auto manifest = job.plan().manifest.size();
        const int requests = lab.openStack.requestCount({}, QStringLiteral(".*"));

        job.setPortSelection(PortSelection::byNamePattern(QStringLiteral("worker-0*")));
        job.setPodRangeRequest(false);
        job.replan();
        QCOMPARE(job.plan().ports->totals().portsToChange, 1);
        QVERIFY(before > 1);
        QCOMPARE(job.plan().podRanges->count(PodCidrAnnotationPlan::Action::Set), 0);
        QCOMPARE(job.plan().manifest.size(), manifest);
        QCOMPARE(lab.openStack.requestCount({}, QStringLiteral(".*")), requests);

        job.setPodRangeRequest(
                false, {{QStringLiteral("worker-2.k8s.lan"), QStringLiteral("10.200.9.0/24")}});
        job.replan();
        QCOMPARE(job.plan().podRanges->count(PodCidrAnnotationPlan::Action::Set), 1);
    }

    void openStackSkipped()
    {
        SetupTestLab lab;
        QVERIFY(lab.start(false, true));
        const std::optional<SetupPlan> plan = lab.plan();
        QVERIFY(plan);
        QVERIFY(!plan->hasOpenStack());
        QVERIFY(plan->hasKubernetes());
        QVERIFY(!plan->manifest.isEmpty());
    }

    void kubernetesSkipped()
    {
        SetupTestLab lab;
        QVERIFY(lab.start(true, false));
        const std::optional<SetupPlan> plan = lab.plan();
        QVERIFY(plan);
        QVERIFY(plan->hasOpenStack());
        QVERIFY(!plan->hasKubernetes());
        QVERIFY(plan->manifest.isEmpty());
        QVERIFY(plan->manifestYaml.isEmpty());
    }

    void neitherSide()
    {
        SetupTestLab lab;
        QVERIFY(lab.start(false, false));
        SetupPlanJob job(lab.state.get());
        QSignalSpy finished(&job, &SetupPlanJob::finished);
        job.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(!job.isOk());
        QVERIFY(job.errorMessage().contains(QStringLiteral("connect")));
    }

    void portsCannotBeRead()
    {
        SetupTestLab lab;
        QVERIFY(lab.start());
        lab.openStack.failNext("GET", QStringLiteral("/network/v2.0/ports"), 403, 5);
        SetupPlanJob job(lab.state.get());
        QSignalSpy finished(&job, &SetupPlanJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!job.isOk());
        QVERIFY2(job.errorMessage().startsWith(QStringLiteral("OpenStack")),
                 qPrintable(job.errorMessage()));
        QVERIFY(job.errorMessage().contains(QStringLiteral("OpenStack page")));
    }

    void nodesCannotBeRead()
    {
        SetupTestLab lab;
        QVERIFY(lab.start(false, true));
        lab.state->kube()->client();
        // A wrong token: every request of the Kubernetes side is refused.
        KubeConnection connection = *lab.state->kube()->connection();
        connection.token = QStringLiteral("wrong");
        const auto check = *lab.state->kube()->checkResult();
        lab.state->kube()->setConnection(connection);
        lab.state->kube()->setCheckResult(check);
        SetupPlanJob job(lab.state.get());
        QSignalSpy finished(&job, &SetupPlanJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!job.isOk());
        QVERIFY2(job.errorMessage().startsWith(QStringLiteral("Kubernetes")),
                 qPrintable(job.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestSetupPlanJob)
#include "tst_setupplanjob.moc"
