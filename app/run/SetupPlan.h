// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/ManifestDiffEntry.h"
#include "kube/annotations/PodCidrAnnotationPlan.h"
#include "openstack/PortPlan.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace podnet {

/// What one run will change, on both sides, in one vocabulary ("+" add or create, "~"
/// configure, "=" nothing to do, "!" problem): the allowed address pairs per port, the pod-range
/// annotations per node and the kube-router objects. A side the user skipped is absent. Pure
/// data, made by SetupPlanJob and carried out by SetupRun.
struct SetupPlan
{
    Q_DECLARE_TR_FUNCTIONS(SetupPlan)
public:
    std::optional<PortPlan> ports;                  ///< absent when OpenStack is skipped
    std::optional<PodCidrAnnotationPlan> podRanges; ///< absent when Kubernetes is skipped
    QList<ManifestDiffEntry> manifest;              ///< one per object; empty when skipped
    QByteArray manifestYaml;                        ///< the rendered manifest the diff is of
    QStringList warnings; ///< translated notes from reading (e.g. Nova gave no names)

    bool hasOpenStack() const { return ports.has_value(); }
    bool hasKubernetes() const { return podRanges.has_value(); }

    /// Nothing that would stop the apply: no blocked port is chosen, the pod-range plan is
    /// applicable, and no manifest object failed its dry run (a 409 conflict is allowed: the
    /// apply asks before taking ownership).
    bool isApplicable() const;
    /// Translated reasons isApplicable() is false, one per line.
    QStringList problems() const;
    /// Nothing to change anywhere (a rerun after success).
    bool isNoOp() const;

    /// Translated totals over both sides, e.g. "3 ports get 5 pairs · 1 node gets a pod range ·
    /// 4 objects to create, 1 to configure".
    QString totalsText() const;
    /// The whole preview as text for `plan` (ports, pod ranges, objects with their diffs).
    QString toText() const;
    /// For `plan -o json`: {"ports":…, "podRanges":…, "manifest":[…], "applicable":bool}.
    QJsonObject toJson() const;
};

} // namespace podnet
