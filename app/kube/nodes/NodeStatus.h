// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/nodes/NodeReadyCondition.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace podnet {

/// The parts of a Node object the node table shows, parsed once per change: what
/// `kubectl get nodes -o wide` prints, the Ready condition, and the pod range kube-router will
/// use. Keeps no JSON.
struct NodeStatus
{
    /// One spec.taints entry.
    struct Taint
    {
        QString key;
        QString value;
        QString effect; ///< NoSchedule, PreferNoSchedule or NoExecute
        friend bool operator==(const Taint &a, const Taint &b) = default;
    };

    /// Where kube-router takes the node's pod range from.
    enum class PodCidrSource {
        None,               ///< nowhere: kube-router crash-loops on this node
        PodCidrAnnotation,  ///< kube-router.io/pod-cidr (wins over everything)
        PodCidrsAnnotation, ///< kube-router.io/pod-cidrs
        Spec,               ///< spec.podCIDR (or spec.podCIDRs), set by the controller manager
    };

    QString name;
    QString resourceVersion;
    QDateTime creationTimestamp; ///< invalid when absent
    QString roles;               ///< kubectl's ROLES text ("control-plane,worker", "<none>")
    bool unschedulable = false;  ///< spec.unschedulable (cordoned)
    NodeReadyCondition ready;
    QString kubeletVersion;                    ///< status.nodeInfo.kubeletVersion
    QString internalIp;                        ///< the first InternalIP address; empty when none
    QString externalIp;                        ///< the first ExternalIP address; empty when none
    QString osImage;                           ///< status.nodeInfo.osImage
    QString kernelVersion;                     ///< status.nodeInfo.kernelVersion
    QString containerRuntime;                  ///< status.nodeInfo.containerRuntimeVersion
    QString specPodCidr;                       ///< spec.podCIDR
    QStringList specPodCidrs;                  ///< spec.podCIDRs
    std::optional<QString> podCidrAnnotation;  ///< kube-router.io/pod-cidr, when present
    std::optional<QString> podCidrsAnnotation; ///< kube-router.io/pod-cidrs, when present
    QList<Taint> taints;

    /// Parses a Node object (as LIST or a watch event gives it).
    static NodeStatus fromJson(const QJsonObject &node);
    /// kubectl's ROLES text for metadata.labels: every node-role.kubernetes.io/<role> label and
    /// the legacy kubernetes.io/role value, sorted, without duplicates, comma-joined; "<none>".
    static QString rolesText(const QJsonObject &labels);

    /// kubectl's STATUS: Ready, NotReady (Ready False or Unknown) or Unknown (no Ready
    /// condition), with ",SchedulingDisabled" when cordoned.
    QString statusText() const;
    bool isReady() const { return ready.state == NodeReadyCondition::State::True; }

    /// The pod range kube-router will use: the pod-cidr annotation, else the pod-cidrs
    /// annotation, else spec.podCIDR (or spec.podCIDRs). Several ranges are comma-joined; empty
    /// when there is none.
    QString effectivePodCidr() const;
    PodCidrSource podCidrSource() const;

    /// kubectl's wide columns: the address or "<none>"; the value or "<unknown>".
    QString internalIpText() const;
    QString externalIpText() const;
    QString osImageText() const;
    QString kernelVersionText() const;
    QString containerRuntimeText() const;

    /// Everything but the resourceVersion is equal: nothing a person can see has changed.
    bool sameContent(const NodeStatus &other) const;

    friend bool operator==(const NodeStatus &a, const NodeStatus &b) = default;
};

} // namespace podnet
