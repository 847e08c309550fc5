// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace podnet::sim {

struct KubeResourceType;

/// A Kubernetes API answer before it is sent: HTTP status and JSON body.
struct KubeReply
{
    KubeReply() = default;
    KubeReply(int status_, QJsonObject body_)
        : status(status_)
        , body(std::move(body_))
    { }

    int status = 200;
    QJsonObject body;
    QByteArray raw; ///< sent instead of body when not empty (plain-text endpoints)
    QByteArray contentType = QByteArrayLiteral("application/json");
};

/// Builds `kind: Status` failures the way the real API server words them.
class KubeStatus
{
public:
    /// A Failure Status with \a code, \a reason and \a message; \a details is optional.
    static KubeReply failure(int code, const QString &reason, const QString &message,
                             const QJsonObject &details = {});
    /// 404 `<plural> "<name>" not found` (or `<plural>.<group>`).
    static KubeReply notFound(const KubeResourceType &type, const QString &name);
    /// 409 AlreadyExists.
    static KubeReply alreadyExists(const KubeResourceType &type, const QString &name);
    /// 422 Invalid with one cause.
    static KubeReply invalid(const KubeResourceType &type, const QString &name,
                             const QString &field, const QString &message);
    /// 400 BadRequest.
    static KubeReply badRequest(const QString &message);
    /// 401 Unauthorized.
    static KubeReply unauthorized();
    /// 404 for a URL that names no resource ("the server could not find the requested resource").
    static KubeReply noRoute();
    /// 405 MethodNotAllowed.
    static KubeReply methodNotAllowed(const QString &verb, const KubeResourceType &type);
    /// 410 Gone for a watch whose resourceVersion is older than the history.
    static KubeReply gone(qint64 resourceVersion);
    /// A Success Status (DELETE of objects without a body to return).
    static KubeReply success(const KubeResourceType &type, const QString &name, const QString &uid);
    /// "daemonsets.apps" or "nodes".
    static QString qualifiedName(const KubeResourceType &type);
};

} // namespace podnet::sim
