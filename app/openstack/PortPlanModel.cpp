// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PortPlanModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QStringList>

#include <algorithm>

namespace podnet {

namespace {

QString pairsText(const QList<PortAddressPair> &pairs)
{
    QStringList list;
    for (const PortAddressPair &pair : pairs)
        list.append(pair.displayText());
    return list.join(QStringLiteral(", "));
}

} // namespace

PortPlanModel::PortPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Models get no LanguageChange of their own: watch the application's.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

void PortPlanModel::setPlan(const PortPlan &plan)
{
    QList<int> rows;
    bool samePorts = plan.entries.size() == m_plan.entries.size() && !m_rows.isEmpty();
    if (samePorts) {
        QHash<QString, int> indexById;
        for (int i = 0; i < plan.entries.size(); ++i)
            indexById.insert(plan.entries.at(i).port.id, i);
        for (const int old : std::as_const(m_rows)) {
            const auto it = indexById.constFind(m_plan.entries.at(old).port.id);
            if (it == indexById.constEnd()) {
                samePorts = false;
                break;
            }
            rows.append(it.value());
        }
        samePorts = samePorts && indexById.size() == rows.size();
    }
    m_applyStates.clear();
    if (samePorts) {
        // Same ports: keep each in its row (the view keeps focus and scroll), change in place.
        m_plan = plan;
        m_rows = rows;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    for (int i = 0; i < m_plan.entries.size(); ++i)
        m_rows.append(i);
    endResetModel();
}

const PortPlan::Entry *PortPlanModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_plan.entries.at(m_rows.at(row));
}

int PortPlanModel::rowOf(const QString &portId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_plan.entries.at(m_rows.at(row)).port.id == portId)
            return row;
    }
    return -1;
}

void PortPlanModel::setTickedServers(const QSet<QString> &serverIds)
{
    QList<int> changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &server = entryAt(row)->serverId;
        if (m_ticked.contains(server) != serverIds.contains(server))
            changed.append(row);
    }
    m_ticked = serverIds;
    emitRowsChanged(changed, CheckColumn, CheckColumn);
}

void PortPlanModel::setApplyState(const QString &portId, PortApplyResult::State state)
{
    const int row = rowOf(portId);
    if (row < 0)
        return;
    m_applyStates.insert(portId, state);
    emitRowsChanged({row}, ApplyStateColumn, ApplyStateColumn);
}

void PortPlanModel::setApplyResult(const PortApplyResult &result)
{
    for (const PortApplyResult::Item &item : result.items)
        m_applyStates.insert(item.portId, item.state);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ApplyStateColumn), index(rowCount() - 1, ApplyStateColumn));
}

void PortPlanModel::clearApplyStates()
{
    if (m_applyStates.isEmpty())
        return;
    m_applyStates.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ApplyStateColumn), index(rowCount() - 1, ApplyStateColumn));
}

QString PortPlanModel::totalsText(const PortPlan &plan)
{
    const PortPlan::Totals t = plan.totals();
    const QString separator = QStringLiteral(" · ");
    QStringList parts;
    parts.append(tr("%n port(s) to change", "@info totals", t.portsToChange));
    if (plan.kind == PortPlan::Kind::Undo) {
        parts.append(tr("%n pair(s) to remove", "@info totals", t.pairsToRemove));
        parts.append(tr("%n already without them", "@info totals", t.complete));
    } else {
        parts.append(tr("%n pair(s) to add", "@info totals", t.pairsToAdd));
        parts.append(tr("%n complete", "@info totals", t.complete));
        parts.append(tr("%n skipped", "@info totals", t.skipped));
    }
    parts.append(tr("%n blocked", "@info totals", t.blocked));
    return parts.join(separator);
}

QString PortPlanModel::applyStateText(PortApplyResult::State state)
{
    using State = PortApplyResult::State;
    switch (state) {
    case State::Pending:
        return tr("… Waiting", "@item apply state");
    case State::Running:
        return tr("⟳ Working", "@item apply state");
    case State::Done:
        return tr("✓ Changed", "@item apply state");
    case State::AlreadyComplete:
        return tr("= Already complete", "@item apply state");
    case State::Skipped:
        return tr("– Skipped", "@item apply state");
    case State::Failed:
        return tr("✗ Failed", "@item apply state");
    case State::Cancelled:
        return tr("○ Not changed (cancelled)", "@item apply state");
    }
    return {};
}

QString PortPlanModel::commandsText() const
{
    QStringList lines;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString command = entryAt(row)->teachingCommand();
        if (!command.isEmpty())
            lines.append(command);
    }
    return lines.join(QLatin1Char('\n'));
}

int PortPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PortPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortPlanModel::category(const PortPlan::Entry &entry) const
{
    if (m_applyStates.value(entry.port.id) == PortApplyResult::State::Failed)
        return QStringLiteral("problem");
    switch (entry.action) {
    case PortPlan::Action::Change:
        return QStringLiteral("change");
    case PortPlan::Action::Complete:
        return QStringLiteral("complete");
    case PortPlan::Action::Skip:
        return QStringLiteral("skipped");
    case PortPlan::Action::Blocked:
        return QStringLiteral("problem");
    case PortPlan::Action::NotSelected:
        break;
    }
    return QStringLiteral("notselected");
}

