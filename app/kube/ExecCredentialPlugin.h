// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/ExecCredential.h"
#include "kube/ExecCredentialError.h"
#include "kube/KubeExecConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

class QProcess;

namespace podnet {

class LoginShellPath;

/// Runs a kubeconfig exec credential plugin asynchronously (stdin closed, never interactive,
/// KUBERNETES_EXEC_INFO set, the login shell's PATH) and caches its credential until it
/// expires or invalidate() is called (after a 401). Concurrent requests share one run.
/// The plugin's stdout is a secret: it is parsed and never shown or logged.
class ExecCredentialPlugin : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ExecCredential &, const ExecCredentialError &)>;

    /// \a path supplies the PATH to search and give the plugin (not owned; may be null: then
    /// the process's PATH is used).
    ExecCredentialPlugin(const KubeExecConfig &config, LoginShellPath *path,
                         QObject *parent = nullptr);
    ~ExecCredentialPlugin() override;

    /// How long one run may take. Default: 60 s (plugins may open a browser for a login).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    const KubeExecConfig &config() const { return m_config; }
    /// The cached credential if it has not expired.
    std::optional<ExecCredential> cached() const;
    /// Forgets the cached credential; the next request() runs the plugin again.
    void invalidate() { m_cache.reset(); }

    /// Calls \a callback (later, never from inside this call) with a credential or an error,
    /// unless \a context is gone. Runs the plugin only when nothing valid is cached.
    void request(QObject *context, Callback callback);

private:
    void run(const QString &path);
    void complete(const ExecCredential &credential, const ExecCredentialError &error);
    ExecCredentialError error(ExecCredentialError::Kind kind, const QString &message,
                              const QString &detail = {}) const;

    KubeExecConfig m_config;
    QPointer<LoginShellPath> m_path;
    QPointer<QProcess> m_process;
    std::optional<ExecCredential> m_cache;
    std::chrono::milliseconds m_timeout {60000};
    bool m_running = false;
    bool m_timedOut = false;
    QList<QPair<QPointer<QObject>, Callback>> m_waiting;
};

} // namespace podnet
