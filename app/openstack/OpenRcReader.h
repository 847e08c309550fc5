// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CredentialsImport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace podnet {

/// Reads an openrc file (as Horizon offers for download) without ever running it: takes
/// `export OS_X=value` and `OS_X=value` lines with single or double quotes and `#` comments,
/// applies `unset` lines, ignores every other command. Horizon's password prompt
/// (`read -sr OS_PASSWORD_INPUT` then `OS_PASSWORD=$OS_PASSWORD_INPUT`) leaves the password
/// missing, to be asked for. A value using any other expansion ($VAR, $(...), backticks) is not
/// imported and is reported with its line. The variables map as in EnvironmentCredentials.
class OpenRcReader
{
    Q_DECLARE_TR_FUNCTIONS(OpenRcReader)
public:
    /// Reads \a text; \a fileName names the file in problems and becomes the cloud name.
    static CredentialsImport read(const QByteArray &text, const QString &fileName);

    /// Reads the file at \a path.
    static CredentialsImport readFile(const QString &path);
};

} // namespace podnet
