// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/KubeVerbCommand.h"

#include <QStringList>

namespace podnet {

class ManifestApplyJob;
class ManifestDiffJob;

/// `podnet-wizard k8s apply`: previews (+ ~ = summary), asks unless --yes, applies with
/// server-side apply printing kubectl's lines, then follows kube-router's rollout. Exit 1 on a
/// conflict (unless --force-conflicts), a failed object or a rollout that does not finish.
class KubeApplyCommand : public KubeVerbCommand
{
    Q_OBJECT
public:
    using KubeVerbCommand::KubeVerbCommand;

    void start() override;

private:
    void onPreviewed(ManifestDiffJob *job);
    void apply();
    void onApplied();
    void watchRollout();

    ManifestApplyJob *m_job = nullptr;
    QStringList m_rolloutPaths;
};

} // namespace podnet
