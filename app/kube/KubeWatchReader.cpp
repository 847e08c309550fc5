// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeWatchReader.h"

#include "kube/KubeClient.h"
#include "net/HttpFailure.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace podnet {

namespace {

// One event is one object; nodes are a few KiB. Anything far larger is not a sane line.
constexpr qsizetype maxLine = 16 * 1024 * 1024;
// A burst (a re-list's worth of events after a reconnect, thousands of nodes heartbeating) must
// neither pile up in memory nor hold the event loop: Qt stops reading the socket when this much
// is waiting, and each turn of the event loop handles at most readSliceMs of it.
constexpr qint64 replyBufferBytes = 1024 * 1024;
constexpr qint64 readChunkBytes = 128 * 1024;
constexpr qint64 readSliceMs = 8;

bool isBlank(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\v' && c != '\f')
            return false;
    }
    return true;
}

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
    m_streaming = false;
    m_httpStatus = 0;
    m_sliceQueued = false;
    clearBuffer();
    const quint64 attempt = m_attempt;

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    if (!m_resourceVersion.isEmpty())
        query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(m_serverTimeout));
    const QList<std::pair<QString, QString>> extra = m_query.queryItems();
    for (const auto &[key, value] : extra)
        query.addQueryItem(key, value);
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
                m_reply->setReadBufferSize(replyBufferBytes);
                connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
                    m_httpStatus
                            = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (m_httpStatus == 200 && !m_streaming) {
                        m_streaming = true;
                        Q_EMIT streaming();
                    }
                });
                connect(m_reply, &QNetworkReply::readyRead, this, &KubeWatchReader::readReply);
                connect(m_reply, &QNetworkReply::finished, this, &KubeWatchReader::onFinished);
            });
}

void KubeWatchReader::clearBuffer()
{
    m_buffer.clear();
    m_lineStart = 0;
    m_scanFrom = 0;
}

void KubeWatchReader::readReply()
{
    if (!m_reply || m_reported)
        return;
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_httpStatus != 200)
        return; // an error body is read whole when the reply finishes
    if (!m_streaming) {
        m_streaming = true;
        Q_EMIT streaming();
        if (!m_reply || m_reported)
            return;
    }
    if (m_sliceQueued)
        return; // the queued slice reads what arrived
    const quint64 attempt = m_attempt;
    QElapsedTimer slice;
    slice.start();
    while (m_reply && !m_reported && attempt == m_attempt) {
        // Straight into the buffer: no temporary copy of what arrived.
        const qint64 available = std::min(m_reply->bytesAvailable(), readChunkBytes);
        if (available <= 0)
            return;
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + available);
        const qint64 got = m_reply->read(m_buffer.data() + old, available);
        m_buffer.resize(old + std::max<qint64>(got, 0));
        processBuffer();
        if (slice.elapsed() >= readSliceMs && m_reply && m_reply->bytesAvailable() > 0) {
            // Let the event loop breathe (paint, input, timers); the rest comes next turn.
            m_sliceQueued = true;
            QTimer::singleShot(0, this, [this, attempt] {
                m_sliceQueued = false;
                if (attempt == m_attempt)
                    readReply();
            });
            return;
        }
    }
}

void KubeWatchReader::feed(const QByteArray &bytes)
{
    if (m_reported)
        return; // after expired() or failed() nothing more counts
    m_buffer += bytes;
    processBuffer();
}

void KubeWatchReader::processBuffer()
{
    const quint64 attempt = m_attempt;
    while (true) {
        const qsizetype end = m_buffer.indexOf('\n', m_scanFrom);
        if (end < 0)
            break;
        const qsizetype start = m_lineStart;
        m_lineStart = m_scanFrom = end + 1;
        if (m_discarding) {
            m_discarding = false;
            continue;
        }
        processLine(m_buffer.constData() + start, end - start);
        // A receiver may have stopped or restarted this reader; the buffer is not ours then.
        if (m_reported || attempt != m_attempt)
            return;
    }
    m_scanFrom = m_buffer.size();
    if (m_lineStart == m_buffer.size()) {
        m_buffer.resize(0); // keeps the capacity for the next bytes
        m_lineStart = m_scanFrom = 0;
    } else if (m_lineStart > 0) {
        // Drops processed lines; only the partial line is kept.
        m_buffer.remove(0, m_lineStart);
        m_scanFrom -= m_lineStart;
        m_lineStart = 0;
    }
    if (m_buffer.size() > maxLine) {
        clearBuffer();
        m_discarding = true;
        Q_EMIT badLine(QStringLiteral("a line longer than %1 bytes was skipped").arg(maxLine));
    }
}

void KubeWatchReader::flush()
{
    const QByteArray rest = m_buffer.mid(m_lineStart);
    clearBuffer();
    if (!m_discarding && !m_reported)
        processLine(rest.constData(), rest.size());
    m_discarding = false;
}

void KubeWatchReader::processLine(const char *data, qsizetype size)
{
    if (isBlank(data, size))
        return;
    QJsonParseError error;
    // A view of the buffer: parsed where it lies, not copied first.
    const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray::fromRawData(data, size), &error);
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
    m_httpStatus = status;
    const quint64 attempt = m_attempt;
    if (status == 200 && reply->isOpen())
        feed(reply->readAll());
    if (m_reported || attempt != m_attempt)
        return;
    if (status == 410)
        return report(&KubeWatchReader::expired);
    const HttpFailure failure = HttpFailure::fromReply(reply, KubeClient::serviceName());
    // A stream that was flowing and then stalled or broke is resumed from the last version.
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
    if (streamBroke) {
        // The last line may be half an event: it must not be applied.
        clearBuffer();
        m_discarding = false;
        m_reported = true;
        m_running = false;
        Q_EMIT interrupted(failure.message(), failure.detail());
        return;
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
