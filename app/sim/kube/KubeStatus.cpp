// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeStatus.h"

#include "KubeResourceCatalog.h"

namespace podnet::sim {

namespace {

QJsonObject detailsFor(const KubeResourceType &type, const QString &name)
{
    QJsonObject details {{QStringLiteral("name"), name}, {QStringLiteral("kind"), type.plural}};
    if (!type.group.isEmpty())
        details.insert(QStringLiteral("group"), type.group);
    return details;
}

} // namespace

KubeReply KubeStatus::failure(int code, const QString &reason, const QString &message,
                              const QJsonObject &details)
{
    QJsonObject body {{QStringLiteral("kind"), QStringLiteral("Status")},
                      {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                      {QStringLiteral("metadata"), QJsonObject()},
                      {QStringLiteral("status"), QStringLiteral("Failure")},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("code"), code}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    if (!details.isEmpty())
        body.insert(QStringLiteral("details"), details);
    return {code, body};
}

QString KubeStatus::qualifiedName(const KubeResourceType &type)
{
    return type.group.isEmpty() ? type.plural : type.plural + QLatin1Char('.') + type.group;
}

KubeReply KubeStatus::notFound(const KubeResourceType &type, const QString &name)
{
    return failure(404, QStringLiteral("NotFound"),
                   QStringLiteral("%1 \"%2\" not found").arg(qualifiedName(type), name),
                   detailsFor(type, name));
}

KubeReply KubeStatus::alreadyExists(const KubeResourceType &type, const QString &name)
{
    return failure(409, QStringLiteral("AlreadyExists"),
                   QStringLiteral("%1 \"%2\" already exists").arg(qualifiedName(type), name),
                   detailsFor(type, name));
}

KubeReply KubeStatus::invalid(const KubeResourceType &type, const QString &name,
                              const QString &field, const QString &message)
{
    QJsonObject details = detailsFor(type, name);
    details.insert(QStringLiteral("kind"), type.kind);
    details.insert(QStringLiteral("causes"),
                   QJsonArray {QJsonObject {
                           {QStringLiteral("reason"), QStringLiteral("FieldValueInvalid")},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("field"), field}}});
    return failure(
            422, QStringLiteral("Invalid"),
            QStringLiteral("%1 \"%2\" is invalid: %3: %4").arg(type.kind, name, field, message),
            details);
}

KubeReply KubeStatus::badRequest(const QString &message)
{
    return failure(400, QStringLiteral("BadRequest"), message);
}

KubeReply KubeStatus::unauthorized()
{
    return failure(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
}

KubeReply KubeStatus::noRoute()
{
    return failure(
            404, QStringLiteral("NotFound"),
            QStringLiteral("the server could not find the requested resource"),
            QJsonObject {
                    {QStringLiteral("causes"),
                     QJsonArray {QJsonObject {
                             {QStringLiteral("reason"), QStringLiteral("UnexpectedServerResponse")},
                             {QStringLiteral("message"), QStringLiteral("404 page not found")}}}}});
}

KubeReply KubeStatus::methodNotAllowed(const QString &verb, const KubeResourceType &type)
{
    return failure(405, QStringLiteral("MethodNotAllowed"),
                   QStringLiteral("%1 is not supported on %2").arg(verb, qualifiedName(type)));
}

KubeReply KubeStatus::gone(qint64 resourceVersion)
{
    return failure(410, QStringLiteral("Expired"),
                   QStringLiteral("too old resource version: %1").arg(resourceVersion));
}

KubeReply KubeStatus::success(const KubeResourceType &type, const QString &name, const QString &uid)
{
    QJsonObject details = detailsFor(type, name);
    details.insert(QStringLiteral("uid"), uid);
    return {200,
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("Status")},
                         {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                         {QStringLiteral("metadata"), QJsonObject()},
                         {QStringLiteral("status"), QStringLiteral("Success")},
                         {QStringLiteral("details"), details}}};
}

} // namespace podnet::sim
