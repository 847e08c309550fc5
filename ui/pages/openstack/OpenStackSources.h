// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CloudConfig.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace podnet {

/// Where the OpenStack page looks for credentials: the environment (OS_* variables,
/// OS_CLIENT_CONFIG_FILE, OS_CLOUD) and the folders searched for clouds.yaml. Tests inject their
/// own; the wizard uses system().
struct OpenStackSources
{
    QProcessEnvironment environment;
    QStringList searchDirs;

    /// The process environment and openstacksdk's search folders.
    static OpenStackSources system()
    {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        return {environment, CloudConfig::defaultSearchDirs(environment)};
    }
};

} // namespace podnet
