// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrJournalRun.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace podnet {

/// The pod-range journals of earlier runs in one folder: lists them, reads one back, and finds
/// the run an unannotate should undo.
class PodCidrJournalStore
{
    Q_DECLARE_TR_FUNCTIONS(PodCidrJournalStore)
public:
    /// \a directory: where PodCidrJournal writes (empty: PodCidrJournal::defaultDirectory()).
    explicit PodCidrJournalStore(const QString &directory = {});

    QString directory() const { return m_directory; }

    /// Every readable pod-range run, newest first. Other files are passed over.
    QList<PodCidrJournalRun> runs() const;
    /// Run \a runId; on failure sets \a error to a translated sentence.
    std::optional<PodCidrJournalRun> read(const QString &runId, QString *error = nullptr) const;
    /// The newest annotate run against \a server that changed (or may have changed) a node and
    /// that no finished unannotate run has undone yet. On none, \a error says what to do.
    std::optional<PodCidrJournalRun> latestUndoable(const QUrl &server,
                                                    QString *error = nullptr) const;

    /// Parses a journal's bytes. A last line cut short by a crash is ignored; any other bad
    /// line is an error (\a error gets a translated sentence naming the 1-based line).
    static std::optional<PodCidrJournalRun> parse(const QByteArray &bytes,
                                                  QString *error = nullptr);

private:
    QString m_directory;
};

} // namespace podnet
