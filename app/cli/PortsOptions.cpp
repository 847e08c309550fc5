// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortsOptions.h"

#include "openstack/PairJournal.h"
#include "settings/NetworkSettings.h"

#include <QCommandLineParser>
#include <QDir>

namespace podnet {

namespace {

/// Adds a translated error for a bad CIDR option; returns the parsed network.
Cidr checkedCidr(const QString &option, const QString &text, QStringList *errors)
{
    const CidrParse parsed = Cidr::parse(text);
    if (!parsed.ok())
        errors->append(QStringLiteral("%1: %2").arg(option, Cidr::describe(parsed.error, text)));
    return parsed.cidr;
}

} // namespace

PortsOptions PortsOptions::parse(const QStringList &arguments)
{
    PortsOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Adds the cluster and service CIDRs as allowed address pairs to the compute ports "
               "of your Kubernetes nodes on OpenStack, so Neutron stops dropping pod and service "
               "traffic; and takes them away again.\n"
               "\n"
               "Actions:\n"
               "  plan   Show what would change on which port (the default). Changes nothing.\n"
               "  apply  Show the plan, ask, then change the ports. Each change is journaled.\n"
               "  undo   Remove exactly the pairs an earlier apply added (--journal ID; default: "
               "the most recent finished apply).\n"
               "  runs   List the journaled runs, newest first.\n"
               "\n"
               "Credentials come from --openrc FILE, else the cloud --os-cloud NAME (or OS_CLOUD) "
               "in clouds.yaml and secure.yaml, else the OS_* environment variables, else the only "
               "cloud in clouds.yaml. A missing password is taken from OS_PASSWORD or asked for on "
               "the terminal; it is never an option.\n"
               "\n"
               "Exit codes: 0 done or nothing to do, 1 some ports failed or the run was "
               "interrupted (listed), 2 bad input or sign-in failed (nothing was changed)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("plan, apply, undo or runs."),
                                 QStringLiteral("plan|apply|undo|runs"));
    const QCommandLineOption cloud(QStringLiteral("os-cloud"),
                                   tr("The cloud in clouds.yaml. Default: OS_CLOUD."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption openRc(QStringLiteral("openrc"),
                                    tr("Read the credentials from this openrc file (it is read, "
                                       "never run)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Use Neutron of this region. Default: as the credentials "
                                       "say."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption interface(QStringLiteral("interface"),
                                       tr("Endpoint interface: public, internal or admin. "
                                          "Default: as the credentials say."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption clusterCidr(
            QStringLiteral("cluster-cidr"),
            tr("The cluster (pod) CIDR. Default: %1.").arg(NetworkSettings::defaultClusterCidr()),
            QStringLiteral("CIDR"), NetworkSettings::defaultClusterCidr());
    const QCommandLineOption serviceCidr(
            QStringLiteral("service-cidr"),
            tr("The service CIDR. Default: %1.").arg(NetworkSettings::defaultServiceCidr()),
            QStringLiteral("CIDR"), NetworkSettings::defaultServiceCidr());
    const QCommandLineOption select(QStringLiteral("select"),
                                    tr("Only the servers whose name matches this pattern (* and "
                                       "?, whole name, case-sensitive). Default: every server."),
                                    QStringLiteral("PATTERN"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Ports changed at once, 1 to 64. Default: 8."),
                                         QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption pairLimit(QStringLiteral("pair-limit"),
                                       tr("Allowed address pairs per port as your Neutron is "
                                          "configured (max_allowed_address_pair). Default: 10."),
                                       QStringLiteral("N"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")},
                                 tr("Apply or undo without asking."));
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     tr("undo: the run to undo (see \"ports runs\")."),
                                     QStringLiteral("ID"));
    const QCommandLineOption journalDir(
            QStringLiteral("journal-dir"),
            tr("Where run journals are kept. Default: %1.")
                    .arg(QDir::toNativeSeparators(PairJournal::defaultDirectory())),
            QStringLiteral("DIR"));
    const QCommandLineOption showCommands(QStringLiteral("show-commands"),
                                          tr("Also print the openstack commands that make the "
                                             "same changes."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("text or json. Default: text."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({cloud, openRc, region, interface, clusterCidr, serviceCidr, select,
                       concurrency, pairLimit, yes, journal, journalDir, showCommands, output});

    // Drop "ports" so the action is the first positional argument.
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (!parser.parse(rest)) {
        options.errors.append(parser.errorText() + QLatin1Char(' ')
                              + tr("See podnet-wizard ports --help."));
        return options;
    }
    options.helpText = parser.helpText();
    if (parser.isSet(QStringLiteral("help"))) {
        options.showHelp = true;
        return options;
    }

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("plan"));
    if (action == QLatin1String("plan"))
        options.action = Action::Plan;
    else if (action == QLatin1String("apply"))
        options.action = Action::Apply;
    else if (action == QLatin1String("undo"))
        options.action = Action::Undo;
    else if (action == QLatin1String("runs"))
        options.action = Action::Runs;
    else
        options.errors.append(tr("Unknown action \"%1\": use plan, apply, undo or runs. See "
                                 "podnet-wizard ports --help.")
                                      .arg(action));
    if (positional.size() > 1) {
        options.errors.append(tr("Unexpected argument \"%1\". See podnet-wizard ports --help.")
                                      .arg(positional.at(1)));
    }

    const QString format = parser.value(output);
    if (format == QLatin1String("json"))
        options.output = Output::Json;
    else if (format != QLatin1String("text"))
        options.errors.append(tr("--output must be text or json, not \"%1\".").arg(format));

    options.cidrs = {
            checkedCidr(QStringLiteral("--cluster-cidr"), parser.value(clusterCidr),
                        &options.errors),
            checkedCidr(QStringLiteral("--service-cidr"), parser.value(serviceCidr),
                        &options.errors),
    };
    if (!options.cidrs.at(0).isNull() && !options.cidrs.at(1).isNull()
        && options.cidrs.at(0).overlaps(options.cidrs.at(1))) {
        options.errors.append(
                tr("--cluster-cidr %1 and --service-cidr %2 overlap. Choose two "
                   "separate networks.")
                        .arg(options.cidrs.at(0).toString(), options.cidrs.at(1).toString()));
    }

    bool ok = false;
    options.concurrency = parser.value(concurrency).toInt(&ok);
    if (!ok || options.concurrency < 1 || options.concurrency > 64)
        options.errors.append(tr("--concurrency must be a whole number from 1 to 64."));
    if (parser.isSet(pairLimit)) {
        options.pairLimit = parser.value(pairLimit).toInt(&ok);
        if (!ok || options.pairLimit < 2 || options.pairLimit > 1000)
            options.errors.append(tr("--pair-limit must be a whole number from 2 to 1000."));
    }
    if (parser.isSet(select)) {
        if (parser.value(select).isEmpty())
            options.errors.append(tr("--select needs a server name pattern, e.g. \"worker-*\"."));
        options.selection = PortSelection::byNamePattern(parser.value(select));
    }
    if (parser.isSet(cloud) && parser.isSet(openRc))
        options.errors.append(tr("Give either --os-cloud or --openrc, not both."));
    if (parser.isSet(cloud) && parser.value(cloud).isEmpty())
        options.errors.append(tr("--os-cloud needs the name of a cloud in clouds.yaml."));

    options.cloud = parser.value(cloud);
    options.openRcFile = parser.value(openRc);
    options.region = parser.value(region);
    options.interface = parser.value(interface);
    options.yes = parser.isSet(yes);
    options.showCommands = parser.isSet(showCommands);
    options.journalId = parser.value(journal);
    options.journalDir = parser.value(journalDir);
    if (parser.isSet(journal) && options.action != Action::Undo)
        options.errors.append(tr("--journal only goes with undo."));
    return options;
}

} // namespace podnet
