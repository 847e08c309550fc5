// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PortAddressPair.h"
#include "openstack/PortFailure.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>
#include <initializer_list>

namespace podnet {

/// What a PortApplyJob did to each port of its plan.
struct PortApplyResult
{
    enum class State {
        Pending,         ///< not started yet
        Running,         ///< requests under way
        Done,            ///< the PUT landed
        AlreadyComplete, ///< nothing to do (found so on a fresh read, or in the plan)
        Skipped,         ///< port security off
        Failed,          ///< see reason and failure
        Cancelled,       ///< not changed: the run was cancelled before its PUT
    };

    struct Item
    {
        QString portId;
        QString serverName;
        State state = State::Pending;
        QList<PortAddressPair> added;   ///< Done: what the PUT added
        QList<PortAddressPair> removed; ///< Done: what the PUT removed
        QList<PortAddressPair> pairsAfter;
        qint64 revisionAfter = -1;
        QString reason;      ///< translated, for Skipped, Failed and Cancelled
        PortFailure failure; ///< the last failed request, when there was one
    };

    QList<Item> items;
    bool cancelled = false;
    QString journalError; ///< translated, when the journal could not be written

    QList<Item> changed() const { return withState({State::Done}); }
    /// Ports left as they were: already complete, skipped or cancelled.
    QList<Item> unchanged() const
    {
        return withState({State::AlreadyComplete, State::Skipped, State::Cancelled});
    }
    QList<Item> failed() const { return withState({State::Failed}); }

private:
    QList<Item> withState(std::initializer_list<State> states) const
    {
        QList<Item> list;
        for (const Item &item : items) {
            if (std::find(states.begin(), states.end(), item.state) != states.end())
                list.append(item);
        }
        return list;
    }
};

} // namespace podnet

Q_DECLARE_METATYPE(podnet::PortApplyResult)
