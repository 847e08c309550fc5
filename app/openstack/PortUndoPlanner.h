// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PairJournalRun.h"
#include "openstack/Port.h"
#include "openstack/PortPlan.h"

#include <QDateTime>
#include <QList>

namespace podnet {

/// Computes the plan that undoes an earlier run from its journal and the live ports: on each
/// port the run changed, remove exactly the pairs that run added, where they are still present
/// (same network, same effective MAC), keeping everything else, including pairs added since.
/// Ports deleted since are listed as blocked (PortGone). No network here.
class PortUndoPlanner
{
public:
    /// The undo plan of \a run against \a livePorts, stamped \a now.
    static PortPlan plan(const PairJournalRun &run, const QList<Port> &livePorts,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace podnet
