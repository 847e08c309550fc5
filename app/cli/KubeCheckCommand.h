// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/KubeVerbCommand.h"

namespace podnet {

struct PreflightItem;

/// `podnet-wizard k8s check`: the pre-flight checklist (the connection was checked before).
/// Exit 1 when any item is an Error.
class KubeCheckCommand : public KubeVerbCommand
{
    Q_OBJECT
public:
    using KubeVerbCommand::KubeVerbCommand;

    void start() override;

    /// "ok", "info", "warning", "error" (untranslated, for JSON).
    static QString severityKey(int severity);

private:
    void print(const QList<PreflightItem> &items);
};

} // namespace podnet
