// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CloudCredentials.h"
#include "openstack/ConnectionCheckResult.h"
#include "openstack/PortPlan.h"
#include "openstack/PortSelection.h"

#include <QHash>
#include <QString>

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace podnet {

class KeystoneSession;

/// The OpenStack side of the shared state: the credentials in use, the one Keystone session
/// made from them, and what the last connection check found. New credentials drop the session
/// and the check, so nothing stale survives a change of cloud or user.
class OpenStackState : public QObject
{
    Q_OBJECT
public:
    /// \a network is not owned and must outlive this object.
    explicit OpenStackState(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OpenStackState() override;

    const CloudCredentials &credentials() const { return m_credentials; }
    void setCredentials(const CloudCredentials &credentials);

    /// The session for the current credentials, created on first use.
    KeystoneSession *session();

    /// The last successful connection check for these credentials.
    const std::optional<ConnectionCheckResult> &checkResult() const { return m_check; }
    void setCheckResult(const ConnectionCheckResult &result);
    bool isConnected() const { return m_check.has_value(); }

    /// The port plan the user accepted last (computed from live ports), for the apply page.
    const std::optional<PortPlan> &portPlan() const { return m_portPlan; }
    /// Stores \a plan with the choices it was made from, so it can be recomputed the same way.
    void setPortPlan(const PortPlan &plan, const PortSelection &selection,
                     const QHash<QString, QString> &serverNames);
    void clearPortPlan();
    /// The selection to plan with next (a loaded profile's port pattern), kept until a plan is
    /// stored with its own selection.
    void setPortSelection(const PortSelection &selection) { m_portSelection = selection; }
    /// The selection and the server names the current plan was made with.
    PortSelection portSelection() const { return m_portSelection; }
    QHash<QString, QString> serverNames() const { return m_serverNames; }

    /// The journal run id of the last apply (or undo) run; empty before the first.
    QString lastRunId() const { return m_lastRunId; }
    void setLastRunId(const QString &runId);

Q_SIGNALS:
    /// Credentials changed: the session and check result were dropped.
    void credentialsChanged();
    void connectionChanged();
    /// A new port plan was stored or the plan was dropped.
    void portPlanChanged();

private:
    QNetworkAccessManager *m_network;
    CloudCredentials m_credentials;
    std::unique_ptr<KeystoneSession> m_session;
    std::optional<ConnectionCheckResult> m_check;
    std::optional<PortPlan> m_portPlan;
    PortSelection m_portSelection;
    QHash<QString, QString> m_serverNames;
    QString m_lastRunId;
};

} // namespace podnet
