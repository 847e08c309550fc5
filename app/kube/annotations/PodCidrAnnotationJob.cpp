// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrAnnotationJob.h"

namespace podnet {

PodCidrAnnotationJob::PodCidrAnnotationJob(KubeClient *client, const PodCidrAnnotationPlan &plan,
                                           QObject *parent)
    : PodCidrPatchJob(client, parent)
    , m_plan(plan)
{
    setJournalKind(QStringLiteral("annotate"), plan.clusterCidr, {});
    setChangedSinceFails(true);
    if (!plan.isApplicable())
        refuse(tr("The pod-range plan has problems, so nothing was sent: %1")
                       .arg(plan.problems().join(QLatin1Char(' '))));
    using Action = PodCidrAnnotationPlan::Action;
    for (const PodCidrAnnotationPlan::Entry &entry : plan.entries) {
        const PodCidrNode::Annotations desired = PodCidrNode::Annotations::both(entry.proposed);
        switch (entry.action) {
        case Action::Set:
            addTarget(
                    {entry.node.name, entry.node.resourceVersion, entry.node.annotations, desired});
            break;
        case Action::Unchanged:
            addResult({entry.node.name, desired, Result::State::Unchanged, entry.message, {}, {}});
            break;
        case Action::Skip:
        case Action::Invalid:
            addResult({entry.node.name, {}, Result::State::Skipped, entry.message, {}, {}});
            break;
        }
    }
}

PodCidrAnnotationJob::~PodCidrAnnotationJob() = default;

QString PodCidrAnnotationJob::changedSinceMessage(const Target &target,
                                                  const PodCidrNode::Annotations &live) const
{
    return tr("The annotations of node %1 changed since the preview (now %2), so they were not "
              "overwritten. Preview again and apply the new plan.")
            .arg(target.node, live.toText());
}

QString PodCidrAnnotationJob::line(const Result &result) const
{
    const QString range = result.desired.podCidr.value_or(QString());
    switch (result.state) {
    case Result::State::Done:
        return tr("node/%1 annotated (%2)").arg(result.node, range);
    case Result::State::Unchanged:
        return tr("node/%1 unchanged (%2)").arg(result.node, range);
    case Result::State::Skipped:
        return tr("node/%1 skipped: %2").arg(result.node, result.message);
    case Result::State::Pending:
        return tr("node/%1 pending").arg(result.node);
    case Result::State::ChangedSince:
    case Result::State::Gone:
    case Result::State::Failed:
        return tr("node/%1 failed: %2").arg(result.node, result.message);
    case Result::State::NotTried:
    case Result::State::Cancelled:
        break;
    }
    return tr("node/%1 not changed: %2").arg(result.node, result.message);
}

} // namespace podnet
