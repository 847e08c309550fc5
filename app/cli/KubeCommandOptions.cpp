// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeCommandOptions.h"

#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "kube/KubeConfig.h"

#include <QCommandLineParser>
#include <QDir>

namespace podnet {

namespace {

constexpr int maxWaitSeconds = 86400;

std::optional<KubeCommandOptions::Verb> verbFromName(const QString &name)
{
    using Verb = KubeCommandOptions::Verb;
    for (Verb verb : {Verb::Check, Verb::Diff, Verb::Apply, Verb::Uninstall}) {
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
    }
    return {};
}

QString KubeCommandOptions::overview()
{
    return tr("Installs kube-router on a Kubernetes cluster, as the wizard's Kubernetes steps "
              "do.\n"
              "\n"
              "  check      Test the connection and run the pre-flight checks.\n"
              "  diff       Show what apply would change (a server-side dry run).\n"
              "  apply      Apply the manifest and follow the rollout.\n"
              "  uninstall  Delete the manifest's objects.\n"
              "\n"
              "Exit codes: 0 done or nothing to do, 1 some objects failed (or a pre-flight "
              "error), 2 bad input or cannot connect (nothing was changed).");
}

bool KubeCommandOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("k8s"), tr("Work on a Kubernetes cluster."));
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("check, diff, apply or uninstall."),
                                 QStringLiteral("check|diff|apply|uninstall"));
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
            tr("apply, uninstall: change the cluster without asking. Required when not "
               "running in a terminal."));
    const QCommandLineOption force(QStringLiteral("force-conflicts"),
                                   tr("apply: take over fields that other field managers own "
                                      "instead of stopping at the conflict."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("apply: follow kube-router's rollout for at most this many "
                                     "seconds. Default: 300."),
                                  QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption noWait(QStringLiteral("no-wait"),
                                    tr("apply: do not follow the rollout."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("text (default) or json (one JSON document on standard "
                                       "output)."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOptions({kubeconfig, context, yes, force, wait, noWait, output});

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
        RenderOptions::reportError(
                tr("Name what to do: podnet-wizard k8s check|diff|apply|uninstall.")
                + QLatin1Char(' ') + seeHelp);
        return false;
    }
    const std::optional<Verb> verb = verbFromName(positional.at(1));
    if (!verb) {
        RenderOptions::reportError(tr("Unknown k8s command \"%1\": use check, diff, apply or "
                                      "uninstall.")
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
    auto onlyFor = [&](const QCommandLineOption &option, std::initializer_list<Verb> verbs,
                       const QString &where) {
        if (parser.isSet(option) && std::find(verbs.begin(), verbs.end(), m_verb) == verbs.end()) {
            RenderOptions::reportError(
                    tr("--%1 only applies to %2.").arg(option.names().constLast(), where));
            bad = true;
        }
    };
    onlyFor(yes, {Verb::Apply, Verb::Uninstall}, QStringLiteral("apply, uninstall"));
    onlyFor(force, {Verb::Apply}, QStringLiteral("apply"));
    onlyFor(wait, {Verb::Apply}, QStringLiteral("apply"));
    onlyFor(noWait, {Verb::Apply}, QStringLiteral("apply"));

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
    const QString format = parser.value(output);
    if (format == QLatin1String("json")) {
        m_format = Format::Json;
    } else if (format != QLatin1String("text")) {
        RenderOptions::reportError(tr("--output must be text or json, not \"%1\".").arg(format));
        bad = true;
    }
    if (bad)
        return false;
    *exitCode = ExitOk;
    return true;
}

} // namespace podnet
