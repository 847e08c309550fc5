// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/KubeVerbCommand.h"
#include "kube/annotations/PodCidrJournalRun.h"
#include "kube/annotations/PodCidrUndoPlan.h"

namespace podnet {

class PodCidrClusterReader;
class PodCidrUndoJob;

/// `podnet-wizard k8s unannotate [--run ID]`: takes back one annotate run (default: the latest
/// against this cluster not yet undone) from its journal. Previews per node what it holds now,
/// what it gets back and the kubectl command, asks unless --yes, then restores only where a
/// node still holds exactly what the run set; nodes changed since are left alone and said so.
/// Exit 2 when the run cannot be read or belongs to another cluster (nothing sent), 1 when a
/// node failed.
class KubeUnannotateCommand : public KubeVerbCommand
{
    Q_OBJECT
public:
    using KubeVerbCommand::KubeVerbCommand;

    void start() override;

private:
    void onRead(const PodCidrClusterReader *reader);
    void preview();
    void undo();
    void onUndone();

    PodCidrJournalRun m_run;
    PodCidrUndoPlan m_plan;
    PodCidrUndoJob *m_job = nullptr;
};

} // namespace podnet
