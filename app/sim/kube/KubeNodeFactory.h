// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeNodeSpec.h"

#include <QJsonObject>

namespace podnet::sim {

/// Builds Node objects the way a kubelet reports them: labels, addresses, capacity, nodeInfo
/// (kubelet v1.32, Debian 12, containerd) and the Ready condition with its taint.
class KubeNodeFactory
{
public:
    /// A node for \a spec, without a Ready condition yet.
    static QJsonObject build(const KubeNodeSpec &spec);
    /// \a node with its Ready condition (and the not-ready/unreachable taint) set to
    /// \a readiness; the transition time stays when the status does not change.
    static QJsonObject withReady(QJsonObject node, KubeNodeReadiness readiness);
};

} // namespace podnet::sim
