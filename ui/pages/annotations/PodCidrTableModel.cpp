// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodCidrTableModel.h"

#include <QColor>
#include <QFont>

namespace podnet {

namespace {

using Action = PodCidrAnnotationPlan::Action;

const QColor kGreen(0x1a, 0x73, 0x2e);
const QColor kRed(0xb0, 0x1c, 0x1c);
const QColor kGrey(0x6b, 0x6b, 0x6b);

} // namespace

PodCidrTableModel::PodCidrTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PodCidrTableModel::setPlan(const PodCidrAnnotationPlan &plan,
                                const QHash<QString, QString> &typed)
{
    bool sameNodes = plan.entries.size() == m_plan.entries.size();
    for (qsizetype i = 0; sameNodes && i < plan.entries.size(); ++i)
        sameNodes = plan.entries.at(i).node.name == m_plan.entries.at(i).node.name;
    if (!sameNodes) {
        beginResetModel();
        m_plan = plan;
        m_typed = typed;
        endResetModel();
        return;
    }
    m_plan = plan;
    m_typed = typed;
    announceAll();
}

void PodCidrTableModel::setResult(const QString &node, const RowResult &result)
{
    const int row = rowOf(node);
    if (row < 0)
        return;
    m_results.insert(node, result);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PodCidrTableModel::clearResults()
{
    if (m_results.isEmpty())
        return;
    m_results.clear();
    announceAll();
}

void PodCidrTableModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    announceAll();
}

int PodCidrTableModel::rowOf(const QString &node) const
{
    for (qsizetype i = 0; i < m_plan.entries.size(); ++i) {
        if (m_plan.entries.at(i).node.name == node)
            return static_cast<int>(i);
    }
    return -1;
}

QString PodCidrTableModel::nodeAt(int row) const
{
    if (row < 0 || row >= m_plan.entries.size())
        return {};
    return m_plan.entries.at(row).node.name;
}

void PodCidrTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    announceAll();
}

void PodCidrTableModel::announceAll()
{
    if (m_plan.entries.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PodCidrTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.entries.size());
}

int PodCidrTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodCidrTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PodCidrAnnotationPlan::Entry &entry = m_plan.entries.at(index.row());
    const RowResult result = m_results.value(entry.node.name);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::EditRole:
        if (index.column() == RangeColumn) {
            if (m_typed.contains(entry.node.name))
                return m_typed.value(entry.node.name);
            return entry.action == Action::Skip ? QString() : entry.proposed;
        }
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case Qt::ForegroundRole:
        return foreground(entry, index.column());
    case Qt::FontRole:
        if (index.column() == RangeColumn && entry.action == Action::Skip
            && !m_typed.contains(entry.node.name)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ActionRole:
        return static_cast<int>(entry.action);
    case ResultKindRole:
        return static_cast<int>(result.kind);
    case DetailRole:
        return result.detail;
    default:
        return {};
    }
}

QVariant PodCidrTableModel::displayText(const PodCidrAnnotationPlan::Entry &entry, int column) const
{
    const bool typed = m_typed.contains(entry.node.name);
    switch (column) {
    case NodeColumn:
        return entry.node.name;
    case CurrentColumn:
        return entry.node.currentText();
    case RangeColumn:
        if (typed)
            return m_typed.value(entry.node.name);
        if (entry.action == Action::Skip)
            return tr("(keeps its range)", "@item:intable");
        return entry.proposed;
    case ActionColumn:
        switch (entry.action) {
        case Action::Set:
            return typed ? tr("+ set", "@item:intable action")
                         : tr("+ set (suggested)", "@item:intable action");
        case Action::Unchanged:
            return tr("= unchanged", "@item:intable action");
        case Action::Skip:
            return tr("skip", "@item:intable action");
        case Action::Invalid:
            break;
        }
        return tr("✖ invalid", "@item:intable action");
    case ResultColumn:
        return m_results.value(entry.node.name).text;
    case MessageColumn: {
        const RowResult result = m_results.value(entry.node.name);
        return result.message.isEmpty() ? entry.message : result.message;
    }
    default:
        return {};
    }
}

QVariant PodCidrTableModel::toolTip(const PodCidrAnnotationPlan::Entry &entry, int column) const
{
    const RowResult result = m_results.value(entry.node.name);
    switch (column) {
    case RangeColumn:
        return tr("Type a pod range in CIDR notation (Enter or F2 to edit). Clear the cell to go "
                  "back to the suggestion.",
                  "@info:tooltip");
    case ResultColumn:
    case MessageColumn: {
        const QString text = displayText(entry, MessageColumn).toString();
        if (result.detail.isEmpty())
            return text.isEmpty() ? QVariant() : QVariant(text);
        return tr("%1\n\nTechnical details:\n%2", "@info:tooltip").arg(text, result.detail);
    }
    default:
        return {};
    }
}

QVariant PodCidrTableModel::foreground(const PodCidrAnnotationPlan::Entry &entry, int column) const
{
    const RowResult result = m_results.value(entry.node.name);
    if (column == ResultColumn || (column == MessageColumn && !result.message.isEmpty())) {
        switch (result.kind) {
        case ResultKind::Ok:
            return kGreen;
        case ResultKind::Failed:
            return kRed;
        default:
            return {};
        }
    }
    if (entry.action == Action::Invalid
        && (column == ActionColumn || column == MessageColumn || column == RangeColumn))
        return kRed;
    if (entry.action == Action::Set && column == ActionColumn)
        return kGreen;
    if (entry.action == Action::Skip && column == RangeColumn && !m_typed.contains(entry.node.name))
        return kGrey;
    return {};
}

QVariant PodCidrTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeColumn:
        return tr("Node", "@title:column");
    case CurrentColumn:
        return tr("Current pod range", "@title:column");
    case RangeColumn:
        return tr("Pod range to set", "@title:column");
    case ActionColumn:
        return tr("Action", "@title:column");
    case ResultColumn:
        return tr("Result", "@title:column");
    case MessageColumn:
        return tr("Message", "@title:column");
    default:
        return {};
    }
}

Qt::ItemFlags PodCidrTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RangeColumn && m_editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PodCidrTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != RangeColumn || !m_editable)
        return false;
    const QString node = nodeAt(index.row());
    const QString text = value.toString().trimmed();
    const QString before = data(index, Qt::EditRole).toString();
    if (text == before && (m_typed.contains(node) || text.isEmpty()))
        return false;
    // The page re-plans and hands back a new plan; until then show what was typed.
    if (text.isEmpty())
        m_typed.remove(node);
    else
        m_typed.insert(node, text);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT rangeEdited(node, text);
    return true;
}

} // namespace podnet
