// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeWatchReader.h"

#include "kube/KubeClient.h"
#include "net/HttpFailure.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace podnet {

namespace {

// One event is one object; nodes are a few KiB. Anything far larger is not a sane line.
constexpr qsizetype maxLine = 16 * 1024 * 1024;

} // namespace

KubeWatchReader::KubeWatchReader(KubeClient *client, const QString &path,
                                 const QString &resourceVersion, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(path)
    , m_resourceVersion(resourceVersion)
{ }

KubeWatchReader::~KubeWatchReader()
{
    stop();
}

void KubeWatchReader::stop()
{
    ++m_attempt;
    m_running = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
}

void KubeWatchReader::start()
{
    stop();
    if (!m_client)
        return;
    m_running = true;
    m_reported = false;
    m_discarding = false;
    m_buffer.clear();
    const quint64 attempt = m_attempt;

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    if (!m_resourceVersion.isEmpty())
        query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(m_serverTimeout));
    const QUrl url = m_client->url(m_path, query);

    m_client->prepare(
            url, this,
            [this, attempt](const QNetworkRequest &prepared, const ExecCredentialError &error) {
                if (attempt != m_attempt || !m_client)
                    return;
                if (error.isError())
                    return fail(error.message, error.detail);
                QNetworkRequest request = prepared;
                // Bookmarks arrive about once a minute; allow the server's own timeout plus slack.
                request.setTransferTimeout((m_serverTimeout + 60) * 1000);
                m_reply = m_client->network()->get(request);
                connect(m_reply, &QNetworkReply::readyRead, this, [this] {
                    const int status
                            = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (status == 200)
                        feed(m_reply->readAll());
                });
                connect(m_reply, &QNetworkReply::finished, this, &KubeWatchReader::onFinished);
            });
}

void KubeWatchReader::feed(const QByteArray &bytes)
{
    if (m_reported)
        return; // after expired() or failed() nothing more counts
    m_buffer += bytes;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArray line = m_buffer.mid(start, end - start);
        start = end + 1;
        if (m_discarding) {
            m_discarding = false;
            continue;
        }
        processLine(line);
        if (m_reported)
            return;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > maxLine) {
        m_buffer.clear();
        m_discarding = true;
        Q_EMIT badLine(QStringLiteral("a line longer than %1 bytes was skipped").arg(maxLine));
    }
}

void KubeWatchReader::flush()
{
    const QByteArray rest = std::exchange(m_buffer, {});
    if (!m_discarding && !m_reported)
        processLine(rest);
    m_discarding = false;
}

void KubeWatchReader::processLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    const QJsonObject event = document.object();
    const QString type = event.value(QLatin1String("type")).toString();
    const QJsonObject object = event.value(QLatin1String("object")).toObject();
    if (!document.isObject() || type.isEmpty() || object.isEmpty()) {
        Q_EMIT badLine(document.isObject()
                               ? QStringLiteral("an event without type or object was skipped")
                               : QStringLiteral("a line that is not JSON was skipped (%1 at %2)")
                                         .arg(error.errorString())
                                         .arg(error.offset));
        return;
    }
    const QString version = object.value(QLatin1String("metadata"))
                                    .toObject()
                                    .value(QLatin1String("resourceVersion"))
                                    .toString();
    if (type == QLatin1String("ERROR")) {
        const std::optional<KubeStatus> status = KubeStatus::fromObject(object);
        if (status && status->code == 410)
            return report(&KubeWatchReader::expired);
        return fail(tr("The Kubernetes API server stopped watching %1. Try again; if it keeps "
                       "happening, check the server's logs.")
                            .arg(m_path),
                    status ? QStringLiteral("HTTP %1\n%2").arg(status->code).arg(status->summary())
                           : QString());
    }
    KubeWatchEvent watchEvent;
    if (type == QLatin1String("ADDED"))
        watchEvent.type = KubeWatchEvent::Type::Added;
    else if (type == QLatin1String("MODIFIED"))
        watchEvent.type = KubeWatchEvent::Type::Modified;
    else if (type == QLatin1String("DELETED"))
        watchEvent.type = KubeWatchEvent::Type::Deleted;
    else if (type != QLatin1String("BOOKMARK")) {
        Q_EMIT badLine(
                QStringLiteral("an event of unknown type \"%1\" was skipped").arg(type.left(40)));
        return;
    }
    if (!version.isEmpty() && version != m_resourceVersion) {
        m_resourceVersion = version;
        Q_EMIT resourceVersionChanged(version);
    }
    if (type == QLatin1String("BOOKMARK"))
        return;
    watchEvent.object = object;
    watchEvent.resourceVersion = version;
    Q_EMIT eventReceived(watchEvent);
}

void KubeWatchReader::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && reply->isOpen())
        feed(reply->readAll());
    if (m_reported)
        return;
    if (status == 410)
        return report(&KubeWatchReader::expired);
    const HttpFailure failure = HttpFailure::fromReply(reply, KubeClient::serviceName());
    // A stream that was flowing and then stalled or broke is resumed like one the server ended.
    const bool streamBroke = status == 200
            && (failure.kind() == HttpFailure::Kind::ConnectionLost
                || failure.kind() == HttpFailure::Kind::TimedOut);
    if (!failure.isOk() && !streamBroke) {
        HttpFailure withStatus = failure;
        if (const auto kubeStatus
            = KubeStatus::fromJson(reply->isOpen() ? reply->readAll() : QByteArray()))
            withStatus.setServerMessage(kubeStatus->summary());
        return fail(withStatus.message(), withStatus.detail());
    }
    flush();
    if (!m_reported)
        report(&KubeWatchReader::ended);
}

void KubeWatchReader::report(void (KubeWatchReader::*signal)())
{
    m_reported = true;
    m_running = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    Q_EMIT(this->*signal)();
}

void KubeWatchReader::fail(const QString &message, const QString &detail)
{
    m_reported = true;
    m_running = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    Q_EMIT failed(message, detail);
}

} // namespace podnet
