// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "NodeTableDecorator.h"

#include "NodeStateIcons.h"
#include "kube/nodes/NodeTableModel.h"

namespace podnet {

NodeTableDecorator::NodeTableDecorator(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

QVariant NodeTableDecorator::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole && role != Qt::ForegroundRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant stateValue = QIdentityProxyModel::data(index, NodeTableModel::RowStateRole);
    if (!stateValue.isValid())
        return QIdentityProxyModel::data(index, role);
    const auto state = static_cast<NodeTableModel::RowState>(stateValue.toInt());
    const int column = index.column();
    if (role == Qt::ForegroundRole && column == NodeTableModel::PairsCoverColumn) {
        // The model's sort value of this column is the coverage state.
        const auto coverage = static_cast<NodePortCoverage::State>(
                QIdentityProxyModel::data(index, NodeTableModel::SortRole).toInt());
        if (coverage == NodePortCoverage::State::Missing
            || coverage == NodePortCoverage::State::NoPort)
            return NodeStateIcons::textColor(NodeTableModel::RowState::NotReady);
        return QIdentityProxyModel::data(index, role);
    }
    if (role == Qt::DecorationRole && column == NodeTableModel::StatusColumn)
        return NodeStateIcons::icon(state);
    if (role == Qt::ForegroundRole
        && (column == NodeTableModel::StatusColumn || column == NodeTableModel::WhyNotReadyColumn))
        return NodeStateIcons::textColor(state);
    return QIdentityProxyModel::data(index, role);
}

} // namespace podnet
