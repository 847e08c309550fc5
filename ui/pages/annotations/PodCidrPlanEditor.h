// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrAnnotationPlan.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace podnet {

/// What the annotations page plans from (pure, no network): the nodes and kube-router pods
/// last read, the ranges the user typed, and the suggestions made at that read. Suggestions stay
/// put while the user edits, so typing a range that another node was offered is reported as an
/// overlap in the typed row instead of silently moving the other node's suggestion. Typed
/// ranges survive every re-read.
class PodCidrPlanEditor
{
public:
    /// A range with host bits set and the network it stands for.
    struct Correction
    {
        QString node;
        QString range; ///< empty: none
    };

    /// Takes a fresh read of the cluster and suggests anew for the nodes without a range.
    void setCluster(const QList<QJsonObject> &nodes, const QList<QJsonObject> &kubeRouterPods,
                    const QString &clusterCidr);
    /// Forgets the cluster (not what was typed).
    void clearCluster();
    /// A read of the cluster is there to plan from.
    bool hasCluster() const { return m_hasCluster; }

    /// \a text (trimmed) as \a node's range; empty goes back to the suggestion or the node's own.
    void setTyped(const QString &node, const QString &text);
    /// What the user typed: node → range text.
    QHash<QString, QString> typed() const { return m_typed; }

    /// The plan for the current input inside \a clusterCidr (empty without a cluster).
    PodCidrAnnotationPlan plan(const QString &clusterCidr) const;

    /// The first typed range in \a plan with host bits set, looking at \a preferredRow first.
    Correction correction(const PodCidrAnnotationPlan &plan, int preferredRow) const;

private:
    QList<QJsonObject> m_nodes;
    QList<QJsonObject> m_pods;
    QStringList m_names; ///< sorted
    bool m_hasCluster = false;
    QHash<QString, QString> m_typed;
    QHash<QString, QString> m_suggested;
};

} // namespace podnet
