// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeStatus.h"
#include "kube/ManifestApplyItem.h"

#include <QList>
#include <QString>

namespace podnet {

/// What happened to one object of a ManifestApplyJob.
struct ManifestApplyResult
{
    enum class Outcome {
        Pending,    ///< not tried yet (or not reached because an earlier object stopped)
        Created,    ///< absent before
        Configured, ///< existed; its resourceVersion changed
        Unchanged,  ///< existed; the server kept it as it was
        Conflict,   ///< 409: other field managers own fields the manifest sets
        Failed,     ///< any other error
    };

    ManifestApplyItem item;
    Outcome outcome = Outcome::Pending;
    QList<KubeStatus::Cause> conflicts; ///< for Conflict: field and manager of each
    bool forced = false;                ///< applied with force (ownership taken)
    QString message;                    ///< translated, for Conflict and Failed: what to do
    QString detail;                     ///< technical detail (URL, status, server message)

    bool isDone() const
    {
        return outcome == Outcome::Created || outcome == Outcome::Configured
                || outcome == Outcome::Unchanged;
    }
};

} // namespace podnet
