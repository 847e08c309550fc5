// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PairJournal.h"

#include "openstack/KeystoneSession.h"
#include "openstack/PortPlan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace podnet {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString PairJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/journal");
}

QString PairJournal::newRunId(const QDateTime &now)
{
    const quint32 random = QRandomGenerator::global()->bounded(0x10000u);
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
            + QStringLiteral("%1").arg(random, 4, 16, QLatin1Char('0'));
}

QString PairJournal::fileName(const QString &runId)
{
    return runId + QStringLiteral(".jsonl");
}

PairJournalRun PairJournal::headerFor(const KeystoneSession &session, const PortPlan &plan)
{
    PairJournalRun header;
    header.startedAt = QDateTime::currentDateTimeUtc();
    header.runId = newRunId(header.startedAt);
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
    // Only what identifies the cloud: user info and query could hold secrets.
    const QUrl authUrl = header.authUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                                 | QUrl::RemoveFragment);
    QJsonObject line {
            {QStringLiteral("type"), QStringLiteral("header")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("run_id"), header.runId},
            {QStringLiteral("time"), isoTime(header.startedAt)},
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
    return append(line);
}

QString PairJournal::recordChange(const PairJournalRun::Change &change)
{
    return append({
            {QStringLiteral("type"), QStringLiteral("change")},
            {QStringLiteral("time"), isoTime(change.time)},
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
    const QString error = append({
            {QStringLiteral("type"), QStringLiteral("end")},
            {QStringLiteral("time"), isoTime(QDateTime::currentDateTimeUtc())},
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

QString PairJournal::append(const QJsonObject &line)
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
