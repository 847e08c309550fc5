// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CloudCredentials.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace podnet {

struct PortsOptions;

/// Finds the credentials for `ports` the way the openstack client does: --openrc FILE, else
/// --os-cloud NAME or OS_CLOUD in clouds.yaml (+ secure.yaml), else the OS_* environment, else the
/// only cloud in clouds.yaml; then applies --region and --interface.
class PortsCredentials
{
    Q_DECLARE_TR_FUNCTIONS(PortsCredentials)
public:
    struct Result
    {
        CloudCredentials credentials;
        QStringList errors;   ///< translated; not empty: stop (exit 2)
        QStringList warnings; ///< translated
        /// The secret is missing: take OS_PASSWORD (openrc) or ask on the terminal.
        bool secretMissing = false;
        QString source; ///< where the credentials came from, for messages
    };

    static Result load(const PortsOptions &options, const QProcessEnvironment &environment);
    /// Checks the credentials once the secret is known; translated errors.
    static QStringList check(const CloudCredentials &credentials, QStringList *warnings);
};

} // namespace podnet
