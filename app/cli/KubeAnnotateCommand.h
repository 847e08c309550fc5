// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/KubeVerbCommand.h"
#include "kube/annotations/PodCidrAnnotationPlan.h"

namespace podnet {

class PodCidrAnnotationJob;
class PodCidrClusterReader;

/// `podnet-wizard k8s annotate --auto | --node NAME=CIDR…`: reads the nodes, previews per node
/// the current range, the proposed one, the action and the kubectl command that does the same,
/// asks unless --yes, sets kube-router's two pod-range annotations (journalled for
/// `unannotate`), and with --restart-pods restarts kube-router where it runs. Exit 2 when the
/// request is not usable (nothing sent), 1 when a node failed.
class KubeAnnotateCommand : public KubeVerbCommand
{
    Q_OBJECT
public:
    using KubeVerbCommand::KubeVerbCommand;

    void start() override;

private:
    void onRead(const PodCidrClusterReader *reader);
    void preview();
    void apply();
    void onApplied();

    PodCidrAnnotationPlan m_plan;
    PodCidrAnnotationJob *m_job = nullptr;
};

} // namespace podnet
