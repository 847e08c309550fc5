// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeRoute.h"
#include "KubeStatus.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace podnet::sim {

class KubeObjectStore;
struct HttpRequest;

/// The resource verbs of the simulated API server, without transport: GET, LIST, POST, PUT,
/// PATCH (server-side apply, merge, strategic merge and JSON patch) and DELETE. WATCH is
/// streamed by KubeWatchStream.
class KubeApiHandler
{
public:
    /// Who a request authenticated as (for SelfSubjectReview).
    struct User
    {
        QString name;
        QStringList groups;
    };

    /// Works on \a store, which must outlive the handler.
    explicit KubeApiHandler(KubeObjectStore &store);

    /// Answers \a request for \a route (not a watch), made by \a user.
    KubeReply handle(const HttpRequest &request, const KubeRoute &route, const User &user);

    /// True when the client asked for server-side printing (Accept: ...;as=Table).
    static bool wantsTable(const HttpRequest &request);

private:
    KubeReply get(const HttpRequest &request, const KubeRoute &route);
    KubeReply list(const HttpRequest &request, const KubeRoute &route);
    KubeReply create(const HttpRequest &request, const KubeRoute &route);
    KubeReply replace(const HttpRequest &request, const KubeRoute &route);
    KubeReply remove(const HttpRequest &request, const KubeRoute &route);
    KubeReply patch(const HttpRequest &request, const KubeRoute &route);
    KubeReply apply(const HttpRequest &request, const KubeRoute &route);
    /// A SelfSubjectReview for \a user.
    static KubeReply review(const KubeRoute &route, const User &user);
    /// Checks apiVersion, kind, name and namespace of a body against the URL.
    std::optional<KubeReply> checkIdentity(const KubeRoute &route, QJsonObject *object) const;
    std::optional<KubeReply> checkNamespace(const KubeRoute &route) const;
    /// Stores \a object (new or changed) unless this is a dry run; returns the reply.
    KubeReply commit(const KubeRoute &route, const std::optional<QJsonObject> &live,
                     const QJsonObject &object, bool dryRun);

    KubeObjectStore &m_store;
};

} // namespace podnet::sim
