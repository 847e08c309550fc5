// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/SetupPodRangesStep.h"

#include "SetupState.h"
#include "kube/KubeState.h"
#include "kube/annotations/KubeRouterPodRestartJob.h"
#include "kube/annotations/PodCidrAnnotationJob.h"
#include "kube/annotations/PodCidrAnnotationPlanner.h"
#include "kube/annotations/PodCidrClusterReader.h"

namespace podnet {

using Action = PodCidrAnnotationPlan::Action;

SetupPodRangesStep::SetupPodRangesStep(SetupState *state, const PodCidrAnnotationPlan &plan,
                                       const QString &journalDirectory, QObject *parent)
    : SetupRunStep(parent)
    , m_state(state)
    , m_plan(plan)
    , m_journalDirectory(journalDirectory)
{ }

SetupPodRangesStep::~SetupPodRangesStep() = default;

void SetupPodRangesStep::start()
{
    begin();
    m_cancelled = false;
    KubeClient *client = m_state->kube()->client();
    if (!m_reread) {
        Q_EMIT progress(0, m_plan.count(Action::Set));
        // Queued, so finished() never comes from inside start().
        QMetaObject::invokeMethod(
                this, [this] { apply(m_plan); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT logLine(tr("Reading the nodes again before changing them…"));
    auto *reader = new PodCidrClusterReader(client, this);
    connect(reader, &PodCidrClusterReader::finished, this, [this, reader] {
        reader->deleteLater();
        if (!isRunning() || m_cancelled)
            return;
        if (!reader->isOk()) {
            Outcome outcome;
            outcome.state = SetupStepState::Failed;
            outcome.summary = tr("The nodes could not be read again; nothing was changed.");
            outcome.message = tr("The nodes could not be read again, so nothing was changed: %1 "
                                 "Check the Kubernetes connection, then click Retry.")
                                      .arg(reader->errorMessage());
            return finish(outcome);
        }
        // The same ranges for the same nodes; nodes that hold them already are Unchanged.
        PodCidrAnnotationPlanner::Request request;
        for (const PodCidrAnnotationPlan::Entry &entry : std::as_const(m_plan.entries)) {
            if (entry.action == Action::Set)
                request.ranges.append({entry.node.name, entry.proposed});
        }
        apply(PodCidrAnnotationPlanner::plan(reader->nodes(), reader->kubeRouterPods(),
                                             m_plan.clusterCidr, request));
    });
    reader->start();
}

void SetupPodRangesStep::cancel()
{
    m_cancelled = true;
    if (m_job) {
        m_job->cancel();
    } else if (isRunning()) {
        Outcome outcome;
        outcome.state = SetupStepState::Cancelled;
        outcome.summary = tr("Cancelled before any node was changed.");
        finishLater(outcome);
    }
}

void SetupPodRangesStep::apply(const PodCidrAnnotationPlan &plan)
{
    if (!isRunning() || m_cancelled)
        return;
    if (!plan.isApplicable()) {
        Outcome outcome;
        outcome.state = SetupStepState::Failed;
        outcome.summary = tr("The pod ranges cannot be set as planned; nothing was changed.");
        outcome.message = tr("The nodes changed since the preview and the planned pod ranges "
                             "no longer fit: %1 Make the preview again.")
                                  .arg(plan.problems().join(QLatin1Char(' ')));
        outcome.lines = plan.problems();
        return finish(outcome);
    }
    if (plan.count(Action::Set) == 0) {
        Outcome outcome;
        outcome.state = SetupStepState::Done;
        outcome.summary = tr("Every node already has its pod range; nothing was sent.");
        Q_EMIT logLine(outcome.summary);
        return finish(outcome);
    }
    auto *job = new PodCidrAnnotationJob(m_state->kube()->client(), plan, this);
    m_job = job;
    job->setJournalDirectory(m_journalDirectory);
    job->setRestartPods(true);
    connect(job, &PodCidrPatchJob::progress, this, &SetupRunStep::progress);
    connect(job, &PodCidrPatchJob::nodeFinished, this,
            [this, job](int index) { Q_EMIT logLine(job->line(job->results().at(index))); });
    connect(job, &PodCidrPatchJob::restartFinished, this, [this, job](int index) {
        const QList<KubeRouterPodRestartJob::Result> restarts = job->restartResults();
        if (index >= 0 && index < restarts.size())
            Q_EMIT logLine(KubeRouterPodRestartJob::line(restarts.at(index)));
    });
    connect(job, &PodCidrPatchJob::finished, this, &SetupPodRangesStep::onApplied);
    Q_EMIT logLine(tr("Setting the pod-range annotations on %n node(s)…", nullptr,
                      plan.count(Action::Set)));
    job->start();
}

void SetupPodRangesStep::onApplied()
{
    PodCidrAnnotationJob *job = m_job;
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater();
    m_journalRunId = job->runId();
    using State = PodCidrPatchJob::Result::State;
    Outcome outcome;
    QString firstProblem;
    bool cancelled = false;
    for (const PodCidrPatchJob::Result &result : job->results()) {
        outcome.lines << job->line(result);
        if (result.state == State::Cancelled)
            cancelled = true;
        if (firstProblem.isEmpty()
            && (result.state == State::Failed || result.state == State::ChangedSince
                || result.state == State::Gone || result.state == State::NotTried))
            firstProblem = result.message;
    }
    for (const KubeRouterPodRestartJob::Result &restart : job->restartResults())
        outcome.lines << KubeRouterPodRestartJob::line(restart);
    outcome.summary = job->summary();
    if (!job->isOk() && !(cancelled && job->errorMessage().isEmpty() && firstProblem.isEmpty())) {
        outcome.state = SetupStepState::Failed;
        const QString problem = job->errorMessage().isEmpty() ? firstProblem : job->errorMessage();
        outcome.message = tr("Not every node got its pod range: %1 Fix that, then click Retry: "
                             "nodes already done are not changed again.")
                                  .arg(problem);
    } else if (cancelled || m_cancelled) {
        outcome.state = SetupStepState::Cancelled;
        outcome.message = tr("Cancelled. The nodes annotated so far keep their ranges; Retry "
                             "annotates the rest.");
    } else {
        outcome.state = SetupStepState::Done;
    }
    Q_EMIT logLine(outcome.summary);
    finish(outcome);
}

} // namespace podnet
