// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace podnet {

/// What the pre-flight checks look at: the values entered, the rendered manifest, and what
/// PreflightCheck fetched from the cluster (or a test read from files).
struct PreflightInput
{
    QString apiServerUrl; ///< as entered (goes into kube-router's kubeconfig)
    QString clusterCidr;
    QString serviceCidr;
    QByteArray manifest; ///< the rendered manifest text

    /// kube-system/kube-router-cfg as it is now; nullopt when absent.
    std::optional<QJsonObject> existingConfigMap;
    QList<QJsonObject> nodes; ///< items of GET /api/v1/nodes
    bool nodesKnown = true;   ///< false when the nodes could not be listed
    /// kube-system/kube-proxy (DaemonSet) exists.
    bool kubeProxyDaemonSet = false;
};

} // namespace podnet
