// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace podnet {

/// A DaemonSet's rollout as its status reports it: how many nodes should run a pod, how many
/// run the current template, how many are ready.
struct DaemonSetRollout
{
    bool exists = false; ///< false for an empty object (the DaemonSet is absent)
    QString name;
    QString namespaceName;
    qint64 generation = 0;         ///< metadata.generation: bumped by each spec change
    qint64 observedGeneration = 0; ///< the generation the controller has acted on
    int desired = 0;               ///< desiredNumberScheduled
    int current = 0;               ///< currentNumberScheduled
    int updated = 0;               ///< updatedNumberScheduled (current template)
    int ready = 0;                 ///< numberReady
    int available = 0;             ///< numberAvailable
    int misscheduled = 0;          ///< numberMisscheduled

    /// Parses a DaemonSet object; fields the server leaves out (zero counts) are 0.
    static DaemonSetRollout fromJson(const QJsonObject &daemonSet);

    /// The controller has seen the latest spec and every node runs a ready pod of it:
    /// observedGeneration == generation and desired == updated == ready.
    bool isRolledOut() const
    {
        return exists && observedGeneration == generation && desired == updated && updated == ready;
    }

    friend bool operator==(const DaemonSetRollout &a, const DaemonSetRollout &b) = default;
};

} // namespace podnet
