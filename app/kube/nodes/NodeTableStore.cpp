// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/NodeTableStore.h"

#include <algorithm>

namespace podnet {

namespace {

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

QString nameOf(const QJsonObject &metadata)
{
    return metadata.value(QLatin1String("name")).toString();
}

QString podKey(const QJsonObject &metadata)
{
    const QString name = nameOf(metadata);
    if (name.isEmpty())
        return {};
    return metadata.value(QLatin1String("namespace")).toString() + QLatin1Char('/') + name;
}

QString versionOf(const QJsonObject &metadata, const QString &fromEvent)
{
    return fromEvent.isEmpty() ? metadata.value(QLatin1String("resourceVersion")).toString()
                               : fromEvent;
}

// Of several pods on one node (during a rollout), show a live one over one being deleted, then
// the newest.
bool betterPod(const RouterPodStatus &a, const RouterPodStatus &b)
{
    if (a.isTerminating() != b.isTerminating())
        return !a.isTerminating();
    if (a.creationTimestamp != b.creationTimestamp)
        return a.creationTimestamp > b.creationTimestamp;
    return a.name > b.name;
}

bool samePod(const std::optional<RouterPodStatus> &a, const std::optional<RouterPodStatus> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || a->sameContent(*b);
}

} // namespace

template<typename T>
void NodeTableStore::Pending<T>::put(const QString &key, std::optional<T> value, bool unchanged)
{
    const auto it = index.constFind(key);
    if (it != index.constEnd()) {
        Item &item = items[static_cast<size_t>(*it)];
        item.value = std::move(value);
        item.unchanged = unchanged;
        return;
    }
    index.insert(key, static_cast<qsizetype>(items.size()));
    items.push_back({key, std::move(value), unchanged});
}

template<typename T>
void NodeTableStore::Pending<T>::startSnapshot(qsizetype size)
{
    items.clear();
    index.clear();
    items.reserve(static_cast<size_t>(size));
    index.reserve(size);
    snapshot = true;
}

NodeTableStore::NodeTableStore() = default;
NodeTableStore::~NodeTableStore() = default;

void NodeTableStore::queueNodes(const QList<QJsonObject> &nodes)
{
    m_pendingNodes.startSnapshot(nodes.size());
    for (const QJsonObject &node : nodes)
        queueNode(node, {}, false);
}

void NodeTableStore::queueNodeEvent(const KubeWatchEvent &event)
{
    queueNode(event.object, event.resourceVersion, event.type == KubeWatchEvent::Type::Deleted);
}

void NodeTableStore::queuePods(const QList<QJsonObject> &pods)
{
    m_pendingPods.startSnapshot(pods.size());
    for (const QJsonObject &pod : pods)
        queuePod(pod, {}, false);
}

void NodeTableStore::queuePodEvent(const KubeWatchEvent &event)
{
    queuePod(event.object, event.resourceVersion, event.type == KubeWatchEvent::Type::Deleted);
}

bool NodeTableStore::showsVersion(const QString &name, const QString &version) const
{
    if (version.isEmpty())
        return false;
    const auto row = m_rowOf.constFind(name);
    return row != m_rowOf.constEnd()
            && m_rows[static_cast<size_t>(*row)]->node().resourceVersion == version;
}

void NodeTableStore::queueNode(const QJsonObject &node, const QString &version, bool deleted)
{
    const QJsonObject metadata = metadataOf(node);
    const QString name = nameOf(metadata);
    if (name.isEmpty())
        return;
    if (deleted) {
        m_pendingNodes.put(name, std::nullopt);
        return;
    }
    // A re-list repeats every object: those the table already shows need no parsing. They
    // still go into a pending snapshot, which removes the nodes it does not list.
    if (showsVersion(name, versionOf(metadata, version))) {
        if (m_pendingNodes.snapshot || m_pendingNodes.index.contains(name))
            m_pendingNodes.put(name, std::nullopt, true);
        return;
    }
    NodeStatus status = NodeStatus::fromJson(node);
    if (!version.isEmpty())
        status.resourceVersion = version;
    m_pendingNodes.put(name, std::move(status));
}

void NodeTableStore::queuePod(const QJsonObject &pod, const QString &version, bool deleted)
{
    const QJsonObject metadata = metadataOf(pod);
    const QString key = podKey(metadata);
    if (key.isEmpty())
        return;
    if (deleted) {
        m_pendingPods.put(key, std::nullopt);
        return;
    }
    const auto known = m_pods.constFind(key);
    const QString current = versionOf(metadata, version);
    if (known != m_pods.constEnd() && !current.isEmpty() && known->resourceVersion == current) {
        if (m_pendingPods.snapshot || m_pendingPods.index.contains(key))
            m_pendingPods.put(key, std::nullopt, true);
        return;
    }
    RouterPodStatus status = RouterPodStatus::fromJson(pod);
    if (!version.isEmpty())
        status.resourceVersion = version;
    m_pendingPods.put(key, std::move(status));
}

void NodeTableStore::queueDaemonSet(const std::optional<DaemonSetRollout> &daemonSet)
{
    m_daemonSetPending = true;
    m_pendingDaemonSet = daemonSet && daemonSet->exists ? daemonSet : std::nullopt;
}

bool NodeTableStore::hasPending() const
{
    return !m_pendingNodes.items.empty() || m_pendingNodes.snapshot || !m_pendingPods.items.empty()
            || m_pendingPods.snapshot || m_daemonSetPending;
}

NodeTableStore::Batch NodeTableStore::prepare()
{
    Batch batch;
    Pending<NodeStatus> nodes = std::exchange(m_pendingNodes, {});
    Pending<RouterPodStatus> pods = std::exchange(m_pendingPods, {});
    applyPods(pods, batch.podNodes);
    if (std::exchange(m_daemonSetPending, false)) {
        m_daemonSet = std::exchange(m_pendingDaemonSet, std::nullopt);
        m_daemonSetKnown = true;
    }

    if (nodes.snapshot) {
        for (int row = 0; row < rowCount(); ++row) {
            if (!nodes.index.contains(m_rows[static_cast<size_t>(row)]->node().name))
                batch.removed.append(row);
        }
    }
    batch.changed.reserve(nodes.items.size());
    for (auto &item : nodes.items) {
        if (item.unchanged)
            continue;
        const int row = rowOf(item.key);
        if (!item.value) {
            if (row >= 0)
                batch.removed.append(row);
        } else if (row >= 0) {
            batch.changed.emplace_back(m_rows[static_cast<size_t>(row)].get(),
                                       std::move(*item.value));
        } else {
            batch.added.push_back(std::move(*item.value));
        }
    }
    std::sort(batch.removed.begin(), batch.removed.end(), std::greater<int>());
    return batch;
}

void NodeTableStore::removeRows(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_rowOf.remove(m_rows[static_cast<size_t>(row)]->node().name);
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    m_removedFrom = m_removedFrom < 0 ? first : std::min(m_removedFrom, first);
}

QList<int> NodeTableStore::applyChanges(Batch &batch)
{
    if (m_removedFrom >= 0)
        reindex(std::exchange(m_removedFrom, -1));
    QList<int> rows;
    rows.reserve(static_cast<qsizetype>(batch.changed.size()) + batch.podNodes.size());
    for (auto &[row, status] : batch.changed) {
        const bool visible = !row->node().sameContent(status);
        row->setNode(std::move(status));
        if (visible)
            rows.append(m_rowOf.value(row->node().name));
    }
    for (const QString &nodeName : std::as_const(batch.podNodes)) {
        const int index = m_rowOf.value(nodeName, -1);
        if (index < 0)
            continue;
        NodeRow &row = *m_rows[static_cast<size_t>(index)];
        std::optional<RouterPodStatus> pod = podFor(nodeName);
        if (!samePod(row.routerPod(), pod)) {
            row.setRouterPod(std::move(pod));
            rows.append(index);
        }
    }
    return rows;
}

void NodeTableStore::appendRows(Batch &batch)
{
    if (m_removedFrom >= 0)
        reindex(std::exchange(m_removedFrom, -1));
    m_rows.reserve(m_rows.size() + batch.added.size());
    for (NodeStatus &status : batch.added) {
        auto row = std::make_unique<NodeRow>(std::move(status));
        row->setRouterPod(podFor(row->node().name));
        m_rowOf.insert(row->node().name, rowCount());
        m_rows.push_back(std::move(row));
    }
    batch.added.clear();
}

int NodeTableStore::rowOf(const QString &nodeName) const
{
    const int row = m_rowOf.value(nodeName, -1);
    if (m_removedFrom < 0 || row < m_removedFrom)
        return row;
    // Between removals and the next rebuild of the index, rows past the gap have moved.
    for (int i = m_removedFrom; i < rowCount(); ++i) {
        if (m_rows[static_cast<size_t>(i)]->node().name == nodeName)
            return i;
    }
    return -1;
}

void NodeTableStore::reindex(int from)
{
    for (int row = from; row < rowCount(); ++row)
        m_rowOf.insert(m_rows[static_cast<size_t>(row)]->node().name, row);
}

void NodeTableStore::applyPods(Pending<RouterPodStatus> &pending, QSet<QString> &affected)
{
    if (pending.snapshot) {
        const QStringList keys = m_pods.keys();
        for (const QString &key : keys) {
            if (!pending.index.contains(key))
                forgetPod(key, affected);
        }
    }
    for (auto &item : pending.items) {
        if (item.unchanged)
            continue;
        const auto existing = m_pods.constFind(item.key);
        const bool known = existing != m_pods.constEnd();
        if (!item.value) {
            if (known)
                forgetPod(item.key, affected);
            continue;
        }
        RouterPodStatus &pod = *item.value;
        if (known) {
            if (existing->sameContent(pod)) {
                m_pods[item.key].resourceVersion = pod.resourceVersion;
                continue;
            }
            if (existing->nodeName != pod.nodeName)
                forgetPod(item.key, affected);
        }
        if (!m_pods.contains(item.key))
            m_podsOnNode[pod.nodeName].append(item.key);
        affected.insert(pod.nodeName);
        m_pods.insert(item.key, std::move(pod));
    }
}

void NodeTableStore::forgetPod(const QString &key, QSet<QString> &affected)
{
    const auto pod = m_pods.constFind(key);
    if (pod == m_pods.constEnd())
        return;
    const QString nodeName = pod->nodeName;
    auto it = m_podsOnNode.find(nodeName);
    if (it != m_podsOnNode.end()) {
        it->removeOne(key);
        if (it->isEmpty())
            m_podsOnNode.erase(it);
    }
    m_pods.erase(pod);
    affected.insert(nodeName);
}

std::optional<RouterPodStatus> NodeTableStore::podFor(const QString &nodeName) const
{
    const auto keys = m_podsOnNode.constFind(nodeName);
    if (keys == m_podsOnNode.constEnd())
        return std::nullopt;
    const RouterPodStatus *best = nullptr;
    for (const QString &key : *keys) {
        const auto it = m_pods.constFind(key);
        if (it != m_pods.constEnd() && (!best || betterPod(*it, *best)))
            best = &*it;
    }
    return best ? std::optional<RouterPodStatus>(*best) : std::nullopt;
}

} // namespace podnet
