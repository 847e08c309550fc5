// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeResourceCatalog.h"

namespace podnet::sim {

QString KubeResourceType::apiVersion() const
{
    return group.isEmpty() ? version : group + QLatin1Char('/') + version;
}

QString KubeResourceType::key() const
{
    return group + QLatin1Char('/') + plural;
}

QString KubeResourceType::groupVersionPath() const
{
    return group.isEmpty() ? QStringLiteral("/api/") + version
                           : QStringLiteral("/apis/") + apiVersion();
}

namespace {

QStringList crudVerbs()
{
    return {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("get"),
            QStringLiteral("list"),   QStringLiteral("patch"),  QStringLiteral("update"),
            QStringLiteral("watch")};
}

KubeResourceType make(const char *group, const char *plural, const char *singular, const char *kind,
                      bool namespaced, QStringList shortNames, bool hasGeneration = false)
{
    KubeResourceType type;
    type.group = QLatin1String(group);
    type.version = QStringLiteral("v1");
    type.plural = QLatin1String(plural);
    type.singular = QLatin1String(singular);
    type.kind = QLatin1String(kind);
    type.namespaced = namespaced;
    type.verbs = crudVerbs();
    type.shortNames = std::move(shortNames);
    type.hasGeneration = hasGeneration;
    return type;
}

} // namespace

const QList<KubeResourceType> &KubeResourceCatalog::all()
{
    static const QList<KubeResourceType> types = [] {
        QList<KubeResourceType> list;
        list << make("", "namespaces", "namespace", "Namespace", false, {QStringLiteral("ns")})
             << make("", "nodes", "node", "Node", false, {QStringLiteral("no")})
             << make("", "pods", "pod", "Pod", true, {QStringLiteral("po")})
             << make("", "configmaps", "configmap", "ConfigMap", true, {QStringLiteral("cm")})
             << make("", "serviceaccounts", "serviceaccount", "ServiceAccount", true,
                     {QStringLiteral("sa")})
             << make("apps", "daemonsets", "daemonset", "DaemonSet", true, {QStringLiteral("ds")},
                     true)
             << make("rbac.authorization.k8s.io", "clusterroles", "clusterrole", "ClusterRole",
                     false, {})
             << make("rbac.authorization.k8s.io", "clusterrolebindings", "clusterrolebinding",
                     "ClusterRoleBinding", false, {});
        KubeResourceType review = make("authentication.k8s.io", "selfsubjectreviews",
                                       "selfsubjectreview", "SelfSubjectReview", false, {});
        review.verbs = {QStringLiteral("create")};
        list << review;
        return list;
    }();
    return types;
}

const KubeResourceType *KubeResourceCatalog::find(const QString &group, const QString &version,
                                                  const QString &plural)
{
    for (const KubeResourceType &type : all()) {
        if (type.group == group && type.version == version && type.plural == plural)
            return &type;
    }
    return nullptr;
}

const KubeResourceType *KubeResourceCatalog::findKind(const QString &apiVersion,
                                                      const QString &kind)
{
    for (const KubeResourceType &type : all()) {
        if (type.apiVersion() == apiVersion && type.kind == kind)
            return &type;
    }
    return nullptr;
}

QStringList KubeResourceCatalog::groups()
{
    QStringList result;
    for (const KubeResourceType &type : all()) {
        if (!type.group.isEmpty() && !result.contains(type.group))
            result << type.group;
    }
    return result;
}

} // namespace podnet::sim
