// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/KubeVerbCommand.h"
#include "kube/ManifestUninstallJob.h"

namespace podnet {

/// `podnet-wizard k8s uninstall`: lists which of the manifest's objects exist, asks unless
/// --yes, deletes them (DaemonSet first) and prints one line per object. Exit 1 when a delete
/// fails.
class KubeUninstallCommand : public KubeVerbCommand
{
    Q_OBJECT
public:
    using KubeVerbCommand::KubeVerbCommand;

    void start() override;

private:
    void run(ManifestUninstallJob::Mode mode);
    void onPreviewed(const ManifestUninstallJob *job);
    void onDeleted(const ManifestUninstallJob *job);
};

} // namespace podnet
