// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/Port.h"
#include "openstack/PortFailure.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace podnet {

class KeystoneSession;
class NeutronPortClient;
class NovaServerNamesJob;

/// Reads what a port plan is computed from: every port of the project (Neutron), then the
/// servers' names (Nova, a convenience that may fail quietly). Reports once per load() through
/// finished(); a new load() abandons the one still going.
class LivePortsLoader : public QObject
{
    Q_OBJECT
public:
    /// \a session is not owned and must outlive the loader.
    explicit LivePortsLoader(KeystoneSession *session, QObject *parent = nullptr);
    ~LivePortsLoader() override;

    void load();
    bool isLoading() const { return m_loading; }

    /// The port client the loader reads with (also used to apply).
    NeutronPortClient *client() const { return m_client; }

Q_SIGNALS:
    /// \a failure is not ok when the ports could not be listed (then \a ports is empty).
    /// \a namesProblem is a translated note when Nova gave no names.
    void finished(const QList<podnet::Port> &ports, const QHash<QString, QString> &serverNames,
                  const podnet::PortFailure &failure, const QString &namesProblem);

private:
    KeystoneSession *m_session;
    NeutronPortClient *m_client;
    NovaServerNamesJob *m_names;
    QObject *m_context = nullptr; ///< replaced per load, so late answers of an old one drop
    QList<Port> m_ports;
    bool m_loading = false;
};

} // namespace podnet
