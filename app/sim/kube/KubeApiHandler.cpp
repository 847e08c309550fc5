// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeApiHandler.h"

#include "KubeFieldManager.h"
#include "KubeJson.h"
#include "KubeObjectStore.h"
#include "KubeResourceCatalog.h"
#include "KubeSelector.h"
#include "KubeTableConverter.h"
#include "sim/http/HttpRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace podnet::sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");

QString queryValue(const HttpRequest &request, const char *key)
{
    return request.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

bool isDryRun(const HttpRequest &request)
{
    return request.queryValues(QStringLiteral("dryRun")).contains(QStringLiteral("All"));
}

KubeTableConverter::Include includeMode(const HttpRequest &request)
{
    const QString include = queryValue(request, "includeObject");
    if (include == QLatin1String("Object"))
        return KubeTableConverter::Include::Object;
    if (include == QLatin1String("None"))
        return KubeTableConverter::Include::None;
    return KubeTableConverter::Include::Metadata;
}

QString defaultManager(const HttpRequest &request)
{
    const QString manager = queryValue(request, "fieldManager");
    if (!manager.isEmpty())
        return manager;
    // The API server names an unnamed manager after the client's user agent.
    const QByteArray agent = request.header(QByteArrayLiteral("user-agent"));
    return agent.isEmpty() ? QStringLiteral("unknown")
                           : QString::fromUtf8(agent.left(agent.indexOf('/')));
}

QString nameOf(const QJsonObject &object)
{
    return object.value(kMetadata).toObject().value(QStringLiteral("name")).toString();
}

/// An RFC 6902 JSON patch with add, replace and remove on objects (enough for metadata).
std::optional<QJsonObject> jsonPatch(QJsonObject object, const QJsonArray &operations)
{
    for (const QJsonValue &value : operations) {
        const QJsonObject operation = value.toObject();
        const QString op = operation.value(QStringLiteral("op")).toString();
        QStringList path = operation.value(QStringLiteral("path"))
                                   .toString()
                                   .split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (QString &key : path)
            key = key.replace(QStringLiteral("~1"), QStringLiteral("/"))
                          .replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (path.isEmpty())
            return std::nullopt;
        if (op == QLatin1String("remove")) {
            if (KubeJson::valueAt(object, path).isUndefined())
                return std::nullopt;
            object = KubeJson::removeAt(object, path);
        } else if (op == QLatin1String("add") || op == QLatin1String("replace")) {
            QJsonValue patchValue = operation.value(QStringLiteral("value"));
            for (qsizetype i = path.size() - 1; i >= 0; --i)
                patchValue = QJsonObject {{path.at(i), patchValue}};
            // A merge patch of the nested value sets exactly that key.
            QJsonObject leaf = patchValue.toObject();
            object = KubeJson::deepMerge(object, leaf);
        } else if (op != QLatin1String("test")) {
            return std::nullopt;
        }
    }
    return object;
}

} // namespace

KubeApiHandler::KubeApiHandler(KubeObjectStore &store)
    : m_store(store)
{ }

bool KubeApiHandler::wantsTable(const HttpRequest &request)
{
    return request.header(QByteArrayLiteral("accept")).contains("as=Table");
}

KubeReply KubeApiHandler::handle(const HttpRequest &request, const KubeRoute &route,
                                 const User &user)
{
    const QByteArray &method = request.method;
    const bool collection = route.isCollection();
    if (route.type->plural == QLatin1String("selfsubjectreviews")) {
        if (method != "POST" || !collection)
            return KubeStatus::methodNotAllowed(QString::fromLatin1(method), *route.type);
        // kubectl auth whoami posts protobuf; the review has no input worth reading anyway.
        return review(route, user);
    }
    if (method == "GET")
        return collection ? list(request, route) : get(request, route);
    if (method == "POST" && collection)
        return create(request, route);
    if (method == "PUT" && !collection)
        return replace(request, route);
    if (method == "PATCH" && !collection)
        return patch(request, route);
    if (method == "DELETE" && !collection)
        return remove(request, route);
    return KubeStatus::methodNotAllowed(QString::fromLatin1(method), *route.type);
}

KubeReply KubeApiHandler::get(const HttpRequest &request, const KubeRoute &route)
{
    const std::optional<QJsonObject> object = m_store.get(*route.type, route.ns, route.name);
    if (!object)
        return KubeStatus::notFound(*route.type, route.name);
    if (wantsTable(request))
        return {200,
                KubeTableConverter::table(*route.type, {*object},
                                          object->value(kMetadata)
                                                  .toObject()
                                                  .value(QStringLiteral("resourceVersion"))
                                                  .toString(),
                                          includeMode(request))};
    return {200, *object};
}

