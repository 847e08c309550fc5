// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/NodeTableModel.h"

#include "kube/nodes/DaemonSetRollout.h"
#include "kube/nodes/NodeRow.h"
#include "kube/nodes/NodeStatus.h"
#include "kube/nodes/NodeTableStore.h"
#include "kube/nodes/RouterPodStatus.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QTimer>

#include <algorithm>

namespace podnet {

class NodeTableModel::Private
{
public:
    NodeTableStore store;
    QTimer batchTimer;
    QTimer tickTimer;
    std::function<QDateTime()> clock;
    QDateTime now;
    NodePortCoverage coverage;
    /// Entries by "InternalIP|pod range": a repaint looks up instead of joining again.
    mutable QHash<QString, NodePortCoverage::Entry> coverageCache;

    NodePortCoverage::Entry coverageOf(const NodeStatus &node) const
    {
        const QString podCidr = node.effectivePodCidr();
        const QString key = node.internalIp + QLatin1Char('|') + podCidr;
        auto found = coverageCache.constFind(key);
        if (found == coverageCache.cend())
            found = coverageCache.insert(key, coverage.forNode(node.internalIp, podCidr));
        return *found;
    }
};

NodeTableModel::NodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    d->clock = [] { return QDateTime::currentDateTimeUtc(); };
    d->now = d->clock();
    d->batchTimer.setSingleShot(true);
    d->batchTimer.setInterval(100);
    connect(&d->batchTimer, &QTimer::timeout, this, &NodeTableModel::applyBatch);
    d->tickTimer.setInterval(1000);
    connect(&d->tickTimer, &QTimer::timeout, this, &NodeTableModel::tick);
    // Models get no LanguageChange of their own: watch the application's.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

NodeTableModel::~NodeTableModel() = default;

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : d->store.rowCount();
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeRow &row = d->store.row(index.row());
    if (index.column() == PairsCoverColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)) {
        const NodePortCoverage::Entry entry = d->coverageOf(row.node());
        if (role == Qt::DisplayRole)
            return NodePortCoverage::text(entry);
        if (role == Qt::ToolTipRole)
            return NodePortCoverage::explanation(entry, row.node().internalIp);
        return static_cast<int>(entry.state);
    }
    switch (role) {
    case Qt::DisplayRole:
        return row.displayText(index.column(), d->now);
    case Qt::ToolTipRole: {
        const QString tip = row.toolTip(index.column(), d->now);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case RowStateRole:
        return static_cast<int>(row.state());
    case SortRole:
        return row.sortValue(index.column());
    case NodeNameRole:
        return row.node().name;
    default:
        break;
    }
    return {};
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case NameColumn:
        return tip ? tr("The node's name; hover for kubectl's wide columns.") : tr("NAME");
    case StatusColumn:
        return tip ? tr("kubectl's STATUS: Ready, NotReady (Ready is False or Unknown) or Unknown "
                        "(no Ready condition); SchedulingDisabled when cordoned.")
                   : tr("STATUS");
    case RolesColumn:
        return tip ? tr("The node-role.kubernetes.io/ labels, as kubectl shows them.")
                   : tr("ROLES");
    case AgeColumn:
        return tip ? tr("Time since the node was registered.") : tr("AGE");
    case VersionColumn:
        return tip ? tr("The kubelet's version.") : tr("VERSION");
    case InternalIpColumn:
        return tip ? tr("The node's InternalIP address.") : tr("INTERNAL-IP");
    case PodCidrColumn:
        return tip ? tr("The pod range kube-router uses on this node and where it comes from.")
                   : tr("POD CIDR");
    case PairsCoverColumn:
        return tip ? tr("Whether the allowed address pairs of the node's OpenStack port (found by "
                        "its InternalIP) let its pod range and the service CIDR through.")
                   : tr("PAIRS COVER");
    case RouterPodColumn:
        return tip ? tr("The kube-router pod on this node: status, ready containers, restarts.")
                   : tr("KUBE-ROUTER");
    case WhyNotReadyColumn:
        return tip ? tr("Why the node is not Ready: the Ready condition, its reason and message, "
                        "and the last heartbeat.")
                   : tr("WHY NOT READY");
    default:
        break;
    }
    return {};
}

void NodeTableModel::setNodes(const QList<QJsonObject> &nodes)
{
    d->store.queueNodes(nodes);
    schedule();
}

void NodeTableModel::applyNodeEvent(const KubeWatchEvent &event)
{
    d->store.queueNodeEvent(event);
    schedule();
}

void NodeTableModel::setRouterPods(const QList<QJsonObject> &pods)
{
    d->store.queuePods(pods);
    schedule();
}

void NodeTableModel::applyRouterPodEvent(const KubeWatchEvent &event)
{
    d->store.queuePodEvent(event);
    schedule();
}

void NodeTableModel::setDaemonSet(const std::optional<QJsonObject> &daemonSet)
{
    d->store.queueDaemonSet(daemonSet ? std::optional(DaemonSetRollout::fromJson(*daemonSet))
                                      : std::nullopt);
    schedule();
}

void NodeTableModel::setPortCoverage(const NodePortCoverage &coverage)
{
    d->coverage = coverage;
    d->coverageCache.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, PairsCoverColumn), index(rowCount() - 1, PairsCoverColumn));
    Q_EMIT summaryChanged();
}

NodePortCoverage::Entry NodeTableModel::portCoverage(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return d->coverageOf(d->store.row(row).node());
}

void NodeTableModel::setBatchInterval(int milliseconds)
{
    d->batchTimer.setInterval(std::max(0, milliseconds));
}

void NodeTableModel::flush()
{
    applyBatch();
}

void NodeTableModel::setClock(std::function<QDateTime()> clock)
{
    d->clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
    d->now = d->clock();
}

