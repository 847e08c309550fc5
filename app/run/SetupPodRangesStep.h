// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrAnnotationPlan.h"
#include "run/SetupRunStep.h"

#include <QPointer>

namespace podnet {

class PodCidrAnnotationJob;
class SetupState;

/// The PodRanges step of a SetupRun: sets kube-router's pod-range annotations with a journaled
/// PodCidrAnnotationJob and restarts kube-router pods already running on the changed nodes.
/// On a retry it reads the nodes again first and plans the same ranges afresh, so nodes already
/// done are left alone.
class SetupPodRangesStep : public SetupRunStep
{
    Q_OBJECT
public:
    /// \a state (not owned) must outlive the step; \a journalDirectory empty: the default.
    SetupPodRangesStep(SetupState *state, const PodCidrAnnotationPlan &plan,
                       const QString &journalDirectory, QObject *parent = nullptr);
    ~SetupPodRangesStep() override;

    /// Read the nodes and re-plan before patching (retry). Default false.
    void setReread(bool reread) { m_reread = reread; }

    void start() override;
    void cancel() override;

    /// The PodCidrJournal run id when a journal was written.
    QString journalRunId() const { return m_journalRunId; }

private:
    void apply(const PodCidrAnnotationPlan &plan);
    void onApplied();

    SetupState *m_state;
    PodCidrAnnotationPlan m_plan;
    QString m_journalDirectory;
    QPointer<PodCidrAnnotationJob> m_job;
    QString m_journalRunId;
    bool m_reread = false;
    bool m_cancelled = false;
};

} // namespace podnet
