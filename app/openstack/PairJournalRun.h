// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PortAddressPair.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace podnet {

/// One run's journal, as written by PairJournal and read back by PairJournalStore: who ran it
/// where (never a secret), which networks, and each port change as it landed.
struct PairJournalRun
{
    enum class End {
        Open,      ///< no final line: still running, or the program ended mid-run
        Finished,  ///< the run went through every port
        Cancelled, ///< the user stopped it; the change lines say exactly what landed
    };

    /// One landed PUT.
    struct Change
    {
        QDateTime time;
        QString portId;
        QString serverId;
        QString serverName;
        QList<PortAddressPair> pairsBefore;
        QList<PortAddressPair> pairsAfter; ///< as Neutron answered
        QList<PortAddressPair> added;      ///< as sent (undo removes exactly these)
        QList<PortAddressPair> removed;    ///< as they were stored
        qint64 revisionAfter = -1;
    };

    QString runId; ///< e.g. 20261126-120000-abcd
    QDateTime startedAt;
    QString kind = QStringLiteral("add"); ///< "add" or "undo"
    QString undoOf;                       ///< for undo runs: the run undone
    QUrl authUrl;                         ///< without user info or query
    QString projectId;
    QString projectName;
    QString userName;
    QString regionName;
    QStringList cidrs;

    QList<Change> changes;

    End end = End::Open;
    QDateTime endedAt;
    int changedCount = 0; ///< from the final line
    int unchangedCount = 0;
    int failedCount = 0;
};

} // namespace podnet
