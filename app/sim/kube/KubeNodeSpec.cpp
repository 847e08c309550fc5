// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeNodeSpec.h"

#include <algorithm>

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

QList<KubeNodeSpec> KubeNodeSpec::labPresetWithPodRanges()
{
    QList<KubeNodeSpec> nodes = labPreset();
    for (qsizetype i = 0; i < nodes.size(); ++i)
        nodes[i].podCIDR = QStringLiteral("10.200.%1.0/24").arg(i);
    return nodes;
}

QList<KubeNodeSpec> KubeNodeSpec::generated(int count)
{
    // 250 hosts per /24 keeps .0 and .251-.255 free, as a subnet with a gateway and DHCP would.
    constexpr int hostsPerBlock = 250;
    constexpr int podRanges = 128 * 256; // the /24s of 10.128.0.0/9
    QList<KubeNodeSpec> nodes;
    nodes.reserve(std::max(0, count));
    for (int i = 0; i < count; ++i) {
        const int block = i / hostsPerBlock;
        KubeNodeSpec spec;
        spec.name = QStringLiteral("node-%1.k8s.lan").arg(i, 5, 10, QLatin1Char('0'));
        spec.internalIP = QStringLiteral("10.%1.%2.%3")
                                  .arg(1 + block / 256)
                                  .arg(block % 256)
                                  .arg(1 + i % hostsPerBlock);
        if (i < podRanges)
            spec.podCIDR = QStringLiteral("10.%1.%2.0/24").arg(128 + i / 256).arg(i % 256);
        if (i < 3)
            spec.labels.insert(QStringLiteral("node-role.kubernetes.io/control-plane"), QString());
        nodes << spec;
    }
    return nodes;
}

} // namespace podnet::sim
