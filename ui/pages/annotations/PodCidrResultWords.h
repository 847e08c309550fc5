// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PodCidrTableModel.h"
#include "kube/annotations/KubeRouterPodRestartJob.h"
#include "kube/annotations/PodCidrPatchJob.h"

#include <QCoreApplication>

namespace podnet {

/// The words the annotations table shows for a node's outcome: an apply, an undo or a
/// kube-router restart, each as a short result with a symbol (never colour alone), the
/// engine's message and its technical detail.
class PodCidrResultWords
{
    Q_DECLARE_TR_FUNCTIONS(PodCidrResultWords)
public:
    /// A node waiting for its turn in a run.
    static PodCidrTableModel::RowResult waiting();
    /// A node's outcome of PodCidrAnnotationJob.
    static PodCidrTableModel::RowResult applyResult(const PodCidrPatchJob::Result &result);
    /// A node's outcome of PodCidrUndoJob (changed since and gone are notes, not failures).
    static PodCidrTableModel::RowResult undoResult(const PodCidrPatchJob::Result &result);
    /// A node's outcome of KubeRouterPodRestartJob.
    static PodCidrTableModel::RowResult restartResult(
            const KubeRouterPodRestartJob::Result &result);
};

} // namespace podnet
