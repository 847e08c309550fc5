// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PairJournalRun.h"
#include "openstack/Port.h"
#include "openstack/PortApplyResult.h"
#include "openstack/PortFailure.h"
#include "openstack/PortPlan.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace podnet {

class LivePortsLoader;
class PairJournal;
class PortApplyJob;
class PortErrorPanel;
class PortPlanModel;
class SetupState;

/// Carries out the plan from the plan page: on entry re-reads the ports and, when they changed
/// since the plan was made, shows the recomputed plan and waits for the user to confirm it.
/// Apply runs a PortApplyJob (journaled) with progress and per-port states; Cancel stops
/// starting new ports and the summary says exactly what changed. A run can be undone (its own
/// plan, shown first, applied on request), and so can an earlier run from the journal.
class PortApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PortApplyPage(SetupState *state, QWidget *parent = nullptr);
    ~PortApplyPage() override;

    /// Where run journals go. Default: PairJournal::defaultDirectory().
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode { Idle, Checking, Ready, Running, Finished, LoadingUndo };

    void onLoaded(const QList<Port> &ports, const QHash<QString, QString> &serverNames,
                  const PortFailure &failure, const QString &namesProblem);
    void showPlan(const PortPlan &plan);
    void apply();
    void cancel();
    void onFinished(const PortApplyResult &result);
    void startUndo(const QString &runId);
    void togglePreviousRuns();
    void updateControls();
    void updateStatus();
    void retranslateUi();

    SetupState *m_state;
    LivePortsLoader *m_loader;
    PortPlanModel *m_model;
    std::unique_ptr<PairJournal> m_journal;
    QPointer<PortApplyJob> m_job;
    QString m_journalDirectory;

    QLabel *m_status;
    QProgressBar *m_busy;
    PortErrorPanel *m_error;
    QLabel *m_staleLabel;
    QPushButton *m_confirm;
    QPushButton *m_recheck;
    QTableView *m_table;
    QLabel *m_totals;
    QLabel *m_concurrencyLabel;
    QSpinBox *m_concurrency;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPlainTextEdit *m_details;
    QPushButton *m_undo;
    QPushButton *m_previousRuns;
    QListWidget *m_runs;
    QPushButton *m_undoSelected;

    Mode m_mode = Mode::Idle;
    PortPlan m_plan;
    PairJournalRun m_undoRun;
    bool m_needsConfirm = false;
    bool m_finished = false;
    bool m_cancelling = false;
    PortApplyResult m_lastResult;
    QString m_lastRunKind;
};

} // namespace podnet
