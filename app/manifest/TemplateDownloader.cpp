// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "TemplateDownloader.h"

#include "net/ApiServerUrl.h"
#include "util/TextBytes.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace podnet {

TemplateDownloader::TemplateDownloader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

TemplateDownloader::~TemplateDownloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString TemplateDownloader::refusal(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const bool localHttp
            = scheme == QLatin1String("http") && ApiServerUrl::isLoopbackHost(url.host());
    if (url.isValid() && (scheme == QLatin1String("https") || localHttp))
        return {};
    return tr("Only https addresses can be downloaded (plain http only from this computer). "
              "Check the address.");
}

void TemplateDownloader::start(const QUrl &url)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_url = url;
    m_timedOut = m_cancelled = m_tooLarge = false;
    const quint64 attempt = ++m_attempt;

    if (const QString refused = refusal(url); !refused.isEmpty()) {
        // Reported after returning, like every other outcome.
        QMetaObject::invokeMethod(
                this,
                [this, url, refused, attempt] {
                    if (attempt != m_attempt)
                        return; // replaced by a later start() before it could report
                    fail(refused, url.toString());
                },
                Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(
            QNetworkRequest::UserAgentHeader,
            QStringLiteral("podnet-wizard/%1").arg(QCoreApplication::applicationVersion()));
    m_reply = m_network->get(request);
    m_deadline.start(m_timeout * 4);

    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > maxSize || total > maxSize) {
            m_tooLarge = true;
            m_reply->abort();
            return;
        }
        Q_EMIT progress(received, total);
    });
    connect(m_reply, &QNetworkReply::finished, this, &TemplateDownloader::onFinished);
}

void TemplateDownloader::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void TemplateDownloader::fail(const QString &message, const QString &detail)
{
    Q_EMIT failed(message, detail);
}

void TemplateDownloader::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    m_deadline.stop();
    reply->deleteLater();

    const QString where = m_url.toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled)
        return fail(tr("The download was cancelled."), where);
    if (m_tooLarge) {
        return fail(tr("The file at this address is larger than %1 MiB, which no manifest is. "
                       "Check the address.")
                            .arg(maxSize / (1024 * 1024)),
                    where);
    }
    if (m_timedOut || reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        return fail(tr("The server did not answer within %1 seconds. Check your network "
                       "connection, or use the saved copy or the built-in template.")
                            .arg(static_cast<double>(m_timeout.count()) / 1000.0),
                    where);
    }
    if (status != 0 && status != 200) {
        const QString reason
                = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return fail(tr("The server answered %1 %2 instead of the file. Check the address, or use "
                       "the saved copy or the built-in template.")
                            .arg(status)
                            .arg(reason),
                    where);
    }
    if (reply->error() != QNetworkReply::NoError) {
        return fail(tr("The download failed: %1. Check your network connection, or use the "
                       "saved copy or the built-in template.")
                            .arg(reply->errorString()),
                    where);
    }
    const QByteArray body = reply->readAll();
    if (body.isEmpty() || !isUtf8Text(body)) {
        return fail(tr("The server sent something that is not a text file. Check the address."),
                    where);
    }
    Q_EMIT finished(body);
}

} // namespace podnet
