// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace podnet {

/// The steps of one run, in the order SetupRun takes them. A later step depends on the earlier
/// ones: a failed step stops the run there.
enum class SetupStep {
    Ports,     ///< allowed address pairs on the OpenStack ports
    PodRanges, ///< kube-router's pod-range annotations on the nodes
    Manifest,  ///< kube-router's objects (server-side apply)
    Ready,     ///< wait until every node is Ready and the DaemonSet rolled out
};

/// How far one step got.
enum class SetupStepState {
    Pending, ///< not started
    Skipped, ///< not part of this run (side skipped, or nothing to do)
    Running,
    Done,
    Failed,    ///< stopped; the step's message says what to do; retry() resumes here
    Cancelled, ///< the user cancelled while it ran or before it started
};

/// Translated names for the face and the reports.
class SetupStepText
{
    Q_DECLARE_TR_FUNCTIONS(SetupStepText)
public:
    static QString name(SetupStep step);        ///< "Allowed address pairs", "Pod ranges", …
    static QString state(SetupStepState state); ///< "Pending", "Done", …
    /// Stable keys for JSON and reports: "ports", "podRanges", "manifest", "ready" and
    /// "pending", "skipped", "running", "done", "failed", "cancelled".
    static QString key(SetupStep step);
    static QString key(SetupStepState state);
};

inline constexpr SetupStep allSetupSteps[]
        = {SetupStep::Ports, SetupStep::PodRanges, SetupStep::Manifest, SetupStep::Ready};

} // namespace podnet
