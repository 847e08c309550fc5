// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace podnet {

/// What a ConnectionCheck found out about the cloud: who we are there, where Neutron and Nova
/// live, and which Neutron extensions PodNet relies on are present.
struct ConnectionCheckResult
{
    /// Neutron's default max_allowed_address_pair; the API does not publish the configured value.
    static constexpr int defaultPairLimit = 10;

    QString userName;
    QString userId;
    QString projectName;
    QString projectId;
    QString regionName;
    QUrl networkEndpoint;
    QUrl computeEndpoint; ///< empty when the cloud has no Nova (server names then come from ports)

    bool allowedAddressPairs = false; ///< required: without it PodNet cannot work
    bool portSecurity = false;
    bool revisionIfMatch = false;     ///< If-Match: revision_number=N is honoured
    int pairLimit = defaultPairLimit; ///< allowed address pairs per port
    bool pairLimitKnown = false;      ///< false: pairLimit is Neutron's default, not read
    QStringList extensionAliases;     ///< every extension Neutron listed, sorted
};

} // namespace podnet
