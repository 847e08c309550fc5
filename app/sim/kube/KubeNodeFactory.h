// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeNodeSpec.h"

#include <QJsonObject>
#include <QString>

namespace podnet::sim {

/// Builds Node objects the way a kubelet (v1.32, Debian 12, containerd) on an OpenStack
/// instance reports them, with the OpenStack cloud-controller-manager's labels: about 5 KB of
/// JSON each (labels, annotations, providerID, addresses, capacity, nodeInfo, images).
class KubeNodeFactory
{
public:
    /// A node for \a spec with the pressure conditions but without a Ready condition yet.
    /// Machine, system and boot ids are derived from the name, so they are stable and distinct.
    static QJsonObject build(const KubeNodeSpec &spec);
    /// \a node with its Ready condition (and the not-ready/unreachable taints) set to
    /// \a readiness, as the kubelet or, for Unknown, the node lifecycle controller writes it:
    /// True and False refresh every condition's heartbeat (pressure conditions become healthy);
    /// Unknown turns every condition Unknown (reason NodeStatusUnknown) and keeps the last
    /// heartbeat, like a dead kubelet. Transition times stay when a status does not change.
    static QJsonObject withReady(QJsonObject node, KubeNodeReadiness readiness);
    /// \a node with lastHeartbeatTime = \a time on every condition.
    static QJsonObject withHeartbeat(QJsonObject node, const QString &time);
    /// \a node cordoned (spec.unschedulable and the node.kubernetes.io/unschedulable taint) or
    /// not.
    static QJsonObject withUnschedulable(QJsonObject node, bool unschedulable);
    /// The node's Ready condition status: True, False, Unknown, or Absent without one.
    static KubeNodeReadiness readiness(const QJsonObject &node);
    /// The address of type InternalIP, or empty.
    static QString internalIP(const QJsonObject &node);
};

} // namespace podnet::sim
