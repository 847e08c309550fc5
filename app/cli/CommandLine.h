// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace podnet {

/// The headless face: subcommands, --help and --version.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// True when \a argv asks for a subcommand, --help or --version rather than the wizard
    /// (which takes Qt's own options and --demo).
    static bool isHeadless(int argc, char **argv);

    /// Runs the command in \a arguments (the program name first) inside \a app's event loop
    /// and returns its exit code.
    static int run(QCoreApplication &app, const QStringList &arguments);

    /// The top-level --help text.
    static QString helpText();
};

} // namespace podnet
