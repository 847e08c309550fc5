// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/ManifestTemplate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace podnet {

/// Keeps the last good download of each template URL in the user's cache folder, with the
/// URL it came from and when, so that an offline run can fall back to it.
class TemplateCache
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCache)
public:
    /// A folder under QStandardPaths::CacheLocation.
    static QString defaultDirectory();

    explicit TemplateCache(const QString &directory = defaultDirectory());

    QString directory() const { return m_directory; }

    /// The saved copy for \a source, if there is an intact one.
    std::optional<ManifestTemplate> load(const TemplateSource &source) const;

    /// Saves \a text as the copy of \a source; returns a translated error or an empty string.
    QString store(const TemplateSource &source, const QByteArray &text,
                  const QDateTime &fetchedAt) const;

private:
    QString pathFor(const QUrl &url, const char *suffix) const;

    QString m_directory;
};

} // namespace podnet
