// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "OpenStackStore.h"

#include <QUuid>

#include <utility>

namespace podnet::sim {

namespace {

template<typename T>
const T *findById(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

QString OpenStackStore::newHexId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString OpenStackStore::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString OpenStackStore::addProject(OsProject project)
{
    if (project.id.isEmpty())
        project.id = newHexId();
    m_projects.append(project);
    return project.id;
}

QString OpenStackStore::addUser(OsUser user)
{
    if (user.id.isEmpty())
        user.id = newHexId();
    m_users.append(user);
    return user.id;
}

void OpenStackStore::grantRole(const QString &userId, const QString &projectId, const QString &role)
{
    for (OsUser &user : m_users) {
        if (user.id == userId && !user.rolesByProject[projectId].contains(role))
            user.rolesByProject[projectId].append(role);
    }
}

QString OpenStackStore::addApplicationCredential(OsApplicationCredential credential)
{
    if (credential.id.isEmpty())
        credential.id = newHexId();
    m_appCreds.append(credential);
    return credential.id;
}

QString OpenStackStore::addNetwork(OsNetwork network)
{
    if (network.id.isEmpty())
        network.id = newUuid();
    if (!network.cidr.isEmpty() && network.subnetId.isEmpty())
        network.subnetId = newUuid();
    m_networks.append(network);
    return network.id;
}

QString OpenStackStore::addPort(OsPort port)
{
    if (port.id.isEmpty())
        port.id = newUuid();
    if (port.projectId.isEmpty()) {
        if (const OsNetwork *net = network(port.networkId))
            port.projectId = net->projectId;
    }
    if (port.macAddress.isEmpty()) {
        const quint32 n = m_nextMac++;
        port.macAddress = QStringLiteral("fa:16:3e:%1:%2:%3")
                                  .arg((n >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg((n >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg(n & 0xff, 2, 16, QLatin1Char('0'));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!port.createdAt.isValid())
        port.createdAt = now;
    if (!port.updatedAt.isValid())
        port.updatedAt = port.createdAt;
    m_ports.append(port);
    return port.id;
}

QString OpenStackStore::addServer(OsServer server)
{
    if (server.id.isEmpty())
        server.id = newUuid();
    m_servers.append(server);
    return server.id;
}

const OsProject *OpenStackStore::project(const QString &id) const
{
    return findById(m_projects, id);
}

const OsProject *OpenStackStore::projectByName(const QString &name,
                                               const QString &domainIdOrName) const
{
    for (const OsProject &item : m_projects) {
        if (item.name == name
            && (item.domainId == domainIdOrName || item.domainName == domainIdOrName))
            return &item;
    }
    return nullptr;
}

const OsUser *OpenStackStore::user(const QString &id) const
{
    return findById(m_users, id);
}

const OsUser *OpenStackStore::userByName(const QString &name, const QString &domainIdOrName) const
{
    for (const OsUser &item : m_users) {
        if (item.name == name
            && (item.domainId == domainIdOrName || item.domainName == domainIdOrName))
            return &item;
    }
    return nullptr;
}

const OsApplicationCredential *OpenStackStore::applicationCredential(const QString &id) const
{
    return findById(m_appCreds, id);
}

const OsNetwork *OpenStackStore::network(const QString &id) const
{
    return findById(m_networks, id);
}

const OsPort *OpenStackStore::port(const QString &id) const
{
    return findById(m_ports, id);
}

OsPort *OpenStackStore::mutablePort(const QString &id)
{
    for (OsPort &item : m_ports) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

void OpenStackStore::removePort(const QString &id)
{
    m_ports.removeIf([&id](const OsPort &item) { return item.id == id; });
}

OsToken OpenStackStore::issueToken(const QString &userId, const QString &projectId,
                                   const QStringList &methods,
                                   const QString &applicationCredentialId)
{
    OsToken token;
    // Real tokens are long opaque strings; the length does not matter to clients.
    token.id = QStringLiteral("gAAAAA") + newHexId() + newHexId();
    token.userId = userId;
    token.projectId = projectId;
    token.methods = methods;
    token.applicationCredentialId = applicationCredentialId;
    if (const OsUser *owner = user(userId); owner && !projectId.isEmpty())
        token.roles = owner->rolesByProject.value(projectId);
    token.issuedAt = QDateTime::currentDateTimeUtc();
    token.expiresAt = token.issuedAt.addSecs(m_tokenLifetime.count());
    m_tokens.insert(token.id, token);
    return token;
}

const OsToken *OpenStackStore::validToken(const QString &id) const
{
    const auto it = m_tokens.constFind(id);
    if (it == m_tokens.constEnd() || it->expiresAt <= QDateTime::currentDateTimeUtc())
        return nullptr;
    return &*it;
}

void OpenStackStore::expireAllTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (OsToken &token : m_tokens)
        token.expiresAt = past;
}

} // namespace podnet::sim
