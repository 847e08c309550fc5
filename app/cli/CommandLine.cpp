// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "CommandLine.h"

#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/KubeCommand.h"
#include "cli/PortsCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/RenderCommand.h"

namespace podnet {

namespace {

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("help");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}

// Runs one command (a QObject with start(arguments) and a done(int exitCode) signal) until it
// reports, and returns its exit code. A command may report from inside start().
template<typename Command>
int runToEnd(QCoreApplication &app, const QStringList &arguments)
{
    Command command;
    int exitCode = ExitFailed;
    bool finished = false;
    QObject::connect(&command, &Command::done, &app, [&](int code) {
        exitCode = code;
        finished = true;
        app.exit(code);
    });
    command.start(arguments);
    if (!finished)
        app.exec();
    return exitCode;
}

} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    // Qt's own window-system options (-platform, --style, …) belong to the wizard.
    static const QStringList qtOptions = {
            QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
            QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
            QStringLiteral("style"),           QStringLiteral("stylesheet"),
            QStringLiteral("reverse"),         QStringLiteral("session"),
            QStringLiteral("display"),         QStringLiteral("geometry"),
            QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
            QStringLiteral("qwindowicon"),     QStringLiteral("widgetcount"),
            QStringLiteral("nograb"),          QStringLiteral("dograb"),
    };
    // Our own options that open the wizard.
    static const QStringList wizardOptions = {QStringLiteral("demo")};
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (isHelp(argument) || isVersion(argument))
            return true;
        if (i > 1)
            continue;
        if (!argument.startsWith(QLatin1Char('-')))
            return true; // a subcommand
        // Anything else with two dashes is meant for us, so a typo gets an error, not a window.
        const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1)
                                     .section(QLatin1Char('='), 0, 0);
        if (argument.startsWith(QLatin1String("--")) && !qtOptions.contains(name)
            && !wizardOptions.contains(name))
            return true;
    }
    return false;
}

QString CommandLine::helpText()
{
    return tr("Usage: podnet-wizard [COMMAND] [OPTIONS]\n"
              "\n"
              "Sets up pod network routing for a Kubernetes cluster on OpenStack: the wizard "
              "guides you through it step by step. Without a command, the wizard opens.\n"
              "\n"
              "Commands:\n"
              "  render     Render kube-router's manifest for your cluster and check it.\n"
              "  k8s        Check the cluster, diff, apply or uninstall kube-router, show the "
              "nodes, set pod ranges (check|diff|apply|uninstall|nodes|annotate|unannotate).\n"
              "  ports      Plan, apply or undo the allowed address pairs on your nodes' "
              "OpenStack ports.\n"
              "  plan       Show what a profile would change on both sides (--profile FILE).\n"
              "  apply      Run the whole setup a profile describes: pairs, pod ranges, "
              "kube-router, wait for Ready (--profile FILE).\n"
              "\n"
              "Options:\n"
              "  --demo         Open the wizard in demo mode: a built-in cloud and cluster on "
              "this computer, nothing real is changed.\n"
              "  -h, --help     Show this help. \"podnet-wizard COMMAND --help\" shows a "
              "command's options.\n"
              "  -v, --version  Show the version.\n"
              "\n"
              "Exit codes: 0 done, 1 failed (network, file system), 2 bad input (nothing was "
              "changed or written).\n");
}

int CommandLine::run(QCoreApplication &app, const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (isVersion(first)) {
        ConsoleOutput::writeData(QStringLiteral("%1 %2\n")
                                         .arg(QCoreApplication::applicationName(),
                                              QCoreApplication::applicationVersion())
                                         .toUtf8());
        return ExitOk;
    }
    if (isHelp(first)) {
        ConsoleOutput::writeData(helpText().toUtf8());
        return ExitOk;
    }
    if (first == QLatin1String("render"))
        return runToEnd<RenderCommand>(app, arguments);
    if (first == QLatin1String("k8s"))
        return runToEnd<KubeCommand>(app, arguments);
    if (first == QLatin1String("ports"))
        return runToEnd<PortsCommand>(app, arguments);
    if (first == QLatin1String("plan"))
        return runToEnd<ProfileCommand>(app, arguments);
    if (first == QLatin1String("apply"))
        return runToEnd<ProfileCommand>(app, arguments);
    if (first.startsWith(QLatin1Char('-'))) {
        ConsoleOutput::writeMessage(tr("podnet-wizard: error: unknown option %1. Options of a "
                                       "command go after it, for example: podnet-wizard render "
                                       "--help. See podnet-wizard --help.")
                                            .arg(first));
    } else {
        ConsoleOutput::writeMessage(tr("podnet-wizard: error: unknown command \"%1\". See "
                                       "podnet-wizard --help.")
                                            .arg(first));
    }
    return ExitBadInput;
}

} // namespace podnet
