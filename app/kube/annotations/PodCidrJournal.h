// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrJournalRun.h"
#include "util/JournalFile.h"

#include <QCoreApplication>
#include <QString>

namespace podnet {

class KubeClient;

/// The append-only record of one pod-range run (annotate or unannotate): a JSON-lines file
/// with a header, a "begin" line flushed BEFORE each node's patch (what we set, what was
/// there), a "change" or "failed" line AFTER it, and a final line. A crash leaves a valid
/// prefix, and undo knows every node whose patch might have landed. No secret goes in.
/// Same shape and rules as PairJournal, in a folder of its own.
class PodCidrJournal
{
    Q_DECLARE_TR_FUNCTIONS(PodCidrJournal)
public:
    PodCidrJournal() = default;
    PodCidrJournal(const PodCidrJournal &) = delete;
    PodCidrJournal &operator=(const PodCidrJournal &) = delete;

    /// AppLocalDataLocation + "/journal/pod-cidr" (PairJournal's folder has the port runs).
    static QString defaultDirectory();
    /// A header for a run against \a client's cluster: new run id, now, server and context.
    static PodCidrJournalRun headerFor(const KubeClient &client, const QString &kind,
                                       const QString &clusterCidr, const QString &undoOf = {});

    /// Creates \a directory/<runId>.jsonl (never overwriting) and writes the header line.
    /// Returns a translated error, or an empty string.
    QString open(const QString &directory, const PodCidrJournalRun &header);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.path(); }
    QString runId() const { return m_runId; }

    /// Before a node's patch: what it sets and what was there. Flushed.
    QString recordBegin(const PodCidrJournalRun::Change &change);
    /// After a node's patch landed: what the server now holds. Flushed.
    QString recordChange(const PodCidrJournalRun::Change &change);
    /// After a node's patch failed. Flushed.
    QString recordFailure(const QString &node, const QString &message);
    /// Appends the final line and closes the file.
    QString finish(PodCidrJournalRun::End end, int changed, int unchanged, int failed);

private:
    JournalFile m_file;
    QString m_runId;
};

} // namespace podnet
