// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace podnet::sim {

struct KubeResourceType;

/// One change to a stored object, as a watch reports it.
struct KubeWatchEvent
{
    QString type;       ///< ADDED, MODIFIED or DELETED
    QString typeKey;    ///< KubeResourceType::key() of the object
    QJsonObject object; ///< the object after the change (before, for DELETED)
    qint64 resourceVersion = 0;
};

/// The simulator's etcd: objects by type, namespace and name, one global resourceVersion
/// counter, and a bounded history of changes for watches.
class KubeObjectStore
{
public:
    using Listener = std::function<void(const KubeWatchEvent &event)>;

    /// Keeps the last \a historyLimit events for watches that resume from a resourceVersion.
    explicit KubeObjectStore(int historyLimit = 1000);

    /// The resourceVersion of the latest change (what a LIST reports).
    qint64 resourceVersion() const { return m_version; }

    /// The stored object, or nullopt.
    std::optional<QJsonObject> get(const KubeResourceType &type, const QString &ns,
                                   const QString &name) const;
    /// Objects of \a type in namespace \a ns (all namespaces when empty), sorted by namespace
    /// and name.
    QList<QJsonObject> list(const KubeResourceType &type, const QString &ns = {}) const;

    /// Stores a new object: sets uid, resourceVersion, creationTimestamp and generation.
    /// The caller checks that it does not exist yet.
    QJsonObject create(const KubeResourceType &type, QJsonObject object);
    /// Replaces an existing object. Nothing changes (and \a changed is false) when the content
    /// equals the stored one; otherwise the resourceVersion moves on and, for types with a
    /// generation, a changed spec bumps metadata.generation.
    QJsonObject update(const KubeResourceType &type, QJsonObject object, bool *changed = nullptr);
    /// Removes an object; returns it as it was, or nullopt if absent.
    std::optional<QJsonObject> remove(const KubeResourceType &type, const QString &ns,
                                      const QString &name);

    /// The events after \a resourceVersion, or nullopt when the history no longer reaches back
    /// that far (the client must re-list: 410 Gone).
    std::optional<QList<KubeWatchEvent>> eventsAfter(qint64 resourceVersion) const;
    /// Forgets the history, so that any resume from an older version gets 410.
    void compactHistory();

    /// Calls \a listener after every change; returns an id for unsubscribe().
    int subscribe(Listener listener);
    void unsubscribe(int id);

    /// The time used for creationTimestamp; tests may move it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    static QString objectKey(const KubeResourceType &type, const QString &ns, const QString &name);
    void record(const QString &eventType, const KubeResourceType &type, const QJsonObject &object);

    QMap<QString, QJsonObject> m_objects;
    qint64 m_version = 1;
    int m_historyLimit;
    std::deque<KubeWatchEvent> m_history;
    qint64 m_historyStart = 0; ///< every event after this version is in m_history
    QMap<int, Listener> m_listeners;
    int m_nextListener = 1;
    std::function<QDateTime()> m_clock;
};

} // namespace podnet::sim
