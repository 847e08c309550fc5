// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace podnet::sim {

/// One kind of object the Kubernetes simulator serves, as discovery describes it.
struct KubeResourceType
{
    QString group; ///< "" for the core group
    QString version;
    QString plural;   ///< "daemonsets"
    QString singular; ///< "daemonset"
    QString kind;     ///< "DaemonSet"
    bool namespaced = false;
    QStringList verbs;
    QStringList shortNames;
    bool hasGeneration = false; ///< metadata.generation is kept (objects with a spec)

    /// "apps/v1" or "v1".
    QString apiVersion() const;
    /// "apps/daemonsets": identifies the type in the store.
    QString key() const;
    /// The URL prefix of the group version: "/api/v1" or "/apis/apps/v1".
    QString groupVersionPath() const;
};

/// The fixed set of resource types served by the simulator.
class KubeResourceCatalog
{
public:
    /// Every served type, in discovery order.
    static const QList<KubeResourceType> &all();
    /// The type served as \a plural in \a group / \a version, or nullptr.
    static const KubeResourceType *find(const QString &group, const QString &version,
                                        const QString &plural);
    /// The type with \a kind in the group of \a apiVersion ("apps/v1"), or nullptr.
    static const KubeResourceType *findKind(const QString &apiVersion, const QString &kind);
    /// Groups other than core, in discovery order.
    static QStringList groups();
};

} // namespace podnet::sim