bool PortPlanModel::isTickable(const PortPlan::Entry &entry) const
{
    return m_plan.kind == PortPlan::Kind::Add && entry.port.isCompute()
            && !entry.serverId.isEmpty();
}

QVariant PortPlanModel::displayData(const PortPlan::Entry &entry, int column) const
{
    switch (column) {
    case CheckColumn:
        return {};
    case SymbolColumn:
        return entry.symbol();
    case ServerColumn:
        return entry.serverName.isEmpty() ? tr("(no name)", "@item server") : entry.serverName;
    case PortColumn: {
        const QString shortId = entry.port.id.left(8);
        return entry.port.name.isEmpty()
                ? shortId
                : tr("%1 (%2)", "@item port name (short id)").arg(entry.port.name, shortId);
    }
    case FixedIpsColumn:
        return entry.port.fixedIps.join(QStringLiteral(", "));
    case PairsNowColumn:
        return entry.port.allowedAddressPairs.isEmpty() ? tr("none", "@item address pairs")
                                                        : pairsText(entry.port.allowedAddressPairs);
    case ChangeColumn: {
        QStringList parts;
        for (const PortAddressPair &pair : entry.toAdd)
            parts.append(QStringLiteral("+ ") + pair.displayText());
        for (const PortAddressPair &pair : entry.toRemove)
            parts.append(QStringLiteral("- ") + pair.displayText());
        if (entry.action != PortPlan::Action::Change)
            return QString();
        return parts.join(QStringLiteral(", "));
    }
    case StatusColumn:
        switch (entry.action) {
        case PortPlan::Action::Change:
            return entry.toAdd.isEmpty() ? tr("Pairs to remove", "@item plan status")
                                         : tr("Pairs to add", "@item plan status");
        case PortPlan::Action::Complete:
            return m_plan.kind == PortPlan::Kind::Undo
                    ? tr("Nothing to remove", "@item plan status")
                    : tr("Already complete", "@item plan status");
        case PortPlan::Action::Skip:
        case PortPlan::Action::Blocked:
        case PortPlan::Action::NotSelected:
            return entry.reasonText();
        }
        return {};
    case ApplyStateColumn: {
        const auto it = m_applyStates.constFind(entry.port.id);
        return it == m_applyStates.constEnd() ? QString() : applyStateText(it.value());
    }
    default:
        return {};
    }
}

QVariant PortPlanModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return {};
    const PortPlan::Entry &entry = *entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::CheckStateRole:
        if (index.column() == CheckColumn && isTickable(entry))
            return m_ticked.contains(entry.serverId) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        QStringList tips;
        if (const QString reason = entry.reasonText(); !reason.isEmpty())
            tips.append(reason);
        if (const QString command = entry.teachingCommand(); !command.isEmpty())
            tips.append(command);
        tips.append(tr("Port id: %1", "@info:tooltip").arg(entry.port.id));
        return tips.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        if (index.column() == CheckColumn)
            return tr("Select server %1", "@info accessible").arg(entry.serverName);
        return displayData(entry, index.column());
    case ActionRole:
        return static_cast<int>(entry.action);
    case CategoryRole:
        return category(entry);
    case PortIdRole:
        return entry.port.id;
    case ServerIdRole:
        return entry.serverId;
    case CommandRole:
        return entry.teachingCommand();
    case ApplyStateRole: {
        const auto it = m_applyStates.constFind(entry.port.id);
        return it == m_applyStates.constEnd() ? -1 : static_cast<int>(it.value());
    }
    default:
        return {};
    }
}

bool PortPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        || index.column() != CheckColumn || role != Qt::CheckStateRole)
        return false;
    const PortPlan::Entry &entry = *entryAt(index.row());
    if (!isTickable(entry))
        return false;
    QSet<QString> ticked = m_ticked;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        ticked.insert(entry.serverId);
    else
        ticked.remove(entry.serverId);
    if (ticked == m_ticked)
        return true;
    setTickedServers(ticked);
    Q_EMIT tickedServersChanged(m_ticked);
    return true;
}

Qt::ItemFlags PortPlanModel::flags(const QModelIndex &index) const
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == CheckColumn && isTickable(*entryAt(index.row())))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PortPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (section) {
    case CheckColumn:
        return role == Qt::DisplayRole ? QString() : tr("Selected", "@title:column");
    case SymbolColumn:
        return role == Qt::DisplayRole ? QString() : tr("Plan symbol", "@title:column");
    case ServerColumn:
        return tr("Server", "@title:column");
    case PortColumn:
        return tr("Port", "@title:column");
    case FixedIpsColumn:
        return tr("Fixed IPs", "@title:column");
    case PairsNowColumn:
        return tr("Pairs now", "@title:column");
    case ChangeColumn:
        return tr("Change", "@title:column");
    case StatusColumn:
        return tr("Status", "@title:column");
    case ApplyStateColumn:
        return tr("Result", "@title:column");
    default:
        return {};
    }
}

void PortPlanModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool PortPlanModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractTableModel::eventFilter(watched, event);
}

void PortPlanModel::emitRowsChanged(QList<int> rows, int first, int last)
{
    std::sort(rows.begin(), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), first), index(rows.at(j), last));
        i = j + 1;
    }
}

} // namespace podnet
