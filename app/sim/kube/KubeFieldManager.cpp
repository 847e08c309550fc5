// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeFieldManager.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace podnet::sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");
const QString kManagedFields = QStringLiteral("managedFields");

struct Entry
{
    QString manager;
    QString operation;
    QString apiVersion;
    QString time;
    QList<KubeFieldPath> paths;
};

/// Fields the server owns: never tracked, never removed by an apply.
bool isServerField(const KubeFieldPath &path)
{
    if (path.isEmpty())
        return true;
    const QString &top = path.first();
    if (top == QLatin1String("apiVersion") || top == QLatin1String("kind")
        || top == QLatin1String("status"))
        return true;
    if (top != kMetadata)
        return false;
    if (path.size() == 1)
        return true;
    static const QStringList serverOwned
            = {QStringLiteral("name"),          QStringLiteral("namespace"),
               QStringLiteral("uid"),           QStringLiteral("resourceVersion"),
               QStringLiteral("generation"),    QStringLiteral("creationTimestamp"),
               QStringLiteral("managedFields"), QStringLiteral("deletionTimestamp"),
               QStringLiteral("selfLink")};
    return serverOwned.contains(path.at(1));
}

QList<KubeFieldPath> userLeaves(const QJsonObject &object)
{
    QList<KubeFieldPath> result;
    const QList<KubeFieldPath> leaves = KubeJson::leafPaths(object);
    for (const KubeFieldPath &path : leaves) {
        if (!isServerField(path))
            result << path;
    }
    return result;
}

QList<Entry> readEntries(const QJsonObject &object)
{
    QList<Entry> entries;
    const QJsonArray array = object.value(kMetadata).toObject().value(kManagedFields).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject item = value.toObject();
        entries << Entry {
                item.value(QStringLiteral("manager")).toString(),
                item.value(QStringLiteral("operation")).toString(),
                item.value(QStringLiteral("apiVersion")).toString(),
                item.value(QStringLiteral("time")).toString(),
                KubeFieldManager::fromFieldsV1(item.value(QStringLiteral("fieldsV1")).toObject())};
    }
    return entries;
}

QJsonObject writeEntries(QJsonObject object, const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &entry : entries) {
        if (entry.paths.isEmpty())
            continue;
        array.append(QJsonObject {
                {QStringLiteral("manager"), entry.manager},
                {QStringLiteral("operation"), entry.operation},
                {QStringLiteral("apiVersion"), entry.apiVersion},
                {QStringLiteral("time"), entry.time},
                {QStringLiteral("fieldsType"), QStringLiteral("FieldsV1")},
                {QStringLiteral("fieldsV1"), KubeFieldManager::toFieldsV1(entry.paths)}});
    }
    QJsonObject metadata = object.value(kMetadata).toObject();
    if (array.isEmpty())
        metadata.remove(kManagedFields);
    else
        metadata.insert(kManagedFields, array);
    object.insert(kMetadata, metadata);
    return object;
}

bool ownsOverlapping(const QList<KubeFieldPath> &paths, const KubeFieldPath &path)
{
    for (const KubeFieldPath &owned : paths) {
        if (KubeJson::overlaps(owned, path))
            return true;
    }
    return false;
}

void setPaths(Entry &entry, const QList<KubeFieldPath> &paths)
{
    if (entry.paths != paths) {
        entry.paths = paths;
        entry.time = KubeJson::now();
    }
}

QJsonObject stripServerFields(QJsonObject config)
{
    config.remove(QStringLiteral("status"));
    QJsonObject metadata = config.value(kMetadata).toObject();
    for (const char *field : {"uid", "resourceVersion", "generation", "creationTimestamp",
                              "managedFields", "deletionTimestamp", "selfLink"})
        metadata.remove(QLatin1String(field));
    config.insert(kMetadata, metadata);
    return config;
}

} // namespace

KubeFieldManager::ApplyResult KubeFieldManager::apply(const std::optional<QJsonObject> &live,
                                                      const QJsonObject &config,
                                                      const QString &manager,
                                                      const QString &apiVersion, bool force)
{
    const QJsonObject current = live.value_or(QJsonObject());
    const QJsonObject applied = stripServerFields(config);
    QList<Entry> entries = readEntries(current);
    const QList<KubeFieldPath> wanted = userLeaves(applied);

    ApplyResult result;
    for (Entry &entry : entries) {
        if (entry.manager == manager && entry.operation == QLatin1String("Apply"))
            continue;
        QList<KubeFieldPath> kept;
        for (const KubeFieldPath &owned : std::as_const(entry.paths)) {
            bool lost = false;
            for (const KubeFieldPath &path : wanted) {
                if (!KubeJson::overlaps(owned, path))
                    continue;
                const KubeFieldPath &longer = owned.size() > path.size() ? owned : path;
                if (KubeJson::valueAt(applied, longer) == KubeJson::valueAt(current, longer))
                    continue;
                if (force) {
                    lost = true;
                } else {
                    result.conflicts << Conflict {entry.manager, owned};
                }
                break;
            }
            if (!lost)
                kept << owned;
        }
        if (force)
            setPaths(entry, kept);
    }
    if (!result.conflicts.isEmpty())
        return result;

    auto mine = std::find_if(entries.begin(), entries.end(), [&](const Entry &entry) {
        return entry.manager == manager && entry.operation == QLatin1String("Apply");
    });
    QJsonObject object = current;
    if (mine != entries.end()) {
        // Fields this manager applied before and no longer applies are removed, unless someone
        // else also owns them.
        for (const KubeFieldPath &previous : std::as_const(mine->paths)) {
            if (ownsOverlapping(wanted, previous))
                continue;
            bool shared = false;
            for (const Entry &other : std::as_const(entries)) {
                if (&other != &*mine && ownsOverlapping(other.paths, previous))
                    shared = true;
            }
            if (!shared)
                object = KubeJson::removeAt(object, previous);
        }
        setPaths(*mine, wanted);
    } else {
        entries << Entry {manager, QStringLiteral("Apply"), apiVersion, KubeJson::now(), wanted};
    }
    QJsonObject metadata = object.value(kMetadata).toObject();
    metadata.remove(kManagedFields);
    object.insert(kMetadata, metadata);
    object = KubeJson::deepMerge(object, applied);
    result.object = writeEntries(object, entries);
    return result;
}

