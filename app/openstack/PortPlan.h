// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/Port.h"
#include "openstack/PortAddressPair.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace podnet {

/// What would change on which port: pure data computed by PortPlanner (or PortUndoPlanner)
/// from live ports, shown to the user, then consumed by PortApplyJob.
class PortPlan
{
    Q_DECLARE_TR_FUNCTIONS(PortPlan)
public:
    enum class Kind {
        Add,  ///< adds the cluster and service CIDRs
        Undo, ///< removes the pairs an earlier run added
    };
    enum class Action {
        Change,      ///< "+" pairs to add, or "-" pairs to remove
        Complete,    ///< "=" nothing to do
        Skip,        ///< "skip" port security is off
        Blocked,     ///< "!" over the pair limit, not allowed, or gone
        NotSelected, ///< not a compute port, or not chosen; shown greyed
    };
    enum class Reason {
        None,
        PortSecurityDisabled,
        PairLimit,  ///< the change would exceed pairLimit
        NotAllowed, ///< 403/404 for this port on an earlier attempt
        PortGone,   ///< undo: the port no longer exists
        NotCompute, ///< device_owner is not compute:* (network:dhcp, network:router_interface…)
        NotChosen,  ///< a compute port the selection leaves out
    };

    /// One port's line of the plan.
    struct Entry
    {
        Port port; ///< the live state the entry was computed from (revision, pairs)
        QString serverId;
        QString serverName;
        Action action = Action::NotSelected;
        Reason reason = Reason::None;
        QList<PortAddressPair> wanted;   ///< pairs the plan wants present
        QList<PortAddressPair> unwanted; ///< pairs the plan wants absent (undo)
        QList<PortAddressPair> toAdd;    ///< wanted pairs missing from port
        QList<PortAddressPair> toRemove; ///< pairs of port (as stored) that match unwanted
        int pairLimit = 10;

        /// The list a PUT would send: the port's pairs minus toRemove plus toAdd.
        QList<PortAddressPair> pairsAfter() const;
        /// "+", "-", "=", "skip", "!" or "" (not selected).
        QString symbol() const;
        /// Translated explanation for Skip, Blocked and NotSelected; empty otherwise.
        QString reasonText() const;
        /// The openstack CLI command doing the same change (no secrets); empty when nothing to do.
        QString teachingCommand() const;
    };

    struct Totals
    {
        int portsToChange = 0;
        int pairsToAdd = 0;
        int pairsToRemove = 0;
        int complete = 0;
        int skipped = 0;
        int blocked = 0;
        int notSelected = 0;
    };

    Kind kind = Kind::Add;
    QDateTime computedAt;
    QList<Entry> entries;
    QString undoOfRunId; ///< for Kind::Undo: the journal run being undone
    /// The networks the plan adds (Kind::Add) or removes (Kind::Undo), as text.
    QStringList cidrs;

    Totals totals() const;
    /// The entry for \a portId, or nullptr.
    const Entry *entry(const QString &portId) const;
    /// Whether \a livePorts differ from what the plan was computed from: a planned port changed
    /// (revision, or pairs when there is no revision) or vanished, or a compute port appeared.
    bool isStale(const QList<Port> &livePorts) const;

    /// For --output json.
    QJsonObject toJson() const;
    /// One translated line per port (symbol, server, port id, pairs or reason), then totals.
    QString toText() const;
    /// The translated totals line.
    QString totalsText() const;

    static QString actionName(Action action);
    static QString reasonName(Reason reason);
};

} // namespace podnet
