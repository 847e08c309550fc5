// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrJournal.h"

#include "kube/KubeClient.h"
#include "util/JournalFile.h"

#include <QStandardPaths>

namespace podnet {

QString PodCidrJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/journal/pod-cidr");
}

PodCidrJournalRun PodCidrJournal::headerFor(const KubeClient &client, const QString &kind,
                                            const QString &clusterCidr, const QString &undoOf)
{
    PodCidrJournalRun header;
    header.startedAt = QDateTime::currentDateTimeUtc();
    header.runId = JournalFile::newRunId(header.startedAt);
    header.kind = kind;
    header.undoOf = undoOf;
    header.server = client.connection().server;
    header.context = client.connection().contextName;
    header.clusterCidr = clusterCidr;
    return header;
}

QString PodCidrJournal::open(const QString &directory, const PodCidrJournalRun &header)
{
    if (const QString error = m_file.create(directory, header.runId); !error.isEmpty())
        return error;
    m_runId = header.runId;
    // Only what identifies the cluster: user info and query could hold secrets.
    const QUrl server = header.server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                               | QUrl::RemoveFragment);
    QJsonObject line {
            {QStringLiteral("type"), QStringLiteral("header")},
            {QStringLiteral("journal"), QStringLiteral("pod-cidr")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("run_id"), header.runId},
            {QStringLiteral("time"), JournalFile::isoTime(header.startedAt)},
            {QStringLiteral("kind"), header.kind},
            {QStringLiteral("server"), server.toString()},
            {QStringLiteral("context"), header.context},
            {QStringLiteral("cluster_cidr"), header.clusterCidr},
    };
    if (!header.undoOf.isEmpty())
        line.insert(QStringLiteral("undo_of"), header.undoOf);
    return m_file.append(line);
}

QString PodCidrJournal::recordBegin(const PodCidrJournalRun::Change &change)
{
    return m_file.append({
            {QStringLiteral("type"), QStringLiteral("begin")},
            {QStringLiteral("time"), JournalFile::isoTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("node"), change.node},
            {QStringLiteral("resource_version"), change.resourceVersionBefore},
            {QStringLiteral("set"), change.set.toJson()},
            {QStringLiteral("before"), change.before.toJson()},
    });
}

QString PodCidrJournal::recordChange(const PodCidrJournalRun::Change &change)
{
    return m_file.append({
            {QStringLiteral("type"), QStringLiteral("change")},
            {QStringLiteral("time"), JournalFile::isoTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("node"), change.node},
            {QStringLiteral("after"), change.after.toJson()},
            {QStringLiteral("resource_version_after"), change.resourceVersionAfter},
    });
}

QString PodCidrJournal::recordFailure(const QString &node, const QString &message)
{
    return m_file.append({
            {QStringLiteral("type"), QStringLiteral("failed")},
            {QStringLiteral("time"), JournalFile::isoTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("node"), node},
            {QStringLiteral("message"), message},
    });
}

QString PodCidrJournal::finish(PodCidrJournalRun::End end, int changed, int unchanged, int failed)
{
    const QString error = m_file.append({
            {QStringLiteral("type"), QStringLiteral("end")},
            {QStringLiteral("time"), JournalFile::isoTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("state"),
             end == PodCidrJournalRun::End::Cancelled ? QStringLiteral("cancelled")
                                                      : QStringLiteral("finished")},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("failed"), failed},
    });
    m_file.close();
    return error;
}

} // namespace podnet
