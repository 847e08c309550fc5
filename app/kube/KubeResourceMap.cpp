// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeResourceMap.h"

#include <QJsonArray>

namespace podnet {

QString KubeResourceMap::key(const QString &apiVersion, const QString &kind)
{
    return apiVersion + QLatin1Char('|') + kind;
}

int KubeResourceMap::addResourceList(const QJsonObject &list)
{
    const QString groupVersion = list.value(QLatin1String("groupVersion")).toString();
    if (groupVersion.isEmpty())
        return 0;
    int added = 0;
    for (const QJsonValue &value : list.value(QLatin1String("resources")).toArray()) {
        const QJsonObject entry = value.toObject();
        Resource resource;
        resource.groupVersion = groupVersion;
        resource.name = entry.value(QLatin1String("name")).toString();
        resource.kind = entry.value(QLatin1String("kind")).toString();
        resource.namespaced = entry.value(QLatin1String("namespaced")).toBool();
        for (const QJsonValue &verb : entry.value(QLatin1String("verbs")).toArray())
            resource.verbs << verb.toString();
        if (resource.name.isEmpty() || resource.kind.isEmpty()
            || resource.name.contains(QLatin1Char('/')))
            continue;
        add(resource);
        ++added;
    }
    return added;
}

void KubeResourceMap::add(const Resource &resource)
{
    m_resources.insert(key(resource.groupVersion, resource.kind), resource);
}

std::optional<KubeResourceMap::Resource> KubeResourceMap::find(const QString &apiVersion,
                                                               const QString &kind) const
{
    const auto it = m_resources.constFind(key(apiVersion, kind));
    if (it == m_resources.constEnd())
        return std::nullopt;
    return *it;
}

QString KubeResourceMap::groupVersionPath(const QString &apiVersion)
{
    if (apiVersion.contains(QLatin1Char('/')))
        return QStringLiteral("/apis/") + apiVersion;
    return QStringLiteral("/api/") + apiVersion;
}

QString KubeResourceMap::unknownKind(const QString &apiVersion, const QString &kind) const
{
    return tr("The cluster does not offer %1 (%2). Check that the cluster's Kubernetes version "
              "supports it, or install what provides it first.")
            .arg(kind, apiVersion);
}

std::optional<QString> KubeResourceMap::objectPath(const QString &apiVersion, const QString &kind,
                                                   const QString &name,
                                                   const QString &namespaceName,
                                                   const QString &defaultNamespace,
                                                   QString *error) const
{
    const std::optional<Resource> resource = find(apiVersion, kind);
    if (!resource) {
        *error = unknownKind(apiVersion, kind);
        return std::nullopt;
    }
    QString path = groupVersionPath(apiVersion);
    if (resource->namespaced) {
        QString ns = namespaceName.isEmpty() ? defaultNamespace : namespaceName;
        if (ns.isEmpty())
            ns = QStringLiteral("default");
        path += QStringLiteral("/namespaces/") + ns;
    }
    return path + QLatin1Char('/') + resource->name + QLatin1Char('/') + name;
}

std::optional<QString> KubeResourceMap::collectionPath(const QString &apiVersion,
                                                       const QString &kind,
                                                       const QString &namespaceName,
                                                       QString *error) const
{
    const std::optional<Resource> resource = find(apiVersion, kind);
    if (!resource) {
        *error = unknownKind(apiVersion, kind);
        return std::nullopt;
    }
    QString path = groupVersionPath(apiVersion);
    if (resource->namespaced && !namespaceName.isEmpty())
        path += QStringLiteral("/namespaces/") + namespaceName;
    return path + QLatin1Char('/') + resource->name;
}

} // namespace podnet
