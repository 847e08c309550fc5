// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeDaemonSetStatus.h"

#include "KubeRouterPodFactory.h"

#include <algorithm>

namespace podnet::sim {

QJsonObject KubeDaemonSetStatus::compute(qint64 generation, qsizetype desired,
                                         const QList<QJsonObject> &pods)
{
    const QString wanted = QString::number(generation);
    qint64 updated = 0;
    qint64 ready = 0;
    for (const QJsonObject &pod : pods) {
        if (pod.value(QStringLiteral("metadata"))
                    .toObject()
                    .value(QStringLiteral("labels"))
                    .toObject()
                    .value(QStringLiteral("pod-template-generation"))
                    .toString()
            == wanted)
            ++updated;
        if (KubeRouterPodFactory::isReady(pod))
            ++ready;
    }
    // minReadySeconds is 0: a ready pod is available at once.
    const qint64 available = ready;
    const qint64 unavailable = std::max<qint64>(0, desired - available);
    QJsonObject status {{QStringLiteral("currentNumberScheduled"), qint64(pods.size())},
                        {QStringLiteral("desiredNumberScheduled"), qint64(desired)},
                        {QStringLiteral("numberMisscheduled"), 0},
                        {QStringLiteral("numberReady"), ready},
                        {QStringLiteral("observedGeneration"), generation}};
    // The API omits these when zero (omitempty).
    if (available > 0)
        status.insert(QStringLiteral("numberAvailable"), available);
    if (unavailable > 0)
        status.insert(QStringLiteral("numberUnavailable"), unavailable);
    if (updated > 0)
        status.insert(QStringLiteral("updatedNumberScheduled"), updated);
    return status;
}

} // namespace podnet::sim
