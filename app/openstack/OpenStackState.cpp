// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/OpenStackState.h"

#include "openstack/KeystoneSession.h"

namespace podnet {

OpenStackState::OpenStackState(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

OpenStackState::~OpenStackState() = default;

void OpenStackState::setCredentials(const CloudCredentials &credentials)
{
    m_credentials = credentials;
    m_session.reset();
    const bool wasConnected = m_check.has_value();
    m_check.reset();
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

} // namespace podnet