KubeReply KubeApiHandler::list(const HttpRequest &request, const KubeRoute &route)
{
    QString error;
    const std::optional<KubeSelector> selector = KubeSelector::parse(
            queryValue(request, "labelSelector"), queryValue(request, "fieldSelector"), &error);
    if (!selector)
        return KubeStatus::badRequest(error);
    QList<QJsonObject> items;
    const QList<QJsonObject> all = m_store.list(*route.type, route.ns);
    for (const QJsonObject &object : all) {
        if (selector->matches(object))
            items << object;
    }
    const QString version = QString::number(m_store.resourceVersion());
    if (wantsTable(request))
        return {200, KubeTableConverter::table(*route.type, items, version, includeMode(request))};
    QJsonArray array;
    for (const QJsonObject &object : std::as_const(items))
        array.append(object);
    return {200,
            QJsonObject {
                    {QStringLiteral("kind"), QString(route.type->kind + QStringLiteral("List"))},
                    {QStringLiteral("apiVersion"), route.type->apiVersion()},
                    {kMetadata, QJsonObject {{QStringLiteral("resourceVersion"), version}}},
                    {QStringLiteral("items"), array}}};
}

std::optional<KubeReply> KubeApiHandler::checkNamespace(const KubeRoute &route) const
{
    if (!route.type->namespaced)
        return std::nullopt;
    const KubeResourceType *namespaces = KubeResourceCatalog::find(QString(), QStringLiteral("v1"),
                                                                   QStringLiteral("namespaces"));
    if (!m_store.get(*namespaces, QString(), route.ns))
        return KubeStatus::notFound(*namespaces, route.ns);
    return std::nullopt;
}

std::optional<KubeReply> KubeApiHandler::checkIdentity(const KubeRoute &route,
                                                       QJsonObject *object) const
{
    const KubeResourceType &type = *route.type;
    const QString apiVersion = object->value(QStringLiteral("apiVersion")).toString();
    const QString kind = object->value(QStringLiteral("kind")).toString();
    if (!apiVersion.isEmpty() && apiVersion != type.apiVersion())
        return KubeStatus::badRequest(
                QStringLiteral("the API version in the data (%1) does not match the expected API "
                               "version (%2)")
                        .arg(apiVersion, type.apiVersion()));
    if (!kind.isEmpty() && kind != type.kind)
        return KubeStatus::badRequest(
                QStringLiteral("the kind in the data (%1) does not match the expected kind (%2)")
                        .arg(kind, type.kind));
    QJsonObject metadata = object->value(kMetadata).toObject();
    const QString name = metadata.value(QStringLiteral("name")).toString();
    if (!route.name.isEmpty() && !name.isEmpty() && name != route.name)
        return KubeStatus::badRequest(
                QStringLiteral(
                        "the name of the object (%1) does not match the name on the URL (%2)")
                        .arg(name, route.name));
    const QString targetName = route.name.isEmpty() ? name : route.name;
    if (targetName.isEmpty())
        return KubeStatus::invalid(
                type, QString(), QStringLiteral("metadata.name"),
                QStringLiteral("Required value: name or generateName is required"));
    metadata.insert(QStringLiteral("name"), targetName);
    if (type.namespaced) {
        const QString ns = metadata.value(QStringLiteral("namespace")).toString();
        if (!ns.isEmpty() && ns != route.ns)
            return KubeStatus::badRequest(
                    QStringLiteral("the namespace of the provided object does not match the "
                                   "namespace sent on the request"));
        metadata.insert(QStringLiteral("namespace"), route.ns);
    } else {
        // Cluster-scoped objects have no namespace, whatever the document says.
        metadata.remove(QStringLiteral("namespace"));
    }
    object->insert(kMetadata, metadata);
    object->insert(QStringLiteral("apiVersion"), type.apiVersion());
    object->insert(QStringLiteral("kind"), type.kind);
    return std::nullopt;
}

