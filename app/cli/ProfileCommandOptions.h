// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace podnet {

/// The arguments of `podnet-wizard plan --profile FILE [-o text|json]` and `podnet-wizard
/// apply --profile FILE [--yes] [--wait-ready SECONDS]`, parsed and checked without touching
/// the network or the profile file.
struct ProfileCommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
public:
    enum class Output { Text, Json };

    bool apply = false; ///< `apply` (else `plan`)
    QString profileFile;
    Output output = Output::Text; ///< plan -o
    bool yes = false;             ///< apply --yes
    /// apply --wait-ready: how long to wait for every node to turn Ready; unset: the default.
    std::optional<std::chrono::seconds> waitReady;
    QString journalDir; ///< apply --journal-dir; empty: the default folder

    bool showHelp = false;
    QString helpText;
    QStringList errors; ///< translated; not empty: stop with exit code 2

    /// Parses \a arguments: the program name, "plan" or "apply", then the options.
    static ProfileCommandOptions parse(const QStringList &arguments);
};

} // namespace podnet
