// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrPatchJob.h"
#include "kube/annotations/PodCidrUndoPlan.h"

namespace podnet {

class KubeClient;

/// Carries out a PodCidrUndoPlan: each node to revert gets back what it had before the run
/// (a merge patch with null for a key that was absent), guarded by the resourceVersion read for
/// the plan; on 409 the node is read again and the patch retried only if it still holds
/// exactly what the run set. Nodes changed since or gone are skipped and said so; they do not
/// count as failures. Journalled as an "unannotate" run. See PodCidrPatchJob.
class PodCidrUndoJob : public PodCidrPatchJob
{
    Q_OBJECT
public:
    PodCidrUndoJob(KubeClient *client, const PodCidrUndoPlan &plan, QObject *parent = nullptr);
    ~PodCidrUndoJob() override;

    const PodCidrUndoPlan &plan() const { return m_plan; }

    /// "node/NAME annotations removed", "node/NAME restored to …", "node/NAME skipped: …".
    QString line(const Result &result) const override;

protected:
    QString changedSinceMessage(const Target &target,
                                const PodCidrNode::Annotations &live) const override;

private:
    PodCidrUndoPlan m_plan;
};

} // namespace podnet
