// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace podnet {

class NodeReadyWaiter;
class NodeStatusMonitor;

/// "Wait until all Ready": a timeout, a button that starts (or stops) waiting, and the outcome:
/// "All 3 nodes are Ready" or, when the time runs out, each thing that is still wrong.
class NodeWaitBox : public QWidget
{
    Q_OBJECT
public:
    explicit NodeWaitBox(QWidget *parent = nullptr);
    ~NodeWaitBox() override;

    /// The monitor whose model is waited on (not owned); null stops any wait.
    void setMonitor(NodeStatusMonitor *monitor);
    /// Starts waiting with the timeout shown (the button does the same).
    void startWaiting();
    void stopWaiting();
    bool isWaiting() const;
    void setTimeoutSeconds(int seconds);

Q_SIGNALS:
    /// A wait ended: everything Ready in time, or not.
    void finished(bool allReady);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished(bool allReady);
    void showOutcome();
    void retranslateUi();

    NodeStatusMonitor *m_monitor = nullptr;
    NodeReadyWaiter *m_waiter = nullptr;
    enum class Outcome { None, Waiting, Ready, TimedOut } m_outcome = Outcome::None;
    QStringList m_problems;
    int m_readyNodes = 0;

    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QPushButton *m_button;
    QLabel *m_result;
};

} // namespace podnet
