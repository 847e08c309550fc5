// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace podnet {

/// A node's Ready condition as the kubelet (or the node controller, for Unknown) reports it.
struct NodeReadyCondition
{
    /// The condition's status; Absent when the node has no Ready condition at all (a kubelet
    /// that never reported).
    enum class State { True, False, Unknown, Absent };

    State state = State::Absent;
    QString reason;  ///< e.g. KubeletNotReady, NodeStatusUnknown
    QString message; ///< e.g. "Kubelet stopped posting node status."
    QDateTime lastHeartbeatTime;
    QDateTime lastTransitionTime;

    /// The Ready condition of a Node object (the last one, if several); Absent when none.
    static NodeReadyCondition fromJson(const QJsonObject &node);
    /// The Ready entry of a status.conditions array (the last one, if several); Absent when none.
    static NodeReadyCondition fromConditions(const QJsonArray &conditions);
    /// One entry of status.conditions (its type is not checked).
    static NodeReadyCondition fromCondition(const QJsonObject &condition);

    /// "True", "False", "Unknown", or an empty text for Absent.
    QString stateText() const;

    friend bool operator==(const NodeReadyCondition &a, const NodeReadyCondition &b) = default;
};

} // namespace podnet
