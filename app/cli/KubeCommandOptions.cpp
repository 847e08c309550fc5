// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeCommandOptions.h"

#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "kube/KubeConfig.h"
#include "net/Cidr.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace podnet {

namespace {

constexpr int maxWaitSeconds = 86400;

using Verb = KubeCommandOptions::Verb;
constexpr Verb allVerbs[] = {Verb::Check, Verb::Diff,     Verb::Apply,     Verb::Uninstall,
                             Verb::Nodes, Verb::Annotate, Verb::Unannotate};

std::optional<KubeCommandOptions::Verb> verbFromName(const QString &name)
{
    for (Verb verb : allVerbs) {
        if (KubeCommandOptions::verbName(verb) == name)
            return verb;
    }
    return std::nullopt;
}

} // namespace

KubeCommandOptions::KubeCommandOptions() = default;

QString KubeCommandOptions::verbName(Verb verb)
{
    switch (verb) {
    case Verb::Check:
        return QStringLiteral("check");
    case Verb::Diff:
        return QStringLiteral("diff");
    case Verb::Apply:
        return QStringLiteral("apply");
    case Verb::Uninstall:
        return QStringLiteral("uninstall");
    case Verb::Nodes:
        return QStringLiteral("nodes");
    case Verb::Annotate:
        return QStringLiteral("annotate");
    case Verb::Unannotate:
        return QStringLiteral("unannotate");
    }
    return {};
}

bool KubeCommandOptions::needsManifest(Verb verb)
{
    return verb == Verb::Check || verb == Verb::Diff || verb == Verb::Apply
            || verb == Verb::Uninstall;
}

QString KubeCommandOptions::clusterCidr() const
{
    return m_render.values().clusterCidr;
}

QString KubeCommandOptions::overview()
{
    return tr("Installs kube-router on a Kubernetes cluster, as the wizard's Kubernetes steps "
              "do.\n"
              "\n"
              "  check       Test the connection and run the pre-flight checks.\n"
              "  diff        Show what apply would change (a server-side dry run).\n"
              "  apply       Apply the manifest and follow the rollout.\n"
              "  uninstall   Delete the manifest's objects.\n"
              "  nodes       List the nodes as kubectl get nodes does; -o wide adds the pod "
              "range, the kube-router pod and why a node is not Ready. --watch follows "
              "changes, --wait-ready waits until every node is Ready.\n"
              "  annotate    Give nodes without a pod range one (--auto or --node NAME=CIDR).\n"
              "  unannotate  Undo an annotate run (--run ID; default: the latest).\n"
              "\n"
              "Exit codes: 0 done or nothing to do, 1 some objects failed (or a pre-flight "
              "error, or nodes not Ready in time), 2 bad input or cannot connect (nothing was "
              "changed).");
}

