// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "NovaService.h"

#include "OpenStackStore.h"

#include <QJsonArray>

namespace podnet::sim {

namespace {

OsResponse novaError(int status, const QString &kind, const QString &message)
{
    return OsResponse::json(status,
                            {{kind,
                              QJsonObject {{QStringLiteral("code"), status},
                                           {QStringLiteral("message"), message}}}});
}

} // namespace

NovaService::NovaService(const OpenStackStore &store, const QUrl &baseUrl)
    : m_store(store)
    , m_baseUrl(baseUrl)
{ }

OsResponse NovaService::versions() const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/compute/v2.1/"));
    const QJsonObject version {
            {QStringLiteral("id"), QStringLiteral("v2.1")},
            {QStringLiteral("status"), QStringLiteral("CURRENT")},
            {QStringLiteral("version"), QStringLiteral("2.90")},
            {QStringLiteral("min_version"), QStringLiteral("2.1")},
            {QStringLiteral("updated"), QStringLiteral("2013-07-23T11:33:21Z")},
            {QStringLiteral("links"),
             QJsonArray {QJsonObject {{QStringLiteral("href"), url.toString()},
                                      {QStringLiteral("rel"), QStringLiteral("self")}}}}};
    return OsResponse::json(200, {{QStringLiteral("versions"), QJsonArray {version}}});
}

OsResponse NovaService::handle(const HttpRequest &request, const QString &subPath,
                               const OsToken &token)
{
    QString path = subPath;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.value(0) != QStringLiteral("v2.1") || request.method != "GET")
        return novaError(404, QStringLiteral("itemNotFound"), QStringLiteral("Not found"));
    if (parts.size() == 1) {
        return OsResponse::json(
                200,
                {{QStringLiteral("version"),
                  QJsonObject {{QStringLiteral("id"), QStringLiteral("v2.1")},
                               {QStringLiteral("status"), QStringLiteral("CURRENT")},
                               {QStringLiteral("version"), QStringLiteral("2.90")},
                               {QStringLiteral("min_version"), QStringLiteral("2.1")}}}});
    }
    if (parts.value(1) != QStringLiteral("servers") || parts.size() > 3)
        return novaError(404, QStringLiteral("itemNotFound"), QStringLiteral("Not found"));
    const bool detail = parts.value(2) == QStringLiteral("detail");
    const QString wantedId = parts.size() == 3 && !detail ? parts.at(2) : QString();
    QJsonArray servers;
    for (const OsServer &server : m_store.servers()) {
        // Nova lists only the token's project unless an admin asks for all_tenants.
        const bool allTenants
                = token.isAdmin() && request.query.hasQueryItem(QStringLiteral("all_tenants"));
        if (server.projectId != token.projectId && !allTenants
            && !(token.isAdmin() && !wantedId.isEmpty()))
            continue;
        if (!wantedId.isEmpty() && server.id != wantedId)
            continue;
        QJsonObject object {{QStringLiteral("id"), server.id},
                            {QStringLiteral("name"), server.name}};
        if (detail || !wantedId.isEmpty()) {
            object.insert(QStringLiteral("status"), server.status);
            object.insert(QStringLiteral("tenant_id"), server.projectId);
            object.insert(QStringLiteral("OS-EXT-AZ:availability_zone"), QStringLiteral("nova"));
        }
        if (!wantedId.isEmpty())
            return OsResponse::json(200, {{QStringLiteral("server"), object}});
        servers.append(object);
    }
    if (!wantedId.isEmpty()) {
        return novaError(404, QStringLiteral("itemNotFound"),
                         QStringLiteral("Instance %1 could not be found.").arg(wantedId));
    }
    return OsResponse::json(200, {{QStringLiteral("servers"), servers}});
}

} // namespace podnet::sim
