// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace podnet::sim {

/// A Keystone project (all in one domain per project; "default"/"Default" unless given).
struct OsProject
{
    QString id {}; ///< generated when empty
    QString name {};
    QString domainId = QStringLiteral("default");
    QString domainName = QStringLiteral("Default");
};

} // namespace podnet::sim
