// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PortUndoPlanner.h"

#include "openstack/PortPlanner.h"

#include <QHash>

namespace podnet {

PortPlan PortUndoPlanner::plan(const PairJournalRun &run, const QList<Port> &livePorts,
                               const QDateTime &now)
{
    PortPlan result;
    result.kind = PortPlan::Kind::Undo;
    result.computedAt = now;
    result.undoOfRunId = run.runId;
    result.cidrs = run.cidrs;

    QHash<QString, Port> live;
    for (const Port &port : livePorts)
        live.insert(port.id, port);

    // A port changed twice in one run (a retry after a lost answer) is undone once, with
    // everything the run added to it.
    QList<QString> order;
    QHash<QString, PairJournalRun::Change> changes;
    for (const PairJournalRun::Change &change : run.changes) {
        if (!changes.contains(change.portId)) {
            order.append(change.portId);
            changes.insert(change.portId, change);
        } else {
            changes[change.portId].added.append(change.added);
        }
    }

    for (const QString &portId : order) {
        const PairJournalRun::Change &change = changes.value(portId);
        if (!live.contains(portId)) {
            PortPlan::Entry gone;
            gone.port.id = portId;
            gone.serverId = change.serverId;
            gone.serverName = change.serverName;
            gone.unwanted = change.added;
            gone.action = PortPlan::Action::Blocked;
            gone.reason = PortPlan::Reason::PortGone;
            result.entries.append(gone);
            continue;
        }
        // No limit applies to removing pairs.
        result.entries.append(PortPlanner::entryFor(live.value(portId), change.serverId,
                                                    change.serverName, {}, change.added,
                                                    PortPlanner::defaultPairLimit));
    }
    return result;
}

} // namespace podnet
