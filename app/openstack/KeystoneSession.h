// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpFailure.h"
#include "net/TlsOptions.h"
#include "openstack/CloudCredentials.h"
#include "openstack/KeystoneCatalog.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace podnet {

/// A Keystone v3 session: gets a token for the credentials (password, application credential or
/// an existing token), remembers who it belongs to and the service catalog, and prepares
/// authorized requests for the clients that talk to Neutron and Nova.
///
/// authenticate() is asynchronous and reports through authenticated() or authenticationFailed().
/// A session is ready only when the catalog holds a network endpoint for the credentials'
/// interface and region; otherwise authentication fails with a message that says why.
class KeystoneSession : public QObject
{
    Q_OBJECT
public:
    /// \a network is not owned and must outlive the session.
    KeystoneSession(QNetworkAccessManager *network, const CloudCredentials &credentials,
                    QObject *parent = nullptr);
    ~KeystoneSession() override;

    /// Gives up on a request when no byte arrives for this long. Default: 30 s.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }

    /// TLS options from the credentials (CA file, verify, client certificate and key). A file
    /// that cannot be read leaves its part empty; tlsProblem() says why.
    TlsOptions tlsOptions() const { return m_tls; }
    /// Translated: why the CA or client certificate files could not be used; empty when fine.
    /// authenticate() fails with this message before sending anything.
    QString tlsProblem() const { return m_tlsProblem; }

    const CloudCredentials &credentials() const { return m_credentials; }

    /// Requests a new token. While one request is in flight, further calls join it: N callers,
    /// one request, one report. Calling it while authenticated gets a fresh token (after a 401).
    void authenticate();
    bool isAuthenticating() const { return !m_reply.isNull(); }
    /// Whether there is a token that has not yet expired.
    bool isAuthenticated() const;
    /// Forgets the token (e.g. after a 401), so isAuthenticated() is false until the next success.
    void invalidate();

    /// The X-Subject-Token of the last success. A secret: never log it.
    QByteArray token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }

    /// The endpoint of \a serviceType ("network", "compute") for the credentials' interface and
    /// region; empty when the catalog has none.
    QUrl endpoint(const QString &serviceType) const;
    /// endpoint(\a serviceType) joined with \a path ("/v2.0/ports") by exactly one slash; an
    /// endpoint that already ends in the path's first segment ("/v2.0") is not given it twice.
    /// Empty when there is no endpoint.
    QUrl serviceUrl(const QString &serviceType, const QString &path) const;
    KeystoneCatalog catalog() const { return m_catalog; }

    QString userName() const { return m_userName; }
    QString userId() const { return m_userId; }
    QString projectName() const { return m_projectName; }
    QString projectId() const { return m_projectId; }
    /// The configured region, or the region of the chosen network endpoint when none is set.
    QString regionName() const;

    /// Prepares a request to \a url with X-Auth-Token, Accept: application/json, TLS options and
    /// transfer timeout.
    QNetworkRequest authorizedRequest(const QUrl &url) const;
    QNetworkAccessManager *network() const { return m_network; }

Q_SIGNALS:
    void authenticated();
    void authenticationFailed(const podnet::HttpFailure &failure);

private:
    void send(const QUrl &url);
    void onFinished(QNetworkReply *reply);
    void succeed(QNetworkReply *reply, const QByteArray &body);
    void fail(HttpFailure failure);
    void failLater(HttpFailure failure);
    HttpFailure rejection(QNetworkReply *reply, const QByteArray &body) const;
    HttpFailure notKeystone(const QUrl &url, const QString &why) const;
    QString scrubbed(const QString &text) const;

    QNetworkAccessManager *m_network;
    CloudCredentials m_credentials;
    TlsOptions m_tls;
    QString m_tlsProblem;
    std::chrono::milliseconds m_timeout {30000};
    QPointer<QNetworkReply> m_reply;
    bool m_followedVersionDocument = false;
    bool m_failurePending = false;

    QByteArray m_token;
    QDateTime m_expiresAt;
    qint64 m_renewMargin = 0; ///< seconds before expiry at which the token counts as gone
    KeystoneCatalog m_catalog;
    QString m_userName;
    QString m_userId;
    QString m_projectName;
    QString m_projectId;
    QString m_networkRegion;
};

} // namespace podnet
