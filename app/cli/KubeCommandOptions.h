// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/RenderOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace podnet {

/// The options of `podnet-wizard k8s VERB`: which cluster (--kubeconfig, --context), the
/// render options, what may change (--yes, --force-conflicts), rollout waiting, the node
/// table's --watch and --wait-ready, the pod-range annotations and the output format. Parses
/// and checks them; prints help and errors itself.
class KubeCommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(KubeCommand)
public:
    enum class Verb { Check, Diff, Apply, Uninstall, Nodes, Annotate, Unannotate };
    enum class Format {
        Text,
        Json,
        Wide, ///< nodes: text with our extra columns
    };

    KubeCommandOptions();

    /// Parses \a arguments (the program name, "k8s", the verb, options). False when the
    /// command ends here: help was shown or the input is bad; \a exitCode tells which.
    bool parse(const QStringList &arguments, int *exitCode);

    Verb verb() const { return m_verb; }
    /// "check", "diff", "apply", "uninstall", "nodes", "annotate", "unannotate".
    static QString verbName(Verb verb);
    QString verbName() const { return verbName(m_verb); }
    /// check, diff, apply and uninstall work with the rendered manifest (and so with
    /// --api-server and the template); the other verbs never load it.
    static bool needsManifest(Verb verb);
    bool needsManifest() const { return needsManifest(m_verb); }

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

    /// nodes --watch: keep running and print rows again as they change.
    bool watch() const { return m_watch; }
    /// nodes --wait-ready SECONDS: wait until every node is Ready and kube-router rolled out.
    std::optional<std::chrono::seconds> waitReady() const { return m_waitReady; }

    /// annotate --auto: suggest a free range for every node without one.
    bool annotateAuto() const { return m_annotateAuto; }
    /// annotate --node NAME=CIDR, in the order given (the CIDRs are canonical).
    QList<QPair<QString, QString>> annotateNodes() const { return m_annotateNodes; }
    /// --cluster-cidr (default 10.200.0.0/16): where annotate's ranges come from.
    QString clusterCidr() const;
    /// annotate --restart-pods: restart the kube-router pod on changed nodes where it runs.
    bool restartPods() const { return m_restartPods; }
    /// annotate, unannotate --journal-dir; empty: the commands' default folder.
    QString journalDir() const { return m_journalDir; }
    /// unannotate --run ID; empty: the latest run.
    QString undoRun() const { return m_undoRun; }

    /// The overview shown by `podnet-wizard k8s --help`.
    static QString overview();

private:
    bool readNodesOptions(const QCommandLineParser &parser, const QCommandLineOption &watch,
                          const QCommandLineOption &waitReady);
    bool readAnnotateOptions(const QCommandLineParser &parser, const QCommandLineOption &autoRanges,
                             const QCommandLineOption &node, const QCommandLineOption &restartPods,
                             const QCommandLineOption &journalDir, const QCommandLineOption &run);

    RenderOptions m_render {false};
    Verb m_verb = Verb::Check;
    QStringList m_kubeconfigFiles;
    QString m_context;
    bool m_yes = false;
    bool m_forceConflicts = false;
    bool m_wait = true;
    std::chrono::seconds m_waitTimeout {300};
    Format m_format = Format::Text;
    bool m_watch = false;
    std::optional<std::chrono::seconds> m_waitReady;
    bool m_annotateAuto = false;
    QList<QPair<QString, QString>> m_annotateNodes;
    bool m_restartPods = false;
    QString m_journalDir;
    QString m_undoRun;
};

} // namespace podnet
