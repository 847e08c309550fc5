// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrJournal.h"

#include "kube/KubeClient.h"
#include "openstack/PairJournal.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

namespace podnet {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString PodCidrJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/journal/pod-cidr");
}

QString PodCidrJournal::fileName(const QString &runId)
{
    return runId + QStringLiteral(".jsonl");
}

PodCidrJournalRun PodCidrJournal::headerFor(const KubeClient &client, const QString &kind,
                                            const QString &clusterCidr, const QString &undoOf)
{
    PodCidrJournalRun header;
    header.startedAt = QDateTime::currentDateTimeUtc();
    header.runId = PairJournal::newRunId(header.startedAt);
    header.kind = kind;
    header.undoOf = undoOf;
    header.server = client.connection().server;
    header.context = client.connection().contextName;
    header.clusterCidr = clusterCidr;
    return header;
}

QString PodCidrJournal::open(const QString &directory, const PodCidrJournalRun &header)
{
    if (m_file.isOpen())
        m_file.close();
    if (!QDir().mkpath(directory)) {
        return tr("Cannot create the journal folder %1. Check that you may write there and that "
                  "the disk is not full.")
                .arg(QDir::toNativeSeparators(directory));
    }
    m_runId = header.runId;
    m_file.setFileName(directory + QLatin1Char('/') + fileName(header.runId));
    // NewOnly: a run id is never reused, and an existing journal is never overwritten.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::NewOnly)) {
        return tr("Cannot create the journal file %1: %2. Check that you may write there and "
                  "that the disk is not full.")
                .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    }
    // Only what identifies the cluster: user info and query could hold secrets.
    const QUrl server = header.server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                               | QUrl::RemoveFragment);
    QJsonObject line {
            {QStringLiteral("type"), QStringLiteral("header")},
            {QStringLiteral("journal"), QStringLiteral("pod-cidr")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("run_id"), header.runId},
            {QStringLiteral("time"), isoTime(header.startedAt)},
            {QStringLiteral("kind"), header.kind},
            {QStringLiteral("server"), server.toString()},
            {QStringLiteral("context"), header.context},
            {QStringLiteral("cluster_cidr"), header.clusterCidr},
    };
    if (!header.undoOf.isEmpty())
        line.insert(QStringLiteral("undo_of"), header.undoOf);
    return append(line);
}

QString PodCidrJournal::recordBegin(const PodCidrJournalRun::Change &change)
{
    return append({
            {QStringLiteral("type"), QStringLiteral("begin")},
            {QStringLiteral("time"), isoTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("node"), change.node},
            {QStringLiteral("resource_version"), change.resourceVersionBefore},
            {QStringLiteral("set"), change.set.toJson()},
            {QStringLiteral("before"), change.before.toJson()},
    });
}

QString PodCidrJournal::recordChange(const PodCidrJournalRun::Change &change)
{
    return append({
            {QStringLiteral("type"), QStringLiteral("change")},
            {QStringLiteral("time"), isoTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("node"), change.node},
            {QStringLiteral("after"), change.after.toJson()},
            {QStringLiteral("resource_version_after"), change.resourceVersionAfter},
    });
}

QString PodCidrJournal::recordFailure(const QString &node, const QString &message)
{
    return append({
            {QStringLiteral("type"), QStringLiteral("failed")},
            {QStringLiteral("time"), isoTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("node"), node},
            {QStringLiteral("message"), message},
    });
}

QString PodCidrJournal::finish(PodCidrJournalRun::End end, int changed, int unchanged, int failed)
{
    const QString error = append({
            {QStringLiteral("type"), QStringLiteral("end")},
            {QStringLiteral("time"), isoTime(QDateTime::currentDateTimeUtc())},
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

QString PodCidrJournal::append(const QJsonObject &line)
{
    if (!m_file.isOpen())
        return tr("The journal is not open.");
    // One write of a whole line, then flush: a crash leaves complete lines only, or a last
    // partial line that readers drop.
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        return tr("Cannot write the journal file %1: %2. Check that the disk is not full.")
                .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    }
    return {};
}

} // namespace podnet
