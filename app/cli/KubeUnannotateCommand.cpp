// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeUnannotateCommand.h"

#include "cli/ExitCode.h"
#include "cli/KubeCommandOptions.h"
#include "cli/KubeCommandOutput.h"
#include "cli/TextTable.h"
#include "kube/KubeClient.h"
#include "kube/annotations/PodCidrClusterReader.h"
#include "kube/annotations/PodCidrJournalStore.h"
#include "kube/annotations/PodCidrUndoJob.h"
#include "kube/annotations/PodCidrUndoPlanner.h"

#include <QJsonObject>

namespace podnet {

namespace {

QString shown(const std::optional<QString> &value)
{
    return value ? *value : QStringLiteral("-");
}

// The same server whether or not its URL ends with a slash or carries user info.
QString comparable(const QUrl &url)
{
    QUrl result = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::StripTrailingSlash);
    if (result.path() == QLatin1String("/"))
        result.setPath({});
    return result.toString();
}

} // namespace

void KubeUnannotateCommand::start()
{
    KubeCommandOutput &output = *m_context.output;
    const PodCidrJournalStore store(m_context.options->journalDir());
    const QUrl server = m_context.client->connection().server;
    QString error;
    std::optional<PodCidrJournalRun> run;
    if (!m_context.options->undoRun().isEmpty()) {
        run = store.read(m_context.options->undoRun(), &error);
        if (!run) {
            output.error(error);
            return finish(ExitBadInput);
        }
        if (comparable(run->server) != comparable(server)) {
            output.error(tr("Run %1 changed the cluster at %2, but this context talks to %3. "
                            "Choose the context of that cluster with --context.")
                                 .arg(run->runId, comparable(run->server), comparable(server)));
            return finish(ExitBadInput);
        }
    } else {
        run = store.latestUndoable(server, &error);
        if (!run) {
            output.note(error);
            output.note(tr("Nothing to undo."));
            return finish(ExitOk);
        }
    }
    m_run = *run;
    output.json().insert(QStringLiteral("runId"), m_run.runId);
    output.note(tr("Undoing run %1 of %2 (%n node(s) recorded).", nullptr,
                   static_cast<int>(m_run.changes.size()))
                        .arg(m_run.runId, m_run.startedAt.toLocalTime().toString(Qt::ISODate)));
    auto *reader = new PodCidrClusterReader(m_context.client, this);
    connect(reader, &PodCidrClusterReader::finished, this, [this, reader] {
        onRead(reader);
        reader->deleteLater();
    });
    reader->start();
}

void KubeUnannotateCommand::onRead(const PodCidrClusterReader *reader)
{
    KubeCommandOutput &output = *m_context.output;
    if (!reader->isOk()) {
        output.error(reader->errorMessage(), reader->errorDetail());
        return finish(ExitFailed);
    }
    if (!reader->warning().isEmpty())
        output.warning(reader->warning());
    m_plan = PodCidrUndoPlanner::plan(m_run, reader->nodes(), reader->kubeRouterPods());
    output.json().insert(QStringLiteral("plan"), m_plan.toJson());
    if (!m_plan.isApplicable()) {
        for (const QString &problem : std::as_const(m_plan.errors))
            output.error(problem);
        output.note(tr("Nothing was changed."));
        return finish(ExitBadInput);
    }
    preview();
    const int changes = m_plan.count(PodCidrUndoPlan::Action::Revert);
    if (changes == 0) {
        output.note(tr("No node holds what the run set any more: nothing to undo."));
        return undo(); // prints the lines and records nothing
    }
    confirm(tr("Restore the pod-range annotations of %n node(s)?", nullptr, changes),
            tr("Nothing was changed."), [this] { undo(); });
}

void KubeUnannotateCommand::preview()
{
    KubeCommandOutput &output = *m_context.output;
    QList<QStringList> rows {{tr("NODE"), tr("NOW"), tr("RESTORES"), tr("ACTION")}};
    for (const PodCidrUndoPlan::Entry &entry : std::as_const(m_plan.entries)) {
        QString restores = QStringLiteral("-");
        if (entry.action == PodCidrUndoPlan::Action::Revert)
            restores = entry.before.podCidr ? *entry.before.podCidr : tr("(removed)");
        rows.append({entry.node, shown(entry.current.podCidr), restores,
                     PodCidrUndoPlan::actionText(entry.action)});
    }
    for (const QString &line : TextTable::format(rows, 2))
        output.note(QStringLiteral("  ") + line);
    QStringList commands;
    QStringList restarts;
    for (const PodCidrUndoPlan::Entry &entry : std::as_const(m_plan.entries)) {
        if (!entry.message.isEmpty())
            output.note(QStringLiteral("  ") + entry.message); // messages name the node
        if (entry.action != PodCidrUndoPlan::Action::Revert)
            continue;
        commands << entry.kubectlCommand();
        if (entry.kubeRouterRunning)
            restarts << QStringLiteral("kubectl -n %1 delete pod %2")
                                .arg(entry.kubeRouterNamespace, entry.kubeRouterPod);
    }
    output.note(m_plan.summary());
    if (commands.isEmpty())
        return;
    output.note(tr("The same with kubectl:"));
    for (const QString &command : std::as_const(commands))
        output.note(QStringLiteral("  ") + command);
    if (restarts.isEmpty())
        return;
    output.note(tr("kube-router reads the annotations only when it starts: restart its pod on "
                   "%n node(s) afterwards, for example:",
                   nullptr, static_cast<int>(restarts.size())));
    for (const QString &command : std::as_const(restarts))
        output.note(QStringLiteral("  ") + command);
}

void KubeUnannotateCommand::undo()
{
    m_job = new PodCidrUndoJob(m_context.client, m_plan, this);
    m_job->setJournalDirectory(m_context.options->journalDir());
    for (const PodCidrPatchJob::Result &result : m_job->results()) {
        if (result.state != PodCidrPatchJob::Result::State::Pending)
            m_context.output->result(m_job->line(result));
    }
    connect(m_job, &PodCidrPatchJob::nodeFinished, this, [this](int index) {
        m_context.output->result(m_job->line(m_job->results().value(index)));
    });
    connect(m_job, &PodCidrPatchJob::finished, this, &KubeUnannotateCommand::onUndone);
    m_job->start();
}

void KubeUnannotateCommand::onUndone()
{
    KubeCommandOutput &output = *m_context.output;
    output.json().insert(QStringLiteral("results"), m_job->resultsJson());
    output.json().insert(QStringLiteral("undoRunId"), m_job->runId());
    output.json().insert(QStringLiteral("journal"), m_job->journalPath());
    output.json().insert(QStringLiteral("summary"), m_job->summary());
    if (!m_job->errorMessage().isEmpty())
        output.error(m_job->errorMessage(), m_job->errorDetail());
    for (const PodCidrPatchJob::Result &result : m_job->results()) {
        if (result.state == PodCidrPatchJob::Result::State::Failed)
            output.error(QStringLiteral("node/%1: %2").arg(result.node, result.message),
                         result.detail);
        else if (result.state == PodCidrPatchJob::Result::State::ChangedSince)
            output.warning(result.message);
    }
    output.note(m_job->summary());
    finish(m_job->isOk() ? ExitOk : ExitFailed);
}

} // namespace podnet
