// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace podnet {

/// What API discovery says about the kinds a server offers: (apiVersion, kind) → resource name
/// and scope. URLs are built from the scope discovery reports, never from a document's
/// metadata.namespace (kube-router's ClusterRole carries one and is cluster-scoped).
class KubeResourceMap
{
    Q_DECLARE_TR_FUNCTIONS(KubeResourceMap)
public:
    struct Resource
    {
        QString groupVersion; ///< "v1", "apps/v1"
        QString kind;
        QString name; ///< plural resource name: "clusterroles"
        bool namespaced = false;
        QStringList verbs;
    };

    /// Adds the resources of one APIResourceList (the answer of /api/v1 or /apis/G/V).
    /// Subresources ("nodes/status") are skipped. Returns how many were added.
    int addResourceList(const QJsonObject &list);
    void add(const Resource &resource);

    bool isEmpty() const { return m_resources.isEmpty(); }
    qsizetype size() const { return m_resources.size(); }
    QList<Resource> resources() const { return m_resources.values(); }

    std::optional<Resource> find(const QString &apiVersion, const QString &kind) const;

    /// "/api/v1" or "/apis/group/version".
    static QString groupVersionPath(const QString &apiVersion);

    /// The URL path of one object: cluster-scoped kinds ignore \a namespaceName, namespaced kinds
    /// use it or \a defaultNamespace. Unknown kind: nothing, and \a error says what to do.
    std::optional<QString> objectPath(const QString &apiVersion, const QString &kind,
                                      const QString &name, const QString &namespaceName,
                                      const QString &defaultNamespace, QString *error) const;
    /// The same for the collection (for LIST and WATCH); empty \a namespaceName of a namespaced
    /// kind means all namespaces.
    std::optional<QString> collectionPath(const QString &apiVersion, const QString &kind,
                                          const QString &namespaceName, QString *error) const;

private:
    static QString key(const QString &apiVersion, const QString &kind);
    QString unknownKind(const QString &apiVersion, const QString &kind) const;

    QHash<QString, Resource> m_resources;
};

} // namespace podnet
