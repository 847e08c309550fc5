// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CloudCredentials.h"
#include "openstack/KeystoneSession.h"
#include "openstack/NeutronPortClient.h"
#include "sim/openstack/OpenStackSimulator.h"
#include "sim/openstack/OpenStackStore.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace podnet::test {

/// The port tests' cloud: the OpenStack simulator with a project of their own ("ports-lab",
/// user "porter"), an admin who also sees another project's ports, and a session and port
/// client logged in as either.
struct PortTestCloud
{
    static inline const QString password = QStringLiteral("porter-password");

    sim::OpenStackSimulator sim;
    QNetworkAccessManager network;
    std::unique_ptr<KeystoneSession> session;
    std::unique_ptr<NeutronPortClient> client;
    QString projectId;
    QString otherProjectId;
    QString netId;
    QString subnetId;
    QString otherNetId;

    bool start(bool asAdmin = false)
    {
        if (!sim.start())
            return false;
        sim::OpenStackStore &store = sim.store();
        projectId = store.addProject({.name = QStringLiteral("ports-lab")});
        otherProjectId = store.addProject({.name = QStringLiteral("other-team")});
        const QString user
                = store.addUser({.name = QStringLiteral("porter"), .password = password});
        store.grantRole(user, projectId, QStringLiteral("member"));
        const QString admin = store.addUser({.name = QStringLiteral("boss"), .password = password});
        store.grantRole(admin, projectId, QStringLiteral("admin"));
        netId = store.addNetwork({.name = QStringLiteral("net"),
                                  .projectId = projectId,
                                  .cidr = QStringLiteral("10.240.0.0/24")});
        subnetId = store.network(netId)->subnetId;
        otherNetId = store.addNetwork({.name = QStringLiteral("other-net"),
                                       .projectId = otherProjectId,
                                       .cidr = QStringLiteral("192.168.5.0/24")});
        CloudCredentials credentials;
        credentials.authUrl = sim.authUrl();
        credentials.username = asAdmin ? QStringLiteral("boss") : QStringLiteral("porter");
        credentials.userDomainName = QStringLiteral("Default");
        credentials.projectName = QStringLiteral("ports-lab");
        credentials.projectDomainName = QStringLiteral("Default");
        credentials.secret = password;
        session = std::make_unique<KeystoneSession>(&network, credentials);
        session->setTransferTimeout(std::chrono::seconds(5));
        client = std::make_unique<NeutronPortClient>(session.get());
        return true;
    }

    /// A server named \a name with one compute port; returns the port id.
    QString addWorker(const QString &name, const QStringList &pairs = {}, bool portSecurity = true,
                      const QString &zone = QStringLiteral("nova"))
    {
        sim::OpenStackStore &store = sim.store();
        const QString server = store.addServer({.name = name, .projectId = projectId});
        sim::OsPort port;
        port.name = name + QStringLiteral("-port");
        port.networkId = netId;
        port.deviceId = server;
        port.deviceOwner = QStringLiteral("compute:") + zone;
        port.portSecurityEnabled = portSecurity;
        const QString id = store.addPort(port);
        sim::OsPort *stored = store.mutablePort(id);
        for (const QString &ip : pairs)
            stored->allowedAddressPairs.append({ip, stored->macAddress});
        return id;
    }

    /// The stored pairs' addresses of port \a id.
    QStringList pairsOf(const QString &id) const
    {
        QStringList list;
        if (const sim::OsPort *port = sim.store().port(id)) {
            for (const auto &pair : port->allowedAddressPairs)
                list.append(pair.ipAddress);
        }
        return list;
    }

    /// Lists the ports through the client, waiting for the answer.
    QList<Port> listPorts(PortFailure *failure = nullptr)
    {
        bool done = false;
        QList<Port> result;
        QObject context;
        client->listPorts(&context, [&](const QList<Port> &ports, const PortFailure &f) {
            result = ports;
            if (failure)
                *failure = f;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }
};

} // namespace podnet::test
