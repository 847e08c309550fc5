// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "TemplateCache.h"

#include "util/AtomicFileWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace podnet {

namespace {

constexpr qint64 maxCachedSize = 4 * 1024 * 1024;

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

QString TemplateCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/templates");
}

TemplateCache::TemplateCache(const QString &directory)
    : m_directory(directory)
{ }

QString TemplateCache::pathFor(const QUrl &url, const char *suffix) const
{
    const QByteArray key = sha256(url.toEncoded()).left(24);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(key) + QLatin1String(suffix);
}

std::optional<ManifestTemplate> TemplateCache::load(const TemplateSource &source) const
{
    const QUrl url = source.url();
    if (url.isEmpty())
        return std::nullopt;
    QFile meta(pathFor(url, ".json"));
    QFile body(pathFor(url, ".yaml"));
    if (!meta.open(QIODevice::ReadOnly) || !body.open(QIODevice::ReadOnly)
        || meta.size() > 64 * 1024 || body.size() > maxCachedSize)
        return std::nullopt;
    const QJsonObject info = QJsonDocument::fromJson(meta.readAll()).object();
    ManifestTemplate cached;
    cached.text = body.readAll();
    // A copy that does not match its record (other URL, torn or edited file) is not used.
    if (info.value(QLatin1String("url")).toString() != QString::fromUtf8(url.toEncoded())
        || info.value(QLatin1String("sha256")).toString().toLatin1() != sha256(cached.text))
        return std::nullopt;
    cached.source = source;
    cached.fromCache = true;
    cached.fetchedAt = QDateTime::fromString(info.value(QLatin1String("fetchedAt")).toString(),
                                             Qt::ISODateWithMs);
    return cached;
}

QString TemplateCache::store(const TemplateSource &source, const QByteArray &text,
                             const QDateTime &fetchedAt) const
{
    const QUrl url = source.url();
    if (!QDir().mkpath(m_directory)) {
        return tr("Cannot create the cache folder %1. The download is used but not kept.")
                .arg(QDir::toNativeSeparators(m_directory));
    }
    const QJsonObject info {
            {QStringLiteral("url"), QString::fromUtf8(url.toEncoded())},
            {QStringLiteral("fetchedAt"), fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("sha256"), QString::fromLatin1(sha256(text))},
    };
    // The body first: a record only ever describes a complete body.
    QString error = AtomicFileWriter::write(pathFor(url, ".yaml"), text);
    if (error.isEmpty())
        error = AtomicFileWriter::write(pathFor(url, ".json"), QJsonDocument(info).toJson());
    return error;
}

} // namespace podnet
