// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeResourceMap.h"
#include "net/HttpFailure.h"

#include <QString>
#include <QStringList>

namespace podnet {

/// What "Test connection" found out about a Kubernetes API server.
struct KubeConnectionCheckResult
{
    bool ok = false;
    QString gitVersion; ///< "v1.32.1"
    QString platform;   ///< "linux/amd64"
    bool identityKnown = false;
    QString userName;
    QStringList groups;
    KubeResourceMap resources;
    QStringList skippedGroupVersions;

    HttpFailure failure;  ///< the failed step's HTTP failure (Kind::None for credential errors)
    QString errorMessage; ///< translated, says what to do; empty when ok
    QString errorDetail;
};

} // namespace podnet
