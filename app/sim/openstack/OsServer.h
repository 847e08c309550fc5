// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace podnet::sim {

/// A Nova server (only what servers/detail needs).
struct OsServer
{
    QString id {}; ///< generated when empty
    QString name {};
    QString projectId {};
    QString status = QStringLiteral("ACTIVE");
};

} // namespace podnet::sim
