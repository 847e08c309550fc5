// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/OpenStackState.h"

#include "openstack/KeystoneSession.h"

#include <QNetworkAccessManager>

namespace podnet {

OpenStackState::OpenStackState(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

OpenStackState::~OpenStackState() = default;

void OpenStackState::setCredentials(const CloudCredentials &credentials)
{
    m_credentials = credentials;
    // A kept-alive connection would carry the old client certificate (TLS is per
    // connection): new credentials start on new connections.
    m_network->clearConnectionCache();
    // Jobs of the old cloud may still hold the session for a moment: let them finish with it.
    if (m_session)
        m_session.release()->deleteLater();
    const bool wasConnected = m_check.has_value();
    m_check.reset();
    // A plan belongs to the cloud and project it was computed for.
    if (portPlan())
        clearPortPlan();
    Q_EMIT credentialsChanged();
    if (wasConnected)
        Q_EMIT connectionChanged();
}

KeystoneSession *OpenStackState::session()
{
    if (!m_session)
        m_session = std::make_unique<KeystoneSession>(m_network, m_credentials);
    return m_session.get();
}

void OpenStackState::setCheckResult(const ConnectionCheckResult &result)
{
    m_check = result;
    Q_EMIT connectionChanged();
}

void OpenStackState::setPortPlan(const PortPlan &plan, const PortSelection &selection,
                                 const QHash<QString, QString> &serverNames)
{
    m_portPlan = plan;
    m_portSelection = selection;
    m_serverNames = serverNames;
    Q_EMIT portPlanChanged();
}

void OpenStackState::clearPortPlan()
{
    if (!m_portPlan)
        return;
    m_portPlan.reset();
    Q_EMIT portPlanChanged();
}

void OpenStackState::setLastRunId(const QString &runId)
{
    m_lastRunId = runId;
}

} // namespace podnet
