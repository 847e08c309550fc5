// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OsApplicationCredential.h"
#include "OsNetwork.h"
#include "OsPort.h"
#include "OsProject.h"
#include "OsServer.h"
#include "OsToken.h"
#include "OsUser.h"

#include <QHash>
#include <QList>
#include <QString>

#include <chrono>

namespace podnet::sim {

/// The simulated cloud's state: identities, tokens, networks, ports and servers. Plain data,
/// no HTTP; the services read and change it, tests build it through OpenStackSimulator::store().
class OpenStackStore
{
public:
    /// Adds a project; returns its id.
    QString addProject(OsProject project);
    /// Adds a user; returns its id.
    QString addUser(OsUser user);
    /// Gives \a userId the role \a role on \a projectId.
    void grantRole(const QString &userId, const QString &projectId, const QString &role);
    /// Adds an application credential; returns its id.
    QString addApplicationCredential(OsApplicationCredential credential);
    /// Adds a network; returns its id.
    QString addNetwork(OsNetwork network);
    /// Adds a port, filling in id, MAC, project and times; returns its id.
    QString addPort(OsPort port);
    /// Adds a server; returns its id.
    QString addServer(OsServer server);

    const QList<OsProject> &projects() const { return m_projects; }
    const QList<OsUser> &users() const { return m_users; }
    const QList<OsApplicationCredential> &applicationCredentials() const { return m_appCreds; }
    const QList<OsNetwork> &networks() const { return m_networks; }
    const QList<OsPort> &ports() const { return m_ports; }
    const QList<OsServer> &servers() const { return m_servers; }

    const OsProject *project(const QString &id) const;
    const OsProject *projectByName(const QString &name, const QString &domainIdOrName) const;
    const OsUser *user(const QString &id) const;
    const OsUser *userByName(const QString &name, const QString &domainIdOrName) const;
    const OsApplicationCredential *applicationCredential(const QString &id) const;
    const OsNetwork *network(const QString &id) const;
    const OsPort *port(const QString &id) const;
    OsPort *mutablePort(const QString &id);
    /// Removes the port \a id (no-op when absent).
    void removePort(const QString &id);

    /// How long new tokens live (default one hour).
    void setTokenLifetime(std::chrono::seconds lifetime) { m_tokenLifetime = lifetime; }
    /// Issues a token for \a userId scoped to \a projectId (empty: unscoped).
    OsToken issueToken(const QString &userId, const QString &projectId, const QStringList &methods,
                       const QString &applicationCredentialId = {});
    /// The token with \a id if it exists and has not expired, else nullptr.
    const OsToken *validToken(const QString &id) const;
    /// Makes every token issued so far expire now.
    void expireAllTokens();

    /// A fresh id in the style of the service (32 hex digits for Keystone, a UUID otherwise).
    static QString newHexId();
    static QString newUuid();

private:
    QList<OsProject> m_projects;
    QList<OsUser> m_users;
    QList<OsApplicationCredential> m_appCreds;
    QList<OsNetwork> m_networks;
    QList<OsPort> m_ports;
    QList<OsServer> m_servers;
    QHash<QString, OsToken> m_tokens;
    std::chrono::seconds m_tokenLifetime {3600};
    quint32 m_nextMac = 0x100001;
};

} // namespace podnet::sim
