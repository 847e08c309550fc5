// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupRunStep.h"

#include <QByteArray>
#include <QPointer>

namespace podnet {

class ManifestApplyJob;
class SetupState;

/// The Manifest step of a SetupRun: applies kube-router's objects with a ManifestApplyJob. A
/// 409 conflict fails the step with canRetryWithForce(); retry() and retryWithForce() continue
/// from the object that stopped it.
class SetupManifestStep : public SetupRunStep
{
    Q_OBJECT
public:
    /// \a state (not owned) must outlive the step.
    SetupManifestStep(SetupState *state, const QByteArray &manifest, QObject *parent = nullptr);
    ~SetupManifestStep() override;

    /// The first time: applies every object; after a failure: continues from the object that
    /// stopped the run; after a cancel: starts over (applied objects come back unchanged).
    void start() override;
    void cancel() override;
    /// Continues from the conflicting object, taking ownership of its contested fields.
    void retryWithForce();
    bool canRetryWithForce() const;

private:
    void connectJob();
    void onFinished();

    SetupState *m_state;
    QByteArray m_manifest;
    QPointer<ManifestApplyJob> m_job;
    bool m_cancelled = false;
};

} // namespace podnet