KubeReply KubeApiHandler::commit(const KubeRoute &route, const std::optional<QJsonObject> &live,
                                 const QJsonObject &object, bool dryRun)
{
    if (dryRun) {
        if (live)
            return {200, object};
        QJsonObject preview = object;
        QJsonObject metadata = preview.value(kMetadata).toObject();
        metadata.insert(QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        metadata.insert(QStringLiteral("creationTimestamp"), KubeJson::now());
        if (route.type->hasGeneration)
            metadata.insert(QStringLiteral("generation"), 1);
        preview.insert(kMetadata, metadata);
        return {201, preview};
    }
    if (live)
        return {200, m_store.update(*route.type, object)};
    return {201, m_store.create(*route.type, object)};
}

KubeReply KubeApiHandler::review(const KubeRoute &route, const User &user)
{
    return {201,
            QJsonObject {
                    {QStringLiteral("kind"), QStringLiteral("SelfSubjectReview")},
                    {QStringLiteral("apiVersion"), route.type->apiVersion()},
                    {kMetadata,
                     QJsonObject {{QStringLiteral("creationTimestamp"), KubeJson::now()}}},
                    {QStringLiteral("status"),
                     QJsonObject {{QStringLiteral("userInfo"),
                                   QJsonObject {{QStringLiteral("username"), user.name},
                                                {QStringLiteral("groups"),
                                                 QJsonArray::fromStringList(user.groups)}}}}}}};
}

KubeReply KubeApiHandler::create(const HttpRequest &request, const KubeRoute &route)
{
    QString error;
    std::optional<QJsonObject> object = KubeJson::parseObject(request.body, &error);
    if (!object)
        return KubeStatus::badRequest(error);
    if (auto problem = checkNamespace(route))
        return *problem;
    if (auto problem = checkIdentity(route, &*object))
        return *problem;
    const QString name = nameOf(*object);
    if (m_store.get(*route.type, route.ns, name))
        return KubeStatus::alreadyExists(*route.type, name);
    const QJsonObject recorded = KubeFieldManager::recordUpdate(
            QJsonObject(), *object, *object, defaultManager(request), route.type->apiVersion());
    return commit(route, std::nullopt, recorded, isDryRun(request));
}

KubeReply KubeApiHandler::replace(const HttpRequest &request, const KubeRoute &route)
{
    QString error;
    std::optional<QJsonObject> object = KubeJson::parseObject(request.body, &error);
    if (!object)
        return KubeStatus::badRequest(error);
    if (auto problem = checkIdentity(route, &*object))
        return *problem;
    const std::optional<QJsonObject> live = m_store.get(*route.type, route.ns, route.name);
    if (!live)
        return KubeStatus::notFound(*route.type, route.name);
    const QString wanted = object->value(kMetadata)
                                   .toObject()
                                   .value(QStringLiteral("resourceVersion"))
                                   .toString();
    const QString current
            = live->value(kMetadata).toObject().value(QStringLiteral("resourceVersion")).toString();
    if (!wanted.isEmpty() && wanted != current)
        return KubeStatus::failure(
                409, QStringLiteral("Conflict"),
                QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been "
                               "modified; please apply your changes to the latest version and try "
                               "again")
                        .arg(KubeStatus::qualifiedName(*route.type), route.name));
    QJsonObject updated = *object;
    QJsonObject metadata = updated.value(kMetadata).toObject();
    metadata.insert(QStringLiteral("managedFields"),
                    live->value(kMetadata).toObject().value(QStringLiteral("managedFields")));
    updated.insert(kMetadata, metadata);
    if (route.subresource == QLatin1String("status"))
        updated = KubeJson::deepMerge(
                *live,
                QJsonObject {{QStringLiteral("status"), object->value(QStringLiteral("status"))}});
    else if (live->contains(QStringLiteral("status")))
        updated.insert(QStringLiteral("status"), live->value(QStringLiteral("status")));
    updated = KubeFieldManager::recordUpdate(*live, updated, *object, defaultManager(request),
                                             route.type->apiVersion());
    return commit(route, live, updated, isDryRun(request));
}

KubeReply KubeApiHandler::remove(const HttpRequest &request, const KubeRoute &route)
{
    const std::optional<QJsonObject> live = m_store.get(*route.type, route.ns, route.name);
    if (!live)
        return KubeStatus::notFound(*route.type, route.name);
    const QString uid = live->value(kMetadata).toObject().value(QStringLiteral("uid")).toString();
    if (!isDryRun(request))
        m_store.remove(*route.type, route.ns, route.name);
    return KubeStatus::success(*route.type, route.name, uid);
}

