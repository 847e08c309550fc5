// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrJournalRun.h"
#include "kube/annotations/PodCidrUndoPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace podnet {

/// Plans the undo of a recorded annotate run (pure: no network). Every node the run began to
/// patch is a candidate, also when the journal ends early: a node is reverted only where it
/// still holds exactly what the run set, and gets back what it had before (a key absent before
/// is removed). A node changed since, or already back, is left alone and said so.
class PodCidrUndoPlanner
{
    Q_DECLARE_TR_FUNCTIONS(PodCidrUndoPlanner)
public:
    /// \a nodes: node objects as listed; \a kubeRouterPods: pods labelled k8s-app=kube-router.
    static PodCidrUndoPlan plan(const PodCidrJournalRun &run, const QList<QJsonObject> &nodes,
                                const QList<QJsonObject> &kubeRouterPods);

    /// The entry for one recorded change against the node as it is now (nullopt: gone).
    static PodCidrUndoPlan::Entry entryFor(const QString &runId,
                                           const PodCidrJournalRun::Change &change,
                                           const std::optional<PodCidrNode> &live);
};

} // namespace podnet
