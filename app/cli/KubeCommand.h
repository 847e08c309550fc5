// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/KubeCommandOptions.h"
#include "cli/KubeCommandOutput.h"
#include "kube/KubeConnection.h"
#include "manifest/TemplateLoader.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace podnet {

class KubeClient;
class KubeConfig;
struct KubeConfigError;
class KubeVerbCommand;
class LoginShellPath;

/// `podnet-wizard k8s check|diff|apply|uninstall|nodes|annotate|unannotate`: the wizard's
/// Kubernetes steps, headless. Reads the kubeconfig, renders the manifest as `render` does (only
/// for the verbs that use it: check, diff, apply, uninstall), checks the connection (version,
/// user, discovery), then hands over to the verb's class.
class KubeCommand : public QObject
{
    Q_OBJECT
public:
    explicit KubeCommand(QObject *parent = nullptr);
    ~KubeCommand() override;

    /// Parses \a arguments (the program name, "k8s", the verb, options) and starts. Emits
    /// done() exactly once, possibly before returning.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void done(int exitCode);

private:
    bool resolveConnection();
    void reportConfigError(const KubeConfigError &error);
    void onLoaded(const ManifestTemplate &manifestTemplate);
    void checkConnection();
    void onConnectionChecked();
    void finish(int exitCode);

    KubeCommandOptions m_options;
    std::unique_ptr<KubeCommandOutput> m_output;
    QNetworkAccessManager m_network;
    TemplateLoader m_loader;
    KubeConnection m_connection;
    QByteArray m_manifest;
    LoginShellPath *m_path = nullptr;
    KubeClient *m_client = nullptr;
    QPointer<QObject> m_check;
    KubeVerbCommand *m_verb = nullptr;
    bool m_done = false;
};

} // namespace podnet
