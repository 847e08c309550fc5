// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "TemplateLoader.h"

#include "manifest/ManifestReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalBlocker>

namespace podnet {

TemplateLoader::TemplateLoader(QNetworkAccessManager *network, const TemplateCache &cache,
                               QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_downloader(network)
{
    connect(&m_downloader, &TemplateDownloader::progress, this, &TemplateLoader::progress);
    connect(&m_downloader, &TemplateDownloader::finished, this, &TemplateLoader::onDownloaded);
    connect(&m_downloader, &TemplateDownloader::failed, this, &TemplateLoader::onDownloadFailed);
}

ManifestTemplate TemplateLoader::builtIn()
{
    QFile file(QStringLiteral(":/manifests/kube-router-all-features.yaml"));
    ManifestTemplate builtIn;
    if (file.open(QIODevice::ReadOnly))
        builtIn.text = file.readAll();
    builtIn.source = {TemplateSource::Kind::BuiltIn, {}};
    return builtIn;
}

void TemplateLoader::load(const TemplateSource &source)
{
    // A download still running was for the previous choice: it must neither report nor be
    // cached under the new source. Cancelling finishes it at once, so it stays silent.
    if (m_downloader.isRunning()) {
        const QSignalBlocker silence(&m_downloader);
        m_downloader.cancel();
    }
    m_source = source;
    switch (source.kind) {
    case TemplateSource::Kind::BuiltIn:
        return finishLater(builtIn());
    case TemplateSource::Kind::File:
        return loadFile(source);
    case TemplateSource::Kind::Upstream:
    case TemplateSource::Kind::Url:
        m_downloader.start(source.url());
        return;
    }
}

void TemplateLoader::loadFile(const TemplateSource &source)
{
    const QString shown = QDir::toNativeSeparators(source.location);
    const QFileInfo info(source.location);
    if (source.location.isEmpty())
        return failLater({tr("Choose a template file."), {}, std::nullopt});
    if (!info.exists())
        return failLater({tr("The file %1 does not exist. Check the path.").arg(shown), shown,
                          std::nullopt});
    if (info.isDir())
        return failLater(
                {tr("%1 is a folder. Choose a YAML file.").arg(shown), shown, std::nullopt});
    if (info.size() > maxFileSize) {
        return failLater({tr("%1 is larger than %2 MiB, which no manifest is. Choose the "
                             "kube-router manifest.")
                                  .arg(shown)
                                  .arg(maxFileSize / (1024 * 1024)),
                          shown, std::nullopt});
    }
    QFile file(source.location);
    if (!file.open(QIODevice::ReadOnly)) {
        return failLater(
                {tr("Cannot read %1: %2.").arg(shown, file.errorString()), shown, std::nullopt});
    }
    ManifestTemplate fromFile;
    fromFile.text = file.readAll();
    fromFile.source = source;
    finishLater(fromFile);
}

void TemplateLoader::onDownloaded(const QByteArray &body)
{
    const ManifestReadResult read = ManifestReader::read(body);
    if (!read.ok()) {
        // Not cached: a broken download must never replace a good saved copy.
        const ManifestProblem &first = read.problems.constFirst();
        onDownloadFailed(tr("The downloaded file is not a valid Kubernetes manifest (%1).")
                                 .arg(first.message),
                         m_source.url().toString());
        return;
    }
    ManifestTemplate downloaded;
    downloaded.text = body;
    downloaded.source = m_source;
    downloaded.fetchedAt = QDateTime::currentDateTimeUtc();
    const QString cacheError = m_cache.store(m_source, body, downloaded.fetchedAt);
    if (!cacheError.isEmpty())
        Q_EMIT notice(cacheError);
    Q_EMIT loaded(downloaded);
}

void TemplateLoader::onDownloadFailed(const QString &message, const QString &detail)
{
    TemplateLoadError error {message, detail, m_cache.load(m_source)};
    if (m_fallBack && error.savedCopy) {
        Q_EMIT notice(tr("%1 Using the saved copy downloaded %2.")
                              .arg(message,
                                   QLocale().toString(error.savedCopy->fetchedAt.toLocalTime(),
                                                      QLocale::ShortFormat)));
        Q_EMIT loaded(*error.savedCopy);
        return;
    }
    Q_EMIT failed(error);
}

void TemplateLoader::finishLater(const ManifestTemplate &manifestTemplate)
{
    QMetaObject::invokeMethod(
            this, [this, manifestTemplate] { Q_EMIT loaded(manifestTemplate); },
            Qt::QueuedConnection);
}

void TemplateLoader::failLater(const TemplateLoadError &error)
{
    QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
}

} // namespace podnet
