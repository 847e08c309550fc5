// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/ManifestRenderer.h"
#include "manifest/RenderedManifest.h"
#include "manifest/TemplateLoader.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

class QCommandLineParser;

namespace podnet {

/// The network settings and template options shared by `render` and `k8s`: --api-server,
/// --cluster-cidr, --template, --image-tag, --download-timeout. Checks the values, loads the
/// template through TemplateLoader and renders it, reporting problems on stderr.
class RenderOptions
{
    // The messages keep the context of the command they came from, so existing translations
    // stay valid.
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
public:
    /// With \a apiServerRequired false, --api-server may be left out and set later through
    /// setApiServer().
    explicit RenderOptions(bool apiServerRequired);

    /// Adds the options to \a parser.
    void addTo(QCommandLineParser &parser) const;
    /// Reads and checks the values of \a parser; reports every problem. False on bad input.
    bool read(const QCommandLineParser &parser);
    /// Sets the API server URL when --api-server was not given, and checks it. False (reported
    /// with \a origin naming where it came from) when it is not usable.
    bool setApiServer(const QString &url, const QString &origin);

    bool hasApiServer() const { return !m_values.apiServerUrl.isEmpty(); }
    RenderValues values() const { return m_values; }
    TemplateSource source() const { return m_source; }
    std::chrono::milliseconds downloadTimeout() const { return m_downloadTimeout; }

    /// Sets up \a loader for these options: saved-copy fallback and download timeout.
    void configure(TemplateLoader &loader) const;
    /// Renders \a manifestTemplate, printing its problems file:line:column style. Nothing when
    /// the result cannot be used.
    std::optional<RenderedManifest> render(const ManifestTemplate &manifestTemplate) const;
    /// Reports a failed load and returns the exit code for it.
    int reportLoadFailure(const TemplateLoadError &error) const;

    /// "podnet-wizard: error: …" on stderr.
    static void reportError(const QString &text);
    static void reportWarning(const QString &text);

private:
    bool checkApiServer(const QString &name);

    bool m_apiServerRequired;
    QCommandLineOption m_apiServer;
    QCommandLineOption m_clusterCidr;
    QCommandLineOption m_template;
    QCommandLineOption m_imageTag;
    QCommandLineOption m_timeout;
    RenderValues m_values;
    TemplateSource m_source;
    std::chrono::milliseconds m_downloadTimeout {20000};
};

} // namespace podnet
