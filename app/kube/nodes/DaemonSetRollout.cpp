// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/DaemonSetRollout.h"

namespace podnet {

DaemonSetRollout DaemonSetRollout::fromJson(const QJsonObject &daemonSet)
{
    DaemonSetRollout result;
    if (daemonSet.isEmpty())
        return result;
    result.exists = true;
    const QJsonObject metadata = daemonSet.value(QLatin1String("metadata")).toObject();
    result.name = metadata.value(QLatin1String("name")).toString();
    result.namespaceName = metadata.value(QLatin1String("namespace")).toString();
    result.generation = metadata.value(QLatin1String("generation")).toInteger();
    const QJsonObject status = daemonSet.value(QLatin1String("status")).toObject();
    auto count = [&status](const char *key) { return status.value(QLatin1String(key)).toInt(); };
    result.observedGeneration = status.value(QLatin1String("observedGeneration")).toInteger();
    result.desired = count("desiredNumberScheduled");
    result.current = count("currentNumberScheduled");
    result.updated = count("updatedNumberScheduled");
    result.ready = count("numberReady");
    result.available = count("numberAvailable");
    result.misscheduled = count("numberMisscheduled");
    return result;
}

} // namespace podnet
