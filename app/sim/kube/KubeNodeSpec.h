// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace podnet::sim {

/// How the Ready condition of a node should look (Absent: no Ready condition at all).
enum class KubeNodeReadiness { True, False, Unknown, Absent };

/// A node of the simulated cluster as a preset describes it.
struct KubeNodeSpec
{
    QString name;       ///< "worker-0.k8s.lan"
    QString internalIP; ///< "10.0.0.11"
    QString podCIDR;    ///< spec.podCIDR; empty: none (kube-router then needs the annotation)
    QMap<QString, QString> labels; ///< extra labels, e.g. node-role.kubernetes.io/control-plane

    /// The lab preset: worker-0..2.k8s.lan at 10.0.0.11..13, without pod CIDRs (a cluster whose
    /// controller-manager does not allocate node CIDRs: kube-router needs the annotation).
    static QList<KubeNodeSpec> labPreset();
    /// The lab preset with the pod ranges a controller-manager with --allocate-node-cidrs and
    /// --cluster-cidr=10.200.0.0/16 would give: 10.200.0.0/24, 10.200.1.0/24, 10.200.2.0/24.
    static QList<KubeNodeSpec> labPresetWithPodRanges();
    /// \a count nodes for load tests: node-00000.k8s.lan, node-00001.k8s.lan, ... with distinct
    /// InternalIPs 10.1.0.1, 10.1.0.2, ... (250 per /24, from 10.1.0.0 up) and distinct /24 pod
    /// ranges inside 10.128.0.0/9 (10.128.0.0/24, 10.128.1.0/24, ...; nodes past the 32,768th
    /// get none). The first three carry the control-plane role.
    static QList<KubeNodeSpec> generated(int count);
};

} // namespace podnet::sim
