// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrNode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace podnet {

/// How to take back one recorded pod-range run, computed by PodCidrUndoPlanner from the journal
/// and the live nodes: pure data for the preview, PodCidrUndoJob and the JSON output.
class PodCidrUndoPlan
{
    Q_DECLARE_TR_FUNCTIONS(PodCidrUndoPlan)
public:
    enum class Action {
        Revert,          ///< the node holds exactly what the run set: restore what was before
        AlreadyReverted, ///< the node already holds what was there before the run
        ChangedSince,    ///< someone changed the annotations since: left alone
        NodeGone,        ///< the node no longer exists
    };

    /// One node of the run.
    struct Entry
    {
        QString node;
        QString resourceVersion;          ///< as read now, the precondition of the patch
        PodCidrNode::Annotations set;     ///< what the run set
        PodCidrNode::Annotations before;  ///< what was there before the run: undo restores it
        PodCidrNode::Annotations current; ///< what the node holds now
        Action action = Action::Revert;
        QString message; ///< translated, for every action but Revert
        QString kubeRouterNamespace;
        QString kubeRouterPod;
        bool kubeRouterRunning = false;

        /// The kubectl command that does the same, for teaching (Revert only): `key-` removes a
        /// key, "key=value" restores one.
        QString kubectlCommand() const;
    };

    QString runId; ///< the run undone
    QString clusterCidr;
    QList<Entry> entries;
    QStringList errors; ///< translated, plan-wide: nothing may be sent

    bool isApplicable() const { return errors.isEmpty(); }
    int count(Action action) const;
    /// Translated totals: "3 nodes: 2 to restore, 0 already restored, 1 changed since, 0 gone".
    QString summary() const;
    static QString actionText(Action action);
    /// "revert", "alreadyReverted", "changedSince", "nodeGone".
    static QString actionKey(Action action);
    QJsonObject toJson() const;
};

} // namespace podnet
