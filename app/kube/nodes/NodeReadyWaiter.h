// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace podnet {

class NodeStatusMonitor;

/// Waits until every node is Ready and the kube-router DaemonSet rolled out (the monitor's
/// model says allReady()), or until a timeout. Checks whenever the model's summary changes; does
/// not start or stop the monitor. Reports once through finished().
class NodeReadyWaiter : public QObject
{
    Q_OBJECT
public:
    /// Watches \a monitor (not owned; started by the caller) for at most \a timeout.
    NodeReadyWaiter(NodeStatusMonitor *monitor, std::chrono::milliseconds timeout,
                    QObject *parent = nullptr);
    ~NodeReadyWaiter() override;

    /// Starts the clock. finished() comes later, never from inside this call.
    void start();
    bool isFinished() const { return m_finished; }
    /// The outcome once finished: true when everything was Ready in time.
    bool allReady() const { return m_allReady; }
    /// What is still wrong (translated, one line each): the model's problems, plus the
    /// connection state when it is not live. Empty when everything is Ready.
    QStringList problems() const;

Q_SIGNALS:
    void finished(bool allReady);

private:
    void check();
    void finish(bool allReady);

    QPointer<NodeStatusMonitor> m_monitor;
    std::chrono::milliseconds m_timeout;
    QTimer m_deadline;
    bool m_started = false;
    bool m_finished = false;
    bool m_allReady = false;
};

} // namespace podnet
