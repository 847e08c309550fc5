// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeConnection.h"
#include "kube/KubeConnectionCheckResult.h"

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace podnet {

class KubeClient;
class LoginShellPath;

/// The Kubernetes side of the shared state: the connection in use (from a kubeconfig context or
/// typed in), the one client made from it, and what the last connection check found. A new
/// connection drops the client and the check, so nothing stale survives a change of cluster.
class KubeState : public QObject
{
    Q_OBJECT
public:
    /// \a network is not owned and must outlive this object.
    explicit KubeState(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~KubeState() override;

    /// The kubeconfig file(s) and context the connection came from; empty when typed in.
    QStringList kubeconfigFiles() const { return m_files; }
    QString contextName() const { return m_context; }

    bool hasConnection() const { return m_connection.has_value(); }
    const std::optional<KubeConnection> &connection() const { return m_connection; }
    void setConnection(const KubeConnection &connection, const QStringList &files = {},
                       const QString &context = {});
    void clearConnection();

    /// The client for the current connection, created on first use; null without a connection.
    KubeClient *client();
    /// Asks the login shell for PATH once per run, for exec credential plugins.
    LoginShellPath *loginShellPath() { return m_loginPath; }

    const std::optional<KubeConnectionCheckResult> &checkResult() const { return m_check; }
    /// Keeps a successful check (ok() results only; anything else clears it).
    void setCheckResult(const KubeConnectionCheckResult &result);
    bool isConnected() const { return m_check.has_value(); }

Q_SIGNALS:
    void connectionChanged();

private:
    void dropClient();

    QNetworkAccessManager *m_network;
    LoginShellPath *m_loginPath;
    std::optional<KubeConnection> m_connection;
    QStringList m_files;
    QString m_context;
    std::unique_ptr<KubeClient> m_client;
    std::optional<KubeConnectionCheckResult> m_check;
};

} // namespace podnet
