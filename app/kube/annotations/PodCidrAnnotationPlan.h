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

/// Which pod range each node gets, computed by PodCidrAnnotationPlanner from the live nodes:
/// pure data for the preview, the apply job and the JSON output. A plan with a plan-wide error
/// or an invalid entry is not applicable: nothing of it may be sent.
class PodCidrAnnotationPlan
{
    Q_DECLARE_TR_FUNCTIONS(PodCidrAnnotationPlan)
public:
    enum class Action {
        Set,       ///< both annotations get the proposed range
        Unchanged, ///< both annotations already hold the proposed range
        Skip,      ///< not part of the request (it has a range, or was not named)
        Invalid,   ///< the requested range is not usable; message says why
    };

    /// One node.
    struct Entry
    {
        PodCidrNode node; ///< as read: spec, annotations, resourceVersion
        Action action = Action::Skip;
        QString proposed;       ///< the range to set (Set, Unchanged)
        bool requested = false; ///< named with a range, not suggested
        QString message;        ///< translated: why skipped or invalid, or a note for Set
        QString kubeRouterNamespace;
        QString kubeRouterPod;          ///< the kube-router pod on this node; empty: none
        bool kubeRouterRunning = false; ///< so a restart is worth offering

        /// The kubectl command that does the same, for teaching (Set and Unchanged).
        QString kubectlCommand() const;
        /// "kubectl -n NS delete pod NAME" when a kube-router pod runs there.
        QString restartCommand() const;
    };

    QString clusterCidr;
    QList<Entry> entries; ///< sorted by node name
    QStringList errors;   ///< translated, plan-wide (unknown node, bad cluster CIDR, …)

    /// No plan-wide error and no invalid entry.
    bool isApplicable() const;
    int count(Action action) const;
    /// Plan-wide errors, then the message of each invalid entry.
    QStringList problems() const;
    /// Translated totals: "3 nodes: 2 to set, 1 unchanged, 0 skipped, 0 invalid".
    QString summary() const;

    /// Translated one-word action for previews.
    static QString actionText(Action action);
    /// Stable key for JSON: "set", "unchanged", "skip", "invalid".
    static QString actionKey(Action action);
    /// The plan as JSON (for `-o json`), without anything secret.
    QJsonObject toJson() const;
};

} // namespace podnet
