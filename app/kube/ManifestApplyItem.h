// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/ManifestResource.h"

#include <QJsonObject>
#include <QString>

namespace podnet {

/// One object of a rendered manifest, ready to send: the parsed document and the URL path that
/// discovery's scope gives for it.
struct ManifestApplyItem
{
    ManifestResource resource; ///< as written in the document
    QJsonObject document;      ///< the body to apply (no namespace for cluster-scoped kinds)
    QString path;              ///< "/apis/rbac.authorization.k8s.io/v1/clusterroles/kube-router"
    bool namespaced = false;   ///< as discovery says
    int fileIndex = 0;         ///< 0-based position of the document in the manifest

    /// The API group ("" for the core group).
    QString group() const
    {
        const qsizetype slash = resource.apiVersion.indexOf(QLatin1Char('/'));
        return slash < 0 ? QString() : resource.apiVersion.left(slash);
    }
    /// The name kubectl prints: "configmap/kube-router-cfg", "daemonset.apps/kube-router".
    QString kubectlName() const
    {
        const QString kind = resource.kind.toLower();
        const QString g = group();
        return (g.isEmpty() ? kind : kind + QLatin1Char('.') + g) + QLatin1Char('/')
                + resource.name;
    }
};

} // namespace podnet
