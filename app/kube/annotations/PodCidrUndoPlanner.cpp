// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrUndoPlanner.h"

#include "kube/annotations/PodCidrAnnotationPlanner.h"

#include <QHash>

namespace podnet {

PodCidrUndoPlan::Entry PodCidrUndoPlanner::entryFor(const QString &runId,
                                                    const PodCidrJournalRun::Change &change,
                                                    const std::optional<PodCidrNode> &live)
{
    using Action = PodCidrUndoPlan::Action;
    PodCidrUndoPlan::Entry entry;
    entry.node = change.node;
    entry.set = change.set;
    entry.before = change.before;
    if (!live) {
        entry.action = Action::NodeGone;
        entry.message
                = tr("Node %1 no longer exists; there is nothing to undo there.").arg(change.node);
        return entry;
    }
    entry.resourceVersion = live->resourceVersion;
    entry.current = live->annotations;
    if (entry.current == change.set && change.set != change.before) {
        entry.action = Action::Revert;
    } else if (entry.current == change.before) {
        entry.action = Action::AlreadyReverted;
        entry.message
                = tr("Node %1 already holds what it had before run %2.").arg(change.node, runId);
    } else {
        entry.action = Action::ChangedSince;
        entry.message = tr("The annotations of node %1 changed after run %2 set them (now %3), so "
                           "they are left as they are. Change them by hand if they should go.")
                                .arg(change.node, runId, entry.current.toText());
    }
    return entry;
}

PodCidrUndoPlan PodCidrUndoPlanner::plan(const PodCidrJournalRun &run,
                                         const QList<QJsonObject> &nodes,
                                         const QList<QJsonObject> &kubeRouterPods)
{
    PodCidrUndoPlan plan;
    plan.runId = run.runId;
    plan.clusterCidr = run.clusterCidr;
    if (run.kind != QLatin1String("annotate")) {
        plan.errors << tr("Run %1 is itself an undo and cannot be undone. Name the annotate run "
                          "to undo instead.")
                               .arg(run.runId);
        return plan;
    }
    QHash<QString, PodCidrNode> live;
    for (const QJsonObject &object : nodes) {
        const PodCidrNode node = PodCidrNode::fromJson(object);
        live.insert(node.name, node);
    }
    for (const PodCidrJournalRun::Change &change : run.changes) {
        const auto found = live.constFind(change.node);
        PodCidrUndoPlan::Entry entry = entryFor(
                run.runId, change,
                found == live.cend() ? std::nullopt : std::optional<PodCidrNode>(*found));
        for (const QJsonObject &pod : kubeRouterPods) {
            if (pod.value(QStringLiteral("spec")).toObject().value(QStringLiteral("nodeName"))
                != change.node)
                continue;
            const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
            const bool running = PodCidrAnnotationPlanner::isRunning(pod);
            if (entry.kubeRouterPod.isEmpty() || (running && !entry.kubeRouterRunning)) {
                entry.kubeRouterNamespace = metadata.value(QStringLiteral("namespace")).toString();
                entry.kubeRouterPod = metadata.value(QStringLiteral("name")).toString();
                entry.kubeRouterRunning = running;
            }
        }
        plan.entries << entry;
    }
    return plan;
}

} // namespace podnet
