// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace podnet {

/// Sorting and filtering for the node table: sorts by NodeTableModel::SortRole (names and
/// versions with numbers in order, STATUS by state, AGE youngest first) and keeps sorting as
/// rows change; keeps the rows where any column's text contains the filter text (ignoring
/// case), optionally only the nodes that are not Ready.
class NodeTableFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit NodeTableFilter(QObject *parent = nullptr);

    /// Shows only rows where some cell contains \a text (case-insensitive); empty: all rows.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    /// Shows only nodes that are not Ready.
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_problemsOnly = false;
};

} // namespace podnet
