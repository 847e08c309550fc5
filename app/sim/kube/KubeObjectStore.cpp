// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeObjectStore.h"

#include "KubeJson.h"
#include "KubeResourceCatalog.h"

#include <QUuid>

namespace podnet::sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");

QJsonObject withoutVolatile(QJsonObject object)
{
    QJsonObject metadata = object.value(kMetadata).toObject();
    metadata.remove(QStringLiteral("resourceVersion"));
    metadata.remove(QStringLiteral("generation"));
    object.insert(kMetadata, metadata);
    return object;
}

QJsonObject specPart(QJsonObject object)
{
    object.remove(kMetadata);
    object.remove(QStringLiteral("status"));
    return object;
}

} // namespace

KubeObjectStore::KubeObjectStore(int historyLimit)
    : m_historyLimit(historyLimit)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

QString KubeObjectStore::objectKey(const KubeResourceType &type, const QString &ns,
                                   const QString &name)
{
    return type.key() + QLatin1Char('|') + (type.namespaced ? ns : QString()) + QLatin1Char('|')
            + name;
}

std::optional<QJsonObject> KubeObjectStore::get(const KubeResourceType &type, const QString &ns,
                                                const QString &name) const
{
    const auto it = m_objects.constFind(objectKey(type, ns, name));
    if (it == m_objects.constEnd())
        return std::nullopt;
    return *it;
}

QList<QJsonObject> KubeObjectStore::list(const KubeResourceType &type, const QString &ns) const
{
    const QString prefix = type.key() + QLatin1Char('|')
            + (ns.isEmpty() || !type.namespaced ? QString() : ns + QLatin1Char('|'));
    QList<QJsonObject> result;
    for (auto it = m_objects.lowerBound(prefix); it != m_objects.constEnd(); ++it) {
        if (!it.key().startsWith(prefix))
            break;
        result << it.value();
    }
    return result;
}

QJsonObject KubeObjectStore::create(const KubeResourceType &type, QJsonObject object)
{
    QJsonObject metadata = object.value(kMetadata).toObject();
    if (!type.namespaced)
        metadata.remove(QStringLiteral("namespace"));
    metadata.insert(QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(++m_version));
    metadata.insert(QStringLiteral("creationTimestamp"), KubeJson::timestamp(m_clock()));
    if (type.hasGeneration)
        metadata.insert(QStringLiteral("generation"), 1);
    object.insert(kMetadata, metadata);
    object.insert(QStringLiteral("apiVersion"), type.apiVersion());
    object.insert(QStringLiteral("kind"), type.kind);
    m_objects.insert(objectKey(type, metadata.value(QStringLiteral("namespace")).toString(),
                               metadata.value(QStringLiteral("name")).toString()),
                     object);
    record(QStringLiteral("ADDED"), type, object);
    return object;
}

QJsonObject KubeObjectStore::update(const KubeResourceType &type, QJsonObject object, bool *changed)
{
    QJsonObject metadata = object.value(kMetadata).toObject();
    const QString key = objectKey(type, metadata.value(QStringLiteral("namespace")).toString(),
                                  metadata.value(QStringLiteral("name")).toString());
    const QJsonObject old = m_objects.value(key);
    const QJsonObject oldMetadata = old.value(kMetadata).toObject();
    // Identity fields belong to the server.
    for (const char *field : {"uid", "creationTimestamp", "namespace"}) {
        const QString name = QLatin1String(field);
        if (oldMetadata.contains(name))
            metadata.insert(name, oldMetadata.value(name));
        else
            metadata.remove(name);
    }
    metadata.insert(QStringLiteral("resourceVersion"),
                    oldMetadata.value(QStringLiteral("resourceVersion")));
    if (type.hasGeneration)
        metadata.insert(QStringLiteral("generation"),
                        oldMetadata.value(QStringLiteral("generation")));
    object.insert(kMetadata, metadata);
    object.insert(QStringLiteral("apiVersion"), type.apiVersion());
    object.insert(QStringLiteral("kind"), type.kind);
    if (withoutVolatile(object) == withoutVolatile(old)) {
        if (changed)
            *changed = false;
        return old;
    }
    if (type.hasGeneration && specPart(object) != specPart(old))
        metadata.insert(QStringLiteral("generation"),
                        oldMetadata.value(QStringLiteral("generation")).toInteger() + 1);
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(++m_version));
    object.insert(kMetadata, metadata);
    m_objects.insert(key, object);
    if (changed)
        *changed = true;
    record(QStringLiteral("MODIFIED"), type, object);
    return object;
}

std::optional<QJsonObject> KubeObjectStore::remove(const KubeResourceType &type, const QString &ns,
                                                   const QString &name)
{
    const auto it = m_objects.find(objectKey(type, ns, name));
    if (it == m_objects.end())
        return std::nullopt;
    QJsonObject object = it.value();
    m_objects.erase(it);
    QJsonObject metadata = object.value(kMetadata).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(++m_version));
    object.insert(kMetadata, metadata);
    record(QStringLiteral("DELETED"), type, object);
    return object;
}

std::optional<QList<KubeWatchEvent>> KubeObjectStore::eventsAfter(qint64 resourceVersion) const
{
    if (resourceVersion < m_historyStart)
        return std::nullopt;
    QList<KubeWatchEvent> events;
    for (const KubeWatchEvent &event : m_history) {
        if (event.resourceVersion > resourceVersion)
            events << event;
    }
    return events;
}

void KubeObjectStore::compactHistory()
{
    m_history.clear();
    m_historyStart = m_version;
}

int KubeObjectStore::subscribe(Listener listener)
{
    const int id = m_nextListener++;
    m_listeners.insert(id, std::move(listener));
    return id;
}

void KubeObjectStore::unsubscribe(int id)
{
    m_listeners.remove(id);
}

void KubeObjectStore::record(const QString &eventType, const KubeResourceType &type,
                             const QJsonObject &object)
{
    KubeWatchEvent event {eventType, type.key(), object, m_version};
    m_history.push_back(event);
    while (m_history.size() > static_cast<size_t>(std::max(1, m_historyLimit))) {
        m_historyStart = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    // A listener may unsubscribe itself or others while we notify.
    const QList<int> ids = m_listeners.keys();
    for (int id : ids) {
        const auto it = m_listeners.constFind(id);
        if (it != m_listeners.constEnd()) {
            const Listener listener = it.value();
            listener(event);
        }
    }
}

} // namespace podnet::sim
