// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrAnnotationPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace podnet {

/// Builds a PodCidrAnnotationPlan from the live nodes (pure: no network).
///
/// Ranges in use: every node's spec.podCIDR(s), the annotations of every node that keeps them,
/// and the ranges this plan gives. Named nodes are checked with PodCidrValidator in the order
/// given; then, with autoAssign, each node without any range (in name order) gets the lowest
/// free block from PodCidrSuggester. A node with both annotations already on the proposed value
/// is Unchanged; any other node not named is skipped. Moving ranges between nodes in one
/// request (a swap) is refused as an overlap: do it in two steps.
class PodCidrAnnotationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(PodCidrAnnotationPlanner)
public:
    /// What was asked for.
    struct Request
    {
        bool autoAssign = false;               ///< suggest ranges for nodes without one
        QList<QPair<QString, QString>> ranges; ///< explicit NAME=CIDR, in the order given
    };

    /// \a nodes: node objects as listed; \a kubeRouterPods: pods labelled k8s-app=kube-router
    /// (for the restart offer; may be empty); \a clusterCidr: where the ranges must lie.
    static PodCidrAnnotationPlan plan(const QList<QJsonObject> &nodes,
                                      const QList<QJsonObject> &kubeRouterPods,
                                      const QString &clusterCidr, const Request &request);

    /// Whether \a pod (labelled k8s-app=kube-router) is running and not being deleted.
    static bool isRunning(const QJsonObject &pod);
};

} // namespace podnet
