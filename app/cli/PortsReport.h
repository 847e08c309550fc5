// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PairJournalRun.h"
#include "openstack/PortApplyResult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace podnet {

class PortPlan;

/// The texts `podnet-wizard ports` prints: progress lines, the final summary, the list of runs,
/// and their JSON forms. Pure formatting, no I/O.
class PortsReport
{
    Q_DECLARE_TR_FUNCTIONS(PortsReport)
public:
    /// "done", "complete", "skipped", "failed", "cancelled", …, for JSON.
    static QString stateName(PortApplyResult::State state);
    /// The openstack commands making the plan's changes, one a line; empty when none.
    static QString teachingCommands(const PortPlan &plan);
    /// "[2/3] changed worker-0  PORT  added …" for a port that reached its final state.
    static QString progressLine(int done, int total, const PortApplyResult::Item &item);
    /// What was changed, left alone and failed, with reasons; the journal id.
    static QString summary(const PortApplyResult &result, const QString &runId, bool undo);
    static QJsonObject toJson(const PortApplyResult &result, const QString &runId);
    static QString runsText(const QList<PairJournalRun> &runs);
    static QJsonArray runsJson(const QList<PairJournalRun> &runs);
    static QString endName(PairJournalRun::End end);
};

} // namespace podnet
