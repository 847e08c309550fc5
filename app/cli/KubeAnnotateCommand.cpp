// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeAnnotateCommand.h"

#include "cli/ExitCode.h"
#include "cli/KubeCommandOptions.h"
#include "cli/KubeCommandOutput.h"
#include "cli/TextTable.h"
#include "kube/annotations/PodCidrAnnotationJob.h"
#include "kube/annotations/PodCidrAnnotationPlanner.h"
#include "kube/annotations/PodCidrClusterReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace podnet {

void KubeAnnotateCommand::start()
{
    auto *reader = new PodCidrClusterReader(m_context.client, this);
    connect(reader, &PodCidrClusterReader::finished, this, [this, reader] {
        onRead(reader);
        reader->deleteLater();
    });
    reader->start();
}

void KubeAnnotateCommand::onRead(const PodCidrClusterReader *reader)
{
    KubeCommandOutput &output = *m_context.output;
    if (!reader->isOk()) {
        output.error(reader->errorMessage(), reader->errorDetail());
        return finish(ExitFailed);
    }
    if (!reader->warning().isEmpty())
        output.warning(reader->warning());
    PodCidrAnnotationPlanner::Request request;
    request.autoAssign = m_context.options->annotateAuto();
    request.ranges = m_context.options->annotateNodes();
    m_plan = PodCidrAnnotationPlanner::plan(reader->nodes(), reader->kubeRouterPods(),
                                            m_context.options->clusterCidr(), request);
    output.json().insert(QStringLiteral("plan"), m_plan.toJson());
    preview();
    if (!m_plan.isApplicable()) {
        for (const QString &problem : m_plan.problems())
            output.error(problem);
        output.note(tr("Nothing was changed."));
        return finish(ExitBadInput);
    }
    const int changes = m_plan.count(PodCidrAnnotationPlan::Action::Set);
    if (changes == 0) {
        output.note(tr("Every node asked for already has its range: nothing to change."));
        return apply(); // prints the "unchanged" lines; sends nothing
    }
    confirm(tr("Set the pod-range annotations on %n node(s)?", nullptr, changes),
            tr("Nothing was changed."), [this] { apply(); });
}

void KubeAnnotateCommand::preview()
{
    KubeCommandOutput &output = *m_context.output;
    output.note(tr("Pod ranges inside the cluster CIDR %1:").arg(m_plan.clusterCidr));
    QList<QStringList> rows {{tr("NODE"), tr("CURRENT"), tr("PROPOSED"), tr("ACTION")}};
    for (const PodCidrAnnotationPlan::Entry &entry : std::as_const(m_plan.entries))
        rows.append({entry.node.name, entry.node.currentText(),
                     entry.proposed.isEmpty() ? QStringLiteral("-") : entry.proposed,
                     PodCidrAnnotationPlan::actionText(entry.action)});
    for (const QString &line : TextTable::format(rows, 2))
        output.note(QStringLiteral("  ") + line);
    for (const PodCidrAnnotationPlan::Entry &entry : std::as_const(m_plan.entries)) {
        if (!entry.message.isEmpty() && entry.action != PodCidrAnnotationPlan::Action::Invalid)
            output.note(QStringLiteral("  ") + entry.message); // messages name the node
    }
    output.note(m_plan.summary());
    if (!m_plan.isApplicable() || m_plan.count(PodCidrAnnotationPlan::Action::Set) == 0)
        return;

    output.note(tr("The same with kubectl:"));
    QStringList restarts;
    for (const PodCidrAnnotationPlan::Entry &entry : std::as_const(m_plan.entries)) {
        if (entry.action != PodCidrAnnotationPlan::Action::Set)
            continue;
        output.note(QStringLiteral("  ") + entry.kubectlCommand());
        if (entry.kubeRouterRunning)
            restarts << entry.restartCommand();
    }
    if (restarts.isEmpty())
        return;
    if (m_context.options->restartPods()) {
        output.note(tr("kube-router reads the annotations only when it starts, so its pod on "
                       "%n changed node(s) is restarted afterwards (--restart-pods), as with:",
                       nullptr, static_cast<int>(restarts.size())));
    } else {
        output.note(tr("kube-router reads the annotations only when it starts: restart its pod "
                       "on %n changed node(s) afterwards (--restart-pods does it), for example:",
                       nullptr, static_cast<int>(restarts.size())));
    }
    for (const QString &command : std::as_const(restarts))
        output.note(QStringLiteral("  ") + command);
}

