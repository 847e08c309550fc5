// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrAnnotationPlan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QStringList>

namespace podnet {

/// The pod-range table of the annotations page, one row per node of a PodCidrAnnotationPlan:
/// name, current range, the pod range to set (editable), the planned action, the outcome of the
/// last run and a message. Editing a range only reports it (rangeEdited()); the page re-plans
/// and hands the new plan back, so the model never validates on its own. Words carry the
/// meaning; colour only repeats it.
class PodCidrTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NodeColumn,
        CurrentColumn,
        RangeColumn,
        ActionColumn,
        ResultColumn,
        MessageColumn,
        ColumnCount
    };

    enum Role {
        ActionRole = Qt::UserRole + 1, ///< PodCidrAnnotationPlan::Action as int
        ResultKindRole,                ///< ResultKind as int
        DetailRole,                    ///< the technical detail of the row's result
    };

    /// How a run went on one node.
    enum class ResultKind { None, Busy, Ok, Note, Failed };

    /// What a run (apply, restart, undo) says about one node.
    struct RowResult
    {
        ResultKind kind = ResultKind::None;
        QString text;    ///< short, translated: "✔ annotated"
        QString message; ///< translated sentence (failures, notes)
        QString detail;  ///< technical detail: URL, HTTP status, server message
    };

    explicit PodCidrTableModel(QObject *parent = nullptr);

    /// Shows \a plan; \a typed holds the ranges the user typed (node → text), which the range
    /// cell shows as typed. Rows change in place when the nodes are the same.
    void setPlan(const PodCidrAnnotationPlan &plan, const QHash<QString, QString> &typed);
    /// The plan shown.
    const PodCidrAnnotationPlan &plan() const { return m_plan; }

    /// Sets the outcome shown for \a node (ignored for an unknown node).
    void setResult(const QString &node, const RowResult &result);
    /// The outcome shown for \a node.
    RowResult result(const QString &node) const { return m_results.value(node); }
    /// Forgets every outcome (a new plan or a new run).
    void clearResults();
    /// Some row shows an outcome.
    bool hasResults() const { return !m_results.isEmpty(); }

    /// Whether range cells can be edited (not while a run goes on).
    void setEditable(bool editable);
    /// Whether range cells can be edited now.
    bool isEditable() const { return m_editable; }

    /// The row of \a node, or -1.
    int rowOf(const QString &node) const;
    /// The node name of \a row.
    QString nodeAt(int row) const;

    /// Re-announces headers and cells after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The user typed \a text (trimmed; empty: back to the suggestion) as \a node's range.
    void rangeEdited(const QString &node, const QString &text);

private:
    QVariant displayText(const PodCidrAnnotationPlan::Entry &entry, int column) const;
    QVariant toolTip(const PodCidrAnnotationPlan::Entry &entry, int column) const;
    QVariant foreground(const PodCidrAnnotationPlan::Entry &entry, int column) const;
    void announceAll();

    PodCidrAnnotationPlan m_plan;
    QHash<QString, QString> m_typed;
    QHash<QString, RowResult> m_results;
    bool m_editable = true;
};

} // namespace podnet
