// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeDiffCommand.h"

#include "cli/ExitCode.h"
#include "cli/KubeCommandOutput.h"
#include "kube/ManifestDiffJob.h"

#include <QJsonObject>

namespace podnet {

void KubeDiffCommand::preview(const KubeVerbContext &context, QObject *owner,
                              std::function<void(ManifestDiffJob *)> done)
{
    auto *job = new ManifestDiffJob(context.client, context.manifest);
    job->setResourceMap(context.resources);
    job->setDefaultNamespace(context.defaultNamespace);
    // The job deletes itself after finished(); the answer is read inside the signal.
    QObject::connect(job, &ManifestDiffJob::finished, owner,
                     [job, done = std::move(done)] { done(job); });
    job->start();
}

QString KubeDiffCommand::actionKey(ManifestDiffEntry::Action action)
{
    switch (action) {
    case ManifestDiffEntry::Action::Create:
        return QStringLiteral("create");
    case ManifestDiffEntry::Action::Configure:
        return QStringLiteral("configure");
    case ManifestDiffEntry::Action::Unchanged:
        return QStringLiteral("unchanged");
    case ManifestDiffEntry::Action::Conflict:
        return QStringLiteral("conflict");
    case ManifestDiffEntry::Action::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonArray KubeDiffCommand::toJson(const QList<ManifestDiffEntry> &entries)
{
    QJsonArray array;
    for (const ManifestDiffEntry &entry : entries) {
        QJsonArray conflicts;
        for (const KubeStatus::Cause &cause : entry.conflicts)
            conflicts.append(QJsonObject {{QStringLiteral("field"), cause.field},
                                          {QStringLiteral("manager"), cause.manager}});
        array.append(
                QJsonObject {{QStringLiteral("object"), entry.item.kubectlName()},
                             {QStringLiteral("action"), actionKey(entry.action)},
                             {QStringLiteral("symbol"), ManifestDiffEntry::symbol(entry.action)},
                             {QStringLiteral("diff"), entry.diff},
                             {QStringLiteral("conflicts"), conflicts},
                             {QStringLiteral("message"), entry.message},
                             {QStringLiteral("detail"), entry.detail}});
    }
    return array;
}

void KubeDiffCommand::reportConflict(KubeCommandOutput &output, const QString &object,
                                     const QList<KubeStatus::Cause> &conflicts, bool suggestForce)
{
    output.error(tr("%1: other field managers own fields the manifest sets:").arg(object));
    for (const KubeStatus::Cause &cause : conflicts) {
        output.note(tr("  field %1 is owned by %2")
                            .arg(cause.field.isEmpty() ? cause.message : cause.field,
                                 cause.manager.isEmpty() ? tr("another manager") : cause.manager));
    }
    if (suggestForce)
        output.note(tr("To take these fields over for podnet-wizard, run again with "
                       "--force-conflicts (the other tool may change them back)."));
}

void KubeDiffCommand::start()
{
    preview(m_context, this, [this](ManifestDiffJob *job) {
        KubeCommandOutput &output = *m_context.output;
        if (!job->isOk()) {
            output.error(job->errorMessage(), job->errorDetail());
            return finish(ExitFailed);
        }
        const QList<ManifestDiffEntry> entries = job->entries();
        output.result(job->toText().trimmed());
        output.json().insert(QStringLiteral("diff"), toJson(entries));
        output.json().insert(QStringLiteral("totals"), job->totalsText());
        bool problems = false;
        for (const ManifestDiffEntry &entry : entries) {
            if (entry.action == ManifestDiffEntry::Action::Conflict) {
                reportConflict(output, entry.item.kubectlName(), entry.conflicts, true);
                problems = true;
            } else if (entry.action == ManifestDiffEntry::Action::Failed) {
                output.error(QStringLiteral("%1: %2").arg(entry.item.kubectlName(), entry.message),
                             entry.detail);
                problems = true;
            }
        }
        finish(problems ? ExitFailed : ExitOk);
    });
}

} // namespace podnet
