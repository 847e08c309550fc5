// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeNodeSpec.h"

namespace podnet::sim {

QList<KubeNodeSpec> KubeNodeSpec::labPreset()
{
    QList<KubeNodeSpec> nodes;
    for (int i = 0; i < 3; ++i)
        nodes << KubeNodeSpec {QStringLiteral("worker-%1.k8s.lan").arg(i),
                               QStringLiteral("10.0.0.%1").arg(11 + i),
                               QString(),
                               {}};
    return nodes;
}

} // namespace podnet::sim
