// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OsResponse.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace podnet::sim {

class OpenStackStore;
struct OsToken;

/// Keystone v3 as the simulator serves it under /identity: version discovery, token issue
/// (password, application_credential, token) and validation, and the 401 every other service
/// answers for a missing, unknown or expired token.
class KeystoneService
{
public:
    KeystoneService(OpenStackStore &store, const QUrl &baseUrl, const QString &region);

    /// Answers a request whose path is below /identity; \a subPath is the rest ("/v3/...").
    OsResponse handle(const HttpRequest &request, const QString &subPath);

    /// The valid token named by X-Auth-Token, or nullptr.
    const OsToken *authenticate(const HttpRequest &request) const;
    /// 401 with `WWW-Authenticate: Keystone uri="…/identity"`, as keystonemiddleware answers.
    OsResponse authenticationRequired() const;

    QUrl identityUrl() const; ///< …/identity
    QUrl authUrl() const;     ///< …/identity/v3

    /// The simulator's http://127.0.0.1:PORT, known once it listens.
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

private:
    OsResponse issueToken(const HttpRequest &request);
    OsResponse showToken(const HttpRequest &request) const;
    QJsonObject tokenBody(const OsToken &token) const;
    QJsonObject versionObject() const;
    QJsonArray catalog() const;
    static OsResponse error(int status, const QString &title, const QString &message);

    OpenStackStore &m_store;
    QUrl m_baseUrl;
    QString m_region;
};

} // namespace podnet::sim
