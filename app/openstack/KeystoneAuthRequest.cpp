// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/KeystoneAuthRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace podnet {

namespace {

QJsonObject domainOf(const QString &name, const QString &id)
{
    if (!id.isEmpty())
        return {{QStringLiteral("id"), id}};
    if (!name.isEmpty())
        return {{QStringLiteral("name"), name}};
    // openstacksdk insists on a domain; a deployment's own users live in "default".
    return {{QStringLiteral("id"), QStringLiteral("default")}};
}

QJsonObject userOf(const CloudCredentials &credentials)
{
    if (!credentials.userId.isEmpty())
        return {{QStringLiteral("id"), credentials.userId}};
    return {{QStringLiteral("name"), credentials.username},
            {QStringLiteral("domain"),
             domainOf(credentials.userDomainName, credentials.userDomainId)}};
}

QJsonObject projectScopeOf(const CloudCredentials &credentials)
{
    QJsonObject project;
    if (!credentials.projectId.isEmpty()) {
        project.insert(QStringLiteral("id"), credentials.projectId);
    } else if (!credentials.projectName.isEmpty()) {
        project.insert(QStringLiteral("name"), credentials.projectName);
        project.insert(QStringLiteral("domain"),
                       domainOf(credentials.projectDomainName, credentials.projectDomainId));
    } else {
        return {}; // Keystone then scopes to the user's default project, if any
    }
    return {{QStringLiteral("project"), project}};
}

} // namespace

QUrl KeystoneAuthRequest::tokensUrl(const QUrl &authUrl)
{
    QUrl url = authUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v2.0")))
        path.chop(5); // an old Keystone v2 address: the same server speaks v3 next to it
    if (!path.endsWith(QLatin1String("/v3")))
        path += QLatin1String("/v3");
    url.setPath(path + QLatin1String("/auth/tokens"));
    return url;
}

QByteArray KeystoneAuthRequest::body(const CloudCredentials &credentials)
{
    QJsonObject identity;
    QJsonObject auth;
    switch (credentials.authType) {
    case CloudCredentials::AuthType::Password: {
        QJsonObject user = userOf(credentials);
        user.insert(QStringLiteral("password"), credentials.secret);
        identity.insert(QStringLiteral("methods"), QJsonArray {QStringLiteral("password")});
        identity.insert(QStringLiteral("password"), QJsonObject {{QStringLiteral("user"), user}});
        if (const QJsonObject scope = projectScopeOf(credentials); !scope.isEmpty())
            auth.insert(QStringLiteral("scope"), scope);
        break;
    }
    case CloudCredentials::AuthType::ApplicationCredential: {
        QJsonObject credential;
        if (!credentials.applicationCredentialId.isEmpty()) {
            credential.insert(QStringLiteral("id"), credentials.applicationCredentialId);
        } else {
            credential.insert(QStringLiteral("name"), credentials.applicationCredentialName);
            credential.insert(QStringLiteral("user"), userOf(credentials));
        }
        credential.insert(QStringLiteral("secret"), credentials.secret);
        identity.insert(QStringLiteral("methods"),
                        QJsonArray {QStringLiteral("application_credential")});
        identity.insert(QStringLiteral("application_credential"), credential);
        break; // an application credential carries its own project: a scope is an error
    }
    case CloudCredentials::AuthType::Token:
        identity.insert(QStringLiteral("methods"), QJsonArray {QStringLiteral("token")});
        identity.insert(QStringLiteral("token"),
                        QJsonObject {{QStringLiteral("id"), credentials.secret}});
        if (const QJsonObject scope = projectScopeOf(credentials); !scope.isEmpty())
            auth.insert(QStringLiteral("scope"), scope);
        break;
    }
    auth.insert(QStringLiteral("identity"), identity);
    return QJsonDocument(QJsonObject {{QStringLiteral("auth"), auth}})
            .toJson(QJsonDocument::Compact);
}

QString KeystoneAuthRequest::problem(const CloudCredentials &c)
{
    const QString scheme = c.authUrl.scheme().toLower();
    if (!c.authUrl.isValid() || c.authUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("Enter the address of Keystone (the auth URL), for example "
                  "https://cloud.example.com:5000/v3.");
    switch (c.authType) {
    case CloudCredentials::AuthType::Password:
        if (c.username.isEmpty() && c.userId.isEmpty())
            return tr("Enter the user name (or user ID) to sign in to Keystone with.");
        if (!c.hasSecret())
            return tr("Enter the password of %1.")
                    .arg(c.username.isEmpty() ? c.userId : c.username);
        break;
    case CloudCredentials::AuthType::ApplicationCredential:
        if (c.applicationCredentialId.isEmpty() && c.applicationCredentialName.isEmpty())
            return tr("Enter the ID (or the name) of the application credential.");
        if (c.applicationCredentialId.isEmpty() && c.username.isEmpty() && c.userId.isEmpty())
            return tr("An application credential given by name needs its owner: enter the user "
                      "name (or user ID), or use the application credential's ID instead.");
        if (!c.hasSecret())
            return tr("Enter the secret of the application credential.");
        break;
    case CloudCredentials::AuthType::Token:
        if (!c.hasSecret())
            return tr("Enter the token to sign in to Keystone with.");
        break;
    }
    return {};
}

} // namespace podnet
