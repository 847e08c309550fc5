// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/KubeInformer.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/KubeWatchReader.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

namespace podnet {

namespace {

Q_LOGGING_CATEGORY(lcInformer, "podnet.kube.informer", QtWarningMsg)

// A watch that ends sooner than this after it started is not resumed at once: a server that
// ends every watch immediately must not be asked in a tight loop.
constexpr qint64 quickEndMs = 1000;

bool isAuthFailure(int httpStatus)
{
    return httpStatus == 401 || httpStatus == 403;
}

} // namespace

KubeInformer::KubeInformer(KubeClient *client, const QString &path, const QUrlQuery &selector,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(path)
    , m_selector(selector)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &KubeInformer::retry);
}

KubeInformer::~KubeInformer()
{
    stop();
}

void KubeInformer::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_initialDelay = std::max(initial, std::chrono::milliseconds(1));
    m_maxDelay = std::max(maximum, m_initialDelay);
    m_delay = m_initialDelay;
}

void KubeInformer::start()
{
    stop();
    m_running = true;
    m_needsList = true;
    m_delay = m_initialDelay;
    m_expiredInARow = 0;
    m_error = {};
    m_state = State::Connecting;
    m_since = QDateTime::currentDateTimeUtc();
    Q_EMIT stateChanged();
    list();
}

void KubeInformer::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_retryAt = {};
    if (m_listReply) {
        m_listReply->disconnect(this);
        m_listReply->abort();
        m_listReply.clear();
    }
    if (m_reader)
        m_reader->stop();
}

QDateTime KubeInformer::nextRetry() const
{
    return m_retryTimer.isActive() ? m_retryAt : QDateTime();
}

QList<QJsonObject> KubeInformer::objects() const
{
    QStringList keys = m_objects.keys();
    std::sort(keys.begin(), keys.end());
    QList<QJsonObject> result;
    result.reserve(keys.size());
    for (const QString &key : std::as_const(keys))
        result << m_objects.value(key);
    return result;
}

QString KubeInformer::keyOf(const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString name = metadata.value(QLatin1String("name")).toString();
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    return ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
}

void KubeInformer::list()
{
    if (!m_client || !m_running)
        return;
    KubeReply *reply = m_client->get(m_path, m_selector);
    m_listReply = reply;
    connect(reply, &KubeReply::finished, this, [this, reply] {
        m_listReply.clear();
        onListed(reply);
    });
}

void KubeInformer::onListed(KubeReply *reply)
{
    if (!reply->isOk())
        return failed({reply->errorMessage(), reply->errorDetail(), reply->httpStatus()}, true);
    const QJsonObject answer = reply->object();
    if (!answer.value(QLatin1String("items")).isArray()) {
        return failed({tr("The Kubernetes API server did not answer %1 with a list. Check that "
                          "the kubeconfig points at a Kubernetes API server.")
                               .arg(m_path),
                       reply->url().toString(), reply->httpStatus()},
                      true);
    }
    QHash<QString, QJsonObject> fresh;
    const QJsonArray items = answer.value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        fresh.insert(keyOf(object), object);
    }
    m_objects = std::move(fresh);
    m_resourceVersion = answer.value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("resourceVersion"))
                                .toString();
    m_listed = true;
    m_needsList = false;
    ++m_listCount;
    qCDebug(lcInformer) << m_path << "listed" << m_objects.size() << "objects at version"
                        << m_resourceVersion;
    Q_EMIT snapshot(objects());
    if (m_running)
        watch();
}

