// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/ManifestTemplate.h"
#include "manifest/TemplateCache.h"
#include "manifest/TemplateDownloader.h"

#include <QObject>

class QNetworkAccessManager;

namespace podnet {

/// Why a template could not be loaded, and whether a saved copy could stand in.
struct TemplateLoadError
{
    QString message;                           ///< translated, says what to do
    QString detail;                            ///< technical: URL, path, server's words
    std::optional<ManifestTemplate> savedCopy; ///< an earlier download of the same URL
};

/// Gets a template from any TemplateSource. Downloads are checked (they must be a manifest)
/// before they are cached. Reports exactly once per load(): loaded() or failed().
class TemplateLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 maxFileSize = TemplateDownloader::maxSize;

    TemplateLoader(QNetworkAccessManager *network, const TemplateCache &cache,
                   QObject *parent = nullptr);

    /// When a download fails and a saved copy exists, use it instead of failing (the command
    /// line's behaviour); notice() says so. Off by default: the wizard lets the user choose.
    void setFallBackToSavedCopy(bool fallBack) { m_fallBack = fallBack; }
    void setDownloadTimeout(std::chrono::milliseconds timeout) { m_downloader.setTimeout(timeout); }

    /// Loads \a source. A download still running for an earlier load() is cancelled and
    /// reports nothing; any other earlier load() reports before this one.
    void load(const TemplateSource &source);
    void cancel() { m_downloader.cancel(); }
    bool isRunning() const { return m_downloader.isRunning(); }

    /// The built-in template, read from the binary's resources.
    static ManifestTemplate builtIn();

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void loaded(const podnet::ManifestTemplate &manifestTemplate);
    void failed(const podnet::TemplateLoadError &error);
    /// Something the user should know although loading went on (translated).
    void notice(const QString &message);

private:
    void loadFile(const TemplateSource &source);
    void onDownloaded(const QByteArray &body);
    void onDownloadFailed(const QString &message, const QString &detail);
    void finishLater(const ManifestTemplate &manifestTemplate);
    void failLater(const TemplateLoadError &error);

    TemplateCache m_cache;
    TemplateDownloader m_downloader;
    TemplateSource m_source;
    bool m_fallBack = false;
};

} // namespace podnet
