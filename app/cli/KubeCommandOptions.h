// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/RenderOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <chrono>

namespace podnet {

/// The options of `podnet-wizard k8s VERB`: which cluster (--kubeconfig, --context), the
/// render options, what may change (--yes, --force-conflicts), rollout waiting and the output
/// format. Parses and checks them; prints help and errors itself.
class KubeCommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(KubeCommand)
public:
    enum class Verb { Check, Diff, Apply, Uninstall };
    enum class Format { Text, Json };

    KubeCommandOptions();

    /// Parses \a arguments (the program name, "k8s", the verb, options). False when the
    /// command ends here: help was shown or the input is bad; \a exitCode tells which.
    bool parse(const QStringList &arguments, int *exitCode);

    Verb verb() const { return m_verb; }
    /// "check", "diff", "apply", "uninstall".
    static QString verbName(Verb verb);
    QString verbName() const { return verbName(m_verb); }

    /// The kubeconfig files to read: --kubeconfig, else KUBECONFIG, else ~/.kube/config.
    QStringList kubeconfigFiles() const { return m_kubeconfigFiles; }
    /// --context; empty: the kubeconfig's current-context.
    QString context() const { return m_context; }
    RenderOptions &render() { return m_render; }
    const RenderOptions &render() const { return m_render; }
    bool yes() const { return m_yes; }
    bool forceConflicts() const { return m_forceConflicts; }
    /// Follow the DaemonSet's rollout after apply.
    bool wait() const { return m_wait; }
    std::chrono::seconds waitTimeout() const { return m_waitTimeout; }
    Format format() const { return m_format; }

    /// The overview shown by `podnet-wizard k8s --help`.
    static QString overview();

private:
    RenderOptions m_render {false};
    Verb m_verb = Verb::Check;
    QStringList m_kubeconfigFiles;
    QString m_context;
    bool m_yes = false;
    bool m_forceConflicts = false;
    bool m_wait = true;
    std::chrono::seconds m_waitTimeout {300};
    Format m_format = Format::Text;
};

} // namespace podnet