void KubeInformer::watch()
{
    if (!m_client || !m_running)
        return;
    if (!m_reader) {
        m_reader = new KubeWatchReader(m_client, m_path, m_resourceVersion, this);
        m_reader->setQuery(m_selector);
        connect(m_reader, &KubeWatchReader::streaming, this, &KubeInformer::onStreaming);
        connect(m_reader, &KubeWatchReader::eventReceived, this, &KubeInformer::onEvent);
        connect(m_reader, &KubeWatchReader::resourceVersionChanged, this,
                [this](const QString &version) { m_resourceVersion = version; });
        connect(m_reader, &KubeWatchReader::badLine, this, [this](const QString &why) {
            ++m_badLines;
            qCDebug(lcInformer) << m_path << "watch:" << why;
        });
        connect(m_reader, &KubeWatchReader::expired, this, &KubeInformer::onExpired);
        connect(m_reader, &KubeWatchReader::ended, this, &KubeInformer::onEnded);
        connect(m_reader, &KubeWatchReader::interrupted, this,
                [this](const QString &message, const QString &detail) {
                    failed({message, detail, 0}, false);
                });
        connect(m_reader, &KubeWatchReader::failed, this,
                [this](const QString &message, const QString &detail) {
                    failed({message, detail, m_reader->httpStatus()}, false);
                });
    }
    m_reader->setServerTimeout(m_watchTimeout);
    m_reader->setResourceVersion(m_resourceVersion);
    ++m_watchCount;
    m_watchClock.start();
    m_reader->start();
}

void KubeInformer::onStreaming()
{
    m_delay = m_initialDelay;
    const bool hadError = m_error.isError();
    m_error = {};
    if (m_state != State::Live)
        setState(State::Live);
    else if (hadError)
        Q_EMIT stateChanged();
}

void KubeInformer::onEvent(const KubeWatchEvent &event)
{
    m_expiredInARow = 0;
    const QString key = keyOf(event.object);
    if (event.type == KubeWatchEvent::Type::Deleted)
        m_objects.remove(key);
    else
        m_objects.insert(key, event.object);
    Q_EMIT eventReceived(event);
}

void KubeInformer::onExpired()
{
    qCDebug(lcInformer) << m_path << "watch from version" << m_resourceVersion
                        << "expired (410): listing again";
    m_needsList = true;
    // A fresh list's version should never be too old at once; if it is, wait as after a failure.
    if (++m_expiredInARow > 1) {
        return failed({tr("The Kubernetes API server keeps saying the data of %1 is out of date. "
                          "Retrying; if it keeps happening, check the server's logs.")
                               .arg(m_path),
                       QStringLiteral("HTTP 410 Gone"), 410},
                      true);
    }
    list();
}

void KubeInformer::onEnded()
{
    if (!m_running)
        return;
    if (m_watchClock.isValid() && m_watchClock.elapsed() < quickEndMs) {
        m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(m_initialDelay.count());
        m_retryTimer.start(m_initialDelay);
        return;
    }
    watch(); // the server's own timeout: resume from the last version at once
}

void KubeInformer::failed(const Error &error, bool listAgain)
{
    if (!m_running)
        return;
    qCDebug(lcInformer) << m_path << "failed:" << error.message << error.detail;
    m_error = error;
    if (listAgain || !m_listed)
        m_needsList = true;
    const std::chrono::milliseconds delay = isAuthFailure(error.httpStatus) ? m_maxDelay : m_delay;
    m_delay = std::min(m_delay * 2, m_maxDelay);
    // Between half and all of the delay, so that many clients do not retry in step.
    const qint64 half = delay.count() / 2;
    const qint64 wait = delay.count() - half
            + static_cast<qint64>(QRandomGenerator::global()->generateDouble()
                                  * static_cast<double>(half));
    m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(wait);
    m_retryTimer.start(std::chrono::milliseconds(wait));
    if (m_state != State::Reconnecting)
        setState(State::Reconnecting);
    else
        Q_EMIT stateChanged();
}

void KubeInformer::retry()
{
    if (!m_running)
        return;
    m_retryAt = {};
    if (m_needsList || !m_listed)
        list();
    else
        watch();
    if (m_state == State::Reconnecting)
        Q_EMIT stateChanged(); // nextRetry() is gone: the attempt is under way
}

void KubeInformer::setState(State state)
{
    m_state = state;
    m_since = QDateTime::currentDateTimeUtc();
    Q_EMIT stateChanged();
}

} // namespace podnet
