// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeApplyCommand.h"

#include "cli/ExitCode.h"
#include "cli/KubeCommandOptions.h"
#include "cli/KubeCommandOutput.h"
#include "cli/KubeDiffCommand.h"
#include "kube/ManifestApplyJob.h"
#include "kube/ManifestDiffJob.h"
#include "kube/RolloutWatch.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace podnet {

namespace {

QString outcomeKey(ManifestApplyResult::Outcome outcome)
{
    switch (outcome) {
    case ManifestApplyResult::Outcome::Pending:
        return QStringLiteral("pending");
    case ManifestApplyResult::Outcome::Created:
        return QStringLiteral("created");
    case ManifestApplyResult::Outcome::Configured:
        return QStringLiteral("configured");
    case ManifestApplyResult::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case ManifestApplyResult::Outcome::Conflict:
        return QStringLiteral("conflict");
    case ManifestApplyResult::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString rolloutKey(RolloutWatch::Outcome outcome)
{
    switch (outcome) {
    case RolloutWatch::Outcome::Running:
        return QStringLiteral("running");
    case RolloutWatch::Outcome::Complete:
        return QStringLiteral("complete");
    case RolloutWatch::Outcome::TimedOut:
        return QStringLiteral("timedOut");
    case RolloutWatch::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace

void KubeApplyCommand::start()
{
    KubeDiffCommand::preview(m_context, this, [this](ManifestDiffJob *job) { onPreviewed(job); });
}

void KubeApplyCommand::onPreviewed(ManifestDiffJob *job)
{
    KubeCommandOutput &output = *m_context.output;
    if (!job->isOk()) {
        output.error(job->errorMessage(), job->errorDetail());
        return finish(ExitFailed);
    }
    const QList<ManifestDiffEntry> entries = job->entries();
    output.json().insert(QStringLiteral("preview"), KubeDiffCommand::toJson(entries));
    bool changes = false;
    bool problems = false;
    for (const ManifestDiffEntry &entry : entries) {
        output.note(QStringLiteral("%1 %2").arg(ManifestDiffEntry::symbol(entry.action),
                                                entry.item.kubectlName()));
        switch (entry.action) {
        case ManifestDiffEntry::Action::Create:
        case ManifestDiffEntry::Action::Configure:
            changes = true;
            break;
        case ManifestDiffEntry::Action::Unchanged:
            break;
        case ManifestDiffEntry::Action::Conflict:
            changes = true;
            problems = problems || !m_context.options->forceConflicts();
            break;
        case ManifestDiffEntry::Action::Failed:
            problems = true;
            break;
        }
    }
    output.note(job->totalsText());
    if (problems) {
        for (const ManifestDiffEntry &entry : entries) {
            if (entry.action == ManifestDiffEntry::Action::Conflict)
                KubeDiffCommand::reportConflict(output, entry.item.kubectlName(), entry.conflicts,
                                                true);
            else if (entry.action == ManifestDiffEntry::Action::Failed)
                output.error(QStringLiteral("%1: %2").arg(entry.item.kubectlName(), entry.message),
                             entry.detail);
        }
        output.note(tr("Nothing was applied."));
        return finish(ExitFailed);
    }
    if (!changes)
        return apply(); // shows the "unchanged" lines and the rollout; changes nothing
    confirm(tr("Apply these changes to the cluster?"), tr("Nothing was applied."),
            [this] { apply(); });
}

void KubeApplyCommand::apply()
{
    m_job = new ManifestApplyJob(m_context.client, m_context.manifest, this);
    m_job->setResourceMap(m_context.resources);
    m_job->setDefaultNamespace(m_context.defaultNamespace);
    connect(m_job, &ManifestApplyJob::objectFinished, this, [this](int index) {
        const ManifestApplyResult result = m_job->results().value(index);
        if (result.isDone())
            m_context.output->result(ManifestApplyJob::line(result));
    });
    connect(m_job, &ManifestApplyJob::finished, this, &KubeApplyCommand::onApplied);
    m_job->start();
}

void KubeApplyCommand::onApplied()
{
    KubeCommandOutput &output = *m_context.output;
    if (m_job->canRetryWithForce() && m_context.options->forceConflicts()) {
        for (const ManifestApplyResult &result : m_job->results()) {
            if (result.outcome == ManifestApplyResult::Outcome::Conflict)
                output.note(tr("%1: taking over the fields other managers own "
                               "(--force-conflicts).")
                                    .arg(result.item.kubectlName()));
        }
        return m_job->retryWithForce();
    }
    QJsonArray results;
    for (const ManifestApplyResult &result : m_job->results()) {
        results.append(QJsonObject {{QStringLiteral("object"), result.item.kubectlName()},
                                    {QStringLiteral("outcome"), outcomeKey(result.outcome)},
                                    {QStringLiteral("forced"), result.forced},
                                    {QStringLiteral("line"), ManifestApplyJob::line(result)},
                                    {QStringLiteral("message"), result.message}});
    }
    output.json().insert(QStringLiteral("results"), results);
    output.json().insert(QStringLiteral("summary"), m_job->summary());
    if (!m_job->errorMessage().isEmpty()) {
        output.error(m_job->errorMessage(), m_job->errorDetail());
        return finish(ExitFailed);
    }
    if (!m_job->isOk()) {
        for (const ManifestApplyResult &result : m_job->results()) {
            if (result.outcome == ManifestApplyResult::Outcome::Conflict)
                KubeDiffCommand::reportConflict(output, result.item.kubectlName(), result.conflicts,
                                                true);
            else if (result.outcome == ManifestApplyResult::Outcome::Failed)
                output.error(
                        QStringLiteral("%1: %2").arg(result.item.kubectlName(), result.message),
                        result.detail);
        }
        output.note(m_job->summary());
        return finish(ExitFailed);
    }
    output.note(m_job->summary());
    m_rolloutPaths = m_job->daemonSetPaths();
    if (!m_context.options->wait() || m_rolloutPaths.isEmpty())
        return finish(ExitOk);
    watchRollout();
}

void KubeApplyCommand::watchRollout()
{
    if (m_rolloutPaths.isEmpty())
        return finish(ExitOk);
    auto *watch = new RolloutWatch(m_context.client, m_rolloutPaths.takeFirst(), this);
    watch->setInterval(std::chrono::milliseconds(1000));
    watch->setTimeout(m_context.options->waitTimeout());
    m_context.output->note(tr("Waiting up to %n second(s) for the rollout (--no-wait skips "
                              "this)…",
                              nullptr, static_cast<int>(m_context.options->waitTimeout().count())));
    auto last = std::make_shared<QString>();
    connect(watch, &RolloutWatch::progress, this, [this, watch, last] {
        const RolloutWatch::Counts counts = watch->counts();
        const QString text = tr("  %1 of %2 pods up to date, %3 ready")
                                     .arg(counts.updated)
                                     .arg(counts.desired)
                                     .arg(counts.ready);
        if (text != *last)
            m_context.output->note(text);
        *last = text;
    });
    connect(watch, &RolloutWatch::finished, this, [this, watch] {
        KubeCommandOutput &output = *m_context.output;
        const RolloutWatch::Counts counts = watch->counts();
        QJsonArray rollouts = output.json().value(QStringLiteral("rollout")).toArray();
        rollouts.append(QJsonObject {{QStringLiteral("outcome"), rolloutKey(watch->outcome())},
                                     {QStringLiteral("desired"), counts.desired},
                                     {QStringLiteral("updated"), counts.updated},
                                     {QStringLiteral("ready"), counts.ready},
                                     {QStringLiteral("summary"), watch->summary()}});
        output.json().insert(QStringLiteral("rollout"), rollouts);
        switch (watch->outcome()) {
        case RolloutWatch::Outcome::Complete:
            output.result(watch->summary());
            return watchRollout();
        case RolloutWatch::Outcome::TimedOut:
            output.error(watch->summary());
            return finish(ExitFailed);
        case RolloutWatch::Outcome::Running:
        case RolloutWatch::Outcome::Failed:
            break;
        }
        output.error(watch->errorMessage(), watch->errorDetail());
        finish(ExitFailed);
    });
    watch->start();
}

} // namespace podnet
