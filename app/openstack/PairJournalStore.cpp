// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PairJournalStore.h"

#include "openstack/PairJournal.h"
#include "util/JournalFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace podnet {

namespace {

QDateTime timeOf(const QJsonObject &line)
{
    return QDateTime::fromString(line.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
}

QList<PortAddressPair> pairsOf(const QJsonObject &line, const char *key)
{
    return PortAddressPair::listFromJson(line.value(QLatin1String(key)).toArray());
}

} // namespace

PairJournalStore::PairJournalStore(const QString &directory)
    : m_directory(directory.isEmpty() ? PairJournal::defaultDirectory() : directory)
{ }

std::optional<PairJournalRun> PairJournalStore::parse(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<PairJournalRun> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    int badLine = 0;
    const std::optional<QList<QJsonObject>> lines = JournalFile::readLines(bytes, &badLine);
    if (!lines)
        return fail(tr("Line %1 of the journal is not valid JSON. The file was changed by "
                       "hand or damaged; it cannot be used for undo.")
                            .arg(badLine));
    PairJournalRun run;
    bool haveHeader = false;
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const int lineNumber = static_cast<int>(i + 1);
        const QJsonObject &line = lines->at(i);
        const QString type = line.value(QLatin1String("type")).toString();
        if (!haveHeader) {
            if (type != QLatin1String("header"))
                return fail(tr("The journal does not start with its header line. It cannot be "
                               "used for undo."));
            haveHeader = true;
            run.runId = line.value(QLatin1String("run_id")).toString();
            run.startedAt = timeOf(line);
            run.kind = line.value(QLatin1String("kind")).toString();
            run.undoOf = line.value(QLatin1String("undo_of")).toString();
            run.authUrl = QUrl(line.value(QLatin1String("auth_url")).toString());
            run.projectId = line.value(QLatin1String("project_id")).toString();
            run.projectName = line.value(QLatin1String("project_name")).toString();
            run.userName = line.value(QLatin1String("user_name")).toString();
            run.regionName = line.value(QLatin1String("region_name")).toString();
            const QJsonArray cidrs = line.value(QLatin1String("cidrs")).toArray();
            for (const QJsonValue &cidr : cidrs)
                run.cidrs.append(cidr.toString());
        } else if (type == QLatin1String("change")) {
            PairJournalRun::Change change;
            change.time = timeOf(line);
            change.portId = line.value(QLatin1String("port_id")).toString();
            change.serverId = line.value(QLatin1String("server_id")).toString();
            change.serverName = line.value(QLatin1String("server_name")).toString();
            change.pairsBefore = pairsOf(line, "pairs_before");
            change.pairsAfter = pairsOf(line, "pairs_after");
            change.added = pairsOf(line, "added");
            change.removed = pairsOf(line, "removed");
            change.revisionAfter = line.value(QLatin1String("revision_after")).toInteger(-1);
            run.changes.append(change);
        } else if (type == QLatin1String("end")) {
            run.end = line.value(QLatin1String("state")).toString() == QLatin1String("cancelled")
                    ? PairJournalRun::End::Cancelled
                    : PairJournalRun::End::Finished;
            run.endedAt = timeOf(line);
            run.changedCount = line.value(QLatin1String("changed")).toInt();
            run.unchangedCount = line.value(QLatin1String("unchanged")).toInt();
            run.failedCount = line.value(QLatin1String("failed")).toInt();
        } else {
            return fail(tr("Line %1 of the journal has the unknown type \"%2\". It cannot be "
                           "used for undo.")
                                .arg(lineNumber)
                                .arg(type));
        }
    }
    if (!haveHeader)
        return fail(tr("The journal is empty. It cannot be used for undo."));
    if (run.end == PairJournalRun::End::Open)
        run.changedCount = static_cast<int>(run.changes.size());
    return run;
}

std::optional<PairJournalRun> PairJournalStore::read(const QString &runId, QString *error) const
{
    QFile file(m_directory + QLatin1Char('/') + JournalFile::fileName(runId));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the journal of run %1: %2.").arg(runId, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

QList<PairJournalRun> PairJournalStore::runs() const
{
    QList<PairJournalRun> result;
    const QStringList names = QDir(m_directory).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
    for (const QString &name : names) {
        const QString runId = name.chopped(6);
        if (std::optional<PairJournalRun> run = read(runId))
            result.append(*run);
    }
    std::sort(result.begin(), result.end(), [](const PairJournalRun &a, const PairJournalRun &b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.runId > b.runId;
    });
    return result;
}

} // namespace podnet
