// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupTestLab.h"
#include "run/SetupRun.h"
#include "run/SetupUndoJob.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace podnet;
using namespace podnet::test;

namespace {

const QStringList bothPairs {QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")};

bool waitFinished(QSignalSpy &spy, int timeout = 30000)
{
    return spy.size() > 0 || spy.wait(timeout);
}

} // namespace

class TestSetupRun : public QObject
{
    Q_OBJECT

private:
    static void prepare(SetupRun &run, SetupTestLab &lab)
    {
        run.setJournalDirectory(lab.journals.path());
        run.setReadyTimeout(std::chrono::seconds(20));
    }

private Q_SLOTS:
    void fullRun()
    {
        SetupTestLab lab;
        QVERIFY(lab.start());
        const std::optional<SetupPlan> plan = lab.plan();
        QVERIFY(plan);
        SetupRun run(lab.state.get(), *plan);
        prepare(run, lab);
        SetupRunRecord::Settings settings;
        settings.clusterCidr = QStringLiteral("10.200.0.0/16");
        run.setSettings(settings);
        QSignalSpy finished(&run, &SetupRun::finished);
        QSignalSpy states(&run, &SetupRun::stepStateChanged);
        QStringList log;
        connect(&run, &SetupRun::logLine, this, [&log](const QString &line) { log << line; });
        run.start();
        QVERIFY(run.isRunning());
        QCOMPARE(finished.size(), 0);
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(!run.isRunning());
        QCOMPARE(run.overallPercent(), 100);
        for (const SetupStep step : allSetupSteps)
            QCOMPARE(run.state(step), SetupStepState::Done);

        // OpenStack: both pairs on every worker port.
        for (int i = 0; i < 3; ++i) {
            const QString port = lab.portOf(QStringLiteral("worker-%1.k8s.lan").arg(i));
            for (const QString &pair : bothPairs)
                QVERIFY2(lab.pairsOf(port).contains(pair), qPrintable(port));
        }
        // Kubernetes: worker-2 (without a range) annotated, the others left alone.
        const auto worker2 = lab.get(SetupTestLab::nodePath(QStringLiteral("worker-2.k8s.lan")));
        QVERIFY(worker2);
        const QJsonObject annotations = worker2->value(QStringLiteral("metadata"))
                                                .toObject()
                                                .value(QStringLiteral("annotations"))
                                                .toObject();
        QVERIFY(annotations.value(QStringLiteral("kube-router.io/pod-cidr"))
                        .toString()
                        .startsWith(QStringLiteral("10.200.")));
        const auto worker0 = lab.get(SetupTestLab::nodePath(QStringLiteral("worker-0.k8s.lan")));
        QVERIFY(worker0);
        QVERIFY(!worker0->value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("annotations"))
                         .toObject()
                         .contains(QStringLiteral("kube-router.io/pod-cidr")));
        QVERIFY(lab.get(SetupTestLab::daemonSetPath()));
        QVERIFY(lab.get(SetupTestLab::configMapPath()));

        // The log speaks of ports, nodes and objects as a person would.
        const QString text = log.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(
                         QStringLiteral("(worker-0.k8s.lan): added 10.200.0.0/16, 10.32.0.0/24")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("node/worker-2.k8s.lan annotated")));
        QVERIFY(text.contains(QStringLiteral("daemonset.apps/kube-router created")));
        QVERIFY(text.contains(QStringLiteral("3 of 3 node(s) Ready")));
        QVERIFY(!text.contains(lab.kube->token()));
        QVERIFY(!text.contains(sim::OpenStackLab::password));

        // The record is complete.
        const SetupRunRecord record = run.record();
        QVERIFY(record.isOk());
        QVERIFY(record.allReady);
        QVERIFY(!record.runId.isEmpty());
        QCOMPARE(record.settings.clusterCidr, settings.clusterCidr);
        QVERIFY(record.startedAt.isValid());
        QVERIFY(record.finishedAt >= record.startedAt);
        QCOMPARE(record.steps.size(), 4);
        for (const SetupRunRecord::Step &step : record.steps) {
            QVERIFY(step.startedAt.isValid());
            QVERIFY(step.finishedAt.isValid());
            QVERIFY(!step.summary.isEmpty());
        }
        QVERIFY(!record.steps.at(0).lines.isEmpty());
        QCOMPARE(record.nodes.size(), 3);
        for (const SetupRunRecord::Node &node : record.nodes) {
            QCOMPARE(node.status, QStringLiteral("Ready"));
            QVERIFY(!node.internalIp.isEmpty());
            QVERIFY(!node.podCidr.isEmpty());
            QVERIFY(!node.coverage.isEmpty());
            QVERIFY(node.whyNotReady.isEmpty());
        }
        // Both journals, under the test's folder.
        QCOMPARE(record.portsJournalRunIds.size(), 1);
        QCOMPARE(record.podRangesJournalRunIds.size(), 1);
        QVERIFY(QFileInfo::exists(lab.journals.filePath(record.portsJournalRunIds.constFirst()
                                                        + QStringLiteral(".jsonl"))));
        QVERIFY(QFileInfo::exists(lab.journals.filePath(QStringLiteral("pod-cidr/")
                                                        + record.podRangesJournalRunIds.constFirst()
                                                        + QStringLiteral(".jsonl"))));
        QVERIFY(states.size() >= 8);

