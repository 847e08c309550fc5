// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/SetupReadyStep.h"

#include "SetupState.h"
#include "kube/KubeState.h"
#include "kube/nodes/NodeReadyWaiter.h"
#include "kube/nodes/NodeStatus.h"
#include "kube/nodes/NodeStatusMonitor.h"
#include "kube/nodes/NodeTableModel.h"

namespace podnet {

SetupReadyStep::SetupReadyStep(SetupState *state, std::chrono::milliseconds timeout,
                               QObject *parent)
    : SetupRunStep(parent)
    , m_state(state)
    , m_timeout(timeout)
{ }

SetupReadyStep::~SetupReadyStep()
{
    // The waiter watches the monitor: it goes first.
    delete m_waiter;
}

void SetupReadyStep::start()
{
    begin();
    m_allReady = false;
    m_lastReady = -1;
    m_lastTotal = -1;
    if (!m_monitor) {
        m_monitor = new NodeStatusMonitor(m_state->kube()->client(), nullptr, this);
        // Nobody looks at this table: apply changes at once and do not tick ages.
        m_monitor->model()->setBatchInterval(0);
        m_monitor->model()->setTickInterval(0);
        connect(m_monitor->model(), &NodeTableModel::summaryChanged, this,
                &SetupReadyStep::onProgress);
    }
    delete m_waiter;
    m_waiter = new NodeReadyWaiter(m_monitor, m_timeout, this);
    connect(m_waiter, &NodeReadyWaiter::finished, this, &SetupReadyStep::onFinished);
    Q_EMIT logLine(tr("Waiting until every node is Ready and kube-router runs everywhere…"));
    m_monitor->start();
    m_waiter->start();
}

void SetupReadyStep::cancel()
{
    if (!isRunning())
        return;
    delete m_waiter;
    if (m_monitor)
        m_monitor->stop();
    Outcome outcome;
    outcome.state = SetupStepState::Cancelled;
    outcome.summary = m_monitor ? m_monitor->model()->summaryText() : QString();
    outcome.message = tr("Cancelled while waiting for the nodes; nothing was left half done. "
                         "Retry waits again.");
    finishLater(outcome);
}

void SetupReadyStep::onProgress()
{
    if (!isRunning())
        return;
    const NodeTableModel *model = m_monitor->model();
    const int ready = model->readyNodeCount();
    const int total = model->nodeCount();
    if (ready == m_lastReady && total == m_lastTotal)
        return;
    m_lastReady = ready;
    m_lastTotal = total;
    Q_EMIT progress(ready, total);
    if (total > 0)
        Q_EMIT logLine(tr("%1 of %n node(s) Ready", nullptr, total).arg(ready));
}

void SetupReadyStep::onFinished(bool allReady)
{
    m_allReady = allReady;
    const NodeTableModel *model = m_monitor->model();
    Outcome outcome;
    outcome.summary = model->summaryText();
    if (allReady) {
        outcome.state = SetupStepState::Done;
        outcome.summary
                = tr("%1 of %n node(s) Ready; kube-router rolled out", nullptr, model->nodeCount())
                          .arg(model->readyNodeCount());
    } else {
        outcome.state = SetupStepState::Failed;
        outcome.lines = m_waiter->problems();
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
        outcome.message
                = tr("Not everything was Ready within %n second(s): %1 Fix what the "
                     "lines below say, then click Retry to wait again.",
                     nullptr, static_cast<int>(seconds))
                          .arg(outcome.lines.isEmpty() ? outcome.summary : outcome.lines.first());
    }
    m_monitor->stop();
    Q_EMIT logLine(outcome.summary);
    finish(outcome);
}

QList<SetupRunRecord::Node> SetupReadyStep::nodes(const NodePortCoverage &coverage) const
{
    QList<SetupRunRecord::Node> list;
    if (!m_monitor)
        return list;
    const NodeTableModel *model = m_monitor->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const std::optional<NodeStatus> status = model->nodeStatus(row);
        if (!status)
            continue;
        SetupRunRecord::Node node;
        node.name = status->name;
        node.status = status->statusText();
        node.internalIp = status->internalIp;
        node.podCidr = status->effectivePodCidr();
        node.coverage = NodePortCoverage::text(coverage.forNode(node.internalIp, node.podCidr));
        if (!status->isReady())
            node.whyNotReady
                    = model->index(row, NodeTableModel::WhyNotReadyColumn).data().toString();
        list << node;
    }
    return list;
}

} // namespace podnet
