// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeDiscovery.h"

#include "KubeResourceCatalog.h"

#include <QJsonArray>
#include <QStringList>

namespace podnet::sim {

namespace {

QJsonObject groupVersion(const QString &group, const QString &version)
{
    return {{QStringLiteral("groupVersion"), QString(group + QLatin1Char('/') + version)},
            {QStringLiteral("version"), version}};
}

QJsonObject apiGroup(const QString &group)
{
    const QJsonObject version = groupVersion(group, QStringLiteral("v1"));
    return {{QStringLiteral("name"), group},
            {QStringLiteral("versions"), QJsonArray {version}},
            {QStringLiteral("preferredVersion"), version}};
}

QJsonObject resourceList(const QString &group, const QString &version)
{
    QJsonArray resources;
    for (const KubeResourceType &type : KubeResourceCatalog::all()) {
        if (type.group != group || type.version != version)
            continue;
        QJsonObject resource {{QStringLiteral("name"), type.plural},
                              {QStringLiteral("singularName"), type.singular},
                              {QStringLiteral("namespaced"), type.namespaced},
                              {QStringLiteral("kind"), type.kind},
                              {QStringLiteral("verbs"), QJsonArray::fromStringList(type.verbs)}};
        if (!type.shortNames.isEmpty())
            resource.insert(QStringLiteral("shortNames"),
                            QJsonArray::fromStringList(type.shortNames));
        resources.append(resource);
        if (type.plural == QLatin1String("nodes") || type.plural == QLatin1String("pods")
            || type.plural == QLatin1String("daemonsets")) {
            resources.append(QJsonObject {
                    {QStringLiteral("name"), QString(type.plural + QStringLiteral("/status"))},
                    {QStringLiteral("singularName"), QString()},
                    {QStringLiteral("namespaced"), type.namespaced},
                    {QStringLiteral("kind"), type.kind},
                    {QStringLiteral("verbs"),
                     QJsonArray {QStringLiteral("get"), QStringLiteral("patch"),
                                 QStringLiteral("update")}}});
        }
    }
    if (resources.isEmpty())
        return {};
    return {{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("groupVersion"),
             group.isEmpty() ? version : group + QLatin1Char('/') + version},
            {QStringLiteral("resources"), resources}};
}

QJsonArray queryParameters()
{
    QJsonArray parameters;
    for (const char *name : {"dryRun", "fieldManager", "fieldValidation", "force", "pretty"})
        parameters.append(
                QJsonObject {{QStringLiteral("name"), QLatin1String(name)},
                             {QStringLiteral("in"), QStringLiteral("query")},
                             {QStringLiteral("uniqueItems"), true},
                             {QStringLiteral("schema"),
                              QJsonObject {{QStringLiteral("type"), QStringLiteral("string")}}}});
    return parameters;
}

/// An OpenAPI v3 document for one group version: just enough for kubectl to see that PATCH
/// accepts fieldValidation (so it validates on the server instead of downloading schemas).
QJsonObject openApiDocument(const QString &group, const QString &version)
{
    QJsonObject paths;
    for (const KubeResourceType &type : KubeResourceCatalog::all()) {
        if (type.group != group || type.version != version)
            continue;
        const QJsonObject gvk {{QStringLiteral("group"), type.group},
                               {QStringLiteral("version"), type.version},
                               {QStringLiteral("kind"), type.kind}};
        auto operation = [&](const char *action) {
            return QJsonObject {{QStringLiteral("x-kubernetes-action"), QLatin1String(action)},
                                {QStringLiteral("x-kubernetes-group-version-kind"), gvk},
                                {QStringLiteral("parameters"), queryParameters()},
                                {QStringLiteral("responses"),
                                 QJsonObject {{QStringLiteral("200"),
                                               QJsonObject {{QStringLiteral("description"),
                                                             QStringLiteral("OK")}}}}}};
        };
        const QString prefix = type.groupVersionPath()
                + (type.namespaced ? QStringLiteral("/namespaces/{namespace}/")
                                   : QStringLiteral("/"))
                + type.plural;
        paths.insert(prefix,
                     QJsonObject {{QStringLiteral("get"), operation("list")},
                                  {QStringLiteral("post"), operation("post")}});
        paths.insert(prefix + QStringLiteral("/{name}"),
                     QJsonObject {{QStringLiteral("get"), operation("get")},
                                  {QStringLiteral("put"), operation("put")},
                                  {QStringLiteral("patch"), operation("patch")},
                                  {QStringLiteral("delete"), operation("delete")}});
    }
    return {{QStringLiteral("openapi"), QStringLiteral("3.0.0")},
            {QStringLiteral("info"),
             QJsonObject {{QStringLiteral("title"), QStringLiteral("Kubernetes")},
                          {QStringLiteral("version"), KubeDiscovery::gitVersion()}}},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("components"),
             QJsonObject {{QStringLiteral("schemas"), QJsonObject()}}}};
}

QStringList groupVersionPaths()
{
    QStringList result {QStringLiteral("api/v1")};
    const QStringList groups = KubeResourceCatalog::groups();
    for (const QString &group : groups)
        result << QStringLiteral("apis/") + group + QStringLiteral("/v1");
    return result;
}

KubeReply text(const char *body)
{
    KubeReply reply;
    reply.raw = QByteArray(body);
    reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    return reply;
}

} // namespace

