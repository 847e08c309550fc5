// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/NodeReadyWaiter.h"

#include "kube/nodes/NodeStatusMonitor.h"
#include "kube/nodes/NodeTableModel.h"

namespace podnet {

NodeReadyWaiter::NodeReadyWaiter(NodeStatusMonitor *monitor, std::chrono::milliseconds timeout,
                                 QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_timeout(timeout)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(false); });
}

NodeReadyWaiter::~NodeReadyWaiter() = default;

void NodeReadyWaiter::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_monitor) {
        QTimer::singleShot(0, this, [this] { finish(false); });
        return;
    }
    connect(m_monitor->model(), &NodeTableModel::summaryChanged, this, &NodeReadyWaiter::check);
    m_deadline.start(m_timeout);
    // Everything may be Ready already; still report from the event loop.
    QTimer::singleShot(0, this, &NodeReadyWaiter::check);
}

void NodeReadyWaiter::check()
{
    if (m_finished || !m_monitor)
        return;
    if (m_monitor->model()->allReady())
        finish(true);
}

void NodeReadyWaiter::finish(bool allReady)
{
    if (m_finished)
        return;
    m_finished = true;
    m_allReady = allReady;
    m_deadline.stop();
    Q_EMIT finished(allReady);
}

QStringList NodeReadyWaiter::problems() const
{
    if (!m_monitor)
        return {tr("The node status is not available.")};
    QStringList result = m_monitor->model()->problems();
    if (m_monitor->state() != KubeInformer::State::Live)
        result << m_monitor->connectionText();
    if (result.isEmpty() && !m_monitor->model()->allReady())
        result << m_monitor->model()->summaryText();
    return result;
}

} // namespace podnet