void KubeAnnotateCommand::apply()
{
    m_job = new PodCidrAnnotationJob(m_context.client, m_plan, this);
    m_job->setJournalDirectory(m_context.options->journalDir());
    m_job->setRestartPods(m_context.options->restartPods());
    for (const PodCidrPatchJob::Result &result : m_job->results()) {
        if (result.state == PodCidrPatchJob::Result::State::Unchanged)
            m_context.output->result(m_job->line(result));
    }
    connect(m_job, &PodCidrPatchJob::nodeFinished, this, [this](int index) {
        m_context.output->result(m_job->line(m_job->results().value(index)));
    });
    connect(m_job, &PodCidrPatchJob::restartFinished, this, [this](int index) {
        m_context.output->result(
                KubeRouterPodRestartJob::line(m_job->restartResults().value(index)));
    });
    connect(m_job, &PodCidrPatchJob::finished, this, &KubeAnnotateCommand::onApplied);
    m_job->start();
}

void KubeAnnotateCommand::onApplied()
{
    KubeCommandOutput &output = *m_context.output;
    output.json().insert(QStringLiteral("results"), m_job->resultsJson());
    QJsonArray restarts;
    for (const KubeRouterPodRestartJob::Result &restart : m_job->restartResults())
        restarts.append(
                QJsonObject {{QStringLiteral("node"), restart.node},
                             {QStringLiteral("pods"), QJsonArray::fromStringList(restart.pods)},
                             {QStringLiteral("line"), KubeRouterPodRestartJob::line(restart)},
                             {QStringLiteral("message"), restart.message}});
    output.json().insert(QStringLiteral("restarts"), restarts);
    output.json().insert(QStringLiteral("runId"), m_job->runId());
    output.json().insert(QStringLiteral("journal"), m_job->journalPath());
    output.json().insert(QStringLiteral("summary"), m_job->summary());

    bool ok = m_job->isOk();
    if (!m_job->errorMessage().isEmpty())
        output.error(m_job->errorMessage(), m_job->errorDetail());
    for (const PodCidrPatchJob::Result &result : m_job->results()) {
        using State = PodCidrPatchJob::Result::State;
        if (result.state == State::Failed || result.state == State::Gone
            || result.state == State::ChangedSince)
            output.error(QStringLiteral("node/%1: %2").arg(result.node, result.message),
                         result.detail);
    }
    for (const KubeRouterPodRestartJob::Result &restart : m_job->restartResults()) {
        if (restart.state == KubeRouterPodRestartJob::Result::State::Failed) {
            output.error(QStringLiteral("node/%1: %2").arg(restart.node, restart.message),
                         restart.detail);
            ok = false;
        }
    }
    output.note(m_job->summary());
    if (!m_job->runId().isEmpty()) {
        QString undo = QStringLiteral("podnet-wizard k8s unannotate --run %1").arg(m_job->runId());
        if (!m_context.options->journalDir().isEmpty())
            undo += QStringLiteral(" --journal-dir %1").arg(m_context.options->journalDir());
        output.note(
                tr("Recorded as run %1 in %2. To take it back: %3")
                        .arg(m_job->runId(), QDir::toNativeSeparators(m_job->journalPath()), undo));
    }
    finish(ok ? ExitOk : ExitFailed);
}

} // namespace podnet