QString KubeDiscovery::gitVersion()
{
    return QStringLiteral("v1.32.4");
}

bool KubeDiscovery::isPublic(const QString &path)
{
    return path == QLatin1String("/version") || path == QLatin1String("/healthz")
            || path == QLatin1String("/readyz") || path == QLatin1String("/livez");
}

std::optional<KubeReply> KubeDiscovery::answer(const QString &path, const QString &serverAddress)
{
    KubeReply reply;
    if (path == QLatin1String("/healthz") || path == QLatin1String("/readyz")
        || path == QLatin1String("/livez"))
        return text("ok");
    if (path == QLatin1String("/version")) {
        reply.body = {{QStringLiteral("major"), QStringLiteral("1")},
                      {QStringLiteral("minor"), QStringLiteral("32")},
                      {QStringLiteral("gitVersion"), gitVersion()},
                      {QStringLiteral("gitCommit"), QStringLiteral("podnet-simulator")},
                      {QStringLiteral("gitTreeState"), QStringLiteral("clean")},
                      {QStringLiteral("buildDate"), QStringLiteral("2026-01-01T00:00:00Z")},
                      {QStringLiteral("goVersion"), QStringLiteral("go1.23.8")},
                      {QStringLiteral("compiler"), QStringLiteral("gc")},
                      {QStringLiteral("platform"), QStringLiteral("linux/amd64")}};
        return reply;
    }
    if (path == QLatin1String("/api")) {
        reply.body = {{QStringLiteral("kind"), QStringLiteral("APIVersions")},
                      {QStringLiteral("versions"), QJsonArray {QStringLiteral("v1")}},
                      {QStringLiteral("serverAddressByClientCIDRs"),
                       QJsonArray {QJsonObject {
                               {QStringLiteral("clientCIDR"), QStringLiteral("0.0.0.0/0")},
                               {QStringLiteral("serverAddress"), serverAddress}}}}};
        return reply;
    }
    if (path == QLatin1String("/apis")) {
        QJsonArray groups;
        const QStringList names = KubeResourceCatalog::groups();
        for (const QString &group : names)
            groups.append(apiGroup(group));
        reply.body = {{QStringLiteral("kind"), QStringLiteral("APIGroupList")},
                      {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                      {QStringLiteral("groups"), groups}};
        return reply;
    }
    if (path == QLatin1String("/api/v1")) {
        reply.body = resourceList(QString(), QStringLiteral("v1"));
        return reply;
    }
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() == 2 && segments.first() == QLatin1String("apis")
        && KubeResourceCatalog::groups().contains(segments.at(1))) {
        reply.body = apiGroup(segments.at(1));
        reply.body.insert(QStringLiteral("kind"), QStringLiteral("APIGroup"));
        reply.body.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
        return reply;
    }
    if (segments.size() == 3 && segments.first() == QLatin1String("apis")) {
        reply.body = resourceList(segments.at(1), segments.at(2));
        if (reply.body.isEmpty())
            return KubeStatus::noRoute();
        return reply;
    }
    if (path == QLatin1String("/openapi/v3")) {
        QJsonObject paths;
        const QStringList gvPaths = groupVersionPaths();
        for (const QString &gvPath : gvPaths)
            paths.insert(gvPath,
                         QJsonObject {{QStringLiteral("serverRelativeURL"),
                                       QString(QStringLiteral("/openapi/v3/") + gvPath
                                               + QStringLiteral("?hash=podnetsim1"))}});
        reply.body = {{QStringLiteral("paths"), paths}};
        return reply;
    }
    if (path.startsWith(QLatin1String("/openapi/v3/"))) {
        const QStringList parts = path.mid(12).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts.first() == QLatin1String("api")) {
            reply.body = openApiDocument(QString(), parts.at(1));
            return reply;
        }
        if (parts.size() == 3 && parts.first() == QLatin1String("apis")
            && KubeResourceCatalog::groups().contains(parts.at(1))) {
            reply.body = openApiDocument(parts.at(1), parts.at(2));
            return reply;
        }
        return KubeStatus::noRoute();
    }
    if (path == QLatin1String("/openapi/v2"))
        return KubeStatus::noRoute();
    return std::nullopt;
}

} // namespace podnet::sim
