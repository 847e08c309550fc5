// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrPatchJob.h"
#include "kube/annotations/PodCidrUndoPlan.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace podnet {

class KubeClient;
class PodCidrClusterReader;
class PodCidrUndoJob;

/// "Undo this run" on the annotations page. Takes back exactly what one annotate run set,
/// previewed first: reads the run's journal and the live nodes (PodCidrUndoPlanner), lists
/// what will be removed or restored and what is left alone because it changed since, and runs
/// PodCidrUndoJob only when the user confirms. Hidden while there is no run to undo.
class PodCidrUndoBox : public QWidget
{
    Q_OBJECT
public:
    explicit PodCidrUndoBox(QWidget *parent = nullptr);
    ~PodCidrUndoBox() override;

    /// Offers to undo run \a runId (journalled in \a journalDirectory; empty: the default).
    void setRun(KubeClient *client, const QString &runId, const QString &journalDirectory);
    /// Withdraws the offer (not while busy).
    void clear();
    /// The run offered for undo (empty once it has been undone).
    QString runId() const { return m_runId; }

    /// Reading for the preview, or undoing.
    bool isBusy() const;
    /// The preview is shown and waits for the user's answer.
    bool isPreviewing() const { return m_previewShown; }
    /// The plan of the preview shown.
    const PodCidrUndoPlan &plan() const { return m_plan; }
    /// The "Undo this run" button (for the page's tab order).
    QPushButton *undoButton() const { return m_undo; }
    /// Lets the page switch the buttons off while another run goes on.
    void setButtonsEnabled(bool enabled);

    /// One translated preview line for \a entry.
    static QString previewLine(const PodCidrUndoPlan::Entry &entry);

Q_SIGNALS:
    void busyChanged();
    /// The user confirmed: the undo starts now.
    void started();
    /// The undo changed (or left alone) one node; \a line is kubectl-like for the log. Every
    /// node of the run is reported once, those left alone at the latest before finished().
    void nodeFinished(const podnet::PodCidrPatchJob::Result &result, const QString &line);
    /// The undo is over. \a ok: nothing failed; \a message and \a detail say what went wrong.
    void finished(bool ok, const QString &summary, const QString &message, const QString &detail);

protected:
    void changeEvent(QEvent *event) override;

private:
    void preview();
    void onRead();
    void confirm();
    void keep();
    void onUndone();
    void showState();
    void retranslateUi();

    QPointer<KubeClient> m_client;
    QPointer<PodCidrClusterReader> m_reader;
    QPointer<PodCidrUndoJob> m_job;
    QString m_runId;
    QString m_journalDirectory;
    PodCidrUndoPlan m_plan;
    QString m_error;
    QString m_errorDetail;
    QString m_outcome;
    bool m_previewShown = false;
    bool m_buttonsEnabled = true;

    QPushButton *m_undo;
    QLabel *m_status;
    QPlainTextEdit *m_preview;
    QPushButton *m_confirm;
    QPushButton *m_keep;
};

} // namespace podnet
