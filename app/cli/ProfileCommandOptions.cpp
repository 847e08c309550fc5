// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileCommandOptions.h"

#include <QCommandLineParser>

namespace podnet {

ProfileCommandOptions ProfileCommandOptions::parse(const QStringList &arguments)
{
    ProfileCommandOptions options;
    options.apply = arguments.value(1) == QLatin1String("apply");

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("The profile to use (see docs/profile.md)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The plan as text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Apply without asking (needed when not on a terminal)."));
    const QCommandLineOption waitReady(
            QStringLiteral("wait-ready"),
            tr("Wait this long for every node to turn Ready. Default: 300."),
            QStringLiteral("SECONDS"));
    const QCommandLineOption journalDir(
            QStringLiteral("journal-dir"),
            tr("Where the journals of the changes go. Default: the application's data folder."),
            QStringLiteral("DIR"));
    parser.addOption(help);
    parser.addOption(profile);
    if (options.apply)
        parser.addOptions({yes, waitReady, journalDir});
    else
        parser.addOption(output);

    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    const QString usage = options.apply
            ? tr("Usage: podnet-wizard apply --profile FILE [--yes] [--wait-ready SECONDS]\n\n"
                 "Runs the whole setup a profile describes: shows the plan, asks, then adds the "
                 "allowed address pairs, sets the pod ranges, installs kube-router and waits "
                 "until every node is Ready.\n\n"
                 "Exit codes: 0 every step done and every node Ready, 1 a step failed or timed "
                 "out, 2 bad input (nothing was changed).\n")
            : tr("Usage: podnet-wizard plan --profile FILE [-o text|json]\n\n"
                 "Shows what \"apply\" would change on both sides (ports, pod ranges, "
                 "kube-router's objects) without changing anything.\n\n"
                 "Exit codes: 0 done, 1 failed (network, server), 2 bad input.\n");
    if (!parser.parse(rest)) {
        options.errors.append(
                tr("%1 See podnet-wizard %2 --help.").arg(parser.errorText(), arguments.value(1)));
        return options;
    }
    if (parser.isSet(help)) {
        options.showHelp = true;
        options.helpText
                = usage + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 2);
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.errors.append(
                tr("Unexpected argument \"%1\". See podnet-wizard %2 --help.")
                        .arg(parser.positionalArguments().constFirst(), arguments.value(1)));
    }
    options.profileFile = parser.value(profile);
    if (options.profileFile.isEmpty())
        options.errors.append(tr("Give the profile with --profile FILE."));
    if (!options.apply) {
        const QString format = parser.value(output);
        if (format == QLatin1String("json"))
            options.output = Output::Json;
        else if (format != QLatin1String("text"))
            options.errors.append(tr("-o must be text or json, not \"%1\".").arg(format));
        return options;
    }
    options.yes = parser.isSet(yes);
    options.journalDir = parser.value(journalDir);
    if (parser.isSet(waitReady)) {
        bool ok = false;
        const int seconds = parser.value(waitReady).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            options.errors.append(tr("--wait-ready must be a number of seconds from 1 to 86400."));
        else
            options.waitReady = std::chrono::seconds(seconds);
    }
    return options;
}

} // namespace podnet
