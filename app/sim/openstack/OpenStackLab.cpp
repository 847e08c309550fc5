// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "OpenStackLab.h"

#include "OpenStackStore.h"

namespace podnet::sim {

void OpenStackLab::populate(OpenStackStore &store)
{
    const QString lab = store.addProject({.name = projectName});
    const QString admin = store.addProject({.name = QStringLiteral("admin")});
    const QString other = store.addProject({.name = QStringLiteral("other-team")});

    const QString demo = store.addUser({.name = userName, .password = password});
    store.grantRole(demo, lab, QStringLiteral("member"));
    const QString root = store.addUser({.name = adminName, .password = adminPassword});
    store.grantRole(root, admin, QStringLiteral("admin"));
    store.grantRole(root, lab, QStringLiteral("admin"));
    store.addApplicationCredential({.id = appCredentialId,
                                    .name = QStringLiteral("podnet-wizard"),
                                    .secret = appCredentialSecret,
                                    .userId = demo,
                                    .projectId = lab});

    const QString net = store.addNetwork({.name = QStringLiteral("k8s-net"),
                                          .projectId = lab,
                                          .cidr = QStringLiteral("10.240.0.0/24")});
    const QString subnet = store.network(net)->subnetId;
    const QString otherNet = store.addNetwork({.name = QStringLiteral("other-net"),
                                               .projectId = other,
                                               .cidr = QStringLiteral("192.168.50.0/24")});

    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("worker-%1.k8s.lan").arg(i);
        const QString server = store.addServer({.name = name, .projectId = lab});
        OsPort port;
        port.networkId = net;
        port.deviceId = server;
        port.deviceOwner = QStringLiteral("compute:nova");
        port.fixedIps = {{subnet, QStringLiteral("10.240.0.%1").arg(20 + i)}};
        port.hostId = QStringLiteral("compute-%1").arg(i);
        if (i == 1)
            port.allowedAddressPairs = {{QStringLiteral("10.32.0.0/24"), QString()}};
        const QString id = store.addPort(port);
        // A pair given without MAC carries the port's own, as Neutron stores it.
        if (OsPort *stored = store.mutablePort(id); stored && i == 1) {
            stored->allowedAddressPairs.first().macAddress = stored->macAddress;
            stored->revisionNumber = 2;
        }
    }
    const QString controller
            = store.addServer({.name = QStringLiteral("controller-0.k8s.lan"), .projectId = lab});
    store.addPort({.networkId = net,
                   .fixedIps = {{subnet, QStringLiteral("10.240.0.10")}},
                   .deviceId = controller,
                   .deviceOwner = QStringLiteral("compute:nova"),
                   .portSecurityEnabled = false,
                   .description = QStringLiteral("port security off")});
    store.addPort({.networkId = net,
                   .fixedIps = {{subnet, QStringLiteral("10.240.0.2")}},
                   .deviceId = QStringLiteral("dhcp-agent-1"),
                   .deviceOwner = QStringLiteral("network:dhcp")});
    store.addPort({.networkId = net,
                   .fixedIps = {{subnet, QStringLiteral("10.240.0.1")}},
                   .deviceId = QStringLiteral("router-1"),
                   .deviceOwner = QStringLiteral("network:router_interface")});
    const QString stranger
            = store.addServer({.name = QStringLiteral("other-vm"), .projectId = other});
    store.addPort(
            {.networkId = otherNet,
             .fixedIps = {{store.network(otherNet)->subnetId, QStringLiteral("192.168.50.5")}},
             .deviceId = stranger,
             .deviceOwner = QStringLiteral("compute:nova")});
}

} // namespace podnet::sim
