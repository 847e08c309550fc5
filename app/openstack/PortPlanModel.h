// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PortApplyResult.h"
#include "openstack/PortPlan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace podnet {

/// A port plan as a table: one row per port (selected or not), with a check column for ticking
/// servers and, once a run has started, each port's apply state. A new plan over the same ports
/// keeps the row order and changes in place; only a plan over other ports resets the model.
class PortPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CheckColumn,
        SymbolColumn,
        ServerColumn,
        PortColumn,
        FixedIpsColumn,
        PairsNowColumn,
        ChangeColumn,
        StatusColumn,
        ApplyStateColumn,
        ColumnCount
    };
    enum Role {
        ActionRole = Qt::UserRole + 1, ///< int(PortPlan::Action)
        CategoryRole, ///< "change", "complete", "skipped", "problem" or "notselected"
        PortIdRole,
        ServerIdRole,
        CommandRole,    ///< Entry::teachingCommand()
        ApplyStateRole, ///< int(PortApplyResult::State), or -1 before a run
    };

    explicit PortPlanModel(QObject *parent = nullptr);

    /// Shows \a plan; clears the apply states.
    void setPlan(const PortPlan &plan);
    const PortPlan &plan() const { return m_plan; }
    /// The entry shown in \a row (model row), or nullptr.
    const PortPlan::Entry *entryAt(int row) const;
    /// The model row of \a portId, or -1.
    int rowOf(const QString &portId) const;

    /// The servers whose rows are ticked.
    QSet<QString> tickedServers() const { return m_ticked; }
    /// Ticks exactly \a serverIds (no tickedServersChanged()).
    void setTickedServers(const QSet<QString> &serverIds);

    void setApplyState(const QString &portId, PortApplyResult::State state);
    /// Every port's state from \a result, in one change.
    void setApplyResult(const PortApplyResult &result);
    void clearApplyStates();
    bool hasApplyStates() const { return !m_applyStates.isEmpty(); }

    /// "3 ports to change · 6 pairs to add · 1 complete · 1 skipped · 0 blocked" (translated).
    static QString totalsText(const PortPlan &plan);
    /// Translated name of an apply state ("Done", "Failed"…), with a symbol that reads
    /// without colour.
    static QString applyStateText(PortApplyResult::State state);
    /// Every Change entry's command, one per line, for the "Show commands" view.
    QString commandsText() const;

    /// Announces that every header and cell text changed (after a language switch; the
    /// model also does this by itself when the application's language changes).
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user ticked or unticked a server's row.
    void tickedServersChanged(const QSet<QString> &serverIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVariant displayData(const PortPlan::Entry &entry, int column) const;
    QString category(const PortPlan::Entry &entry) const;
    bool isTickable(const PortPlan::Entry &entry) const;
    /// dataChanged for \a rows (sorted), in contiguous ranges over \a first..\a last columns.
    void emitRowsChanged(QList<int> rows, int first, int last);

    PortPlan m_plan;
    QList<int> m_rows; ///< model row → index into m_plan.entries
    QSet<QString> m_ticked;
    QHash<QString, PortApplyResult::State> m_applyStates;
};

} // namespace podnet
