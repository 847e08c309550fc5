// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeReply.h"

#include "kube/ExecCredentialPlugin.h"
#include "kube/KubeClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace podnet {

KubeReply::KubeReply(KubeClient *client, const QByteArray &verb, const QUrl &url,
                     const QByteArray &body, const QByteArray &contentType, bool absentOk)
    : QObject(client)
    , m_client(client)
    , m_verb(verb)
    , m_url(url)
    , m_body(body)
    , m_contentType(contentType)
    , m_absentOk(absentOk)
{ }

KubeReply::~KubeReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void KubeReply::start()
{
    m_client->prepare(m_url, this,
                      [this](const QNetworkRequest &prepared, const ExecCredentialError &error) {
                          if (m_cancelled) {
                              m_failure = HttpFailure::cancelled(m_url);
                              return finish();
                          }
                          if (error.isError()) {
                              m_credentialError = error;
                              return finish();
                          }
                          QNetworkRequest request = prepared;
                          if (!m_contentType.isEmpty())
                              request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
                          m_reply = m_client->network()->sendCustomRequest(request, m_verb, m_body);
                          connect(m_reply, &QNetworkReply::finished, this, &KubeReply::onFinished);
                      });
}

void KubeReply::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void KubeReply::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->deleteLater();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString service = KubeClient::serviceName();

    if (m_cancelled) {
        m_failure = HttpFailure::cancelled(m_url);
        return finish();
    }
    // An exec plugin's token may have been revoked or expired early: get a fresh one, once.
    if (m_httpStatus == 401 && !m_retried && m_client && m_client->execPlugin()) {
        m_retried = true;
        m_client->execPlugin()->invalidate();
        return start();
    }
    if (m_httpStatus == 404 && m_absentOk) {
        m_absent = true;
        return finish();
    }

    const QJsonDocument document = QJsonDocument::fromJson(body);
    m_object = document.object();
    m_failure = HttpFailure::fromReply(reply, service);
    if (!m_failure.isOk()) {
        m_status = KubeStatus::fromObject(m_object);
        if (m_status)
            m_failure.setServerMessage(m_status->summary());
        if (m_httpStatus == 401) {
            m_failure.setMessage(tr("The Kubernetes API server did not accept the credentials "
                                    "(HTTP 401). Check the kubeconfig's user: the token or "
                                    "certificate may have expired; log in again and retry."));
        } else if (m_httpStatus == 403) {
            m_failure.setMessage(tr("The Kubernetes API server refused this request (HTTP 403): "
                                    "the kubeconfig's user lacks the permission. Use a "
                                    "cluster-admin context, or ask the cluster's administrator."));
        }
        return finish();
    }
    if (m_httpStatus < 200 || m_httpStatus > 299) {
        m_failure = HttpFailure::badResponse(
                m_url, service, QStringLiteral("unexpected HTTP status %1").arg(m_httpStatus));
        return finish();
    }
    if (!document.isObject()) {
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        m_failure = HttpFailure::badResponse(
                m_url, service,
                QStringLiteral("not a JSON object (Content-Type %1, %2 bytes)")
                        .arg(QString::fromLatin1(type))
                        .arg(body.size()));
        m_object = {};
    }
    finish();
}

void KubeReply::finish()
{
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

QString KubeReply::errorMessage() const
{
    if (m_credentialError.isError())
        return m_credentialError.message;
    return m_failure.message();
}

QString KubeReply::errorDetail() const
{
    if (m_credentialError.isError())
        return m_credentialError.detail;
    return m_failure.isOk() ? QString() : m_failure.detail();
}

} // namespace podnet
