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

    /// The lab preset: worker-0..2.k8s.lan at 10.0.0.11..13, without pod CIDRs.
    static QList<KubeNodeSpec> labPreset();
};

} // namespace podnet::sim
