// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeApplyObjectList.h"

#include <QHeaderView>

namespace podnet {

KubeApplyObjectList::KubeApplyObjectList(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    retranslate();
}

void KubeApplyObjectList::setPreview(const QList<ManifestDiffEntry> &entries)
{
    clear();
    m_rows.clear();
    for (const ManifestDiffEntry &entry : entries) {
        const int row = rowFor(entry.item);
        Status status = Status::PreviewFailed;
        switch (entry.action) {
        case ManifestDiffEntry::Action::Create:
            status = Status::ToCreate;
            break;
        case ManifestDiffEntry::Action::Configure:
            status = Status::ToConfigure;
            break;
        case ManifestDiffEntry::Action::Unchanged:
            status = Status::NoChange;
            break;
        case ManifestDiffEntry::Action::Conflict:
            status = Status::WouldConflict;
            break;
        case ManifestDiffEntry::Action::Failed:
            break;
        }
        m_rows[row].diff = entry.diff;
        setRow(row, status, entry.message, entry.detail);
    }
}

void KubeApplyObjectList::setApplyItems(const QList<ManifestApplyResult> &results)
{
    for (const ManifestApplyResult &result : results)
        setRow(rowFor(result.item), Status::Waiting);
}

void KubeApplyObjectList::showApplying(const ManifestApplyItem &item)
{
    const int row = rowFor(item);
    setRow(row, Status::Applying);
    setCurrentItem(topLevelItem(row), 0, QItemSelectionModel::NoUpdate);
    scrollToItem(topLevelItem(row));
}

void KubeApplyObjectList::showApplyResult(const ManifestApplyResult &result)
{
    Status status = Status::Waiting;
    switch (result.outcome) {
    case ManifestApplyResult::Outcome::Pending:
        break;
    case ManifestApplyResult::Outcome::Created:
        status = Status::Created;
        break;
    case ManifestApplyResult::Outcome::Configured:
        status = Status::Configured;
        break;
    case ManifestApplyResult::Outcome::Unchanged:
        status = Status::Unchanged;
        break;
    case ManifestApplyResult::Outcome::Conflict:
        status = Status::Conflict;
        break;
    case ManifestApplyResult::Outcome::Failed:
        status = Status::Failed;
        break;
    }
    setRow(rowFor(result.item), status, result.message, result.detail);
}

void KubeApplyObjectList::showUninstall(const ManifestUninstallJob::Entry &entry)
{
    using EntryState = ManifestUninstallJob::Entry::State;
    Status status = Status::Waiting;
    switch (entry.state) {
    case EntryState::Pending:
        break;
    case EntryState::Exists:
        status = Status::Exists;
        break;
    case EntryState::Absent:
        status = Status::Absent;
        break;
    case EntryState::Deleted:
        status = Status::Deleted;
        break;
    case EntryState::AlreadyGone:
        status = Status::AlreadyGone;
        break;
    case EntryState::Failed:
        status = Status::DeleteFailed;
        break;
    }
    setRow(rowFor(entry.item), status, entry.message, entry.detail);
}

QString KubeApplyObjectList::detailText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    if (!r.message.isEmpty() || !r.detail.isEmpty()) {
        QString text = r.message;
        if (!r.detail.isEmpty())
            text += QLatin1String("\n\n") + tr("Technical details:") + QLatin1Char('\n') + r.detail;
        return text;
    }
    if (r.status == Status::NoChange || r.status == Status::Unchanged)
        return tr("No changes: the cluster already has this object as the manifest describes it.");
    return r.diff;
}

QString KubeApplyObjectList::symbol(Status status)
{
    switch (status) {
    case Status::ToCreate:
        return QStringLiteral("+");
    case Status::ToConfigure:
        return QStringLiteral("~");
    case Status::NoChange:
    case Status::Unchanged:
        return QStringLiteral("=");
    case Status::WouldConflict:
    case Status::PreviewFailed:
    case Status::Conflict:
    case Status::Failed:
    case Status::DeleteFailed:
        return QStringLiteral("!");
    case Status::Waiting:
        return QStringLiteral("·");
    case Status::Applying:
        return QStringLiteral("…");
    case Status::Created:
    case Status::Configured:
    case Status::Deleted:
        return QStringLiteral("✔");
    case Status::Exists:
        return QStringLiteral("−");
    case Status::Absent:
    case Status::AlreadyGone:
        break;
    }
    return QStringLiteral("∅");
}

QString KubeApplyObjectList::words(Status status)
{
    switch (status) {
    case Status::ToCreate:
        return tr("will be created");
    case Status::ToConfigure:
        return tr("will be changed (select to see the diff)");
    case Status::NoChange:
        return tr("no change");
    case Status::WouldConflict:
        return tr("conflict: other tools own some fields");
    case Status::PreviewFailed:
        return tr("preview failed (select for details)");
    case Status::Waiting:
        return tr("waiting");
    case Status::Applying:
        return tr("applying…");
    case Status::Created:
        return tr("created");
    case Status::Configured:
        return tr("configured");
    case Status::Unchanged:
        return tr("unchanged");
    case Status::Conflict:
        return tr("conflict: not applied");
    case Status::Failed:
        return tr("failed (select for details)");
    case Status::Exists:
        return tr("exists; will be deleted");
    case Status::Absent:
        return tr("not found");
    case Status::Deleted:
        return tr("deleted");
    case Status::AlreadyGone:
        return tr("already gone");
    case Status::DeleteFailed:
        return tr("could not be deleted (select for details)");
    }
    return {};
}

void KubeApplyObjectList::retranslate()
{
    setHeaderLabels({QString(), tr("Object", "@title:column"), tr("State", "@title:column")});
    for (int row = 0; row < m_rows.size(); ++row)
        showRow(row);
}

int KubeApplyObjectList::rowFor(const ManifestApplyItem &item)
{
    const QString name = item.kubectlName();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    m_rows.append(Row {name, Status::Waiting, {}, {}, {}});
    auto *widgetItem = new QTreeWidgetItem(this);
    widgetItem->setToolTip(1, item.path);
    const int row = static_cast<int>(m_rows.size()) - 1;
    showRow(row);
    return row;
}

void KubeApplyObjectList::setRow(int row, Status status, const QString &message,
                                 const QString &detail)
{
    Row &r = m_rows[row];
    r.status = status;
    r.message = message;
    r.detail = detail;
    showRow(row);
}

void KubeApplyObjectList::showRow(int row)
{
    QTreeWidgetItem *item = topLevelItem(row);
    const Row &r = m_rows.at(row);
    item->setText(0, symbol(r.status));
    item->setText(1, r.name);
    item->setText(2, words(r.status));
    item->setToolTip(2, r.message);
    item->setData(0, Qt::AccessibleTextRole, words(r.status));
}

} // namespace podnet
