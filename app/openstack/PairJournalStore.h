// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PairJournalRun.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace podnet {

/// The journals of earlier runs in one folder: lists them and reads one back.
class PairJournalStore
{
    Q_DECLARE_TR_FUNCTIONS(PairJournalStore)
public:
    /// \a directory: where PairJournal writes (default: PairJournal::defaultDirectory()).
    explicit PairJournalStore(const QString &directory = {});

    QString directory() const { return m_directory; }

    /// Every readable run, newest first (with its changes, counts and end state).
    QList<PairJournalRun> runs() const;
    /// Run \a runId; on failure sets \a error to a translated sentence.
    std::optional<PairJournalRun> read(const QString &runId, QString *error = nullptr) const;

    /// Parses a journal's bytes. A last line cut short by a crash is ignored; any other bad
    /// line is an error (\a error gets a translated sentence naming the 1-based line).
    static std::optional<PairJournalRun> parse(const QByteArray &bytes, QString *error = nullptr);

private:
    QString m_directory;
};

} // namespace podnet
