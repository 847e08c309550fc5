// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PairJournal.h"

#include "openstack/KeystoneSession.h"
#include "openstack/PortPlan.h"
#include "util/JournalFile.h"

#include <QJsonArray>
#include <QStandardPaths>

namespace podnet {

QString PairJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/journal");
}

PairJournalRun PairJournal::headerFor(const KeystoneSession &session, const PortPlan &plan)
{
    PairJournalRun header;
    header.startedAt = QDateTime::currentDateTimeUtc();
    header.runId = JournalFile::newRunId(header.startedAt);
    header.kind
            = plan.kind == PortPlan::Kind::Undo ? QStringLiteral("undo") : QStringLiteral("add");
    header.undoOf = plan.undoOfRunId;
    header.authUrl = session.credentials().authUrl;
    header.projectId = session.projectId();
    header.projectName = session.projectName();
    header.userName = session.userName();
    header.regionName = session.regionName();
    header.cidrs = plan.cidrs;
    return header;
}

QString PairJournal::open(const QString &directory, const PairJournalRun &header)
{
    if (const QString error = m_file.create(directory, header.runId); !error.isEmpty())
        return error;
    m_runId = header.runId;
    // Only what identifies the cloud: user info and query could hold secrets.
    const QUrl authUrl = header.authUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                                 | QUrl::RemoveFragment);
    QJsonObject line {
            {QStringLiteral("type"), QStringLiteral("header")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("run_id"), header.runId},
            {QStringLiteral("time"), JournalFile::isoTime(header.startedAt)},
            {QStringLiteral("kind"), header.kind},
            {QStringLiteral("auth_url"), authUrl.toString()},
            {QStringLiteral("project_id"), header.projectId},
            {QStringLiteral("project_name"), header.projectName},
            {QStringLiteral("user_name"), header.userName},
            {QStringLiteral("region_name"), header.regionName},
            {QStringLiteral("cidrs"), QJsonArray::fromStringList(header.cidrs)},
    };
    if (!header.undoOf.isEmpty())
        line.insert(QStringLiteral("undo_of"), header.undoOf);
    return m_file.append(line);
}

QString PairJournal::recordChange(const PairJournalRun::Change &change)
{
    return m_file.append({
            {QStringLiteral("type"), QStringLiteral("change")},
            {QStringLiteral("time"), JournalFile::isoTime(change.time)},
            {QStringLiteral("port_id"), change.portId},
            {QStringLiteral("server_id"), change.serverId},
            {QStringLiteral("server_name"), change.serverName},
            {QStringLiteral("pairs_before"), PortAddressPair::toJson(change.pairsBefore)},
            {QStringLiteral("pairs_after"), PortAddressPair::toJson(change.pairsAfter)},
            {QStringLiteral("added"), PortAddressPair::toJson(change.added)},
            {QStringLiteral("removed"), PortAddressPair::toJson(change.removed)},
            {QStringLiteral("revision_after"), change.revisionAfter},
    });
}

QString PairJournal::finish(PairJournalRun::End end, int changed, int unchanged, int failed)
{
    const QString error = m_file.append({
            {QStringLiteral("type"), QStringLiteral("end")},
            {QStringLiteral("time"), JournalFile::isoTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("state"),
             end == PairJournalRun::End::Cancelled ? QStringLiteral("cancelled")
                                                   : QStringLiteral("finished")},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("failed"), failed},
    });
    m_file.close();
    return error;
}

} // namespace podnet
