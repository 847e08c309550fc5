// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/SetupManifestStep.h"

#include "SetupState.h"
#include "kube/KubeState.h"
#include "kube/ManifestApplyJob.h"

#include <algorithm>

namespace podnet {

namespace {

int doneCount(const QList<ManifestApplyResult> &results)
{
    return static_cast<int>(std::count_if(results.cbegin(), results.cend(),
                                          [](const ManifestApplyResult &r) { return r.isDone(); }));
}

} // namespace

SetupManifestStep::SetupManifestStep(SetupState *state, const QByteArray &manifest, QObject *parent)
    : SetupRunStep(parent)
    , m_state(state)
    , m_manifest(manifest)
{ }

SetupManifestStep::~SetupManifestStep() = default;

void SetupManifestStep::start()
{
    begin();
    m_cancelled = false;
    if (m_job && !m_job->results().isEmpty()) {
        Q_EMIT logLine(tr("Continuing with kube-router's objects…"));
        Q_EMIT progress(doneCount(m_job->results()), static_cast<int>(m_job->results().size()));
        m_job->retry();
        return;
    }
    delete m_job;
    m_job = new ManifestApplyJob(m_state->kube()->client(), m_manifest, this);
    if (const auto &check = m_state->kube()->checkResult())
        m_job->setResourceMap(check->resources);
    connectJob();
    Q_EMIT logLine(tr("Applying kube-router's objects…"));
    m_job->start();
}

void SetupManifestStep::retryWithForce()
{
    if (!canRetryWithForce())
        return;
    begin();
    m_cancelled = false;
    Q_EMIT logLine(tr("Applying again, taking ownership of the contested fields…"));
    m_job->retryWithForce();
}

bool SetupManifestStep::canRetryWithForce() const
{
    return !isRunning() && m_job && m_job->canRetryWithForce();
}

void SetupManifestStep::cancel()
{
    m_cancelled = true;
}

void SetupManifestStep::connectJob()
{
    ManifestApplyJob *job = m_job;
    connect(job, &ManifestApplyJob::itemsReady, this,
            [this, job] { Q_EMIT progress(0, static_cast<int>(job->results().size())); });
    connect(job, &ManifestApplyJob::objectFinished, this, [this, job](int index) {
        const QList<ManifestApplyResult> results = job->results();
        Q_EMIT logLine(ManifestApplyJob::line(results.at(index)));
        Q_EMIT progress(doneCount(results), static_cast<int>(results.size()));
        if (!m_cancelled || !results.at(index).isDone() || index + 1 >= results.size())
            return;
        // Cancelled: the object in flight finished; start no other. The job goes on to the
        // next object from here, so it is dropped (server-side apply makes a later run safe).
        job->disconnect(this);
        job->deleteLater();
        m_job = nullptr;
        Outcome outcome;
        outcome.state = SetupStepState::Cancelled;
        outcome.lines = job->lines();
        outcome.summary
                = tr("Cancelled after %n of %1 object(s)", nullptr, index + 1).arg(results.size());
        outcome.message = tr("Cancelled. Retry applies kube-router's objects again; those "
                             "already applied come back unchanged.");
        Q_EMIT logLine(outcome.summary);
        finish(outcome);
    });
    connect(job, &ManifestApplyJob::finished, this, &SetupManifestStep::onFinished);
}

void SetupManifestStep::onFinished()
{
    ManifestApplyJob *job = m_job;
    if (!job)
        return;
    Outcome outcome;
    outcome.lines = job->lines();
    outcome.summary = job->summary();
    if (job->isOk()) {
        outcome.state = SetupStepState::Done;
    } else {
        outcome.state = SetupStepState::Failed;
        QString problem = job->errorMessage();
        for (const ManifestApplyResult &result : job->results()) {
            if (result.outcome == ManifestApplyResult::Outcome::Conflict
                || result.outcome == ManifestApplyResult::Outcome::Failed) {
                problem = result.message;
                break;
            }
        }
        if (job->canRetryWithForce())
            outcome.message = tr("%1 Retry with force makes the wizard the owner of those "
                                 "fields; Retry tries again as it is.")
                                      .arg(problem);
        else
            outcome.message = tr("%1 Fix that, then click Retry: objects already applied are "
                                 "not changed again.")
                                      .arg(problem);
        if (!job->errorDetail().isEmpty())
            outcome.lines << job->errorDetail();
    }
    Q_EMIT logLine(outcome.summary);
    finish(outcome);
}

} // namespace podnet
