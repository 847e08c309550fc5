// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrJournalStore.h"

#include "kube/annotations/PodCidrJournal.h"
#include "util/JournalFile.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace podnet {

namespace {

using Change = PodCidrJournalRun::Change;

QDateTime timeOf(const QJsonObject &line)
{
    return QDateTime::fromString(line.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
}

QString text(const QJsonObject &line, const char *key)
{
    return line.value(QLatin1String(key)).toString();
}

PodCidrNode::Annotations annotationsOf(const QJsonObject &line, const char *key)
{
    return PodCidrNode::Annotations::fromJson(line.value(QLatin1String(key)).toObject());
}

// The same server whether or not its URL ends with a slash or carries user info.
QUrl comparable(const QUrl &url)
{
    QUrl result = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::StripTrailingSlash);
    if (result.path() == QLatin1String("/"))
        result.setPath({});
    return result;
}

} // namespace

PodCidrJournalStore::PodCidrJournalStore(const QString &directory)
    : m_directory(directory.isEmpty() ? PodCidrJournal::defaultDirectory() : directory)
{ }

std::optional<PodCidrJournalRun> PodCidrJournalStore::parse(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<PodCidrJournalRun> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    int badLine = 0;
    const std::optional<QList<QJsonObject>> lines = JournalFile::readLines(bytes, &badLine);
    if (!lines)
        return fail(tr("Line %1 of the pod-range journal is not valid JSON. The file was "
                       "changed by hand or damaged; it cannot be used for undo.")
                            .arg(badLine));
    PodCidrJournalRun run;
    bool haveHeader = false;
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const int lineNumber = static_cast<int>(i + 1);
        const QJsonObject &line = lines->at(i);
        const QString type = text(line, "type");
        if (!haveHeader) {
            if (type != QLatin1String("header")
                || text(line, "journal") != QLatin1String("pod-cidr"))
                return fail(tr("The file does not start with the header of a pod-range journal. "
                               "It cannot be used for undo."));
            haveHeader = true;
            run.runId = text(line, "run_id");
            run.startedAt = timeOf(line);
            run.kind = text(line, "kind");
            run.undoOf = text(line, "undo_of");
            run.server = QUrl(text(line, "server"));
            run.context = text(line, "context");
            run.clusterCidr = text(line, "cluster_cidr");
            continue;
        }
        const QString node = text(line, "node");
        auto found = std::find_if(run.changes.begin(), run.changes.end(),
                                  [&node](const Change &change) { return change.node == node; });
        if (type == QLatin1String("begin")) {
            Change change;
            change.node = node;
            change.time = timeOf(line);
            change.resourceVersionBefore = text(line, "resource_version");
            change.set = annotationsOf(line, "set");
            change.before = annotationsOf(line, "before");
            if (found == run.changes.end())
                run.changes.append(change);
            else // a node begun twice keeps what it had before the first time
                found->set = change.set;
        } else if (type == QLatin1String("change") || type == QLatin1String("failed")) {
            if (found == run.changes.end())
                return fail(tr("Line %1 of the pod-range journal reports node %2 without its "
                               "begin line. It cannot be used for undo.")
                                    .arg(lineNumber)
                                    .arg(node));
            if (type == QLatin1String("change")) {
                found->state = Change::State::Changed;
                found->after = annotationsOf(line, "after");
                found->resourceVersionAfter = text(line, "resource_version_after");
            } else {
                found->state = Change::State::Failed;
                found->message = text(line, "message");
            }
        } else if (type == QLatin1String("end")) {
            run.end = text(line, "state") == QLatin1String("cancelled")
                    ? PodCidrJournalRun::End::Cancelled
                    : PodCidrJournalRun::End::Finished;
            run.endedAt = timeOf(line);
            run.changedCount = line.value(QLatin1String("changed")).toInt();
            run.unchangedCount = line.value(QLatin1String("unchanged")).toInt();
            run.failedCount = line.value(QLatin1String("failed")).toInt();
        } else {
            return fail(tr("Line %1 of the pod-range journal has the unknown type \"%2\". It "
                           "cannot be used for undo.")
                                .arg(lineNumber)
                                .arg(type));
        }
    }
    if (!haveHeader)
        return fail(tr("The pod-range journal is empty. It cannot be used for undo."));
    if (run.end == PodCidrJournalRun::End::Open)
        run.changedCount = static_cast<int>(
                std::count_if(run.changes.cbegin(), run.changes.cend(),
                              [](const Change &c) { return c.state == Change::State::Changed; }));
    return run;
}

std::optional<PodCidrJournalRun> PodCidrJournalStore::read(const QString &runId,
                                                           QString *error) const
{
    // A run id never holds a path: refuse anything that could leave the folder.
    if (runId.isEmpty() || runId.contains(QLatin1Char('/')) || runId.contains(QLatin1Char('\\'))
        || runId.startsWith(QLatin1Char('.'))) {
        if (error)
            *error = tr("\"%1\" is not a run id. Run ids look like 20260101-120000-abcd; list "
                        "the folder %2 to see them.")
                             .arg(runId, QDir::toNativeSeparators(m_directory));
        return std::nullopt;
    }
    QFile file(m_directory + QLatin1Char('/') + JournalFile::fileName(runId));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the journal of run %1 in %2: %3. Check the run id and the "
                        "journal folder.")
                             .arg(runId, QDir::toNativeSeparators(m_directory), file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

QList<PodCidrJournalRun> PodCidrJournalStore::runs() const
{
    QList<PodCidrJournalRun> result;
    const QStringList names = QDir(m_directory).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
    for (const QString &name : names) {
        if (std::optional<PodCidrJournalRun> run = read(name.chopped(6)))
            result.append(*run);
    }
    std::sort(result.begin(), result.end(),
              [](const PodCidrJournalRun &a, const PodCidrJournalRun &b) {
                  return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.runId > b.runId;
              });
    return result;
}

std::optional<PodCidrJournalRun> PodCidrJournalStore::latestUndoable(const QUrl &server,
                                                                     QString *error) const
{
    const QList<PodCidrJournalRun> all = runs();
    QSet<QString> undone;
    for (const PodCidrJournalRun &run : all) {
        if (run.kind == QLatin1String("unannotate") && run.end == PodCidrJournalRun::End::Finished)
            undone.insert(run.undoOf);
    }
    for (const PodCidrJournalRun &run : all) {
        if (run.kind != QLatin1String("annotate") || undone.contains(run.runId)
            || comparable(run.server) != comparable(server) || run.changes.isEmpty())
            continue;
        return run;
    }
    if (error)
        *error = tr("No pod-range run against %1 is left to undo in %2. Name a run with its id "
                    "if it was recorded in another journal folder.")
                         .arg(comparable(server).toString(), QDir::toNativeSeparators(m_directory));
    return std::nullopt;
}

} // namespace podnet
