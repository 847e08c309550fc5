// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PortPlanner.h"

#include <algorithm>

namespace podnet {

QString PortPlanner::serverNameFor(const Port &port, const QHash<QString, QString> &serverNames)
{
    const QString name = serverNames.value(port.deviceId);
    return name.isEmpty() ? port.name : name;
}

PortPlan::Entry PortPlanner::entryFor(const Port &port, const QString &serverId,
                                      const QString &serverName,
                                      const QList<PortAddressPair> &wanted,
                                      const QList<PortAddressPair> &unwanted, int pairLimit)
{
    PortPlan::Entry entry;
    entry.port = port;
    entry.serverId = serverId;
    entry.serverName = serverName;
    entry.wanted = wanted;
    entry.unwanted = unwanted;
    entry.pairLimit = pairLimit;

    QList<PortAddressPair> kept;
    for (const PortAddressPair &pair : port.allowedAddressPairs) {
        if (PortAddressPair::indexOf(unwanted, pair, port.macAddress) >= 0)
            entry.toRemove.append(pair);
        else
            kept.append(pair);
    }
    for (const PortAddressPair &pair : wanted) {
        // A pair with another MAC is another pair: sameAs() compares effective MACs.
        if (PortAddressPair::indexOf(kept, pair, port.macAddress) < 0
            && PortAddressPair::indexOf(entry.toAdd, pair, port.macAddress) < 0)
            entry.toAdd.append(pair);
    }

    if (entry.toAdd.isEmpty() && entry.toRemove.isEmpty()) {
        entry.action = PortPlan::Action::Complete;
    } else if (!entry.toAdd.isEmpty() && !port.portSecurityEnabled) {
        entry.action = PortPlan::Action::Skip;
        entry.reason = PortPlan::Reason::PortSecurityDisabled;
    } else if (!entry.toAdd.isEmpty() && kept.size() + entry.toAdd.size() > pairLimit) {
        entry.action = PortPlan::Action::Blocked;
        entry.reason = PortPlan::Reason::PairLimit;
    } else {
        entry.action = PortPlan::Action::Change;
    }
    return entry;
}

PortPlan::Entry PortPlanner::recompute(const PortPlan::Entry &previous, const Port &live)
{
    return entryFor(live, previous.serverId, previous.serverName, previous.wanted,
                    previous.unwanted, previous.pairLimit);
}

PortPlan PortPlanner::plan(const QList<Port> &livePorts, const QDateTime &now) const
{
    PortPlan result;
    result.kind = PortPlan::Kind::Add;
    result.computedAt = now;

    QList<PortAddressPair> wanted;
    for (const Cidr &cidr : m_cidrs) {
        wanted.append(PortAddressPair(cidr.toString()));
        result.cidrs.append(cidr.toString());
    }

    for (const Port &port : livePorts) {
        const QString serverName = serverNameFor(port, m_serverNames);
        PortPlan::Entry entry;
        if (!port.isCompute()) {
            entry.port = port;
            entry.serverId = port.deviceId;
            entry.serverName = serverName;
            entry.reason = PortPlan::Reason::NotCompute;
        } else if (!m_selection.matches(port.deviceId, serverName)) {
            entry.port = port;
            entry.serverId = port.deviceId;
            entry.serverName = serverName;
            entry.reason = PortPlan::Reason::NotChosen;
        } else if (m_refused.contains(port.id)) {
            entry = entryFor(port, port.deviceId, serverName, wanted, {}, m_pairLimit);
            entry.action = PortPlan::Action::Blocked;
            entry.reason = PortPlan::Reason::NotAllowed;
        } else {
            entry = entryFor(port, port.deviceId, serverName, wanted, {}, m_pairLimit);
        }
        result.entries.append(entry);
    }

    // Grouped by server, servers by name: selected ports first, greyed ones last.
    std::stable_sort(result.entries.begin(), result.entries.end(),
                     [](const PortPlan::Entry &a, const PortPlan::Entry &b) {
                         const bool aSelected = a.action != PortPlan::Action::NotSelected;
                         const bool bSelected = b.action != PortPlan::Action::NotSelected;
                         if (aSelected != bSelected)
                             return aSelected;
                         if (a.serverName != b.serverName)
                             return a.serverName < b.serverName;
                         if (a.serverId != b.serverId)
                             return a.serverId < b.serverId;
                         return a.port.id < b.port.id;
                     });
    return result;
}

} // namespace podnet
