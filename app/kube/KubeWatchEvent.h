// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace podnet {

/// One change from a watch stream (BOOKMARK and ERROR events are handled by the reader).
struct KubeWatchEvent
{
    enum class Type { Added, Modified, Deleted };

    Type type = Type::Added;
    QJsonObject object;
    QString resourceVersion; ///< the object's metadata.resourceVersion
};

} // namespace podnet