void NodeTableModel::setTickInterval(int milliseconds)
{
    d->tickTimer.setInterval(std::max(0, milliseconds));
    if (milliseconds <= 0)
        d->tickTimer.stop();
    else if (!d->store.rowCount() == 0)
        d->tickTimer.start();
}

int NodeTableModel::rowOf(const QString &nodeName) const
{
    return d->store.rowOf(nodeName);
}

std::optional<NodeStatus> NodeTableModel::nodeStatus(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return d->store.row(row).node();
}

std::optional<RouterPodStatus> NodeTableModel::routerPod(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return d->store.row(row).routerPod();
}

void NodeTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!d->store.rowCount() == 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT summaryChanged();
}

bool NodeTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractTableModel::eventFilter(watched, event);
}

void NodeTableModel::schedule()
{
    if (!d->batchTimer.isActive())
        d->batchTimer.start();
}

void NodeTableModel::tick()
{
    d->now = d->clock();
    if (d->store.rowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, WhyNotReadyColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole});
    Q_EMIT summaryChanged();
}

void NodeTableModel::applyBatch()
{
    d->batchTimer.stop();
    d->now = d->clock();
    if (!d->store.hasPending())
        return;
    NodeTableStore::Batch batch = d->store.prepare();
    removeRowsAt(batch.removed);
    emitRowsChanged(d->store.applyChanges(batch));
    if (!batch.added.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(batch.added.size()) - 1);
        d->store.appendRows(batch);
        endInsertRows();
    }
    if (rowCount() == 0)
        d->tickTimer.stop();
    else if (d->tickTimer.interval() > 0 && !d->tickTimer.isActive())
        d->tickTimer.start();
    Q_EMIT summaryChanged();
}

void NodeTableModel::removeRowsAt(const QList<int> &rows)
{
    // rows come highest first; each run of neighbours goes in one step.
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        while (++i < rows.size() && rows.at(i) == first - 1)
            --first;
        beginRemoveRows({}, first, last);
        d->store.removeRows(first, last);
        endRemoveRows();
    }
}

void NodeTableModel::emitRowsChanged(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        const int first = rows.at(i);
        int last = first;
        while (++i < rows.size() && rows.at(i) == last + 1)
            ++last;
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

int NodeTableModel::nodeCount() const
{
    return rowCount();
}

int NodeTableModel::readyNodeCount() const
{
    int ready = 0;
    for (int row = 0; row < rowCount(); ++row)
        ready += d->store.row(row).node().isReady() ? 1 : 0;
    return ready;
}

std::optional<DaemonSetRollout> NodeTableModel::daemonSet() const
{
    return d->store.daemonSet();
}

bool NodeTableModel::allReady() const
{
    const std::optional<DaemonSetRollout> &daemonSet = d->store.daemonSet();
    return rowCount() > 0 && readyNodeCount() == rowCount() && daemonSet
            && daemonSet->isRolledOut();
}

QString NodeTableModel::summaryText() const
{
    const std::optional<DaemonSetRollout> &daemonSet = d->store.daemonSet();
    if (daemonSet)
        return tr("%1 of %n node(s) Ready · kube-router %2/%3", "@info summary", nodeCount())
                .arg(readyNodeCount())
                .arg(daemonSet->ready)
                .arg(daemonSet->desired);
    if (d->store.daemonSetKnown())
        return tr("%1 of %n node(s) Ready · kube-router not installed", "@info summary",
                  nodeCount())
                .arg(readyNodeCount());
    return tr("%1 of %n node(s) Ready", "@info summary", nodeCount()).arg(readyNodeCount());
}

QStringList NodeTableModel::problems() const
{
    QStringList lines;
    if (rowCount() == 0)
        lines << tr("The cluster has no nodes: join at least one node to the cluster.",
                    "@info problem");
    for (int row = 0; row < rowCount(); ++row) {
        const QString text = d->store.row(row).problemText(d->now);
        if (!text.isEmpty())
            lines << text;
    }
    const std::optional<DaemonSetRollout> &daemonSet = d->store.daemonSet();
    if (!daemonSet && !d->store.daemonSetKnown()) {
        lines << tr("kube-router's DaemonSet has not been read yet: wait for the cluster to "
                    "answer.",
                    "@info problem");
    } else if (!daemonSet) {
        lines << tr("kube-router's DaemonSet does not exist: install kube-router.",
                    "@info problem");
    } else if (!daemonSet->isRolledOut()) {
        if (daemonSet->observedGeneration != daemonSet->generation)
            lines << tr("kube-router's DaemonSet has not acted on its latest change yet "
                        "(generation %1, observed %2): wait, or check the controller manager.",
                        "@info problem")
                             .arg(daemonSet->generation)
                             .arg(daemonSet->observedGeneration);
        else
            lines << tr("kube-router is not rolled out: %1 of %2 pods ready, %3 up to date. "
                        "Look at the kube-router pods that are not ready.",
                        "@info problem")
                             .arg(daemonSet->ready)
                             .arg(daemonSet->desired)
                             .arg(daemonSet->updated);
    }
    // Warnings only: a node can be Ready while Neutron still drops some of its pod traffic.
    if (d->coverage.hasPorts()) {
        for (int row = 0; row < rowCount(); ++row) {
            const NodeStatus &node = d->store.row(row).node();
            const NodePortCoverage::Entry entry = d->coverageOf(node);
            if (entry.state == NodePortCoverage::State::Missing
                || entry.state == NodePortCoverage::State::NoPort)
                lines << tr("Warning for %1: %2", "@info problem")
                                 .arg(node.name,
                                      NodePortCoverage::explanation(entry, node.internalIp));
        }
    }
    return lines;
}

} // namespace podnet
