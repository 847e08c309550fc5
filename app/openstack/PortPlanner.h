// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/Cidr.h"
#include "openstack/Port.h"
#include "openstack/PortPlan.h"
#include "openstack/PortSelection.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace podnet {

/// Computes the plan that adds the cluster and service CIDRs as allowed address pairs to the
/// selected servers' compute ports, from a snapshot of live ports. No network here.
class PortPlanner
{
public:
    /// Neutron's default max_allowed_address_pair.
    static constexpr int defaultPairLimit = 10;

    /// The networks to allow (cluster CIDR, service CIDR), in this order.
    void setCidrs(const QList<Cidr> &cidrs) { m_cidrs = cidrs; }
    void setSelection(const PortSelection &selection) { m_selection = selection; }
    /// Server names by server id (from Nova); ports of unknown servers use the port name.
    void setServerNames(const QHash<QString, QString> &names) { m_serverNames = names; }
    /// The server's max_allowed_address_pair when known.
    void setPairLimit(int limit) { m_pairLimit = limit; }
    /// Port ids Neutron answered 403/404 for on an earlier attempt.
    void setRefusedPorts(const QSet<QString> &portIds) { m_refused = portIds; }

    /// The plan for \a livePorts, stamped \a now.
    PortPlan plan(const QList<Port> &livePorts,
                  const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// One port's entry: make \a wanted present and \a unwanted absent on \a port, within
    /// \a pairLimit. Also used to recompute an entry from a freshly read port.
    static PortPlan::Entry entryFor(const Port &port, const QString &serverId,
                                    const QString &serverName, const QList<PortAddressPair> &wanted,
                                    const QList<PortAddressPair> &unwanted, int pairLimit);
    /// entryFor() again, for \a live, with \a previous's goals, server and limit.
    static PortPlan::Entry recompute(const PortPlan::Entry &previous, const Port &live);

    /// The name shown for \a port: the server name from \a serverNames, else the port name.
    static QString serverNameFor(const Port &port, const QHash<QString, QString> &serverNames);

private:
    QList<Cidr> m_cidrs;
    PortSelection m_selection;
    QHash<QString, QString> m_serverNames;
    int m_pairLimit = defaultPairLimit;
    QSet<QString> m_refused;
};

} // namespace podnet