KubeReply KubeApiHandler::patch(const HttpRequest &request, const KubeRoute &route)
{
    const QByteArray contentType = request.header(QByteArrayLiteral("content-type"));
    if (contentType.startsWith("application/apply-patch+yaml"))
        return apply(request, route);
    const bool merge = contentType.startsWith("application/merge-patch+json")
            || contentType.startsWith("application/strategic-merge-patch+json");
    const bool json = contentType.startsWith("application/json-patch+json");
    if (!merge && !json)
        return KubeStatus::failure(415, QStringLiteral("UnsupportedMediaType"),
                                   QStringLiteral("the body of the request was in an unknown "
                                                  "format - accepted media types include: "
                                                  "application/json-patch+json, "
                                                  "application/merge-patch+json, "
                                                  "application/apply-patch+yaml"));
    const std::optional<QJsonObject> live = m_store.get(*route.type, route.ns, route.name);
    if (!live)
        return KubeStatus::notFound(*route.type, route.name);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return KubeStatus::badRequest(QStringLiteral("error decoding patch: ")
                                      + parseError.errorString());
    QJsonObject patched;
    QJsonObject patchShape;
    if (merge) {
        patchShape = document.object();
        // A resourceVersion in the patch is a precondition (optimistic concurrency).
        const QString expected = patchShape.value(QStringLiteral("metadata"))
                                         .toObject()
                                         .value(QStringLiteral("resourceVersion"))
                                         .toString();
        const QString current = live->value(QStringLiteral("metadata"))
                                        .toObject()
                                        .value(QStringLiteral("resourceVersion"))
                                        .toString();
        if (!expected.isEmpty() && expected != current)
            return KubeStatus::failure(
                    409, QStringLiteral("Conflict"),
                    QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has "
                                   "been modified; please apply your changes to the latest "
                                   "version and try again")
                            .arg(route.type->plural, route.name));
        patched = KubeJson::mergePatch(*live, patchShape).toObject();
    } else {
        const std::optional<QJsonObject> result = jsonPatch(*live, document.array());
        if (!result)
            return KubeStatus::failure(422, QStringLiteral("Invalid"),
                                       QStringLiteral("the JSON patch could not be applied"));
        patched = *result;
        patchShape = *result;
    }
    if (auto problem = checkIdentity(route, &patched))
        return *problem;
    patched = KubeFieldManager::recordUpdate(*live, patched, patchShape, defaultManager(request),
                                             route.type->apiVersion());
    return commit(route, live, patched, isDryRun(request));
}

KubeReply KubeApiHandler::apply(const HttpRequest &request, const KubeRoute &route)
{
    const QString manager = queryValue(request, "fieldManager");
    if (manager.isEmpty())
        return KubeStatus::failure(
                422, QStringLiteral("Invalid"),
                QStringLiteral("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required "
                               "value: is required for apply patch"),
                QJsonObject {
                        {QStringLiteral("group"), QStringLiteral("meta.k8s.io")},
                        {QStringLiteral("kind"), QStringLiteral("PatchOptions")},
                        {QStringLiteral("causes"),
                         QJsonArray {QJsonObject {
                                 {QStringLiteral("reason"), QStringLiteral("FieldValueRequired")},
                                 {QStringLiteral("message"),
                                  QStringLiteral("Required value: is required for apply patch")},
                                 {QStringLiteral("field"), QStringLiteral("fieldManager")}}}}});
    QString error;
    std::optional<QJsonObject> config = KubeJson::parseObject(request.body, &error);
    if (!config)
        return KubeStatus::badRequest(error);
    if (config->value(QStringLiteral("apiVersion")).toString().isEmpty()
        || config->value(QStringLiteral("kind")).toString().isEmpty())
        return KubeStatus::badRequest(
                QStringLiteral("invalid object type: apiVersion and kind are required"));
    if (auto problem = checkIdentity(route, &*config))
        return *problem;
    const std::optional<QJsonObject> live = m_store.get(*route.type, route.ns, route.name);
    if (!live) {
        if (auto problem = checkNamespace(route))
            return *problem;
    }
    const bool force = queryValue(request, "force") == QLatin1String("true");
    const KubeFieldManager::ApplyResult result
            = KubeFieldManager::apply(live, *config, manager, route.type->apiVersion(), force);
    if (!result.conflicts.isEmpty())
        return {409, KubeFieldManager::conflictStatus(result.conflicts, route.type->apiVersion())};
    return commit(route, live, result.object, isDryRun(request));
}

} // namespace podnet::sim
