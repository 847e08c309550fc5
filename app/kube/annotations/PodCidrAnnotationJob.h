// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrAnnotationPlan.h"
#include "kube/annotations/PodCidrPatchJob.h"

namespace podnet {

class KubeClient;

/// Applies a PodCidrAnnotationPlan: each node whose action is Set gets both
/// `kube-router.io/pod-cidr` and `kube-router.io/pod-cidrs` by merge patch, guarded by the
/// resourceVersion the plan read, and journalled before and after (what was set, what was there)
/// so that PodCidrUndoJob can take back exactly this change. Unchanged and skipped nodes are
/// reported as such. A node that changed its annotations since the preview fails (preview
/// again); one deleted meanwhile is reported on its own. A plan that is not applicable sends
/// nothing. See PodCidrPatchJob for progress, cancel and restarts.
class PodCidrAnnotationJob : public PodCidrPatchJob
{
    Q_OBJECT
public:
    PodCidrAnnotationJob(KubeClient *client, const PodCidrAnnotationPlan &plan,
                         QObject *parent = nullptr);
    ~PodCidrAnnotationJob() override;

    const PodCidrAnnotationPlan &plan() const { return m_plan; }

    /// "node/NAME annotated (10.200.0.0/24)", "node/NAME unchanged (…)", "node/NAME failed: …".
    QString line(const Result &result) const override;

protected:
    QString changedSinceMessage(const Target &target,
                                const PodCidrNode::Annotations &live) const override;

private:
    PodCidrAnnotationPlan m_plan;
};

} // namespace podnet
