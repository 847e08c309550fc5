// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace podnet::sim {

/// A Keystone token the simulator issued.
struct OsToken
{
    QString id {};
    QString userId {};
    QString projectId {}; ///< empty: unscoped
    QStringList roles {};
    QStringList methods {};
    QString applicationCredentialId {};
    QDateTime issuedAt {};
    QDateTime expiresAt {};

    bool isAdmin() const { return roles.contains(QStringLiteral("admin")); }
};

} // namespace podnet::sim
