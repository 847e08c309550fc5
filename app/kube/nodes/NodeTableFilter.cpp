// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/NodeTableFilter.h"

#include "kube/nodes/NodeTableModel.h"

namespace podnet {

NodeTableFilter::NodeTableFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(NodeTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setDynamicSortFilter(true);
}

void NodeTableFilter::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void NodeTableFilter::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    invalidateFilter();
}

bool NodeTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    if (m_problemsOnly) {
        const QModelIndex first = model->index(sourceRow, 0, sourceParent);
        if (model->data(first, NodeTableModel::RowStateRole).toInt()
            == static_cast<int>(NodeTableModel::RowState::Ready))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const int columns = model->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        const QModelIndex cell = model->index(sourceRow, column, sourceParent);
        if (model->data(cell, Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace podnet
