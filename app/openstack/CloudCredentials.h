// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

namespace podnet {

/// Everything needed to authenticate against Keystone v3 and pick the network endpoint, from
/// whichever source: typed in, clouds.yaml (+ secure.yaml), an openrc file or the environment.
/// The secret lives only in memory (or the OS keychain); nothing here is ever written to a file.
struct CloudCredentials
{
    enum class AuthType {
        Password,              ///< clouds.yaml auth_type "password" (the default)
        ApplicationCredential, ///< "v3applicationcredential"
        Token,                 ///< "v3token": an existing token
    };

    /// Where the values came from, e.g. the clouds.yaml cloud name, "envvars", an openrc file
    /// name; empty when typed in. Part of the keychain key.
    QString cloudName;
    AuthType authType = AuthType::Password;
    QUrl authUrl; ///< with or without a trailing /v3

    QString username;
    QString userId;
    QString userDomainName;
    QString userDomainId;
    QString projectName;
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    QString applicationCredentialId;
    QString applicationCredentialName;

    QString regionName;                           ///< empty: any region
    QString interface = QStringLiteral("public"); ///< public, internal or admin
    QString caFile;                               ///< custom CA bundle (PEM); empty: system CAs
    QString clientCertFile;
    QString clientKeyFile;
    bool verify = true; ///< false only when the imported file itself says so

    /// Password, application-credential secret or token, by authType. Memory only.
    QString secret;

    bool hasSecret() const { return !secret.isEmpty(); }

    /// Who this is, for display and as the keychain key: "cloud/user" (user name or id, or the
    /// application credential id/name).
    QString identityKey() const
    {
        QString who = !username.isEmpty() ? username : userId;
        if (authType == AuthType::ApplicationCredential)
            who = !applicationCredentialId.isEmpty() ? applicationCredentialId
                                                     : applicationCredentialName;
        const QString where = !cloudName.isEmpty() ? cloudName : authUrl.toString();
        return where + QLatin1Char('/') + who;
    }
};

} // namespace podnet
