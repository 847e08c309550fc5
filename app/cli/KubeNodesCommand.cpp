// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeNodesCommand.h"

#include "cli/ExitCode.h"
#include "cli/KubeCommandOptions.h"
#include "cli/KubeCommandOutput.h"
#include "cli/PortsInterrupt.h"
#include "cli/TextTable.h"
#include "kube/nodes/DaemonSetRollout.h"
#include "kube/nodes/NodeReadyWaiter.h"
#include "kube/nodes/NodeStatus.h"
#include "kube/nodes/NodeStatusMonitor.h"
#include "kube/nodes/NodeTableModel.h"
#include "kube/nodes/RouterPodStatus.h"

#include <QJsonArray>

#include <algorithm>

namespace podnet {

namespace {

constexpr int columnPadding = 3; // kubectl's tabwriter padding

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString timestampText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

KubeNodesCommand::KubeNodesCommand(const KubeVerbContext &context, QObject *parent)
    : KubeVerbCommand(context, parent)
{ }

KubeNodesCommand::~KubeNodesCommand() = default;

void KubeNodesCommand::start()
{
    const KubeCommandOptions &options = *m_context.options;
    m_wide = options.format() == KubeCommandOptions::Format::Wide;
    m_monitor = new NodeStatusMonitor(m_context.client, nullptr, this);
    m_monitor->model()->setBatchInterval(0);
    connect(m_monitor, &NodeStatusMonitor::synced, this, &KubeNodesCommand::onSynced);
    connect(m_monitor, &NodeStatusMonitor::stateChanged, this, &KubeNodesCommand::onStateChanged);
    if (options.waitReady()) {
        m_waiter = new NodeReadyWaiter(m_monitor, *options.waitReady(), this);
        connect(m_waiter, &NodeReadyWaiter::finished, this, &KubeNodesCommand::onWaiterFinished);
    }
    if (options.watch()) {
        m_interrupt = new PortsInterrupt(this);
        connect(m_interrupt, &PortsInterrupt::interrupted, this, [this] { end(ExitOk); });
    }
    m_monitor->start();
    if (m_waiter)
        m_waiter->start();
}

void KubeNodesCommand::onStateChanged()
{
    if (m_ended)
        return;
    const KubeInformer::State state = m_monitor->state();
    const bool following = m_context.options->watch() || m_waiter;
    if (!following && !m_synced && state == KubeInformer::State::Reconnecting) {
        // A single listing does not wait for a server that failed to answer.
        const KubeInformer::Error error = m_monitor->lastError();
        m_context.output->error(error.message, error.detail);
        return end(ExitFailed);
    }
    // --watch says when the data stops being live and when it is live again.
    if (!m_context.options->watch() || state == m_shownState
        || state == KubeInformer::State::Connecting)
        return;
    const bool recovered = m_shownState == KubeInformer::State::Reconnecting;
    m_shownState = state;
    if (state == KubeInformer::State::Reconnecting || recovered)
        m_context.output->note(m_monitor->connectionText());
}

void KubeNodesCommand::end(int exitCode)
{
    if (m_ended)
        return;
    m_ended = true;
    m_monitor->stop();
    finish(exitCode);
}

void KubeNodesCommand::onSynced()
{
    if (m_synced || m_ended)
        return;
    m_synced = true;
    m_monitor->model()->flush();
    if (m_context.options->watch())
        return followChanges();
    if (m_waiter)
        return; // the waiter's outcome prints the table
    m_context.output->isJson() ? writeJson() : printTable();
    end(ExitOk);
}

void KubeNodesCommand::onWaiterFinished(bool allReady)
{
    if (m_ended)
        return;
    m_monitor->model()->flush();
    if (!m_context.options->watch())
        m_context.output->isJson() ? writeJson() : printTable();
    const QStringList problems = m_waiter->problems();
    if (!allReady) {
        const int seconds = static_cast<int>(m_context.options->waitReady()->count());
        m_context.output->error(
                tr("Not every node became Ready with kube-router rolled out within %n "
                   "second(s):",
                   nullptr, seconds));
        for (const QString &problem : problems)
            m_context.output->note(QStringLiteral("  - ") + problem);
    }
    if (m_context.output->isJson())
        m_context.output->json().insert(QStringLiteral("problems"),
                                        QJsonArray::fromStringList(problems));
    end(allReady ? ExitOk : ExitFailed);
}

QStringList KubeNodesCommand::header() const
{
    // kubectl's column names, untranslated, so the table reads (and parses) like kubectl's.
    QStringList names {QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("ROLES"),
                       QStringLiteral("AGE"), QStringLiteral("VERSION")};
    if (m_wide)
        names << QStringLiteral("INTERNAL-IP") << QStringLiteral("POD-CIDR")
              << QStringLiteral("KUBE-ROUTER") << QStringLiteral("WHY-NOT-READY");
    return names;
}

QStringList KubeNodesCommand::rowCells(int row) const
{
    const NodeTableModel *model = m_monitor->model();
    const int columns = m_wide ? NodeTableModel::ColumnCount : NodeTableModel::InternalIpColumn;
    QStringList cells;
    for (int column = 0; column < columns; ++column) {
        // The command line has no OpenStack side: its table stays kubectl's plus ours.
        if (column == NodeTableModel::PairsCoverColumn)
            continue;
        QString text = model->data(model->index(row, column)).toString().simplified();
        if (text.isEmpty() && column + 1 < columns)
            text = QStringLiteral("<none>"); // an empty cell would shift the columns
        cells << text;
    }
    return cells;
}

QString KubeNodesCommand::rowSignature(int row) const
{
    const NodeTableModel *model = m_monitor->model();
    QStringList parts;
    for (int column = 0; column < NodeTableModel::WhyNotReadyColumn; ++column) {
        if (column != NodeTableModel::AgeColumn && column != NodeTableModel::PairsCoverColumn)
            parts << model->data(model->index(row, column)).toString();
    }
    // The reason and message, without the heartbeat age that ticks.
    if (const std::optional<NodeStatus> node = model->nodeStatus(row)) {
        parts << node->ready.stateText() << node->ready.reason << node->ready.message;
    }
    return parts.join(QLatin1Char('\n'));
}

void KubeNodesCommand::printTable()
{
    const NodeTableModel *model = m_monitor->model();
    if (model->rowCount() == 0) {
        m_context.output->note(tr("No resources found"));
        return;
    }
    QList<QStringList> rows {header()};
    for (int row = 0; row < model->rowCount(); ++row)
        rows << rowCells(row);
    for (const QString &line : TextTable::format(rows, columnPadding, &m_widths))
        m_context.output->result(line);
}

void KubeNodesCommand::followChanges()
{
    NodeTableModel *model = m_monitor->model();
    printTable();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name
                = model->data(model->index(row, 0), NodeTableModel::NodeNameRole).toString();
        m_printedSignature.insert(name, rowSignature(row));
        m_printedCells.insert(name, rowCells(row));
    }
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { printRows(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                printRows(topLeft.row(), bottomRight.row());
            });
    connect(model, &QAbstractItemModel::modelReset, this,
            [this] { printRows(0, m_monitor->model()->rowCount() - 1); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                // As kubectl -w: a deleted node's row is printed once more.
                const NodeTableModel *shown = m_monitor->model();
                for (int row = first; row <= last; ++row) {
                    const QString name
                            = shown->data(shown->index(row, 0), NodeTableModel::NodeNameRole)
                                      .toString();
                    const QStringList cells = m_printedCells.take(name);
                    m_printedSignature.remove(name);
                    if (!cells.isEmpty())
                        m_context.output->result(
                                TextTable::format({cells}, columnPadding, &m_widths).constFirst());
                }
            });
}

void KubeNodesCommand::printRows(int first, int last)
{
    const NodeTableModel *model = m_monitor->model();
    for (int row = std::max(first, 0); row <= last && row < model->rowCount(); ++row) {
        const QString name
                = model->data(model->index(row, 0), NodeTableModel::NodeNameRole).toString();
        const QString signature = rowSignature(row);
        if (m_printedSignature.value(name) == signature && m_printedCells.contains(name))
            continue; // only an age ticked
        const QStringList cells = rowCells(row);
        m_printedSignature.insert(name, signature);
        m_printedCells.insert(name, cells);
        m_context.output->result(TextTable::format({cells}, columnPadding, &m_widths).constFirst());
    }
}

QJsonObject KubeNodesCommand::nodeJson(int row) const
{
    const NodeTableModel *model = m_monitor->model();
    auto text = [&](int column) { return model->data(model->index(row, column)).toString(); };
    const QString name = model->data(model->index(row, 0), NodeTableModel::NodeNameRole).toString();
    const NodeStatus status = model->nodeStatus(row).value_or(NodeStatus());
    QJsonValue router = QJsonValue::Null;
    if (const std::optional<RouterPodStatus> pod = model->routerPod(row)) {
        router = QJsonObject {{QStringLiteral("pod"), pod->name},
                              {QStringLiteral("phase"), pod->phase},
                              {QStringLiteral("status"), pod->status},
                              {QStringLiteral("ready"), pod->readyText()},
                              {QStringLiteral("restarts"), pod->restarts},
                              {QStringLiteral("reason"), textOrNull(pod->waitingReason)},
                              {QStringLiteral("message"), textOrNull(pod->waitingMessage)}};
    }
    const NodeReadyCondition &ready = status.ready;
    return QJsonObject {{QStringLiteral("name"), name},
                        {QStringLiteral("status"), text(NodeTableModel::StatusColumn)},
                        {QStringLiteral("roles"), text(NodeTableModel::RolesColumn)},
                        {QStringLiteral("age"), text(NodeTableModel::AgeColumn)},
                        {QStringLiteral("version"), text(NodeTableModel::VersionColumn)},
                        {QStringLiteral("internalIP"), textOrNull(status.internalIp)},
                        {QStringLiteral("podCIDR"), textOrNull(status.effectivePodCidr())},
                        {QStringLiteral("kubeRouter"), router},
                        {QStringLiteral("whyNotReady"), text(NodeTableModel::WhyNotReadyColumn)},
                        {QStringLiteral("ready"),
                         QJsonObject {{QStringLiteral("state"),
                                       ready.state == NodeReadyCondition::State::Absent
                                               ? QStringLiteral("Absent")
                                               : ready.stateText()},
                                      {QStringLiteral("reason"), textOrNull(ready.reason)},
                                      {QStringLiteral("message"), textOrNull(ready.message)},
                                      {QStringLiteral("lastHeartbeatTime"),
                                       textOrNull(timestampText(ready.lastHeartbeatTime))}}}};
}

QJsonObject KubeNodesCommand::summaryJson() const
{
    const NodeTableModel *model = m_monitor->model();
    QJsonValue daemonSet = QJsonValue::Null;
    if (const std::optional<DaemonSetRollout> rollout = model->daemonSet();
        rollout && rollout->exists)
        daemonSet = QJsonObject {{QStringLiteral("desired"), rollout->desired},
                                 {QStringLiteral("updated"), rollout->updated},
                                 {QStringLiteral("ready"), rollout->ready},
                                 {QStringLiteral("available"), rollout->available},
                                 {QStringLiteral("rolledOut"), rollout->isRolledOut()}};
    return QJsonObject {{QStringLiteral("nodes"), model->nodeCount()},
                        {QStringLiteral("readyNodes"), model->readyNodeCount()},
                        {QStringLiteral("allReady"), model->allReady()},
                        {QStringLiteral("kubeRouter"), daemonSet},
                        {QStringLiteral("text"), model->summaryText()}};
}

void KubeNodesCommand::writeJson()
{
    QJsonArray nodes;
    for (int row = 0; row < m_monitor->model()->rowCount(); ++row)
        nodes.append(nodeJson(row));
    m_context.output->json().insert(QStringLiteral("nodes"), nodes);
    m_context.output->json().insert(QStringLiteral("summary"), summaryJson());
}

} // namespace podnet
