// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PairJournalRun.h"
#include "util/JournalFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace podnet {

class KeystoneSession;
class PortPlan;

/// The append-only record of one apply (or undo) run: a JSON-lines file with a header line,
/// one line per port change written and flushed as the PUT lands, and a final line. A crash
/// leaves a valid prefix. No secret ever goes in.
class PairJournal
{
    Q_DECLARE_TR_FUNCTIONS(PairJournal)
public:
    PairJournal() = default;
    PairJournal(const PairJournal &) = delete;
    PairJournal &operator=(const PairJournal &) = delete;

    /// AppLocalDataLocation + "/journal".
    static QString defaultDirectory();
    /// A header for a run of \a plan with \a session's identity (no secrets): new run id, now.
    static PairJournalRun headerFor(const KeystoneSession &session, const PortPlan &plan);

    /// Creates \a directory/<runId>.jsonl and writes the header line. Returns a translated
    /// error, or an empty string.
    QString open(const QString &directory, const PairJournalRun &header);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.path(); }
    QString runId() const { return m_runId; }

    /// Appends and flushes one change line. Returns a translated error, or an empty string.
    QString recordChange(const PairJournalRun::Change &change);
    /// Appends the final line and closes the file.
    QString finish(PairJournalRun::End end, int changed, int unchanged, int failed);

private:
    JournalFile m_file;
    QString m_runId;
};

} // namespace podnet
