// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/Cidr.h"
#include "openstack/PortSelection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace podnet {

/// The arguments of `podnet-wizard ports`, parsed and checked without touching the network.
struct PortsOptions
{
    Q_DECLARE_TR_FUNCTIONS(PortsOptions)
public:
    enum class Action { Plan, Apply, Undo, Runs };
    enum class Output { Text, Json };

    Action action = Action::Plan;
    Output output = Output::Text;
    QString cloud;      ///< --os-cloud (else OS_CLOUD)
    QString openRcFile; ///< --openrc
    QString region;     ///< --region; empty: as the credentials say
    QString interface;  ///< --interface; empty: as the credentials say
    QList<Cidr> cidrs;  ///< cluster CIDR, service CIDR
    PortSelection selection;
    int concurrency = 8;
    int pairLimit = 0; ///< --pair-limit; 0: Neutron's default
    bool yes = false;
    bool showCommands = false;
    QString journalId;  ///< --journal (undo)
    QString journalDir; ///< --journal-dir; empty: PairJournal::defaultDirectory()

    bool showHelp = false;
    QString helpText;
    /// Translated errors; when not empty, nothing may be done (exit 2).
    QStringList errors;

    /// Parses \a arguments (program name, "ports", then the action and options).
    static PortsOptions parse(const QStringList &arguments);
};

} // namespace podnet
