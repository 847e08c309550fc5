// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace podnet {

/// The file under every run journal (port pairs, pod ranges): a new JSON-lines file per run,
/// never overwritten, each line written whole and flushed, so a crash leaves complete lines and
/// at most one cut-short last line, which readLines() drops.
class JournalFile
{
    Q_DECLARE_TR_FUNCTIONS(JournalFile)
public:
    JournalFile() = default;
    JournalFile(const JournalFile &) = delete;
    JournalFile &operator=(const JournalFile &) = delete;

    /// "yyyyMMdd-HHmmss-xxxx" (UTC, four random hex digits).
    static QString newRunId(const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The file name of run \a runId: "<runId>.jsonl".
    static QString fileName(const QString &runId);
    /// \a time as the journals write it (UTC, ISO 8601 with milliseconds).
    static QString isoTime(const QDateTime &time);

    /// Creates \a directory (if needed) and a new \a directory/<runId>.jsonl. Returns a
    /// translated error, or an empty string.
    QString create(const QString &directory, const QString &runId);
    /// Writes \a line and flushes. Returns a translated error, or an empty string.
    QString append(const QJsonObject &line);
    void close() { m_file.close(); }
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    /// The JSON objects of a journal's bytes; a last line without its newline (cut short by a
    /// crash) is left out. nullopt when a line is not a JSON object; \a badLine gets its 1-based
    /// number.
    static std::optional<QList<QJsonObject>> readLines(const QByteArray &bytes, int *badLine);

private:
    QFile m_file;
};

} // namespace podnet
