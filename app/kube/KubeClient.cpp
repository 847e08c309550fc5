// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeClient.h"

#include "kube/ExecCredentialPlugin.h"
#include "kube/KubeReply.h"
#include "kube/KubeWatchReader.h"
#include "net/ApiServerUrl.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace podnet {

KubeClient::KubeClient(const KubeConnection &connection, QNetworkAccessManager *network,
                       LoginShellPath *path, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_network(network)
{
    if (m_connection.exec)
        m_exec = new ExecCredentialPlugin(*m_connection.exec, path, this);
}

KubeClient::~KubeClient() = default;

QString KubeClient::serviceName()
{
    return tr("the Kubernetes API server");
}

QUrl KubeClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = m_connection.server;
    QString base = result.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    result.setPath(base + path);
    result.setQuery(query);
    result.setFragment({});
    return result;
}

KubeReply *KubeClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                            const QByteArray &contentType, bool absentOk)
{
    auto *reply = new KubeReply(this, verb, url, body, contentType, absentOk);
    reply->start();
    return reply;
}

KubeReply *KubeClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", url(path, query));
}

KubeReply *KubeClient::getObject(const QString &path)
{
    return send("GET", url(path), {}, {}, true);
}

KubeReply *KubeClient::list(const QString &path, const QString &resourceVersion)
{
    QUrlQuery query;
    if (!resourceVersion.isEmpty())
        query.addQueryItem(QStringLiteral("resourceVersion"), resourceVersion);
    return send("GET", url(path, query));
}

KubeReply *KubeClient::version()
{
    return get(QStringLiteral("/version"));
}

KubeReply *KubeClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json");
}

KubeReply *KubeClient::apply(const QString &path, const QJsonObject &document, ApplyOptions options)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldManager"), QString::fromLatin1(fieldManager));
    if (options.force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    if (options.dryRun)
        query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    // JSON is valid YAML, and keeps the document's types exactly.
    return send("PATCH", url(path, query), QJsonDocument(document).toJson(QJsonDocument::Compact),
                "application/apply-patch+yaml");
}

KubeReply *KubeClient::mergePatch(const QString &path, const QJsonObject &patch)
{
    return send("PATCH", url(path), QJsonDocument(patch).toJson(QJsonDocument::Compact),
                "application/merge-patch+json");
}

KubeReply *KubeClient::remove(const QString &path)
{
    return send("DELETE", url(path), {}, {}, true);
}

KubeWatchReader *KubeClient::watch(const QString &path, const QString &resourceVersion,
                                   const QUrlQuery &query)
{
    auto *reader = new KubeWatchReader(this, path, resourceVersion, this);
    reader->setQuery(query);
    reader->start();
    return reader;
}

bool KubeClient::sendsCredentials(const QUrl &url) const
{
    // As kubectl: credentials only over TLS. Plain http on loopback is the built-in simulator.
    return url.scheme() == QLatin1String("https") || ApiServerUrl::isLoopbackHost(url.host());
}

QNetworkRequest KubeClient::buildRequest(const QUrl &url, const ExecCredential *credential) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    // Never follow a redirect with credentials attached.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
            QNetworkRequest::UserAgentHeader,
            QStringLiteral("podnet-wizard/%1").arg(QCoreApplication::applicationVersion()));

    TlsOptions tls = m_connection.tls;
    if (credential && !credential->clientCertificate.isNull()) {
        tls.clientCertificate = credential->clientCertificate;
        tls.clientKey = credential->clientKey;
    }
    if (url.scheme() == QLatin1String("https"))
        tls.applyTo(request);
    if (!sendsCredentials(url))
        return request;

    const QString token = credential ? credential->token : m_connection.token;
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    } else if (!m_connection.username.isEmpty() || !m_connection.password.isEmpty()) {
        const QByteArray pair
                = m_connection.username.toUtf8() + ':' + m_connection.password.toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    return request;
}

void KubeClient::prepare(
        const QUrl &url, QObject *context,
        std::function<void(const QNetworkRequest &, const ExecCredentialError &)> callback)
{
    if (!m_exec) {
        const QNetworkRequest request = buildRequest(url, nullptr);
        QMetaObject::invokeMethod(
                context, [request, callback] { callback(request, {}); }, Qt::QueuedConnection);
        return;
    }
    m_exec->request(context,
                    [this, url, callback](const ExecCredential &credential,
                                          const ExecCredentialError &error) {
                        if (error.isError())
                            callback(QNetworkRequest(url), error);
                        else
                            callback(buildRequest(url, &credential), {});
                    });
}

} // namespace podnet
