// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupStep.h"

#include <QPointer>
#include <QWizardPage>

#include <chrono>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace podnet {

class SetupRun;
class SetupState;
class SetupStepRows;

/// "Apply": carries out the previewed plan with one click — the allowed address pairs, then
/// the pod ranges, then kube-router's objects, then waits for every node to turn Ready —
/// with an overall progress bar, each step's own progress and result, and a log (copyable;
/// nothing secret is ever in it). Cancel stops starting new work; a failed step stops what
/// depends on it and says what to do; Retry resumes from what is left; a 409 on the manifest
/// offers to take ownership. Back is off while the run goes on.
class SetupApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupApplyPage(SetupState *state, QWidget *parent = nullptr);
    ~SetupApplyPage() override;

    void initializePage() override;
    /// A run finished (Next goes on to the node status, also after a failure: the finish page
    /// offers the report and undo).
    bool isComplete() const override;

    bool isRunning() const;
    /// Asks the run to stop (the wizard, when the window is closed during a run).
    void cancelRun();

    /// How long the Ready step waits (tests).
    void setReadyTimeout(std::chrono::milliseconds timeout) { m_readyTimeout = timeout; }
    /// Where the journals go (tests; empty: the defaults).
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }

Q_SIGNALS:
    /// The run stopped (done, failed or cancelled).
    void runFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void retry();
    void retryWithForce();
    void onStepState(SetupStep step, SetupStepState state);
    void onFinished(bool ok);
    void appendLog(const QString &line);
    void copyLog();
    void updateButtons();
    void showOutcome();
    void retranslateUi();

    SetupState *m_state;
    QPointer<SetupRun> m_run;
    std::chrono::milliseconds m_readyTimeout {std::chrono::minutes(5)};
    QString m_journalDirectory;
    bool m_finished = false;
    bool m_ok = false;

    QLabel *m_intro;
    QProgressBar *m_overall;
    SetupStepRows *m_steps;
    QLabel *m_outcome;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_force;
    QLabel *m_logLabel;
    QPlainTextEdit *m_log;
    QPushButton *m_copyLog;
    QCheckBox *m_showCommands;
    QPlainTextEdit *m_commands;
};

} // namespace podnet
