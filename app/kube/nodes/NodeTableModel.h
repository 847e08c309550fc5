// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeWatchEvent.h"
#include "run/NodePortCoverage.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace podnet {

struct DaemonSetRollout;
struct NodeStatus;
struct RouterPodStatus;

/// The live node table: one row per Node, with the columns `kubectl get nodes` prints (same text)
/// and ours: internal IP, pod range, whether the OpenStack port's allowed address pairs cover the
/// node, the kube-router pod on the node and why the node is not Ready. Fed by full snapshots
/// (after each LIST) and watch events; both are queued and applied in batched row ranges
/// (insert/remove/dataChanged; never a reset after the first snapshot), so selection and scroll
/// position survive. AGE and heartbeat ages tick without re-fetching.
class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,  ///< kubectl's STATUS: Ready, NotReady, Unknown (+ ",SchedulingDisabled")
        RolesColumn,   ///< kubectl's ROLES
        AgeColumn,     ///< kubectl's AGE
        VersionColumn, ///< kubectl's VERSION (kubelet)
        InternalIpColumn,
        PodCidrColumn,     ///< what kube-router will use (annotation wins over spec.podCIDR)
        PairsCoverColumn,  ///< NodePortCoverage of the node's port; "—" without OpenStack data
        RouterPodColumn,   ///< the kube-router pod on this node: phase, ready, restarts, reason
        WhyNotReadyColumn, ///< Ready condition state, reason, message, heartbeat age
        ColumnCount
    };

    /// How a row reads at a glance (the face maps it to an icon and colour; text says it too).
    enum class RowState { Ready, NotReady, Unknown, NoReadyCondition };
    Q_ENUM(RowState)

    enum Role {
        RowStateRole = Qt::UserRole + 1, ///< RowState as int
        SortRole,     ///< a value that sorts naturally (AGE: by creation time, youngest first)
        NodeNameRole, ///< the node's name, whatever the column
    };

    explicit NodeTableModel(QObject *parent = nullptr);
    ~NodeTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Replaces all nodes (after a LIST); queued like events.
    void setNodes(const QList<QJsonObject> &nodes);
    /// One node watch event; queued.
    void applyNodeEvent(const KubeWatchEvent &event);
    /// Replaces all kube-router pods (after a LIST); queued.
    void setRouterPods(const QList<QJsonObject> &pods);
    /// One kube-router pod watch event; queued.
    void applyRouterPodEvent(const KubeWatchEvent &event);
    /// The kube-router DaemonSet's status, or nullopt when it does not exist.
    void setDaemonSet(const std::optional<QJsonObject> &daemonSet);
    /// Joins the OpenStack side: the pairs-cover column of every node is read from \a coverage
    /// (by the node's InternalIP and pod range). Applied at once (not queued); a coverage without
    /// ports (the default) shows "—" everywhere.
    void setPortCoverage(const NodePortCoverage &coverage);
    /// The coverage of the node in \a row (Unknown without OpenStack data or for a bad row).
    NodePortCoverage::Entry portCoverage(int row) const;

    /// Queued changes are applied this long after the first one (default 100 ms; 0: at the
    /// next event-loop turn).
    void setBatchInterval(int milliseconds);
    /// Applies queued changes now.
    void flush();
    /// "Now" for AGE and heartbeat ages (tests); default: the current UTC time.
    void setClock(std::function<QDateTime()> clock);
    /// How often AGE and the heartbeat ages tick (default 1000 ms; 0: never). The clock is read
    /// at each tick and each batch.
    void setTickInterval(int milliseconds);

    /// The row showing \a nodeName, or -1.
    int rowOf(const QString &nodeName) const;
    /// The node in \a row (nullopt for a row that does not exist).
    std::optional<NodeStatus> nodeStatus(int row) const;
    /// The kube-router pod shown in \a row, if there is one.
    std::optional<RouterPodStatus> routerPod(int row) const;
    /// Announces that headers and every cell changed (after a language switch; the model also
    /// does this by itself when the application's language changes).
    void retranslate();

    /// Counts for the summary line.
    int nodeCount() const;
    int readyNodeCount() const;
    /// The DaemonSet's status, if it exists.
    std::optional<DaemonSetRollout> daemonSet() const;
    /// True when there is at least one node, every node is Ready and the DaemonSet rolled out.
    bool allReady() const;
    /// "2 of 3 nodes Ready · kube-router 2/3" (translated).
    QString summaryText() const;
    /// One translated line per thing still wrong (per node, then the DaemonSet), for the
    /// wait-until-Ready timeout; then, when OpenStack data is set, a warning line per node whose
    /// pairs do not cover it or that has no port. Those warnings never affect allReady(), so the
    /// list is empty when allReady() unless such a warning remains.
    QStringList problems() const;

Q_SIGNALS:
    /// After each applied batch (and each tick): counts or the summary may have changed.
    void summaryChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void applyBatch();
    /// Removes \a rows (highest first) in contiguous ranges.
    void removeRowsAt(const QList<int> &rows);
    /// dataChanged over all columns of \a rows, in contiguous ranges.
    void emitRowsChanged(QList<int> rows);
    void tick();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace podnet
