// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeWatchEvent.h"
#include "kube/nodes/DaemonSetRollout.h"
#include "kube/nodes/NodeRow.h"
#include "kube/nodes/NodeStatus.h"
#include "kube/nodes/RouterPodStatus.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace podnet {

/// The data behind NodeTableModel, without signals: the rows (insertion order, plus an index
/// by node name), every kube-router pod, the DaemonSet, and the queue of changes not applied
/// yet. Objects are parsed as they are queued (while their JSON is fresh in the cache; an
/// object whose resourceVersion the table already shows is not parsed at all), and the queue
/// keeps one small parsed entry per object, so a batch costs little per changed row however
/// many events it merged.
class NodeTableStore
{
public:
    /// What a batch does to the rows, worked out by prepare().
    struct Batch
    {
        QList<int> removed;                                    ///< rows to remove, highest first
        std::vector<std::pair<NodeRow *, NodeStatus>> changed; ///< surviving rows, new content
        std::vector<NodeStatus> added;
        QSet<QString> podNodes; ///< nodes whose kube-router pod changed
    };

    NodeTableStore();
    ~NodeTableStore();

    /// Queues a full list of nodes: nodes not in it (nor in later events) go away.
    void queueNodes(const QList<QJsonObject> &nodes);
    void queueNodeEvent(const KubeWatchEvent &event);
    /// Queues a full list of kube-router pods.
    void queuePods(const QList<QJsonObject> &pods);
    void queuePodEvent(const KubeWatchEvent &event);
    /// Queues the DaemonSet (nullopt: it does not exist).
    void queueDaemonSet(const std::optional<DaemonSetRollout> &daemonSet);
    bool hasPending() const;

    /// Takes the queue: applies pod and DaemonSet changes, parses changed nodes and says what
    /// happens to the rows. The rows themselves change only through the calls below.
    Batch prepare();
    /// Removes rows \a first..\a last (in the order the batch lists them).
    void removeRows(int first, int last);
    /// Applies the batch's content changes (after the removals); returns the rows that look
    /// different now, unsorted.
    QList<int> applyChanges(Batch &batch);
    /// Appends the batch's new nodes as rows, each with its kube-router pod.
    void appendRows(Batch &batch);

    /// The number of rows (applied ones; the queue does not count).
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    /// The row at \a row (0 <= row < rowCount()).
    const NodeRow &row(int row) const { return *m_rows[static_cast<size_t>(row)]; }
    /// The row of \a nodeName, or -1.
    int rowOf(const QString &nodeName) const;
    const std::optional<DaemonSetRollout> &daemonSet() const { return m_daemonSet; }
    /// Whether setDaemonSet() has been heard of at all.
    bool daemonSetKnown() const { return m_daemonSetKnown; }

private:
    /// Parsed objects by key, in first-arrival order; the last one of a key wins.
    template<typename T>
    struct Pending
    {
        struct Item
        {
            QString key;
            std::optional<T> value; ///< nullopt: deleted (or unchanged, see below)
            bool unchanged = false; ///< listed again with the resourceVersion already shown
        };
        std::vector<Item> items;
        QHash<QString, qsizetype> index;
        bool snapshot = false; ///< keys not in items go away

        void put(const QString &key, std::optional<T> value, bool unchanged = false);
        void startSnapshot(qsizetype size);
    };

    /// Whether the row of \a name already shows \a version (so parsing can be skipped).
    bool showsVersion(const QString &name, const QString &version) const;
    void queueNode(const QJsonObject &node, const QString &version, bool deleted);
    void queuePod(const QJsonObject &pod, const QString &version, bool deleted);
    void applyPods(Pending<RouterPodStatus> &pending, QSet<QString> &affected);
    void forgetPod(const QString &key, QSet<QString> &affected);
    std::optional<RouterPodStatus> podFor(const QString &nodeName) const;
    void reindex(int from);

    std::vector<std::unique_ptr<NodeRow>> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, RouterPodStatus> m_pods;   ///< by "namespace/name"
    QHash<QString, QStringList> m_podsOnNode; ///< node name → pod keys
    std::optional<DaemonSetRollout> m_daemonSet;
    bool m_daemonSetKnown = false;

    Pending<NodeStatus> m_pendingNodes;
    Pending<RouterPodStatus> m_pendingPods;
    bool m_daemonSetPending = false;
    std::optional<DaemonSetRollout> m_pendingDaemonSet;
    int m_removedFrom = -1; ///< the lowest row removed since the index was last rebuilt
};

} // namespace podnet
