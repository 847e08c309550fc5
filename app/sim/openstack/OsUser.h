// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace podnet::sim {

/// A Keystone user with a password and roles per project ("admin" makes Neutron show everything).
struct OsUser
{
    QString id {}; ///< generated when empty
    QString name {};
    QString password {};
    QString domainId = QStringLiteral("default");
    QString domainName = QStringLiteral("Default");
    QHash<QString, QStringList> rolesByProject {}; ///< project id -> role names
};

} // namespace podnet::sim
