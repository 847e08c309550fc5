// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeResourceMap.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace podnet {

class KubeClient;
class KubeCommandOptions;
class KubeCommandOutput;
class KubeConfirmPrompt;

/// What every `k8s` verb works with, once the connection is checked and the manifest rendered.
struct KubeVerbContext
{
    KubeClient *client = nullptr;                ///< not owned
    const KubeCommandOptions *options = nullptr; ///< not owned
    KubeCommandOutput *output = nullptr;         ///< not owned
    QByteArray manifest;                         ///< rendered
    KubeResourceMap resources;                   ///< from the connection check's discovery
    QString defaultNamespace;
};

/// One verb of `podnet-wizard k8s`: check, diff, apply or uninstall. Runs asynchronously and
/// reports its exit code once through done().
class KubeVerbCommand : public QObject
{
    Q_OBJECT
public:
    explicit KubeVerbCommand(const KubeVerbContext &context, QObject *parent = nullptr);
    ~KubeVerbCommand() override;

    virtual void start() = 0;

Q_SIGNALS:
    void done(int exitCode);

protected:
    /// Asks "\a question [y/N]" unless --yes; calls \a proceed when confirmed. Without a
    /// terminal and without --yes, reports that \a nothingDone and finishes with ExitBadInput.
    void confirm(const QString &question, const QString &nothingDone,
                 std::function<void()> proceed);
    void finish(int exitCode);

    KubeVerbContext m_context;

private:
    QPointer<KubeConfirmPrompt> m_prompt;
    bool m_done = false;
};

} // namespace podnet
