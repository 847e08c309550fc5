// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "util/JournalFile.h"

#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace podnet {

QString JournalFile::newRunId(const QDateTime &now)
{
    const quint32 random = QRandomGenerator::global()->bounded(0x10000u);
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
            + QStringLiteral("%1").arg(random, 4, 16, QLatin1Char('0'));
}

QString JournalFile::fileName(const QString &runId)
{
    return runId + QStringLiteral(".jsonl");
}

QString JournalFile::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString JournalFile::create(const QString &directory, const QString &runId)
{
    if (m_file.isOpen())
        m_file.close();
    if (!QDir().mkpath(directory)) {
        return tr("Cannot create the journal folder %1. Check that you may write there and that "
                  "the disk is not full.")
                .arg(QDir::toNativeSeparators(directory));
    }
    m_file.setFileName(directory + QLatin1Char('/') + fileName(runId));
    // NewOnly: a run id is never reused, and an existing journal is never overwritten.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::NewOnly)) {
        return tr("Cannot create the journal file %1: %2. Check that you may write there and "
                  "that the disk is not full.")
                .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    }
    return {};
}

QString JournalFile::append(const QJsonObject &line)
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

std::optional<QList<QJsonObject>> JournalFile::readLines(const QByteArray &bytes, int *badLine)
{
    QList<QByteArray> lines = bytes.split('\n');
    // A complete journal ends with a newline, which leaves an empty last piece; anything else
    // there is a line the crash cut short.
    if (!lines.isEmpty())
        lines.removeLast();
    QList<QJsonObject> objects;
    objects.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (badLine)
                *badLine = static_cast<int>(i + 1);
            return std::nullopt;
        }
        objects.append(document.object());
    }
    return objects;
}

} // namespace podnet
