// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppIdentity.h"

#include <QCoreApplication>

namespace podnet {

void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PodNet"));
    QCoreApplication::setApplicationName(QStringLiteral("podnet-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PODNET_VERSION));
}

} // namespace podnet
