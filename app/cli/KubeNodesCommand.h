// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/KubeVerbCommand.h"
#include "kube/nodes/KubeInformer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace podnet {

class NodeReadyWaiter;
class NodeStatusMonitor;
class PortsInterrupt;

/// `podnet-wizard k8s nodes [--watch] [--wait-ready SECONDS] [-o wide|json]`: the node table.
/// Text prints the columns of `kubectl get nodes` (NAME STATUS ROLES AGE VERSION, laid out as
/// kubectl's tabwriter does); wide adds INTERNAL-IP, POD-CIDR, KUBE-ROUTER and WHY-NOT-READY;
/// json prints one document with every node and the summary. --watch keeps running and prints
/// a node's row again each time it changes (connection changes go to stderr; Ctrl-C ends);
/// --wait-ready exits 0 once every node is Ready and kube-router rolled out, 1 at the timeout
/// with each problem on stderr.
class KubeNodesCommand : public KubeVerbCommand
{
    Q_OBJECT
public:
    explicit KubeNodesCommand(const KubeVerbContext &context, QObject *parent = nullptr);
    ~KubeNodesCommand() override;

    void start() override;

private:
    void onSynced();
    void onStateChanged();
    void onWaiterFinished(bool allReady);
    /// Stops watching and reports \a exitCode (once).
    void end(int exitCode);
    void followChanges();
    void printRows(int first, int last);
    void printTable();
    void writeJson();
    QStringList header() const;
    QStringList rowCells(int row) const;
    /// What must change for --watch to print a row again (not the ticking ages).
    QString rowSignature(int row) const;
    QJsonObject nodeJson(int row) const;
    QJsonObject summaryJson() const;

    NodeStatusMonitor *m_monitor = nullptr;
    NodeReadyWaiter *m_waiter = nullptr;
    PortsInterrupt *m_interrupt = nullptr;
    bool m_wide = false;
    bool m_synced = false;
    bool m_ended = false;
    KubeInformer::State m_shownState = KubeInformer::State::Live; ///< --watch: last said on stderr
    QList<int> m_widths;                        ///< --watch: the column widths printed so far
    QHash<QString, QString> m_printedSignature; ///< --watch: node name → what was printed
    QHash<QString, QStringList> m_printedCells; ///< --watch: node name → the cells printed
};

} // namespace podnet
