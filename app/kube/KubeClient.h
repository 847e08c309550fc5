// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/ExecCredentialError.h"
#include "kube/KubeConnection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace podnet {

struct ExecCredential;
class ExecCredentialPlugin;
class KubeReply;
class KubeWatchReader;
class LoginShellPath;

/// Talks to one Kubernetes API server as a KubeConnection says: TLS options, bearer token,
/// basic auth, client certificate or an exec plugin's credential (refreshed and retried once
/// after a 401). Credentials go only to https servers (or plain http on this computer, for the
/// simulator). Every request has a transfer timeout. Paths start with a slash ("/api/v1/nodes")
/// and are appended to the server URL's own path.
class KubeClient : public QObject
{
    Q_OBJECT
public:
    /// Server-side apply switches.
    struct ApplyOptions
    {
        bool force = false;  ///< take over fields other managers own
        bool dryRun = false; ///< dryRun=All: validate and answer, store nothing
    };

    static constexpr const char *fieldManager = "podnet-wizard";

    /// \a network and \a path (for exec plugins; may be null) are not owned.
    KubeClient(const KubeConnection &connection, QNetworkAccessManager *network,
               LoginShellPath *path = nullptr, QObject *parent = nullptr);
    ~KubeClient() override;

    /// "the Kubernetes API server", for messages.
    static QString serviceName();

    /// Transfer timeout of each request: no progress for this long aborts it. Default: 30 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    const KubeConnection &connection() const { return m_connection; }
    /// The exec plugin runner, or null when the connection has none.
    ExecCredentialPlugin *execPlugin() const { return m_exec; }
    QNetworkAccessManager *network() const { return m_network; }

    /// The server URL with \a path appended and \a query set.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    /// GET \a path.
    KubeReply *get(const QString &path, const QUrlQuery &query = {});
    /// GET one object: 404 is an answer ("absent"), not a failure.
    KubeReply *getObject(const QString &path);
    /// GET a collection, optionally at \a resourceVersion; the answer's metadata.resourceVersion
    /// is where a watch starts.
    KubeReply *list(const QString &path, const QString &resourceVersion = {});
    /// GET /version.
    KubeReply *version();
    /// POST \a body as JSON.
    KubeReply *post(const QString &path, const QJsonObject &body);
    /// Server-side apply of \a document to the object's URL, as podnet-wizard.
    KubeReply *apply(const QString &path, const QJsonObject &document, ApplyOptions options);
    KubeReply *apply(const QString &path, const QJsonObject &document)
    {
        return apply(path, document, ApplyOptions());
    }
    /// JSON merge patch (application/merge-patch+json), e.g. annotations.
    KubeReply *mergePatch(const QString &path, const QJsonObject &patch);
    /// DELETE one object; 404 is an answer ("absent").
    KubeReply *remove(const QString &path);
    /// Any request. \a absentOk makes 404 an answer.
    KubeReply *send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                    const QByteArray &contentType = {}, bool absentOk = false);

    /// Starts watching \a path from \a resourceVersion; \a query adds items such as
    /// labelSelector or fieldSelector. The reader is a child of this client.
    KubeWatchReader *watch(const QString &path, const QString &resourceVersion,
                           const QUrlQuery &query = {});

    /// Builds a request for \a url with TLS and credentials and calls \a callback with it, or
    /// with a credential error (exec plugins run asynchronously). Never calls back from inside
    /// this call; nothing when \a context is gone.
    void prepare(
            const QUrl &url, QObject *context,
            std::function<void(const QNetworkRequest &, const ExecCredentialError &)> callback);

private:
    QNetworkRequest buildRequest(const QUrl &url, const ExecCredential *credential) const;
    bool sendsCredentials(const QUrl &url) const;

    KubeConnection m_connection;
    QNetworkAccessManager *m_network;
    ExecCredentialPlugin *m_exec = nullptr;
    std::chrono::milliseconds m_timeout {30000};
};

} // namespace podnet