bool KubeCommandOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("k8s"), tr("Work on a Kubernetes cluster."));
    parser.addPositionalArgument(
            QStringLiteral("VERB"),
            tr("check, diff, apply, uninstall, nodes, annotate or unannotate."),
            QStringLiteral("check|diff|apply|uninstall|nodes|annotate|unannotate"));
    const QCommandLineOption kubeconfig(
            QStringLiteral("kubeconfig"),
            tr("The kubeconfig file. Default: the files in KUBECONFIG, else ~/.kube/config."),
            QStringLiteral("FILE"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     tr("The kubeconfig context. Default: its current-context."),
                                     QStringLiteral("NAME"));
    m_render.addTo(parser);
    const QCommandLineOption yes(
            {QStringLiteral("y"), QStringLiteral("yes")},
            tr("apply, uninstall, annotate, unannotate: change the cluster without asking. "
               "Required when not running in a terminal."));
    const QCommandLineOption force(QStringLiteral("force-conflicts"),
                                   tr("apply: take over fields that other field managers own "
                                      "instead of stopping at the conflict."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("apply: follow kube-router's rollout for at most this many "
                                     "seconds. Default: 300."),
                                  QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption noWait(QStringLiteral("no-wait"),
                                    tr("apply: do not follow the rollout."));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   tr("nodes: keep running and print a node's row again each "
                                      "time it changes; Ctrl-C ends."));
    const QCommandLineOption waitReady(
            QStringLiteral("wait-ready"),
            tr("nodes: wait at most this many seconds until every node is Ready and kube-router "
               "rolled out; exit 1 with the reasons when they are not."),
            QStringLiteral("SECONDS"));
    const QCommandLineOption autoRanges(QStringLiteral("auto"),
                                        tr("annotate: suggest a free pod range from "
                                           "--cluster-cidr for every node without one."));
    const QCommandLineOption node(QStringLiteral("node"),
                                  tr("annotate: give node NAME the pod range CIDR (repeatable)."),
                                  QStringLiteral("NAME=CIDR"));
    const QCommandLineOption restartPods(QStringLiteral("restart-pods"),
                                         tr("annotate: restart the kube-router pod on changed "
                                            "nodes where it already runs, so it reads the new "
                                            "range."));
    const QCommandLineOption journalDir(QStringLiteral("journal-dir"),
                                        tr("annotate, unannotate: the folder of the undo "
                                           "journal. Default: the application's data folder."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption run(QStringLiteral("run"),
                                 tr("unannotate: the annotate run to undo. Default: the latest."),
                                 QStringLiteral("ID"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("text (default), json (one JSON document on standard "
                                       "output) or, for nodes, wide (more columns)."),
                                    QStringLiteral("text|json|wide"), QStringLiteral("text"));
    parser.addOptions({kubeconfig, context, yes, force, wait, noWait, watch, waitReady, autoRanges,
                       node, restartPods, journalDir, run, output});

    *exitCode = ExitBadInput;
    const QString seeHelp = tr("See podnet-wizard k8s --help.");
    if (!parser.parse(arguments)) {
        RenderOptions::reportError(parser.errorText() + QLatin1Char(' ') + seeHelp);
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::writeData(parser.helpText().toUtf8());
        *exitCode = ExitOk;
        return false;
    }
    if (positional.size() < 2) {
        RenderOptions::reportError(tr("Name what to do: podnet-wizard k8s "
                                      "check|diff|apply|uninstall|nodes|annotate|unannotate.")
                                   + QLatin1Char(' ') + seeHelp);
        return false;
    }
    const std::optional<Verb> verb = verbFromName(positional.at(1));
    if (!verb) {
        RenderOptions::reportError(tr("Unknown k8s command \"%1\": use check, diff, apply, "
                                      "uninstall, nodes, annotate or unannotate.")
                                           .arg(positional.at(1)));
        return false;
    }
    m_verb = *verb;
    if (positional.size() > 2) {
        RenderOptions::reportError(tr("Unexpected argument \"%1\".").arg(positional.at(2))
                                   + QLatin1Char(' ') + seeHelp);
        return false;
    }

    bool bad = !m_render.read(parser);
    auto onlyFor = [&](const QString &name, std::initializer_list<Verb> verbs) {
        if (!parser.isSet(name) || std::find(verbs.begin(), verbs.end(), m_verb) != verbs.end())
            return;
        QStringList names;
        for (Verb allowed : verbs)
            names << verbName(allowed);
        RenderOptions::reportError(
                tr("--%1 only applies to %2.").arg(name, names.join(QStringLiteral(", "))));
        bad = true;
    };
    const std::initializer_list<Verb> manifestVerbs {Verb::Check, Verb::Diff, Verb::Apply,
                                                     Verb::Uninstall};
    for (const char *name : {"api-server", "template", "image-tag", "download-timeout"})
        onlyFor(QLatin1String(name), manifestVerbs);
    onlyFor(QStringLiteral("cluster-cidr"),
            {Verb::Check, Verb::Diff, Verb::Apply, Verb::Uninstall, Verb::Annotate});
    onlyFor(yes.names().constLast(),
            {Verb::Apply, Verb::Uninstall, Verb::Annotate, Verb::Unannotate});
    onlyFor(force.names().constLast(), {Verb::Apply});
    onlyFor(wait.names().constLast(), {Verb::Apply});
    onlyFor(noWait.names().constLast(), {Verb::Apply});
    onlyFor(watch.names().constLast(), {Verb::Nodes});
    onlyFor(waitReady.names().constLast(), {Verb::Nodes});
    for (const QCommandLineOption *option : {&autoRanges, &node, &restartPods})
        onlyFor(option->names().constLast(), {Verb::Annotate});
    onlyFor(journalDir.names().constLast(), {Verb::Annotate, Verb::Unannotate});
    onlyFor(run.names().constLast(), {Verb::Unannotate});

    m_kubeconfigFiles = parser.isSet(kubeconfig)
            ? QStringList {parser.value(kubeconfig)}
            : KubeConfig::defaultFiles(qEnvironmentVariable("KUBECONFIG"), QDir::homePath());
    if (parser.isSet(kubeconfig) && parser.value(kubeconfig).isEmpty()) {
        RenderOptions::reportError(tr("--kubeconfig needs a file name."));
        bad = true;
    }
    m_context = parser.value(context);
    m_yes = parser.isSet(yes);
    m_forceConflicts = parser.isSet(force);
    m_wait = !parser.isSet(noWait);
    bool waitOk = false;
    const int seconds = parser.value(wait).toInt(&waitOk);
    if (!waitOk || seconds < 1 || seconds > maxWaitSeconds) {
        RenderOptions::reportError(tr("--wait must be a whole number of seconds between 1 and "
                                      "%1; --no-wait skips waiting.")
                                           .arg(maxWaitSeconds));
        bad = true;
    } else {
        m_waitTimeout = std::chrono::seconds(seconds);
    }
    if (parser.isSet(wait) && parser.isSet(noWait)) {
        RenderOptions::reportError(tr("Give either --wait or --no-wait, not both."));
        bad = true;
    }
    bad = !readNodesOptions(parser, watch, waitReady) || bad;
    bad = !readAnnotateOptions(parser, autoRanges, node, restartPods, journalDir, run) || bad;

    const QString format = parser.value(output);
    if (format == QLatin1String("json")) {
        m_format = Format::Json;
    } else if (format == QLatin1String("wide") && m_verb == Verb::Nodes) {
        m_format = Format::Wide;
    } else if (format != QLatin1String("text")) {
        RenderOptions::reportError(
                m_verb == Verb::Nodes
                        ? tr("--output must be text, wide or json, not \"%1\".").arg(format)
                        : tr("--output must be text or json, not \"%1\".").arg(format));
        bad = true;
    }
    if (m_watch && m_format == Format::Json) {
        RenderOptions::reportError(tr("--watch prints rows of text: use it with -o text or "
                                      "-o wide, not -o json."));
        bad = true;
    }
    if (bad)
        return false;
    *exitCode = ExitOk;
    return true;
}

bool KubeCommandOptions::readNodesOptions(const QCommandLineParser &parser,
                                          const QCommandLineOption &watch,
                                          const QCommandLineOption &waitReady)
{
    m_watch = parser.isSet(watch);
    if (!parser.isSet(waitReady))
        return true;
    bool ok = false;
    const int seconds = parser.value(waitReady).toInt(&ok);
    if (!ok || seconds < 1 || seconds > maxWaitSeconds) {
        RenderOptions::reportError(tr("--wait-ready must be a whole number of seconds between 1 "
                                      "and %1, not \"%2\".")
                                           .arg(maxWaitSeconds)
                                           .arg(parser.value(waitReady)));
        return false;
    }
    m_waitReady = std::chrono::seconds(seconds);
    return true;
}

bool KubeCommandOptions::readAnnotateOptions(const QCommandLineParser &parser,
                                             const QCommandLineOption &autoRanges,
                                             const QCommandLineOption &node,
                                             const QCommandLineOption &restartPods,
                                             const QCommandLineOption &journalDir,
                                             const QCommandLineOption &run)
{
    bool ok = true;
    m_annotateAuto = parser.isSet(autoRanges);
    m_restartPods = parser.isSet(restartPods);
    m_journalDir = parser.value(journalDir);
    m_undoRun = parser.value(run);
    if (parser.isSet(journalDir) && m_journalDir.isEmpty()) {
        RenderOptions::reportError(tr("--journal-dir needs a folder name."));
        ok = false;
    }
    if (parser.isSet(run) && (m_undoRun.isEmpty() || m_undoRun.contains(QLatin1Char('/')))) {
        RenderOptions::reportError(tr("--run needs the ID of an annotate run, as annotate "
                                      "printed it, not \"%1\".")
                                           .arg(m_undoRun));
        ok = false;
    }
    // A DNS subdomain (RFC 1123), as Kubernetes requires for node names.
    static const QRegularExpression nodeName(
            QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    QSet<QString> seen;
    const QStringList values = parser.values(node);
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? value : value.left(equals);
        const QString cidrText = equals < 0 ? QString() : value.mid(equals + 1);
        if (equals <= 0 || cidrText.isEmpty()) {
            RenderOptions::reportError(tr("--node needs NAME=CIDR, for example --node "
                                          "worker-0=10.200.0.0/24, not \"%1\".")
                                               .arg(value));
            ok = false;
            continue;
        }
        if (name.size() > 253 || !nodeName.match(name).hasMatch()) {
            RenderOptions::reportError(tr("--node %1: \"%2\" is not a node name; use the name "
                                          "kubectl get nodes shows.")
                                               .arg(value, name));
            ok = false;
            continue;
        }
        const CidrParse cidr = Cidr::parse(cidrText);
        if (!cidr.ok()) {
            RenderOptions::reportError(QStringLiteral("--node %1: ").arg(value)
                                       + Cidr::describe(cidr.error, cidrText));
            ok = false;
            continue;
        }
        if (seen.contains(name)) {
            RenderOptions::reportError(
                    tr("--node %1 is given more than once; give each node one range.").arg(name));
            ok = false;
            continue;
        }
        seen.insert(name);
        m_annotateNodes.append({name, cidr.cidr.toString()});
    }
    if (m_verb == Verb::Annotate && !m_annotateAuto && values.isEmpty()) {
        RenderOptions::reportError(tr("annotate needs --auto (a free range for every node "
                                      "without one) or --node NAME=CIDR."));
        ok = false;
    } else if (m_annotateAuto && !values.isEmpty()) {
        RenderOptions::reportError(tr("Give either --auto or --node, not both."));
        ok = false;
    }
    return ok;
}

} // namespace podnet
