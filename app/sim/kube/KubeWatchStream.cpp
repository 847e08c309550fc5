// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeWatchStream.h"

#include "KubeJson.h"
#include "KubeObjectStore.h"
#include "KubeResourceCatalog.h"
#include "KubeStatus.h"
#include "sim/http/HttpExchange.h"

#include <utility>

namespace podnet::sim {

KubeWatchStream::KubeWatchStream(HttpExchange *exchange, KubeObjectStore &store, KubeRoute route,
                                 KubeSelector selector, Options options, QObject *parent)
    : QObject(parent)
    , m_exchange(exchange)
    , m_store(store)
    , m_route(std::move(route))
    , m_selector(std::move(selector))
    , m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &KubeWatchStream::finish);
    connect(&m_bookmarkTimer, &QTimer::timeout, this, [this] { sendBookmark(); });
    connect(exchange, &HttpExchange::closed, this, &KubeWatchStream::stop);
    connect(exchange, &QObject::destroyed, this, &KubeWatchStream::stop);
}

KubeWatchStream::~KubeWatchStream()
{
    if (m_subscription)
        m_store.unsubscribe(m_subscription);
}

void KubeWatchStream::start()
{
    if (!m_exchange)
        return stop();
    m_exchange->beginStream(200, QByteArrayLiteral("application/json"));
    m_lastVersion = m_store.resourceVersion();
    if (m_options.forceGone) {
        send(QStringLiteral("ERROR"), KubeStatus::gone(m_options.fromVersion).body);
        return finish();
    }
    if (!m_options.hasVersion || m_options.sendInitialEvents) {
        const QList<QJsonObject> objects = m_store.list(*m_route.type, m_route.ns);
        for (const QJsonObject &object : objects) {
            if (matches(object))
                send(QStringLiteral("ADDED"), object);
        }
        if (m_options.sendInitialEvents)
            sendBookmark(true);
    } else {
        const std::optional<QList<KubeWatchEvent>> events
                = m_store.eventsAfter(m_options.fromVersion);
        if (!events) {
            send(QStringLiteral("ERROR"), KubeStatus::gone(m_options.fromVersion).body);
            return finish();
        }
        for (const KubeWatchEvent &event : *events)
            onEvent(event);
    }
    if (m_stopped)
        return;
    m_subscription = m_store.subscribe([this](const KubeWatchEvent &event) { onEvent(event); });
    m_timeout.start(std::max(1, m_options.timeoutSeconds) * 1000);
    if (m_options.bookmarks)
        m_bookmarkTimer.start(std::max(10, m_options.bookmarkIntervalMs));
}

bool KubeWatchStream::matches(const QJsonObject &object) const
{
    if (!m_route.ns.isEmpty()
        && object.value(QStringLiteral("metadata"))
                        .toObject()
                        .value(QStringLiteral("namespace"))
                        .toString()
                != m_route.ns)
        return false;
    if (!m_route.name.isEmpty()
        && object.value(QStringLiteral("metadata"))
                        .toObject()
                        .value(QStringLiteral("name"))
                        .toString()
                != m_route.name)
        return false;
    return m_selector.matches(object);
}

void KubeWatchStream::onEvent(const KubeWatchEvent &event)
{
    if (m_stopped || event.typeKey != m_route.type->key())
        return;
    m_lastVersion = std::max(m_lastVersion, event.resourceVersion);
    if (matches(event.object))
        send(event.type, event.object);
}

void KubeWatchStream::send(const QString &type, const QJsonObject &object)
{
    if (m_stopped || !m_exchange || !m_exchange->isOpen())
        return stop();
    QJsonObject payload = object;
    const bool isObject = type != QLatin1String("ERROR") && type != QLatin1String("BOOKMARK");
    if (m_options.asTable && isObject) {
        payload = KubeTableConverter::table(*m_route.type, {object},
                                            object.value(QStringLiteral("metadata"))
                                                    .toObject()
                                                    .value(QStringLiteral("resourceVersion"))
                                                    .toString(),
                                            m_options.include, !m_sentColumns);
        m_sentColumns = true;
    }
    const QJsonObject event {{QStringLiteral("type"), type}, {QStringLiteral("object"), payload}};
    write(KubeJson::bytes(event) + '\n');
}

void KubeWatchStream::write(const QByteArray &bytes)
{
    if (m_held)
        m_heldBytes += bytes;
    else
        m_exchange->writeChunk(bytes);
}

void KubeWatchStream::setHeld(bool held)
{
    m_held = held;
    if (held || m_heldBytes.isEmpty())
        return;
    const QByteArray bytes = std::exchange(m_heldBytes, {});
    if (!m_stopped && m_exchange && m_exchange->isOpen())
        m_exchange->writeChunk(bytes);
}

void KubeWatchStream::sendBookmark(bool initialEventsEnd)
{
    QJsonObject metadata {{QStringLiteral("resourceVersion"), QString::number(m_lastVersion)}};
    if (initialEventsEnd)
        metadata.insert(QStringLiteral("annotations"),
                        QJsonObject {{QStringLiteral("k8s.io/initial-events-end"),
                                      QStringLiteral("true")}});
    if (!m_options.bookmarks && !initialEventsEnd)
        return;
    send(QStringLiteral("BOOKMARK"),
         QJsonObject {{QStringLiteral("kind"), m_route.type->kind},
                      {QStringLiteral("apiVersion"), m_route.type->apiVersion()},
                      {QStringLiteral("metadata"), metadata}});
}

void KubeWatchStream::finish()
{
    if (m_stopped)
        return;
    setHeld(false); // what was queued still goes out before the end
    if (m_exchange && m_exchange->isOpen())
        m_exchange->endStream();
    stop();
}

void KubeWatchStream::writeRaw(const QByteArray &bytes)
{
    if (m_stopped || !m_exchange || !m_exchange->isOpen())
        return;
    write(bytes);
}

void KubeWatchStream::drop()
{
    if (m_stopped)
        return;
    if (m_exchange)
        m_exchange->dropConnection();
    stop();
}

void KubeWatchStream::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_timeout.stop();
    m_bookmarkTimer.stop();
    if (m_subscription) {
        m_store.unsubscribe(m_subscription);
        m_subscription = 0;
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace podnet::sim
