// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupPlan.h"
#include "run/SetupRunRecord.h"
#include "run/SetupStep.h"

#include <QObject>

#include <chrono>

namespace podnet {

class SetupState;

/// Carries out a SetupPlan, asynchronously, in order: the allowed address pairs
/// (PortApplyJob, journaled), then the pod-range annotations (PodCidrAnnotationJob, journaled;
/// kube-router pods already running on changed nodes are restarted), then kube-router's objects
/// (ManifestApplyJob), then waits until every node is Ready and the DaemonSet rolled out
/// (NodeStatusMonitor + NodeReadyWaiter). A step with nothing to do is Skipped.
///
/// A failed step stops the run there (what depends on it is not started) with a translated
/// message saying what to do; retry() resumes from that step with what is left (ports and
/// nodes already done are not sent again: each step re-reads before it changes). cancel()
/// stops starting new work; the state stays consistent and resumable.
/// Secrets never reach logLine() or the record.
class SetupRun : public QObject
{
    Q_OBJECT
public:
    /// \a state (not owned) must outlive the run.
    SetupRun(SetupState *state, const SetupPlan &plan, QObject *parent = nullptr);
    ~SetupRun() override;

    /// How long the Ready step waits (default 5 minutes).
    void setReadyTimeout(std::chrono::milliseconds timeout) { m_readyTimeout = timeout; }
    /// Where the journals go (empty: the defaults under AppLocalData). For tests.
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }
    /// Settings snapshot for the record (the face or the CLI fills it; no secrets).
    void setSettings(const SetupRunRecord::Settings &settings);

    void start();
    /// Stops starting new work; the running step finishes what is in flight and is reported
    /// Cancelled, later steps stay Pending. finished(false) follows.
    void cancel();
    /// After a failure or cancel: resumes from the first step not Done/Skipped.
    void retry();
    /// After the Manifest step stopped at a 409 conflict: resumes it taking ownership.
    void retryWithForce();
    bool canRetryWithForce() const;

    bool isRunning() const { return m_running; }
    SetupStepState state(SetupStep step) const;
    /// 0..100 over the whole run (each step weighted by its work).
    int overallPercent() const;
    /// The record so far; complete after finished().
    SetupRunRecord record() const;

Q_SIGNALS:
    void stepStateChanged(podnet::SetupStep step, podnet::SetupStepState state);
    /// \a done of \a total items (ports, nodes, objects, Ready nodes) of \a step.
    void stepProgress(podnet::SetupStep step, int done, int total);
    /// One translated, timestamp-free line for the log panel (already redacted).
    void logLine(const QString &line);
    /// The run stopped: everything done (\a ok), or failed / cancelled at some step.
    void finished(bool ok);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    SetupState *m_state;
    std::chrono::milliseconds m_readyTimeout {std::chrono::minutes(5)};
    QString m_journalDirectory;
    bool m_running = false;
};

} // namespace podnet
