// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KeystoneService.h"

#include "OpenStackStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace podnet::sim {

namespace {

QString keystoneTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

QJsonObject domainObject(const QString &id, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QString domainKey(const QJsonObject &owner)
{
    const QJsonObject domain = owner.value(QStringLiteral("domain")).toObject();
    const QString id = domain.value(QStringLiteral("id")).toString();
    return id.isEmpty() ? domain.value(QStringLiteral("name")).toString() : id;
}

} // namespace

KeystoneService::KeystoneService(OpenStackStore &store, const QUrl &baseUrl, const QString &region)
    : m_store(store)
    , m_baseUrl(baseUrl)
    , m_region(region)
{ }

QUrl KeystoneService::identityUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/identity"));
    return url;
}

QUrl KeystoneService::authUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/identity/v3"));
    return url;
}

OsResponse KeystoneService::error(int status, const QString &title, const QString &message)
{
    return OsResponse::json(status,
                            {{QStringLiteral("error"),
                              QJsonObject {{QStringLiteral("code"), status},
                                           {QStringLiteral("title"), title},
                                           {QStringLiteral("message"), message}}}});
}

OsResponse KeystoneService::authenticationRequired() const
{
    OsResponse response
            = error(401, QStringLiteral("Unauthorized"),
                    QStringLiteral("The request you have made requires authentication."));
    response.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                             "Keystone uri=\"" + identityUrl().toEncoded() + '"'});
    return response;
}

const OsToken *KeystoneService::authenticate(const HttpRequest &request) const
{
    const QByteArray token = request.header("x-auth-token");
    if (token.isEmpty())
        return nullptr;
    return m_store.validToken(QString::fromLatin1(token));
}

QJsonObject KeystoneService::versionObject() const
{
    return {{QStringLiteral("id"), QStringLiteral("v3.14")},
            {QStringLiteral("status"), QStringLiteral("stable")},
            {QStringLiteral("updated"), QStringLiteral("2020-04-07T00:00:00Z")},
            {QStringLiteral("links"),
             QJsonArray {QJsonObject {
                     {QStringLiteral("rel"), QStringLiteral("self")},
                     {QStringLiteral("href"), QString(authUrl().toString() + QLatin1Char('/'))}}}},
            {QStringLiteral("media-types"),
             QJsonArray {QJsonObject {
                     {QStringLiteral("base"), QStringLiteral("application/json")},
                     {QStringLiteral("type"),
                      QStringLiteral("application/vnd.openstack.identity-v3+json")}}}}};
}

OsResponse KeystoneService::handle(const HttpRequest &request, const QString &subPath)
{
    QString path = subPath;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty() && request.method == "GET") {
        return OsResponse::json(
                300,
                {{QStringLiteral("versions"),
                  QJsonObject {{QStringLiteral("values"), QJsonArray {versionObject()}}}}});
    }
    if (path == QStringLiteral("/v3") && request.method == "GET")
        return OsResponse::json(200, {{QStringLiteral("version"), versionObject()}});
    if (path == QStringLiteral("/v3/auth/tokens")) {
        if (request.method == "POST")
            return issueToken(request);
        if (request.method == "GET" || request.method == "HEAD")
            return showToken(request);
        if (request.method == "DELETE")
            return authenticate(request) ? OsResponse {204, {}, {}, {}} : authenticationRequired();
        return error(405, QStringLiteral("Method Not Allowed"),
                     QStringLiteral("The method is not allowed for the requested URL."));
    }
    return error(404, QStringLiteral("Not Found"),
                 QStringLiteral("The resource could not be found."));
}

OsResponse KeystoneService::issueToken(const HttpRequest &request)
{
    const QJsonObject auth = QJsonDocument::fromJson(request.body)
                                     .object()
                                     .value(QStringLiteral("auth"))
                                     .toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    const QJsonArray methodArray = identity.value(QStringLiteral("methods")).toArray();
    if (auth.isEmpty() || methodArray.isEmpty()) {
        return error(400, QStringLiteral("Bad Request"),
                     QStringLiteral("Invalid input for field 'identity': 'methods' is a required "
                                    "property"));
    }
    const QString method = methodArray.first().toString();
    const OsResponse denied = error(401, QStringLiteral("Unauthorized"),
                                    QStringLiteral("The request you have made requires "
                                                   "authentication."));
    QString userId;
    QString projectId;
    QString appCredId;
    bool scopeFixed = false;

    if (method == QStringLiteral("password")) {
        const QJsonObject userObject = identity.value(QStringLiteral("password"))
                                               .toObject()
                                               .value(QStringLiteral("user"))
                                               .toObject();
        const QString id = userObject.value(QStringLiteral("id")).toString();
        const OsUser *user = !id.isEmpty()
                ? m_store.user(id)
                : m_store.userByName(userObject.value(QStringLiteral("name")).toString(),
                                     domainKey(userObject));
        if (!user || user->password != userObject.value(QStringLiteral("password")).toString())
            return denied;
        userId = user->id;
    } else if (method == QStringLiteral("application_credential")) {
        const QJsonObject credObject
                = identity.value(QStringLiteral("application_credential")).toObject();
        const QString id = credObject.value(QStringLiteral("id")).toString();
        const OsApplicationCredential *found = nullptr;
        if (!id.isEmpty()) {
            found = m_store.applicationCredential(id);
        } else {
            const QJsonObject owner = credObject.value(QStringLiteral("user")).toObject();
            const QString ownerId = owner.value(QStringLiteral("id")).toString();
            const OsUser *user = !ownerId.isEmpty()
                    ? m_store.user(ownerId)
                    : m_store.userByName(owner.value(QStringLiteral("name")).toString(),
                                         domainKey(owner));
            const QString name = credObject.value(QStringLiteral("name")).toString();
            for (const OsApplicationCredential &cred : m_store.applicationCredentials()) {
                if (user && cred.userId == user->id && cred.name == name)
                    found = &cred;
            }
        }
        if (!found || found->secret != credObject.value(QStringLiteral("secret")).toString())
            return denied;
        userId = found->userId;
        projectId = found->projectId;
        appCredId = found->id;
        scopeFixed = true;
    } else if (method == QStringLiteral("token")) {
        const QString tokenId = identity.value(QStringLiteral("token"))
                                        .toObject()
                                        .value(QStringLiteral("id"))
                                        .toString();
        const OsToken *old = m_store.validToken(tokenId);
        if (!old)
            return denied;
        userId = old->userId;
        if (!old->applicationCredentialId.isEmpty()) {
            projectId = old->projectId;
            appCredId = old->applicationCredentialId;
            scopeFixed = true;
        }
    } else {
        return denied;
    }

    const QJsonObject scope = auth.value(QStringLiteral("scope")).toObject();
    if (!scopeFixed && scope.contains(QStringLiteral("project"))) {
        const QJsonObject projectObject = scope.value(QStringLiteral("project")).toObject();
        const QString id = projectObject.value(QStringLiteral("id")).toString();
        const OsProject *project = !id.isEmpty()
                ? m_store.project(id)
                : m_store.projectByName(projectObject.value(QStringLiteral("name")).toString(),
                                        domainKey(projectObject));
        const OsUser *user = m_store.user(userId);
        if (!project || !user || user->rolesByProject.value(project->id).isEmpty())
            return denied;
        projectId = project->id;
    } else if (!scopeFixed && !scope.isEmpty()) {
        return denied; // domain and system scopes are not simulated
    }

    const OsToken token = m_store.issueToken(userId, projectId, {method}, appCredId);
    return OsResponse::json(201, tokenBody(token),
                            {{QByteArrayLiteral("X-Subject-Token"), token.id.toLatin1()}});
}