        // A second plan after success has nothing to do.
        const std::optional<SetupPlan> again = lab.plan();
        QVERIFY(again);
        QVERIFY2(again->isNoOp(), qPrintable(again->toText()));
    }

    void portRejectsPairsThenRetry()
    {
        SetupTestLab lab;
        QVERIFY(lab.start());
        const std::optional<SetupPlan> plan = lab.plan();
        QVERIFY(plan);
        const int toChange = plan->ports->totals().portsToChange;
        const QString refused = lab.portOf(QStringLiteral("worker-0.k8s.lan"));
        lab.openStack.failNext("PUT", QStringLiteral("/network/v2.0/ports/") + refused, 403);
        SetupRun run(lab.state.get(), *plan);
        prepare(run, lab);
        QSignalSpy finished(&run, &SetupRun::finished);
        run.start();
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(run.state(SetupStep::Ports), SetupStepState::Failed);
        QCOMPARE(run.state(SetupStep::PodRanges), SetupStepState::Pending);
        QCOMPARE(run.state(SetupStep::Manifest), SetupStepState::Pending);
        QCOMPARE(run.state(SetupStep::Ready), SetupStepState::Pending);
        QVERIFY(!run.canRetryWithForce());
        const SetupRunRecord failed = run.record();
        QVERIFY(!failed.isOk());
        QVERIFY2(failed.steps.at(0).message.contains(refused.left(8)),
                 qPrintable(failed.steps.at(0).message));
        QVERIFY(lab.pairsOf(refused).isEmpty());
        QVERIFY(!lab.get(SetupTestLab::daemonSetPath()));
        QCOMPARE(lab.puts(), toChange);
        QVERIFY(run.overallPercent() < 100);

        // After the fault: only the refused port is sent again, and the run goes through.
        run.retry();
        QVERIFY(run.isRunning());
        finished.clear();
        QVERIFY(waitFinished(finished));
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(lab.puts(), toChange + 1);
        QCOMPARE(lab.pairsOf(refused),
                 QStringList({QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")}));
        QVERIFY(run.record().isOk());
        QVERIFY(run.record().allReady);

        // Each attempt journaled on its own; undo takes back the pairs of both.
        const SetupRunRecord record = run.record();
        QCOMPARE(record.portsJournalRunIds.size(), 2);
        SetupUndoJob undo(lab.state.get(), record);
        undo.setJournalDirectories(lab.journals.path(),
                                   lab.journals.filePath(QStringLiteral("pod-cidr")));
        QSignalSpy planned(&undo, &SetupUndoJob::planned);
        undo.plan();
        QVERIFY(planned.wait(10000));
        QVERIFY(planned.last().first().toBool());
        QSignalSpy undone(&undo, &SetupUndoJob::finished);
        undo.start();
        QVERIFY(undone.wait(20000));
        QVERIFY(undone.last().first().toBool());
        for (const QString &worker :
             {QStringLiteral("worker-0.k8s.lan"), QStringLiteral("worker-2.k8s.lan")})
            QVERIFY2(lab.pairsOf(lab.portOf(worker)).isEmpty(), qPrintable(worker));
    }

    void manifestConflictThenForce()
    {
        SetupTestLab lab;
        QVERIFY(lab.start(false, true));
        QVERIFY(lab.takeKubeconfigAsOtherTool());
        const std::optional<SetupPlan> plan = lab.plan();
        QVERIFY(plan);
        QVERIFY(plan->isApplicable());
        SetupRun run(lab.state.get(), *plan);
        prepare(run, lab);
        QSignalSpy finished(&run, &SetupRun::finished);
        run.start();
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(run.state(SetupStep::Ports), SetupStepState::Skipped);
        QCOMPARE(run.state(SetupStep::PodRanges), SetupStepState::Done);
        QCOMPARE(run.state(SetupStep::Manifest), SetupStepState::Failed);
        QCOMPARE(run.state(SetupStep::Ready), SetupStepState::Pending);
        QVERIFY(run.canRetryWithForce());
        const QString message = run.record().steps.at(2).message;
        QVERIFY2(message.contains(QStringLiteral("other-tool")), qPrintable(message));
        QVERIFY(!lab.get(SetupTestLab::daemonSetPath()));

        finished.clear();
        run.retryWithForce();
        QVERIFY(run.isRunning());
        QCOMPARE(run.state(SetupStep::Manifest), SetupStepState::Running);
        QVERIFY(waitFinished(finished));
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(run.state(SetupStep::Manifest), SetupStepState::Done);
        QCOMPARE(run.state(SetupStep::Ready), SetupStepState::Done);
        QVERIFY(lab.get(SetupTestLab::daemonSetPath()));
        QVERIFY(!run.canRetryWithForce());
    }

    void cancelMidRun()
    {
        SetupTestLab lab;
        QVERIFY(lab.start());
        const std::optional<SetupPlan> plan = lab.plan();
        QVERIFY(plan);
        SetupRun run(lab.state.get(), *plan);
        prepare(run, lab);
        QSignalSpy finished(&run, &SetupRun::finished);
        bool cancelled = false;
        connect(&run, &SetupRun::stepStateChanged, this,
                [&run, &cancelled](SetupStep step, SetupStepState state) {
                    if (!cancelled && step == SetupStep::PodRanges
                        && state == SetupStepState::Running) {
                        cancelled = true;
                        run.cancel();
                    }
                });
        run.start();
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(run.state(SetupStep::Ports), SetupStepState::Done);
        QCOMPARE(run.state(SetupStep::PodRanges), SetupStepState::Cancelled);
        QCOMPARE(run.state(SetupStep::Manifest), SetupStepState::Pending);
        QCOMPARE(run.state(SetupStep::Ready), SetupStepState::Pending);
        QVERIFY(!run.record().isOk());
        QVERIFY(!lab.get(SetupTestLab::daemonSetPath()));

        // Resumable: Retry goes on from the pod ranges.
        const int puts = lab.puts();
        finished.clear();
        run.retry();
        QVERIFY(waitFinished(finished));
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(lab.puts(), puts);
        QVERIFY(lab.get(SetupTestLab::daemonSetPath()));
    }

    void nodeNeverReady()
    {
        SetupTestLab lab;
        QVERIFY(lab.start(false, true));
        // No range for worker-2: its kube-router cannot start, so it never turns Ready.
        SetupPlanJob job(lab.state.get());
        job.setPodRangeRequest(false);
        const std::optional<SetupPlan> plan = lab.plan(&job);
        QVERIFY(plan);
        SetupRun run(lab.state.get(), *plan);
        run.setJournalDirectory(lab.journals.path());
        run.setReadyTimeout(std::chrono::milliseconds(1500));
        QSignalSpy finished(&run, &SetupRun::finished);
        run.start();
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(run.state(SetupStep::PodRanges), SetupStepState::Skipped);
        QCOMPARE(run.state(SetupStep::Manifest), SetupStepState::Done);
        QCOMPARE(run.state(SetupStep::Ready), SetupStepState::Failed);
        const SetupRunRecord record = run.record();
        const SetupRunRecord::Step &ready = record.steps.at(3);
        const QString said
                = ready.message + QLatin1Char('\n') + ready.lines.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("worker-2.k8s.lan")), qPrintable(said));
        QVERIFY(!record.allReady);
        QCOMPARE(record.nodes.size(), 3);
        for (const SetupRunRecord::Node &node : record.nodes) {
            if (node.name == QLatin1String("worker-2.k8s.lan")) {
                QVERIFY(node.status != QLatin1String("Ready"));
                QVERIFY(!node.whyNotReady.isEmpty());
            }
        }
    }

    void openStackSkipped()
    {
        SetupTestLab lab;
        QVERIFY(lab.start(false, true));
        const std::optional<SetupPlan> plan = lab.plan();
        QVERIFY(plan);
        SetupRun run(lab.state.get(), *plan);
        prepare(run, lab);
        QSignalSpy finished(&run, &SetupRun::finished);
        QSignalSpy progress(&run, &SetupRun::stepProgress);
        run.start();
        QVERIFY(waitFinished(finished));
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(run.state(SetupStep::Ports), SetupStepState::Skipped);
        QCOMPARE(run.state(SetupStep::PodRanges), SetupStepState::Done);
        QCOMPARE(run.state(SetupStep::Manifest), SetupStepState::Done);
        QCOMPARE(run.state(SetupStep::Ready), SetupStepState::Done);
        QVERIFY(run.record().portsJournalRunIds.isEmpty());
        QCOMPARE(run.overallPercent(), 100);
        QVERIFY(!progress.isEmpty());
        for (const SetupRunRecord::Node &node : run.record().nodes)
            QVERIFY(!node.coverage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSetupRun)
#include "tst_setuprun.moc"
