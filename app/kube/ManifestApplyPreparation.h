// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeResourceMap.h"
#include "kube/ManifestApplySet.h"

#include <QString>

#include <optional>

namespace podnet {

/// What ManifestApplySet::prepare() found: the server's resources and the set built with them,
/// or (no set) a translated message and technical detail.
struct ManifestApplyPreparation
{
    KubeResourceMap map;
    std::optional<ManifestApplySet> set;
    QString message;
    QString detail;
};

} // namespace podnet
