// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeState.h"

#include "kube/KubeClient.h"
#include "kube/LoginShellPath.h"

#include <QNetworkAccessManager>

namespace podnet {

KubeState::KubeState(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_loginPath(LoginShellPath::fromEnvironment(this))
{ }

KubeState::~KubeState() = default;

void KubeState::dropClient()
{
    // A kept-alive connection would carry the old client certificate (TLS is per
    // connection): new credentials start on new connections.
    m_network->clearConnectionCache();
    // Jobs of the old cluster may still hold the client for a moment: let them finish with it.
    if (m_client)
        m_client.release()->deleteLater();
}

void KubeState::setConnection(const KubeConnection &connection, const QStringList &files,
                              const QString &context)
{
    dropClient();
    m_check.reset();
    m_connection = connection;
    m_files = files;
    m_context = context;
    Q_EMIT connectionChanged();
}

void KubeState::clearConnection()
{
    dropClient();
    m_check.reset();
    m_connection.reset();
    m_files.clear();
    m_context.clear();
    Q_EMIT connectionChanged();
}

KubeClient *KubeState::client()
{
    if (!m_connection)
        return nullptr;
    if (!m_client)
        m_client = std::make_unique<KubeClient>(*m_connection, m_network, m_loginPath);
    return m_client.get();
}

void KubeState::setCheckResult(const KubeConnectionCheckResult &result)
{
    if (result.ok)
        m_check = result;
    else
        m_check.reset();
    Q_EMIT connectionChanged();
}

} // namespace podnet