OsResponse KeystoneService::showToken(const HttpRequest &request) const
{
    if (!authenticate(request))
        return authenticationRequired();
    const OsToken *subject
            = m_store.validToken(QString::fromLatin1(request.header("x-subject-token")));
    if (!subject)
        return error(404, QStringLiteral("Not Found"), QStringLiteral("Could not find token."));
    return OsResponse::json(200, tokenBody(*subject),
                            {{QByteArrayLiteral("X-Subject-Token"), subject->id.toLatin1()}});
}

QJsonObject KeystoneService::tokenBody(const OsToken &token) const
{
    QJsonObject body;
    body.insert(QStringLiteral("methods"), QJsonArray::fromStringList(token.methods));
    body.insert(QStringLiteral("expires_at"), keystoneTime(token.expiresAt));
    body.insert(QStringLiteral("issued_at"), keystoneTime(token.issuedAt));
    body.insert(QStringLiteral("audit_ids"), QJsonArray {token.id.right(22)});
    if (const OsUser *user = m_store.user(token.userId)) {
        body.insert(QStringLiteral("user"),
                    QJsonObject {{QStringLiteral("id"), user->id},
                                 {QStringLiteral("name"), user->name},
                                 {QStringLiteral("domain"),
                                  domainObject(user->domainId, user->domainName)},
                                 {QStringLiteral("password_expires_at"), QJsonValue()}});
    }
    if (const OsProject *project = m_store.project(token.projectId)) {
        body.insert(QStringLiteral("project"),
                    QJsonObject {{QStringLiteral("id"), project->id},
                                 {QStringLiteral("name"), project->name},
                                 {QStringLiteral("domain"),
                                  domainObject(project->domainId, project->domainName)}});
        body.insert(QStringLiteral("is_domain"), false);
        QJsonArray roles;
        for (const QString &role : token.roles) {
            roles.append(
                    QJsonObject {{QStringLiteral("id"), QString(role + QStringLiteral("-role-id"))},
                                 {QStringLiteral("name"), role}});
        }
        body.insert(QStringLiteral("roles"), roles);
        body.insert(QStringLiteral("catalog"), catalog());
    }
    if (!token.applicationCredentialId.isEmpty()) {
        body.insert(QStringLiteral("application_credential"),
                    QJsonObject {{QStringLiteral("id"), token.applicationCredentialId},
                                 {QStringLiteral("restricted"), true}});
    }
    return {{QStringLiteral("token"), body}};
}

QJsonArray KeystoneService::catalog() const
{
    struct Service
    {
        QString type;
        QString name;
        QString path;
    };
    const Service services[] = {
            {QStringLiteral("identity"), QStringLiteral("keystone"), QStringLiteral("/identity")},
            {QStringLiteral("network"), QStringLiteral("neutron"), QStringLiteral("/network")},
            {QStringLiteral("compute"), QStringLiteral("nova"), QStringLiteral("/compute/v2.1")},
    };
    QJsonArray result;
    for (const Service &service : services) {
        QUrl url = m_baseUrl;
        url.setPath(service.path);
        QJsonArray endpoints;
        for (const QString &interface :
             {QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("admin")}) {
            endpoints.append(QJsonObject {
                    {QStringLiteral("id"), QString(service.name + QLatin1Char('-') + interface)},
                    {QStringLiteral("interface"), interface},
                    {QStringLiteral("region"), m_region},
                    {QStringLiteral("region_id"), m_region},
                    {QStringLiteral("url"), url.toString()}});
        }
        result.append(
                QJsonObject {{QStringLiteral("id"), QString(service.name + QStringLiteral("-id"))},
                             {QStringLiteral("type"), service.type},
                             {QStringLiteral("name"), service.name},
                             {QStringLiteral("endpoints"), endpoints}});
    }
    return result;
}

} // namespace podnet::sim
