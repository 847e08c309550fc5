// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CloudCredentials.h"
#include "openstack/CredentialsProblem.h"

#include <QStringList>

namespace podnet {

/// What an import from clouds.yaml, an openrc file or the environment produced.
struct CredentialsImport
{
    CloudCredentials credentials;
    QList<CredentialsProblem> problems;

    /// Every cloud the clouds.yaml (and secure.yaml) defines, in file order.
    QStringList cloudNames;
    /// Several clouds and none chosen (no name given, no OS_CLOUD): show cloudNames in a picker
    /// and import again with the chosen name. Not an error.
    bool needsCloudChoice = false;

    QString configFile; ///< the clouds.yaml or openrc file read; empty for the environment
    QString secureFile; ///< the secure.yaml merged over it; empty when there was none
    /// OS_CLOUD as set in an openrc file or the environment: the values may live in clouds.yaml.
    QString referencedCloud;
    /// The openrc file asks for the password when sourced (Horizon's `read -sr` prompt).
    bool passwordPrompt = false;

    /// Credentials were imported (there may be warnings).
    bool ok() const { return !needsCloudChoice && !CredentialsProblem::anyError(problems); }
    /// Imported, but the password, application-credential secret or token must be asked for.
    bool secretMissing() const { return ok() && !credentials.hasSecret(); }
};

} // namespace podnet
