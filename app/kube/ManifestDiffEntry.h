// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeStatus.h"
#include "kube/ManifestApplyItem.h"

#include <QList>
#include <QString>

namespace podnet {

/// What applying one object of the manifest would do, from a server-side dry run.
struct ManifestDiffEntry
{
    enum class Action {
        Create,    ///< "+": absent now
        Configure, ///< "~": exists and would change (see diff)
        Unchanged, ///< "=": exists and would stay as it is
        Conflict,  ///< "!": the apply would stop at a 409 (conflicts lists who owns what)
        Failed,    ///< "!": the dry run failed (message says why)
    };

    ManifestApplyItem item;
    Action action = Action::Failed;
    QString diff; ///< unified diff live → after apply (whole object as "+" for Create)
    QList<KubeStatus::Cause> conflicts;
    QString message; ///< translated, for Conflict and Failed
    QString detail;  ///< technical detail

    /// "+", "~", "=" as the OpenStack plan shows them, "!" for problems.
    static QString symbol(Action action)
    {
        switch (action) {
        case Action::Create:
            return QStringLiteral("+");
        case Action::Configure:
            return QStringLiteral("~");
        case Action::Unchanged:
            return QStringLiteral("=");
        case Action::Conflict:
        case Action::Failed:
            break;
        }
        return QStringLiteral("!");
    }
};

} // namespace podnet
