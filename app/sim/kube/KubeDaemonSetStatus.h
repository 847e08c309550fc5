// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>

namespace podnet::sim {

/// The status the DaemonSet controller writes, computed from the DaemonSet's pods.
class KubeDaemonSetStatus
{
public:
    /// The status of a DaemonSet at \a generation that should run on \a desired nodes and owns
    /// \a pods (one per node): current/updated/ready/available counts, numberUnavailable and
    /// observedGeneration; like the API server, zero optional counts are left out.
    static QJsonObject compute(qint64 generation, qsizetype desired,
                               const QList<QJsonObject> &pods);
};

} // namespace podnet::sim
