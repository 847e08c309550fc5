// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrUndoJob.h"

namespace podnet {

PodCidrUndoJob::PodCidrUndoJob(KubeClient *client, const PodCidrUndoPlan &plan, QObject *parent)
    : PodCidrPatchJob(client, parent)
    , m_plan(plan)
{
    setJournalKind(QStringLiteral("unannotate"), plan.clusterCidr, plan.runId);
    setChangedSinceFails(false);
    if (!plan.isApplicable())
        refuse(plan.errors.join(QLatin1Char(' ')));
    using Action = PodCidrUndoPlan::Action;
    for (const PodCidrUndoPlan::Entry &entry : plan.entries) {
        switch (entry.action) {
        case Action::Revert:
            addTarget({entry.node, entry.resourceVersion, entry.set, entry.before});
            break;
        case Action::AlreadyReverted:
            addResult({entry.node, entry.before, Result::State::Unchanged, entry.message, {}, {}});
            break;
        case Action::ChangedSince:
            addResult(
                    {entry.node, entry.before, Result::State::ChangedSince, entry.message, {}, {}});
            break;
        case Action::NodeGone:
            addResult({entry.node, entry.before, Result::State::Gone, entry.message, {}, {}});
            break;
        }
    }
}

PodCidrUndoJob::~PodCidrUndoJob() = default;

QString PodCidrUndoJob::changedSinceMessage(const Target &target,
                                            const PodCidrNode::Annotations &live) const
{
    return tr("The annotations of node %1 changed after run %2 set them (now %3), so they are "
              "left as they are. Change them by hand if they should go.")
            .arg(target.node, m_plan.runId, live.toText());
}

QString PodCidrUndoJob::line(const Result &result) const
{
    switch (result.state) {
    case Result::State::Done:
        if (!result.desired.podCidr && !result.desired.podCidrs)
            return tr("node/%1 annotations removed").arg(result.node);
        return tr("node/%1 annotations restored (%2)").arg(result.node, result.desired.toText());
    case Result::State::Unchanged:
        return tr("node/%1 unchanged: %2").arg(result.node, result.message);
    case Result::State::Skipped:
    case Result::State::ChangedSince:
    case Result::State::Gone:
        return tr("node/%1 skipped: %2").arg(result.node, result.message);
    case Result::State::Pending:
        return tr("node/%1 pending").arg(result.node);
    case Result::State::Failed:
        return tr("node/%1 failed: %2").arg(result.node, result.message);
    case Result::State::NotTried:
    case Result::State::Cancelled:
        break;
    }
    return tr("node/%1 not changed: %2").arg(result.node, result.message);
}

} // namespace podnet
