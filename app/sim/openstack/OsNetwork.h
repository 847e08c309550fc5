// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace podnet::sim {

/// A Neutron network.
struct OsNetwork
{
    QString id {}; ///< generated when empty
    QString name {};
    QString projectId {};
    bool shared = false;
    bool external = false;
    bool portSecurityEnabled = true;
    QString cidr {};     ///< the network's one subnet, for ports created through the API
    QString subnetId {}; ///< generated when empty and cidr is set
};

} // namespace podnet::sim
