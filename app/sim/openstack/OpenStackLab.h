// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace podnet::sim {

class OpenStackStore;

/// The tutorial's lab as demo data: project "k8s-lab" with user "demo" (password
/// "demo-password", role member) and an application credential; an "admin" user (password
/// "admin-password") with the admin role; network "k8s-net" 10.240.0.0/24; three workers
/// worker-0..2.k8s.lan with compute:nova ports (worker-1 already carries a pair); a port with
/// port security off, a DHCP port and a router port; and a port of another project that only
/// an admin sees.
class OpenStackLab
{
public:
    static inline const QString projectName = QStringLiteral("k8s-lab");
    static inline const QString userName = QStringLiteral("demo");
    static inline const QString password = QStringLiteral("demo-password");
    static inline const QString adminName = QStringLiteral("admin");
    static inline const QString adminPassword = QStringLiteral("admin-password");
    static inline const QString appCredentialId = QStringLiteral("podnet-demo-appcred");
    static inline const QString appCredentialSecret = QStringLiteral("demo-secret");

    /// Adds the lab to \a store.
    static void populate(OpenStackStore &store);
};

} // namespace podnet::sim
