// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeUninstallCommand.h"

#include "cli/ExitCode.h"
#include "cli/KubeCommandOutput.h"

#include <QJsonArray>
#include <QJsonObject>

namespace podnet {

namespace {

QString stateKey(ManifestUninstallJob::Entry::State state)
{
    using State = ManifestUninstallJob::Entry::State;
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Exists:
        return QStringLiteral("exists");
    case State::Absent:
        return QStringLiteral("absent");
    case State::Deleted:
        return QStringLiteral("deleted");
    case State::AlreadyGone:
        return QStringLiteral("alreadyGone");
    case State::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonArray toJson(const QList<ManifestUninstallJob::Entry> &entries)
{
    QJsonArray array;
    for (const ManifestUninstallJob::Entry &entry : entries)
        array.append(QJsonObject {{QStringLiteral("object"), entry.item.kubectlName()},
                                  {QStringLiteral("state"), stateKey(entry.state)},
                                  {QStringLiteral("message"), entry.message},
                                  {QStringLiteral("detail"), entry.detail}});
    return array;
}

} // namespace

void KubeUninstallCommand::start()
{
    run(ManifestUninstallJob::Mode::Preview);
}

void KubeUninstallCommand::run(ManifestUninstallJob::Mode mode)
{
    auto *job = new ManifestUninstallJob(m_context.client, m_context.manifest, mode);
    job->setResourceMap(m_context.resources);
    job->setDefaultNamespace(m_context.defaultNamespace);
    // The job deletes itself after finished(): read it inside the signal.
    connect(job, &ManifestUninstallJob::finished, this, [this, job, mode] {
        mode == ManifestUninstallJob::Mode::Preview ? onPreviewed(job) : onDeleted(job);
    });
    if (mode == ManifestUninstallJob::Mode::Delete) {
        connect(job, &ManifestUninstallJob::entryFinished, this, [this, job](int index) {
            const ManifestUninstallJob::Entry entry = job->entries().value(index);
            if (entry.state == ManifestUninstallJob::Entry::State::Deleted
                || entry.state == ManifestUninstallJob::Entry::State::AlreadyGone)
                m_context.output->result(ManifestUninstallJob::line(entry));
        });
    }
    job->start();
}

void KubeUninstallCommand::onPreviewed(const ManifestUninstallJob *job)
{
    KubeCommandOutput &output = *m_context.output;
    output.json().insert(QStringLiteral("preview"), toJson(job->entries()));
    if (!job->isOk()) {
        output.error(job->errorMessage(), job->errorDetail());
        for (const ManifestUninstallJob::Entry &entry : job->entries()) {
            if (entry.state == ManifestUninstallJob::Entry::State::Failed)
                output.error(QStringLiteral("%1: %2").arg(entry.item.kubectlName(), entry.message),
                             entry.detail);
        }
        return finish(ExitFailed);
    }
    int existing = 0;
    for (const ManifestUninstallJob::Entry &entry : job->entries()) {
        output.note(ManifestUninstallJob::line(entry));
        if (entry.state == ManifestUninstallJob::Entry::State::Exists)
            ++existing;
    }
    if (existing == 0) {
        output.note(tr("None of kube-router's objects exist: nothing to delete."));
        return finish(ExitOk);
    }
    confirm(tr("Delete %n object(s) from the cluster?", nullptr, existing),
            tr("Nothing was deleted."), [this] { run(ManifestUninstallJob::Mode::Delete); });
}

void KubeUninstallCommand::onDeleted(const ManifestUninstallJob *job)
{
    KubeCommandOutput &output = *m_context.output;
    output.json().insert(QStringLiteral("results"), toJson(job->entries()));
    if (job->isOk())
        return finish(ExitOk);
    if (!job->errorMessage().isEmpty())
        output.error(job->errorMessage(), job->errorDetail());
    for (const ManifestUninstallJob::Entry &entry : job->entries()) {
        if (entry.state == ManifestUninstallJob::Entry::State::Failed)
            output.error(QStringLiteral("%1: %2").arg(entry.item.kubectlName(), entry.message),
                         entry.detail);
    }
    finish(ExitFailed);
}

} // namespace podnet
