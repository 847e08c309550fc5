// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace podnet::sim {

/// A Keystone application credential: always scoped to the project it was made in.
struct OsApplicationCredential
{
    QString id {}; ///< generated when empty
    QString name {};
    QString secret {};
    QString userId {};
    QString projectId {};
};

} // namespace podnet::sim
