// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortsReport.h"

#include "openstack/PortPlan.h"

#include <QStringList>

namespace podnet {

namespace {

QString pairsText(const QList<PortAddressPair> &pairs)
{
    QStringList texts;
    for (const PortAddressPair &pair : pairs)
        texts.append(pair.displayText());
    return texts.join(QStringLiteral(", "));
}

QString serverText(const PortApplyResult::Item &item)
{
    return item.serverName.isEmpty() ? PortsReport::tr("(no name)") : item.serverName;
}

QString failureText(const PortApplyResult::Item &item)
{
    QString text = !item.reason.isEmpty() ? item.reason : item.failure.message();
    if (!item.failure.isOk() && !item.failure.detail().isEmpty())
        text += QStringLiteral(" (%1)").arg(item.failure.detail());
    return text;
}

} // namespace

QString PortsReport::stateName(PortApplyResult::State state)
{
    using State = PortApplyResult::State;
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("changed");
    case State::AlreadyComplete:
        return QStringLiteral("complete");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString PortsReport::teachingCommands(const PortPlan &plan)
{
    QString text;
    for (const PortPlan::Entry &entry : plan.entries) {
        const QString command = entry.teachingCommand();
        if (!command.isEmpty())
            text += command + QLatin1Char('\n');
    }
    return text;
}

QString PortsReport::progressLine(int done, int total, const PortApplyResult::Item &item)
{
    using State = PortApplyResult::State;
    const QString counter = QStringLiteral("[%1/%2]").arg(done).arg(total);
    switch (item.state) {
    case State::Done: {
        QStringList what;
        if (!item.added.isEmpty())
            what.append(tr("added %1").arg(pairsText(item.added)));
        if (!item.removed.isEmpty())
            what.append(tr("removed %1").arg(pairsText(item.removed)));
        return tr("%1 changed %2  %3  %4")
                .arg(counter, serverText(item), item.portId, what.join(QStringLiteral("; ")));
    }
    case State::AlreadyComplete:
        return tr("%1 complete %2  %3  nothing to do").arg(counter, serverText(item), item.portId);
    case State::Skipped:
        return tr("%1 skipped %2  %3  %4").arg(counter, serverText(item), item.portId, item.reason);
    case State::Failed:
        return tr("%1 FAILED %2  %3  %4")
                .arg(counter, serverText(item), item.portId, failureText(item));
    case State::Cancelled:
        return tr("%1 not changed %2  %3  cancelled before its change was sent")
                .arg(counter, serverText(item), item.portId);
    case State::Pending:
    case State::Running:
        break;
    }
    return {};
}

QString PortsReport::summary(const PortApplyResult &result, const QString &runId, bool undo)
{
    QStringList lines;
    const QList<PortApplyResult::Item> changed = result.changed();
    const QList<PortApplyResult::Item> failed = result.failed();
    const QList<PortApplyResult::Item> unchanged = result.unchanged();
    if (result.cancelled) {
        lines.append(tr("Interrupted: no new changes were started; the changes already sent "
                        "were waited for."));
        lines.append(tr("Changed ports (%1):").arg(changed.size()));
        for (const PortApplyResult::Item &item : changed)
            lines.append(QStringLiteral("  %1  %2").arg(serverText(item), item.portId));
        QStringList untouched;
        for (const PortApplyResult::Item &item : unchanged) {
            if (item.state == PortApplyResult::State::Cancelled)
                untouched.append(QStringLiteral("  %1  %2").arg(serverText(item), item.portId));
        }
        lines.append(tr("Ports not changed (%1):").arg(untouched.size()));
        lines.append(untouched);
    }
    if (!failed.isEmpty()) {
        lines.append(tr("Failed ports (%1):").arg(failed.size()));
        for (const PortApplyResult::Item &item : failed) {
            lines.append(QStringLiteral("  %1  %2  %3")
                                 .arg(serverText(item), item.portId, failureText(item)));
        }
    }
    lines.append(tr("Ports changed: %1, unchanged: %2, failed: %3.")
                         .arg(changed.size())
                         .arg(unchanged.size())
                         .arg(failed.size()));
    if (!result.journalError.isEmpty())
        lines.append(result.journalError);
    if (!runId.isEmpty() && !changed.isEmpty()) {
        lines.append(undo ? tr("Journal: %1.").arg(runId)
                          : tr("Journal: %1. To take these changes back: podnet-wizard ports "
                               "undo --journal %1")
                                     .arg(runId));
    }
    if (!failed.isEmpty())
        lines.append(tr("Fix what the failed ports say and run the same command again: ports "
                        "that are complete are left alone."));
    else if (result.cancelled)
        lines.append(tr("Run the same command again to finish: ports that are complete are left "
                        "alone."));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject PortsReport::toJson(const PortApplyResult &result, const QString &runId)
{
    QJsonArray ports;
    for (const PortApplyResult::Item &item : result.items) {
        QJsonObject object {
                {QStringLiteral("port_id"), item.portId},
                {QStringLiteral("server_name"), item.serverName},
                {QStringLiteral("state"), stateName(item.state)},
        };
        if (item.state == PortApplyResult::State::Done) {
            object.insert(QStringLiteral("added"), PortAddressPair::toJson(item.added));
            object.insert(QStringLiteral("removed"), PortAddressPair::toJson(item.removed));
            object.insert(QStringLiteral("pairs_after"), PortAddressPair::toJson(item.pairsAfter));
            object.insert(QStringLiteral("revision_after"), item.revisionAfter);
        }
        if (!item.reason.isEmpty() || !item.failure.isOk())
            object.insert(QStringLiteral("reason"), failureText(item));
        if (item.failure.httpStatus() > 0)
            object.insert(QStringLiteral("http_status"), item.failure.httpStatus());
        ports.append(object);
    }
    QJsonObject json {
            {QStringLiteral("run_id"), runId},
            {QStringLiteral("cancelled"), result.cancelled},
            {QStringLiteral("changed"), static_cast<int>(result.changed().size())},
            {QStringLiteral("unchanged"), static_cast<int>(result.unchanged().size())},
            {QStringLiteral("failed"), static_cast<int>(result.failed().size())},
            {QStringLiteral("ports"), ports},
    };
    if (!result.journalError.isEmpty())
        json.insert(QStringLiteral("journal_error"), result.journalError);
    return json;
}

QString PortsReport::endName(PairJournalRun::End end)
{
    switch (end) {
    case PairJournalRun::End::Open:
        return QStringLiteral("open");
    case PairJournalRun::End::Finished:
        return QStringLiteral("finished");
    case PairJournalRun::End::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString PortsReport::runsText(const QList<PairJournalRun> &runs)
{
    if (runs.isEmpty())
        return tr("No runs yet: \"podnet-wizard ports apply\" journals each run.\n");
    QStringList lines;
    for (const PairJournalRun &run : runs) {
        const QString end = run.end == PairJournalRun::End::Finished ? tr("finished")
                : run.end == PairJournalRun::End::Cancelled          ? tr("cancelled")
                                                                     : tr("not finished");
        const QString kind = run.kind == QLatin1String("undo")
                ? tr("undo of %1").arg(run.undoOf)
                : tr("add %1").arg(run.cidrs.join(QStringLiteral(", ")));
        lines.append(tr("%1  %2  %3  %4 changed, %5 unchanged, %6 failed  %7  %8")
                             .arg(run.runId, run.startedAt.toUTC().toString(Qt::ISODate), kind)
                             .arg(run.end == PairJournalRun::End::Open
                                          ? static_cast<int>(run.changes.size())
                                          : run.changedCount)
                             .arg(run.unchangedCount)
                             .arg(run.failedCount)
                             .arg(end, run.projectName));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonArray PortsReport::runsJson(const QList<PairJournalRun> &runs)
{
    QJsonArray list;
    for (const PairJournalRun &run : runs) {
        QJsonObject object {
                {QStringLiteral("run_id"), run.runId},
                {QStringLiteral("started_at"), run.startedAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("kind"), run.kind},
                {QStringLiteral("end"), endName(run.end)},
                {QStringLiteral("changed"),
                 run.end == PairJournalRun::End::Open ? static_cast<int>(run.changes.size())
                                                      : run.changedCount},
                {QStringLiteral("unchanged"), run.unchangedCount},
                {QStringLiteral("failed"), run.failedCount},
                {QStringLiteral("project"), run.projectName},
                {QStringLiteral("cidrs"), QJsonArray::fromStringList(run.cidrs)},
        };
        if (!run.undoOf.isEmpty())
            object.insert(QStringLiteral("undo_of"), run.undoOf);
        if (run.endedAt.isValid())
            object.insert(QStringLiteral("ended_at"), run.endedAt.toUTC().toString(Qt::ISODate));
        list.append(object);
    }
    return list;
}

} // namespace podnet