QJsonObject KubeFieldManager::recordUpdate(const QJsonObject &before, const QJsonObject &after,
                                           const QJsonObject &patch, const QString &manager,
                                           const QString &apiVersion)
{
    QList<Entry> entries = readEntries(before);
    QList<KubeFieldPath> changed;
    QList<KubeFieldPath> removed;
    const QList<KubeFieldPath> patched = KubeJson::leafPaths(patch);
    for (const KubeFieldPath &path : patched) {
        if (isServerField(path))
            continue;
        const QJsonValue value = KubeJson::valueAt(after, path);
        if (value.isUndefined())
            removed << path;
        else if (value != KubeJson::valueAt(before, path))
            changed << path;
    }
    if (changed.isEmpty() && removed.isEmpty())
        return writeEntries(after, entries);
    for (Entry &entry : entries) {
        QList<KubeFieldPath> kept;
        for (const KubeFieldPath &owned : std::as_const(entry.paths)) {
            if (!ownsOverlapping(changed, owned) && !ownsOverlapping(removed, owned))
                kept << owned;
        }
        setPaths(entry, kept);
    }
    auto mine = std::find_if(entries.begin(), entries.end(), [&](const Entry &entry) {
        return entry.manager == manager && entry.operation == QLatin1String("Update");
    });
    if (mine == entries.end()) {
        entries << Entry {manager, QStringLiteral("Update"), apiVersion, KubeJson::now(), changed};
    } else {
        QList<KubeFieldPath> paths = mine->paths;
        for (const KubeFieldPath &path : std::as_const(changed)) {
            if (!paths.contains(path))
                paths << path;
        }
        setPaths(*mine, paths);
    }
    return writeEntries(after, entries);
}

QList<KubeFieldPath> KubeFieldManager::ownedFields(const QJsonObject &object,
                                                   const QString &manager, const QString &operation)
{
    const QList<Entry> entries = readEntries(object);
    for (const Entry &entry : entries) {
        if (entry.manager == manager && entry.operation == operation)
            return entry.paths;
    }
    return {};
}

QJsonObject KubeFieldManager::conflictStatus(const QList<Conflict> &conflicts,
                                             const QString &apiVersion)
{
    QJsonArray causes;
    QStringList lines;
    for (const Conflict &conflict : conflicts) {
        const QString message
                = QStringLiteral("conflict with \"%1\" using %2").arg(conflict.manager, apiVersion);
        causes.append(
                QJsonObject {{QStringLiteral("reason"), QStringLiteral("FieldManagerConflict")},
                             {QStringLiteral("type"), QStringLiteral("FieldManagerConflict")},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("field"), KubeJson::pathText(conflict.path)}});
        lines << message + QStringLiteral(": ") + KubeJson::pathText(conflict.path);
    }
    const QString message = conflicts.size() == 1
            ? QStringLiteral("Apply failed with 1 conflict: ") + lines.first()
            : QStringLiteral("Apply failed with %1 conflicts: ").arg(conflicts.size())
                    + lines.join(QLatin1Char('\n'));
    return QJsonObject {
            {QStringLiteral("kind"), QStringLiteral("Status")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("status"), QStringLiteral("Failure")},
            {QStringLiteral("message"), message},
            {QStringLiteral("reason"), QStringLiteral("Conflict")},
            {QStringLiteral("details"), QJsonObject {{QStringLiteral("causes"), causes}}},
            {QStringLiteral("code"), 409}};
}

QJsonObject KubeFieldManager::toFieldsV1(const QList<KubeFieldPath> &paths)
{
    QJsonObject root;
    for (const KubeFieldPath &path : paths) {
        // Rebuild the chain from the leaf upwards, merging into what is there.
        std::function<QJsonObject(const QJsonObject &, qsizetype)> insert
                = [&](const QJsonObject &node, qsizetype index) {
                      if (index == path.size())
                          return node;
                      QJsonObject result = node;
                      const QString key = QStringLiteral("f:") + path.at(index);
                      result.insert(key, insert(node.value(key).toObject(), index + 1));
                      return result;
                  };
        root = insert(root, 0);
    }
    return root;
}

QList<KubeFieldPath> KubeFieldManager::fromFieldsV1(const QJsonObject &fields)
{
    QList<KubeFieldPath> paths;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1String("f:")))
            continue;
        const QString key = it.key().mid(2);
        const QJsonObject child = it.value().toObject();
        const QList<KubeFieldPath> below = fromFieldsV1(child);
        if (below.isEmpty()) {
            paths << KubeFieldPath {key};
        } else {
            for (const KubeFieldPath &path : below)
                paths << (KubeFieldPath {key} + path);
        }
    }
    return paths;
}

} // namespace podnet::sim
