// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/NodePortCoverage.h"

#include <QDateTime>
#include <QWizardPage>

#include <chrono>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace podnet {

class NodeStatusMonitor;
class NodeTableDecorator;
class NodeTableFilter;
class NodeWaitBox;
class LivePortsLoader;
class PortFailure;
class SetupState;

/// The live node table: every node with kubectl's columns and ours (internal IP, pod range, the
/// kube-router pod, why not Ready), a filter, sorting, a summary line ("2 of 3 nodes Ready ·
/// kube-router 2/3"), the connection state (live / reconnecting, and how old the data is), the
/// full story of the selected node, and "Wait until all Ready" with a timeout. It follows the
/// cluster from the moment the page is shown until it is left. When OpenStack is connected it
/// also reads the project's ports (when shown and on "Refresh ports") and shows per node whether
/// the port's allowed address pairs cover it.
class NodeStatusPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NodeStatusPage(SetupState *state, QWidget *parent = nullptr);
    ~NodeStatusPage() override;

    void initializePage() override;
    void cleanupPage() override;

    /// The running monitor, or null (tests).
    NodeStatusMonitor *monitor() const { return m_monitor; }
    /// Retry delays of the watches (tests; defaults: KubeInformer's).
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startMonitor();
    void stopMonitor();
    void showSummary();
    void showConnection();
    void showSelectedNode();
    void toggleCommands();
    void retranslateUi();
    /// Reads the OpenStack ports again (when OpenStack is connected).
    void loadPorts();
    void onPortsLoaded(const QList<podnet::Port> &ports, const podnet::PortFailure &failure);
    /// Gives the model the ports read last, with the network settings' CIDRs of now.
    void applyCoverage();
    /// Shows or hides the OpenStack parts and says how the ports stand.
    void showPortsState();

    enum class PortsState { None, Loading, Loaded, Failed };

    SetupState *m_state;
    NodeStatusMonitor *m_monitor = nullptr;
    std::chrono::milliseconds m_backoffInitial {0};
    std::chrono::milliseconds m_backoffMaximum {0};
    NodeTableDecorator *m_decorator;
    NodeTableFilter *m_filter;
    bool m_columnsFitted = false;

    QLabel *m_summary;
    QLabel *m_connection;
    QLabel *m_filterLabel;
    QLineEdit *m_filterEdit;
    QTableView *m_table;
    QLabel *m_detail;
    NodeWaitBox *m_wait;
    QPushButton *m_showCommands;
    QLabel *m_commands;
    QTimer *m_connectionTick;

    LivePortsLoader *m_portsLoader = nullptr;
    NodePortCoverage m_coverage;
    PortsState m_portsState = PortsState::None;
    QDateTime m_portsReadAt;
    QString m_portsError; ///< the failure's message (already translated) when Failed
    QLabel *m_portsLabel;
    QPushButton *m_refreshPorts;
};

} // namespace podnet
