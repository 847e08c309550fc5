// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrAnnotationPlan.h"
#include "kube/annotations/PodCidrPatchJob.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace podnet {

class KubeClient;
class PodCidrAnnotationJob;

/// "Apply annotations" on the annotations page: the button, Stop, the progress of a run and a
/// line that says what Apply would do or why it is off. Runs PodCidrAnnotationJob (journalled)
/// for the plan it was given and reports every node and the end.
class PodCidrApplyBar : public QWidget
{
    Q_OBJECT
public:
    /// How a run ended, for the page.
    struct Outcome
    {
        bool ok = false;
        QString summary;          ///< translated totals
        QString message;          ///< translated: the run's error, or the first node that failed
        QString detail;           ///< technical detail of \a message
        QStringList restartNodes; ///< annotated nodes where a kube-router pod was running
        QString runId;            ///< the journalled run, when it changed a node (for undo)
    };

    explicit PodCidrApplyBar(QWidget *parent = nullptr);
    ~PodCidrApplyBar() override;

    /// The plan Apply would carry out. \a blockedReason (translated): why Apply must wait although
    /// the plan is fine; empty when nothing else blocks it. \a usable: a cluster is there to
    /// apply to at all (without one, no hint is shown).
    void setPlan(const PodCidrAnnotationPlan &plan, bool usable, const QString &blockedReason);
    /// Where run journals go (empty: the default).
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }

    /// Starts the run against \a client (the Apply button calls applyRequested() first).
    void start(KubeClient *client);
    /// Starts no further node.
    void stop();
    /// A run goes on.
    bool isRunning() const { return !m_job.isNull(); }
    /// Apply would start a run now: a usable, applicable plan with something to set.
    bool canApply() const;
    /// The Apply button (for the page's tab order).
    QPushButton *applyButton() const { return m_apply; }
    /// The line beside the button: what Apply would do, or why it is off.
    QString hint() const;

Q_SIGNALS:
    /// The user pressed Apply; the page answers with start().
    void applyRequested();
    void busyChanged();
    void nodeFinished(const podnet::PodCidrPatchJob::Result &result, const QString &line);
    /// The run ended.
    void finished(const podnet::PodCidrApplyBar::Outcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished();
    void updateControls();
    void retranslateUi();

    PodCidrAnnotationPlan m_plan;
    bool m_usable = false;
    QString m_blockedReason;
    QString m_journalDirectory;
    QPointer<PodCidrAnnotationJob> m_job;

    QPushButton *m_apply;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_hint;
};

} // namespace podnet
