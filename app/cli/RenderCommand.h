// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/RenderOptions.h"
#include "manifest/TemplateLoader.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

namespace podnet {

/// `podnet-wizard render`: the wizard's manifest preview and "Save as…", headless.
class RenderCommand : public QObject
{
    Q_OBJECT
public:
    explicit RenderCommand(QObject *parent = nullptr);

    /// Parses \a arguments (starting with the program name and "render") and starts. Emits
    /// done() exactly once, possibly before returning.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void done(int exitCode);

private:
    void onLoaded(const ManifestTemplate &manifestTemplate);
    void onFailed(const TemplateLoadError &error);
    void finish(int exitCode);

    QNetworkAccessManager m_network;
    TemplateLoader m_loader;
    RenderOptions m_options {true};
    QString m_output;
    bool m_done = false;
};

} // namespace podnet
