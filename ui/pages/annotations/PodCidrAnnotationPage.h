// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PodCidrApplyBar.h"
#include "PodCidrPlanEditor.h"
#include "kube/annotations/PodCidrAnnotationPlan.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace podnet {

class KubeClient;
class PodCidrClusterReader;
class PodCidrCommandsBox;
class PodCidrRestartBox;
class PodCidrStatusBar;
class PodCidrTableModel;
class PodCidrTableView;
class PodCidrUndoBox;
class SetupState;

/// "Pod ranges (optional)": pins each node's pod range with kube-router's annotations. On
/// entry it reads the nodes and kube-router's pods and shows one row per node; nodes without a
/// range get a suggestion inside the cluster CIDR, nodes with one are left alone unless the
/// user types a range. Every edit re-plans at once (no network) and shows what is wrong in the
/// row; Apply stays off, saying why, while the plan is not applicable. Apply runs
/// PodCidrAnnotationJob with per-node results; then it offers to restart kube-router where it
/// already ran, and to undo the run (previewed first). Next is always allowed except while a
/// run goes on: the step is optional.
class PodCidrAnnotationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PodCidrAnnotationPage(SetupState *state, QWidget *parent = nullptr);
    ~PodCidrAnnotationPage() override;

    /// Where run journals go (empty: PodCidrJournal::defaultDirectory()).
    void setJournalDirectory(const QString &directory);

    void initializePage() override;
    void cleanupPage() override;
    /// False only while an apply, a restart or an undo runs.
    bool isComplete() const override;

    /// The nodes are being read.
    bool isReading() const { return !m_reader.isNull(); }
    /// An apply, a restart or an undo runs.
    bool isBusy() const;
    /// The plan the table shows.
    const PodCidrAnnotationPlan &plan() const { return m_plan; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void read();
    void onRead();
    void onRangeEdited(const QString &node, const QString &text);
    void replan();
    void apply();
    void onApplied(const PodCidrApplyBar::Outcome &outcome);
    void useCorrection();
    void updateCorrection();
    void busyChanged();
    void updateControls();
    void showStatus();
    void appendLog(const QString &line);
    void retranslateUi();
    KubeClient *client() const;

    SetupState *m_state;
    QString m_journalDirectory;
    QPointer<PodCidrClusterReader> m_reader;
    PodCidrPlanEditor m_editor;
    PodCidrAnnotationPlan m_plan;
    QString m_readError;
    QString m_readDetail;
    QString m_readWarning;
    QString m_outcome;
    PodCidrPlanEditor::Correction m_correction;

    PodCidrTableModel *m_model;
    PodCidrStatusBar *m_status;
    QLabel *m_tableLabel;
    PodCidrTableView *m_table;
    QPushButton *m_fix;
    QLabel *m_totals;
    PodCidrCommandsBox *m_commands;
    PodCidrApplyBar *m_applyBar;
    PodCidrRestartBox *m_restart;
    PodCidrUndoBox *m_undo;
    QLabel *m_logLabel;
    QPlainTextEdit *m_log;
};

} // namespace podnet
