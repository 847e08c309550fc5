// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/NodePortCoverage.h"
#include "run/SetupRunRecord.h"
#include "run/SetupRunStep.h"

#include <QList>
#include <QPointer>

#include <chrono>

namespace podnet {

class NodeReadyWaiter;
class NodeStatusMonitor;
class SetupState;

/// The Ready step of a SetupRun: watches the nodes, kube-router's pods and its DaemonSet
/// (NodeStatusMonitor) until every node is Ready and the DaemonSet rolled out, or the timeout
/// (NodeReadyWaiter); then fails with what is still wrong.
class SetupReadyStep : public SetupRunStep
{
    Q_OBJECT
public:
    /// \a state (not owned) must outlive the step.
    SetupReadyStep(SetupState *state, std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~SetupReadyStep() override;

    void start() override;
    void cancel() override;

    /// The nodes as last seen, with whether \a coverage says their port pairs cover them.
    QList<SetupRunRecord::Node> nodes(const NodePortCoverage &coverage) const;
    /// Every node was Ready and the DaemonSet rolled out when the step ended.
    bool allReady() const { return m_allReady; }

private:
    void onProgress();
    void onFinished(bool allReady);

    SetupState *m_state;
    std::chrono::milliseconds m_timeout;
    NodeStatusMonitor *m_monitor = nullptr;
    QPointer<NodeReadyWaiter> m_waiter;
    int m_lastReady = -1;
    int m_lastTotal = -1;
    bool m_allReady = false;
};

} // namespace podnet
