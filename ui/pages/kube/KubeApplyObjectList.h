// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/ManifestApplyResult.h"
#include "kube/ManifestDiffEntry.h"
#include "kube/ManifestUninstallJob.h"

#include <QList>
#include <QTreeWidget>

namespace podnet {

/// The manifest's objects on the apply page, one row each: a symbol, the kubectl name and what
/// the preview, the apply or the uninstall says about it in words (never colour alone). Each
/// row keeps a detail text (the unified diff, or the message and technical detail).
class KubeApplyObjectList : public QTreeWidget
{
    Q_OBJECT
public:
    /// Everything a row can say, from the preview, the apply and the uninstall.
    enum class Status {
        ToCreate,
        ToConfigure,
        NoChange,
        WouldConflict,
        PreviewFailed,
        Waiting,
        Applying,
        Created,
        Configured,
        Unchanged,
        Conflict,
        Failed,
        Exists,
        Absent,
        Deleted,
        AlreadyGone,
        DeleteFailed,
    };

    explicit KubeApplyObjectList(QWidget *parent = nullptr);

    /// Replaces the rows with the preview's entries.
    void setPreview(const QList<ManifestDiffEntry> &entries);
    /// Marks every object of an apply as waiting (adding rows the preview did not have).
    void setApplyItems(const QList<ManifestApplyResult> &results);
    void showApplying(const ManifestApplyItem &item);
    void showApplyResult(const ManifestApplyResult &result);
    void showUninstall(const ManifestUninstallJob::Entry &entry);

    Status status(int row) const { return m_rows.at(row).status; }
    /// The diff or the message and detail of \a row (empty for none).
    QString detailText(int row) const;
    /// The translated words for \a status, with a symbol.
    static QString words(Status status);
    static QString symbol(Status status);

    /// Rewrites every row's words in the current language.
    void retranslate();

private:
    struct Row
    {
        QString name;
        Status status = Status::Waiting;
        QString diff;
        QString message;
        QString detail;
    };

    int rowFor(const ManifestApplyItem &item);
    void setRow(int row, Status status, const QString &message = {}, const QString &detail = {});
    void showRow(int row);

    QList<Row> m_rows;
};

} // namespace podnet
