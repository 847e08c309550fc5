// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/nodes/NodeStatus.h"
#include "kube/nodes/NodeTableModel.h"
#include "kube/nodes/RouterPodStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace podnet {

/// One row of the node table: a node, the kube-router pod chosen for it, and the text of each
/// column (kubectl's exact words where kubectl has a column, translated text elsewhere).
/// Ages are computed against the "now" the caller gives.
class NodeRow
{
    Q_DECLARE_TR_FUNCTIONS(NodeRow)
public:
    explicit NodeRow(NodeStatus node);

    const NodeStatus &node() const { return m_node; }
    void setNode(NodeStatus node);
    /// The kube-router pod on this node, if there is one.
    const std::optional<RouterPodStatus> &routerPod() const { return m_pod; }
    void setRouterPod(std::optional<RouterPodStatus> pod) { m_pod = std::move(pod); }

    /// How the row reads at a glance.
    NodeTableModel::RowState state() const;

    /// The cell text of \a column (a NodeTableModel::Column).
    QString displayText(int column, const QDateTime &now) const;
    /// The long text for \a column (empty when the cell says it all).
    QString toolTip(int column, const QDateTime &now) const;
    /// A value for \a column that sorts naturally: names and versions with numbers in order,
    /// STATUS by state, AGE by creation time (ascending: youngest first, as the ages read).
    QVariant sortValue(int column) const;
    /// One translated sentence about why the node is not Ready and what to do; empty when it
    /// is Ready.
    QString problemText(const QDateTime &now) const;

    /// \a text lower-cased with every run of digits zero-padded to 20 places, so that plain
    /// string order puts "worker-2" before "worker-10" and 10.0.0.9 before 10.0.0.10.
    static QString naturalSortKey(const QString &text);

private:
    QString podCidrText() const;
    QString podCidrToolTip() const;
    QString routerPodText() const;
    QString routerPodToolTip(const QDateTime &now) const;
    QString whyNotReadyText(const QDateTime &now, bool full) const;
    QString statusToolTip(const QDateTime &now) const;
    QString nameToolTip() const;
    QString likelyCause() const;

    NodeStatus m_node;
    std::optional<RouterPodStatus> m_pod;
    QString m_nameKey;
};

} // namespace podnet
